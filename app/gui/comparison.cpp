#include "comparison.h"

namespace dsl::app {

Comparison::Comparison(QObject *parent)
    : QObject(parent)
{
}

void Comparison::setSource(std::shared_ptr<const Array> source, const QString &name)
{
    m_source = std::move(source);
    m_sourceName = name;
    ++m_generation;
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
    m_variants.append(v);
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
    m_variants.insert(i + 1, v);
    Q_EMIT variantsChanged();
    return v.id;
}

void Comparison::removeVariant(int id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_variants.removeAt(i);
    Q_EMIT variantsChanged();
}

void Comparison::moveVariant(int id, int delta)
{
    const int i = indexOf(id);
    const int j = i + delta;
    if (i < 0 || j < 0 || j >= m_variants.size())
        return;
    m_variants.move(i, j);
    Q_EMIT variantsChanged();
}

void Comparison::setParams(int id, const std::map<std::string, std::string> &params)
{
    const int i = indexOf(id);
    if (i < 0 || m_variants[i].params == params)
        return;
    m_variants[i].params = params;
    Q_EMIT variantParamsChanged(id);
}

void Comparison::clearVariants()
{
    m_variants.clear();
    Q_EMIT variantsChanged();
}

} // namespace dsl::app
