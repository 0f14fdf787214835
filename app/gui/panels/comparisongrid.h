// The comparison area: a scrolling grid of the reference pane and one pane per variant, made
// and painted by the explorer that shows the source (explorers/explorer.h). The grid keeps the
// panes by variant id; the workspace tells it when to rebuild and what to repaint.
// Ownership: the window's central widget. Thread-safety: GUI thread only.
#pragma once

#include "explorers/explorer.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>

class QGridLayout;

namespace dsl::app {

class ComparisonGrid : public QScrollArea
{
    Q_OBJECT
public:
    explicit ComparisonGrid(QWidget *parent = nullptr);

    // Every pane anew from `explorer` (null: an empty grid): the reference, then `variants`.
    void rebuild(Explorer *explorer, const QList<int> &variants);
    Explorer *explorer() const { return m_explorer; }
    QWidget *referencePane() const { return m_reference; }
    QWidget *variantPane(int id) const { return m_variants.value(id); }
    void refreshReference(const QString &title);
    void refreshVariant(int id, const QString &title);
    // Show the whole of the reference's picture (another view, another coordinate system).
    void fitReference();
    QWidget *canvas() const { return m_canvas; } // what "Export view" grabs

private:
    QWidget *m_canvas;
    QGridLayout *m_layout;
    QPointer<Explorer> m_explorer;
    QPointer<QWidget> m_reference;
    QHash<int, QPointer<QWidget>> m_variants;
};

} // namespace dsl::app
