#include "comparison.h"

#include "methodcatalog.h"

#include "dsl/method.h"

#include <QCoreApplication>

namespace dsl::app {

Comparison::Comparison(QObject *parent)
    : QAbstractListModel(parent)
{
}

int Comparison::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

QVariant Comparison::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_variants.size())
        return {};
    const VariantSpec &v = m_variants[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return title(v);
    case IdRole:
        return v.id;
    case MethodRole:
        return QString::fromStdString(v.methodId);
    case SpecRole:
        try {
            return QString::fromStdString(canonicalSpec(v.methodId, v.params));
        } catch (const std::exception &) {
            return QString();
        }
    case StateRole:
        return QVariant::fromValue(state(v.id));
    case ErrorRole:
        return m_results.value(v.id).error;
    case ResultRole:
        if (const auto it = m_results.constFind(v.id); it != m_results.constEnd())
            return QVariant::fromValue(*it);
        return {};
    case PartialRole:
        if (const auto it = m_partial.constFind(v.id); it != m_partial.constEnd())
            return QVariant::fromValue(*it);
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> Comparison::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(MethodRole, "method");
    names.insert(SpecRole, "spec");
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    names.insert(ResultRole, "result");
    names.insert(PartialRole, "partial");
    return names;
}

Comparison::VariantState Comparison::state(int id) const
{
    if (const auto it = m_results.constFind(id); it != m_results.constEnd())
        return it->ok() ? VariantState::Ready : VariantState::Failed;
    return m_partial.contains(id) ? VariantState::Analysing : VariantState::Computing;
}

void Comparison::setSource(std::shared_ptr<const Array> source, const QString &name)
{
    m_source = std::move(source);
    m_table.reset();
    m_sourceName = name;
    sourceReplaced();
}

void Comparison::setTable(std::shared_ptr<const Table> table, const QString &name)
{
    m_table = std::move(table);
    m_source.reset();
    m_sourceName = name;
    sourceReplaced();
}

void Comparison::sourceReplaced()
{
    ++m_generation;
    m_results.clear();
    m_partial.clear();
    if (!m_variants.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_variants.size()) - 1));
    Q_EMIT sourceChanged();
}

const VariantSpec *Comparison::variant(int id) const
{
    const int i = indexOf(id);
    return i >= 0 ? &m_variants[i] : nullptr;
}

int Comparison::indexOf(int id) const
{
    for (int i = 0; i < m_variants.size(); ++i)
        if (m_variants[i].id == id)
            return i;
    return -1;
}

int Comparison::addVariant(
    const std::string &methodId, const std::map<std::string, std::string> &params)
{
    VariantSpec v { m_nextId++, methodId, params };
    const int row = int(m_variants.size());
    beginInsertRows({}, row, row);
    m_variants.append(v);
    endInsertRows();
    Q_EMIT variantsChanged();
    return v.id;
}

int Comparison::duplicateVariant(int id)
{
    const int i = indexOf(id);
    if (i < 0)
        return 0;
    VariantSpec v = m_variants[i];
    v.id = m_nextId++;
    beginInsertRows({}, i + 1, i + 1);
    m_variants.insert(i + 1, v);
    endInsertRows();
    Q_EMIT variantsChanged();
    return v.id;
}

void Comparison::removeVariant(int id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_variants.removeAt(i);
    m_results.remove(id);
    m_partial.remove(id);
    endRemoveRows();
    Q_EMIT variantsChanged();
}

void Comparison::moveVariant(int id, int delta)
{
    const int i = indexOf(id);
    const int j = i + delta;
    if (i < 0 || j < 0 || j >= m_variants.size() || delta == 0)
        return;
    // Qt's destination row is the row before which the moved one lands.
    beginMoveRows({}, i, i, {}, j > i ? j + 1 : j);
    m_variants.move(i, j);
    endMoveRows();
    Q_EMIT variantsChanged();
}

void Comparison::setParams(int id, const std::map<std::string, std::string> &params)
{
    const int i = indexOf(id);
    if (i < 0 || m_variants[i].params == params)
        return;
    m_variants[i].params = params;
    rowChanged(id);
    Q_EMIT variantParamsChanged(id);
}

void Comparison::clearVariants()
{
    beginResetModel();
    m_variants.clear();
    m_results.clear();
    m_partial.clear();
    endResetModel();
    Q_EMIT variantsChanged();
}

void Comparison::setPartial(int id, const VariantResult &partial)
{
    if (indexOf(id) < 0)
        return;
    m_partial.insert(id, partial);
    rowChanged(id);
}

void Comparison::setResult(int id, const VariantResult &result)
{
    if (indexOf(id) < 0)
        return;
    m_partial.remove(id);
    m_results.insert(id, result);
    rowChanged(id);
}

const VariantResult *Comparison::latest(int id) const
{
    if (const auto it = m_results.constFind(id); it != m_results.constEnd())
        return &*it;
    if (const auto it = m_partial.constFind(id); it != m_partial.constEnd())
        return &*it;
    return nullptr;
}

void Comparison::dropResult(int id)
{
    const bool had = m_results.remove(id) + m_partial.remove(id) > 0;
    if (had)
        rowChanged(id);
}

void Comparison::rowChanged(int id)
{
    const int row = indexOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

namespace {
const ParamSpec *specOf(const MethodSchema &m, const std::string &key)
{
    if (m.params)
        for (const ParamSpec &p : *m.params)
            if (p.key == key)
                return &p;
    return nullptr;
}
} // namespace

QString Comparison::title(const VariantSpec &v)
{
    MethodSchema m;
    const bool known = findMethodSchema(v.methodId, m);
    QStringList params;
    for (const auto &[k, val] : v.params)
        if (const ParamSpec *spec = specOf(m, k);
            spec && k != "factor" && val == spec->defaultText())
            continue; // only what differs from the defaults (the factor always)
        else
            params << QString::fromStdString(k + "=" + val);
    const QString name = known ? QCoreApplication::translate("dsl", m.name.c_str())
                               : QString::fromStdString(v.methodId);
    return params.isEmpty()
        ? name
        : name + QStringLiteral(" (") + params.join(QStringLiteral(", ")) + u')';
}

} // namespace dsl::app
