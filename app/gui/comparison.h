// The comparison model: one source (loaded file or synthetic generator) and an ordered list of
// variants, each a method id with its parameters. Views observe it; it computes nothing.
#pragma once

#include "dsl/array.h"

#include <QList>
#include <QObject>
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

class Comparison : public QObject
{
    Q_OBJECT
public:
    explicit Comparison(QObject *parent = nullptr);

    void setSource(std::shared_ptr<const Array> source, const QString &name);
    std::shared_ptr<const Array> source() const { return m_source; }
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

Q_SIGNALS:
    void sourceChanged();
    void variantsChanged(); // added, removed or reordered
    void variantParamsChanged(int id);

private:
    std::shared_ptr<const Array> m_source;
    QString m_sourceName;
    quint64 m_generation = 0;
    QList<VariantSpec> m_variants;
    int m_nextId = 1;
};

} // namespace dsl::app
