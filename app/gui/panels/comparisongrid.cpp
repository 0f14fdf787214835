#include "panels/comparisongrid.h"

#include "explorers/explorer.h"
#include "imagepane.h"

#include <QGridLayout>

namespace dsl::app {

ComparisonGrid::ComparisonGrid(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget(this))
    , m_layout(new QGridLayout(m_canvas))
{
    setObjectName(QStringLiteral("comparisonGrid"));
    setWidgetResizable(true);
    m_layout->setSpacing(6);
    setWidget(m_canvas);
}

void ComparisonGrid::rebuild(Explorer *explorer, const QList<int> &variants)
{
    if (m_explorer)
        m_explorer->clearPanes();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_variants.clear();
    m_reference = nullptr;
    m_explorer = explorer;
    if (!explorer)
        return;
    const int columns = explorer->columns(int(variants.size()) + 1, viewport()->width());
    m_reference = explorer->makePane(0, m_canvas);
    m_layout->addWidget(m_reference, 0, 0);
    int index = 1;
    for (int id : variants) {
        QWidget *pane = explorer->makePane(id, m_canvas);
        m_variants.insert(id, pane);
        m_layout->addWidget(pane, index / columns, index % columns);
        ++index;
    }
    explorer->panesReady(m_reference, m_variants);
}

void ComparisonGrid::refreshReference(const QString &title)
{
    if (m_explorer && m_reference)
        m_explorer->refreshReference(m_reference, title);
}

void ComparisonGrid::refreshVariant(int id, const QString &title)
{
    if (QWidget *pane = m_variants.value(id); m_explorer && pane)
        m_explorer->refreshVariant(id, pane, title);
}

void ComparisonGrid::fitReference()
{
    if (auto *pane = qobject_cast<widgets::ImagePane *>(m_reference.data()))
        pane->fitToWindow();
}

} // namespace dsl::app
