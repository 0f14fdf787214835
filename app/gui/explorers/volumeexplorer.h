// The volume explorer: scans (3-d and 4-d) shown one plane per pane (axial, coronal or
// sagittal) or as three linked orthogonal views around one 3-d cursor. Planes are placed in
// millimetres (physical aspect, panes of different resolutions stay linked), labelled with
// anatomical letters from the direction matrix, mirrored for the radiological convention, and
// painted by the same layers as 2-d images. Also: where a click puts the cursor, and what the
// cursor reads (voxel, RAS world position, value).
// Ownership: a QObject child of the window; panes belong to the window's grid.
// Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"
#include "explorers/explorer.h"
#include "explorers/paneservices.h"
#include "session/viewstate.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include <array>
#include <functional>
#include <optional>

namespace dsl::widgets {
class ImagePane;
class ViewLinker;
} // namespace dsl::widgets

namespace dsl::app {

class ImageExplorer;

class VolumeExplorer : public Explorer
{
    Q_OBJECT
public:
    // `images` paints what a scan's variant returns that is not a volume of the scan's rank.
    VolumeExplorer(Comparison *model, ViewState *view, PaneServices *services,
        ImageExplorer *images, QObject *parent = nullptr);

    bool accepts(const Array &source) const override
    {
        return source.kind == Kind::Volume && source.rank() >= 3;
    }
    // One plane per pane, or (three-view layout) axial, coronal and sagittal side by side, each
    // view linked with the same view of every other pane.
    QWidget *makePane(int id, QWidget *parent) override;
    int columns(int panes, int width) const override; // three views are wide: ~650 px each
    void clearPanes() override;
    void refreshReference(QWidget *pane, const QString &title) override;
    void refreshVariant(int id, QWidget *pane, const QString &title) override;

    widgets::ImagePane *viewPane(int variantId, int normal) const;
    bool hasThreeViews() const { return !m_viewPanes.isEmpty(); }

    // The volume (the source, or a variant's output with its axis map) in its pane(s).
    void showVolume(QWidget *paneWidget, int variantId, const Array &volume, const Array *alias,
        const Array *ideal, std::shared_ptr<const Analysis> keep, const std::vector<AxisMap> &map);
    // Columns mirrored for view `normal` (radiological or neurological; sagittal anterior left).
    bool flipColumns(int normal) const;
    // The cursor (k, j, i) a click at `pos` (the view's millimetres) in view `normal` puts.
    std::optional<std::array<double, 3>> cursorAt(int normal, const QPointF &pos) const;
    QString cursorReadout() const;

private:
    void showVolumePlane(widgets::ImagePane *pane, int normal, std::size_t sourceSlice,
        int variantId, const Array &volume, const Array *alias, const Array *ideal,
        std::shared_ptr<const Analysis> keep, const std::vector<AxisMap> &map);

    Comparison *m_model;
    ViewState *m_view;
    PaneServices *m_services;
    ImageExplorer *m_images;
    widgets::ViewLinker *m_planeLinker; // one plane per pane
    std::array<widgets::ViewLinker *, 3> m_linkers {}; // three views
    QHash<int, std::array<QPointer<widgets::ImagePane>, 3>> m_viewPanes;
};

} // namespace dsl::app
