#include "viewlinker.h"

#include "imagepane.h"

#include <QScopedValueRollback>

namespace dsl::widgets {

ViewLinker::ViewLinker(QObject *parent)
    : QObject(parent)
{
}

void ViewLinker::add(ImagePane *pane)
{
    m_panes.append(pane);
    if (!m_panes.isEmpty() && m_panes.first() && m_panes.first() != pane)
        pane->setViewport(m_panes.first()->viewport());
    connect(pane, &ImagePane::viewportChanged, this, [this, pane](const SourceViewport &vp) {
        if (m_propagating)
            return;
        const QScopedValueRollback guard(m_propagating, true);
        for (const QPointer<ImagePane> &other : std::as_const(m_panes))
            if (other && other != pane)
                other->setViewport(vp);
    });
    connect(pane, &ImagePane::cursorMoved, this, [this, pane](const QPointF &s, bool visible) {
        if (m_propagating)
            return;
        const QScopedValueRollback guard(m_propagating, true);
        for (const QPointer<ImagePane> &other : std::as_const(m_panes))
            if (other && other != pane)
                other->setCursorPosition(s, visible);
    });
}

void ViewLinker::clear()
{
    for (const QPointer<ImagePane> &p : std::as_const(m_panes))
        if (p)
            disconnect(p, nullptr, this, nullptr);
    m_panes.clear();
}

} // namespace dsl::widgets
