// The image explorer: 2-d pictures (and arrays shown one plane at a time that are not scans) in
// every display mode — output through the window and colour map with the alias overlay, alias
// map, difference to the ideal reference, k-space (a variant's spectrum on the source's bins,
// the reference's with every output's Nyquist box), round trip, effective kernel and its
// response — all painted by the shared layers, with a value reader per mode.
// Ownership: a QObject child of the window; panes belong to the window's grid.
// Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"
#include "explorers/paneservices.h"
#include "session/viewstate.h"

#include <QObject>

namespace dsl::widgets {
class ImagePane;
}

namespace dsl::app {

class ImageExplorer : public QObject
{
    Q_OBJECT
public:
    ImageExplorer(
        Comparison *model, ViewState *view, PaneServices *services, QObject *parent = nullptr);

    void refreshReference(widgets::ImagePane *pane, const QString &title);
    // An output ahead of its analysis, drawn as in the output view.
    void showPartial(widgets::ImagePane *pane, const VariantResult &partial);
    // A computed variant in the current display mode.
    void showVariant(
        widgets::ImagePane *pane, const VariantSpec &spec, const VariantResult &result);

private:
    Comparison *m_model;
    ViewState *m_view;
    PaneServices *m_services;
};

} // namespace dsl::app
