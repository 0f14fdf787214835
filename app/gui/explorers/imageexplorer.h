// The image explorer: 2-d pictures (and arrays shown one plane at a time that are not scans) in
// every display mode — output through the window and colour map with the alias overlay, alias
// map, difference to the ideal reference, k-space (a variant's spectrum on the source's bins,
// the reference's with every output's Nyquist box), round trip, effective kernel and its
// response — all painted by the shared layers, with a value reader per mode.
// Ownership: a QObject child of the window; panes belong to the window's grid.
// Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"
#include "explorers/explorer.h"
#include "explorers/paneservices.h"
#include "session/viewstate.h"

#include <QObject>

namespace dsl::widgets {
class ImagePane;
class ViewLinker;
} // namespace dsl::widgets

namespace dsl::app {

class ImageExplorer : public Explorer
{
    Q_OBJECT
public:
    ImageExplorer(
        Comparison *model, ViewState *view, PaneServices *services, QObject *parent = nullptr);

    bool accepts(const Array &source) const override { return source.kind != Kind::Signal; }
    QWidget *makePane(int id, QWidget *parent) override; // linked zoom and pan
    void clearPanes() override;
    void refreshReference(QWidget *pane, const QString &title) override;
    // Title, "computing…", the error, the output ahead of its analysis, or the result.
    void refreshVariant(int id, QWidget *pane, const QString &title) override;

    // An output ahead of its analysis, drawn as in the output view.
    void showPartial(widgets::ImagePane *pane, const VariantResult &partial);
    // A computed variant in the current display mode.
    void showVariant(
        widgets::ImagePane *pane, const VariantSpec &spec, const VariantResult &result);

private:
    void showReference(widgets::ImagePane *pane, const QString &title);

    widgets::ViewLinker *m_linker;
    Comparison *m_model;
    ViewState *m_view;
    PaneServices *m_services;
};

} // namespace dsl::app
