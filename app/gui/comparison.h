// The comparison model: one source (loaded file or synthetic generator: an array, or a labelled
// table for the undersamplers) and an ordered list of variants, each a method id with its
// parameters, and what has been computed for each: the output ahead of its analysis (partial), then
// the result or the error. A list model, one row per variant (the variants list shows it directly);
// views observe it, it computes nothing.
#pragma once

#include "dsl/array.h"
#include "dsl/table.h"
#include "scheduler.h" // VariantResult

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace dsl::app {

struct VariantSpec
{
    int id = 0; // stable across reordering
    std::string methodId;
    std::map<std::string, std::string> params;
};

class Comparison : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MethodRole, // the method id
        SpecRole, // "id:canonical resolved parameters", or empty if they do not resolve
        StateRole, // VariantState
        ErrorRole, // the failure's sentence
        ResultRole, // VariantResult (final), if any
        PartialRole, // VariantResult (output only), while analysing
    };
    enum class VariantState { Computing, Analysing, Ready, Failed };
    Q_ENUM(VariantState)

    explicit Comparison(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // An array source (the table goes) or a table source (the array goes); either is a new
    // generation.
    void setSource(std::shared_ptr<const Array> source, const QString &name);
    void setTable(std::shared_ptr<const Table> table, const QString &name);
    std::shared_ptr<const Array> source() const { return m_source; } // null for a table
    std::shared_ptr<const Table> table() const { return m_table; } // null for an array
    bool hasSource() const { return m_source || m_table; }
    QString sourceName() const { return m_sourceName; }
    quint64 sourceGeneration() const { return m_generation; }

    const QList<VariantSpec> &variants() const { return m_variants; }
    const VariantSpec *variant(int id) const;
    int indexOf(int id) const;
    int addVariant(
        const std::string &methodId, const std::map<std::string, std::string> &params = {});
    int duplicateVariant(int id);
    void removeVariant(int id);
    void moveVariant(int id, int delta);
    void setParams(int id, const std::map<std::string, std::string> &params);
    void clearVariants();

    // What was computed, per variant id (final results replace partial ones).
    void setPartial(int id, const VariantResult &partial);
    void setResult(int id, const VariantResult &result);
    void dropResult(int id); // computing again
    const QHash<int, VariantResult> &results() const { return m_results; }
    const QHash<int, VariantResult> &partials() const { return m_partial; }
    // The final result of a variant, else its partial one, else null.
    const VariantResult *latest(int id) const;
    VariantState state(int id) const;

    // "Name (key=value, …)": the parameters that differ from the defaults (the factor always).
    static QString title(const VariantSpec &v);

Q_SIGNALS:
    void sourceChanged();
    void variantsChanged(); // added, removed or reordered
    void variantParamsChanged(int id);

private:
    void rowChanged(int id);

    void sourceReplaced();

    std::shared_ptr<const Array> m_source;
    std::shared_ptr<const Table> m_table;
    QString m_sourceName;
    quint64 m_generation = 0;
    QList<VariantSpec> m_variants;
    QHash<int, VariantResult> m_results, m_partial;
    int m_nextId = 1;
};

} // namespace dsl::app
