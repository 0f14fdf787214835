#include "volumeexplorer.h"

#include "appcommon.h"

#include "imageexplorer.h"
#include "imagepane.h"
#include "layers/panelayers.h"
#include "render.h"
#include "viewlinker.h"

#include "dsl/analysis.h"
#include "dsl/plane.h"

#include <QCoreApplication>
#include <QHBoxLayout>

#include <cmath>

namespace dsl::app {

VolumeExplorer::VolumeExplorer(Comparison *model, ViewState *view, PaneServices *services,
    ImageExplorer *images, QObject *parent)
    : Explorer(parent)
    , m_model(model)
    , m_view(view)
    , m_services(services)
    , m_images(images)
    , m_planeLinker(new widgets::ViewLinker(this))
{
    for (auto &l : m_linkers)
        l = new widgets::ViewLinker(this);
}

int VolumeExplorer::columns(int panes, int width) const
{
    if (m_view->layout() == VolumeLayout::ThreeViews)
        return std::clamp(width / 650, 1, 3);
    return Explorer::columns(panes, width);
}

void VolumeExplorer::refreshReference(QWidget *paneWidget, const QString &title)
{
    const auto src = m_model->source();
    if (!src)
        return;
    if (auto *single = qobject_cast<widgets::ImagePane *>(paneWidget))
        single->setTitle(title);
    else if (widgets::ImagePane *axial = viewPane(0, 0))
        axial->setTitle(tr("Axial · %1").arg(title));
    showVolume(paneWidget, 0, *src, nullptr, nullptr, nullptr, {});
}

void VolumeExplorer::refreshVariant(int variantId, QWidget *paneWidget, const QString &title)
{
    const auto src = m_model->source();
    const VariantSpec *spec = m_model->variant(variantId);
    if (!src || !spec)
        return;
    // In the three-view layout the axial view carries the title.
    const std::array<widgets::ImagePane *, 3> views { viewPane(variantId, 0),
        viewPane(variantId, 1), viewPane(variantId, 2) };
    auto *pane = views[0] ? views[0] : qobject_cast<widgets::ImagePane *>(paneWidget);
    if (!pane)
        return;
    pane->setTitle(views[0] ? tr("Axial · %1").arg(title) : title);
    if (views[1])
        views[1]->setTitle(tr("Coronal"));
    if (views[2])
        views[2]->setTitle(tr("Sagittal"));
    const auto it = m_model->results().constFind(variantId);
    const bool ready = it != m_model->results().constEnd();
    if (!ready || !it->analysis) {
        for (widgets::ImagePane *p : { pane, views[1], views[2] })
            if (p) {
                if (ready)
                    p->setImage({}, {});
                p->setStatus(ready ? it->error : tr("computing…"));
            }
        return;
    }
    const Analysis &an = *it->analysis;
    if (an.result.output.rank() == src->rank()) {
        showVolume(paneWidget, variantId, an.result.output, &an.aliasMap, &an.ideal, it->analysis,
            an.result.map);
    } else {
        pane->setEdgeLabels({}, {}, {}, {});
        m_images->showVariant(pane, *spec, *it); // not a scan of the source's rank
    }
}

QWidget *VolumeExplorer::makePane(int variantId, QWidget *parent)
{
    if (m_view->layout() != VolumeLayout::ThreeViews) {
        auto *p = new widgets::ImagePane(parent);
        m_planeLinker->add(p);
        wire(p, int(m_view->layout()));
        return p;
    }
    // Axial, coronal and sagittal side by side; each view linked with the same view of every
    // other pane (zoom, pan, crosshair), all sharing one 3-d cursor.
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    std::array<QPointer<widgets::ImagePane>, 3> views;
    for (int n = 0; n < 3; ++n) {
        auto *p = new widgets::ImagePane(box);
        p->setMinimumSize(120, 120);
        row->addWidget(p, 1);
        m_linkers[std::size_t(n)]->add(p);
        wire(p, n);
        views[std::size_t(n)] = p;
    }
    m_viewPanes.insert(variantId, views);
    return box;
}

void VolumeExplorer::clearPanes()
{
    m_planeLinker->clear();
    for (widgets::ViewLinker *l : m_linkers)
        l->clear();
    m_viewPanes.clear();
}

widgets::ImagePane *VolumeExplorer::viewPane(int variantId, int normal) const
{
    if (normal < 0 || normal > 2)
        return nullptr;
    return m_viewPanes.value(variantId)[std::size_t(normal)];
}

void VolumeExplorer::showVolume(QWidget *paneWidget, int variantId, const Array &volume,
    const Array *alias, const Array *ideal, std::shared_ptr<const Analysis> keep,
    const std::vector<AxisMap> &map)
{
    const auto views = m_viewPanes.value(variantId);
    if (views[0]) {
        for (int n = 0; n < 3; ++n)
            if (views[std::size_t(n)]) {
                showVolumePlane(views[std::size_t(n)], n,
                    std::size_t(std::max(0.0, std::round(m_view->cursor()[std::size_t(n)]))),
                    variantId, volume, alias, ideal, keep, map);
                if (n < 2) // one colour bar per pane, on its last view, leaves room for the scan
                    views[std::size_t(n)]->clearColourBar();
            }
        return;
    }
    auto *pane = qobject_cast<widgets::ImagePane *>(paneWidget);
    if (!pane)
        return;
    const int normal = std::clamp(int(m_view->layout()), 0, 2);
    showVolumePlane(pane, normal,
        std::size_t(std::max(0.0, std::round(m_view->cursor()[std::size_t(normal)]))), variantId,
        volume, alias, ideal, keep, map);
}

bool VolumeExplorer::flipColumns(int normal) const
{
    // Radiological: the patient's left on the screen's right (axial, coronal); neurological: the
    // patient's right there. Sagittal views keep anterior on the left. Oblique scans follow the
    // dominant direction of the column axis.
    const auto src = m_model->source();
    if (!src || !src->space)
        return false;
    const auto &d = src->space->direction;
    const VolumePlane probe = volumePlane(Array::zeros(Kind::Volume, { 1, 1, 1 }), normal, 0, 0);
    const int c = int(2 - (probe.colAxis)); // array axes k, j, i = ITK columns 2, 1, 0
    const QString right = widgets::anatomicalLetter(
        d[std::size_t(c)], d[std::size_t(3 + c)], d[std::size_t(6 + c)]);
    if (normal == 2)
        return right == u"A";
    const bool radiological = m_view->radiological();
    return radiological ? right == u"R" : right == u"L";
}

void VolumeExplorer::showVolumePlane(widgets::ImagePane *pane, int normal, std::size_t srcSlice,
    int variantId, const Array &volume, const Array *alias, const Array *ideal,
    std::shared_ptr<const Analysis> keep, const std::vector<AxisMap> &map)
{
    // One plane (axial, coronal or sagittal) of a volume, placed in millimetres so aspect ratios
    // are physical and panes of different resolutions stay linked; orientation letters from the
    // direction matrix; columns mirrored for the radiological convention.
    const auto src = m_model->source();
    const std::size_t nAxis = normalAxis(*src, normal);
    const std::size_t frame = m_services->frame();
    const bool isVariant = !map.empty();
    const std::size_t slice
        = isVariant ? mapIndex(srcSlice, map[nAxis], volume.shape[nAxis]) : srcSlice;
    const std::size_t outFrame
        = (isVariant && volume.rank() == 4) ? mapIndex(frame, map[0], volume.shape[0]) : frame;
    const bool flip = flipColumns(normal);
    const VolumePlane vp = volumePlane(volume, normal, slice, outFrame, flip);
    const double spRow = src->grid[vp.rowAxis].spacing, spCol = src->grid[vp.colAxis].spacing;
    const double nRow = double(src->shape[vp.rowAxis]), nCol = double(src->shape[vp.colAxis]);
    const AxisMap mr = isVariant ? map[vp.rowAxis] : AxisMap {},
                  mc = isVariant ? map[vp.colAxis] : AxisMap {};
    const double outRows = double(volume.shape[vp.rowAxis]);
    const double outCols = double(volume.shape[vp.colAxis]);
    const double originY = vp.rowsFlipped
        ? (nRow - 1.0 - mr.origin - (outRows - 1.0) * mr.step) * spRow
        : mr.origin * spRow;
    const double originX = vp.colsFlipped
        ? (nCol - 1.0 - mc.origin - (outCols - 1.0) * mc.step) * spCol
        : mc.origin * spCol;
    const widgets::PlaneGeometry g { originX, mc.step * spCol, originY, mr.step * spRow,
        nCol * spCol, nRow * spRow, (1.0 - spCol) / 2.0, (1.0 - spRow) / 2.0 };
    // The linked cursor, in this view's millimetres.
    {
        const std::size_t base = src->rank() == 4 ? 1 : 0;
        const double c = m_view->cursor()[vp.colAxis - base],
                     r = m_view->cursor()[vp.rowAxis - base];
        pane->setCrosshair(QPointF((vp.colsFlipped ? nCol - 1.0 - c : c) * spCol,
                               (vp.rowsFlipped ? nRow - 1.0 - r : r) * spRow),
            true);
    }
    // Orientation letters: columns point along their voxel axis; rows down (axial) or up.
    if (src->space) {
        const auto &d = src->space->direction;
        const std::size_t base = src->rank() == 4 ? 1 : 0;
        auto column = [&](std::size_t arrayAxis) {
            const int c = int(2 - (arrayAxis - base)); // array axes k, j, i = ITK columns 2, 1, 0
            return std::array<double, 3> { d[std::size_t(c)], d[std::size_t(3 + c)],
                d[std::size_t(6 + c)] };
        };
        const auto cv = column(vp.colAxis), rv = column(vp.rowAxis);
        QString right = widgets::anatomicalLetter(cv[0], cv[1], cv[2]);
        QString left = widgets::anatomicalLetter(-cv[0], -cv[1], -cv[2]);
        if (vp.colsFlipped)
            std::swap(left, right);
        const QString down = widgets::anatomicalLetter(rv[0], rv[1], rv[2]);
        const QString up = widgets::anatomicalLetter(-rv[0], -rv[1], -rv[2]);
        pane->setEdgeLabels(left, right, vp.rowsFlipped ? down : up, vp.rowsFlipped ? up : down);
    }
    const int mode = int(m_view->displayMode());
    const ValueWindow window = m_services->displayWindow();
    const double limit
        = layers::signedLimit(m_services->signedLimit(mode == 2), window.high - window.low);
    // k-space of what folded: the alias component's plane in place of the output's.
    const bool aliasSpectrum = mode == 4 && isVariant && alias;
    std::shared_ptr<const Array> plane = std::make_shared<const Array>(
        aliasSpectrum ? volumePlane(*alias, normal, slice, outFrame, flip).image : vp.image);
    if (mode == 3 || mode == 4) {
        // The slice's own 2-d spectrum, or (3-d) the central slice of the volume's spectrum:
        // the 2-d spectrum of the projection along the normal (central slice theorem).
        const bool central = m_view->kspaceCentralSlices();
        std::function<std::shared_ptr<const Array>()> makePlane = [plane] { return plane; };
        if (central) {
            // The projection reads the whole volume: done in the worker, once per key.
            const std::shared_ptr<const Array> owner = isVariant
                ? std::shared_ptr<const Array>(
                    keep, aliasSpectrum ? &keep->aliasMap : &keep->result.output)
                : m_model->source();
            makePlane = [owner, normal, outFrame, flip] {
                return std::make_shared<const Array>(
                    volumeProjection(*owner, normal, outFrame, flip).image);
            };
        }
        const QString key
            = QStringLiteral("%1|%2|%3|%4|%5")
                  .arg(aliasSpectrum ? QStringLiteral("a%1").arg(variantId)
                                     : QString::number(variantId))
                  .arg(isVariant ? QString::number(quintptr(keep.get()))
                                 : QString::number(m_model->sourceGeneration()))
                  .arg((normal + (flip ? 3 : 0)) * 100000 + (central ? 99999 : int(slice)))
                  .arg(outFrame)
                  .arg(m_view->kspaceHann());
        const auto k = m_services->kspace(makePlane, key);
        if (!k) {
            layers::apply(pane, layers::pending(tr("computing k-space…")));
            return;
        }
        QList<QRectF> boxes;
        if (!isVariant) {
            // Each variant's output Nyquist box on the source spectrum: the central 1/step of
            // the band along each in-plane axis, here in millimetres around the centre.
            QList<std::pair<double, double>> steps;
            for (const auto &res : std::as_const(m_model->results()))
                if (res.analysis && res.analysis->result.map.size() == src->rank())
                    steps.append({ res.analysis->result.map[vp.colAxis].step,
                        res.analysis->result.map[vp.rowAxis].step });
            const QPointF centre(
                g.originX + (nCol - 1.0) * g.stepX / 2.0, g.originY + (nRow - 1.0) * g.stepY / 2.0);
            for (const QRectF &b : layers::nyquistBoxes(nCol * spCol, nRow * spRow, steps))
                boxes << b.translated(centre);
        }
        layers::apply(pane, layers::kspaceLayer(*k, g, m_services->kspaceTopDb(), boxes));
        pane->setEdgeLabels({}, {}, {}, {});
        pane->setCrosshair({}, false);
        return;
    }
    layers::PaneContent c;
    if (isVariant && (mode == 1 || mode == 2) && alias && ideal) {
        Array field = volumePlane(*alias, normal, slice, outFrame, flip).image;
        if (mode == 2) {
            const Array id = volumePlane(*ideal, normal, slice, outFrame, flip).image;
            for (std::size_t i = 0; i < field.values.size(); ++i)
                field.values[i] = vp.image.values[i] - id.values[i];
        }
        c = layers::divergingLayer(field, limit, g, mode == 1 ? tr("alias") : tr("output − ideal"));
    } else {
        c = layers::outputLayer(vp.image, window, widgets::Colormap(int(m_view->colourMap())), g);
        if (isVariant && alias && m_view->overlay())
            layers::addAliasOverlay(c, volumePlane(*alias, normal, slice, outFrame, flip).image,
                limit, m_view->overlayOpacity() / 100.0);
    }
    const QString unit
        = src->source.sclSlope != 1.0 || src->source.sclInter != 0.0 ? tr(" (scaled)") : QString();
    c.valueReader = [plane, unit](int column, int row) {
        const std::size_t ch = plane->channels, cols = plane->shape[1];
        return QStringLiteral("%1%2")
            .arg(plane->values[(std::size_t(row) * cols + std::size_t(column)) * ch], 0, 'g', 6)
            .arg(unit);
    };
    layers::apply(pane, c);
    Q_UNUSED(keep);
}

std::optional<std::array<double, 3>> VolumeExplorer::cursorAt(int normal, const QPointF &pos) const
{
    // From the clicked view's millimetres back to source voxels: the two in-plane coordinates
    // of the cursor move; the other views then show the planes through it.
    const auto src = m_model->source();
    if (!src || src->kind != Kind::Volume || src->rank() < 3 || normal < 0 || normal > 2)
        return std::nullopt;
    const std::size_t base = src->rank() == 4 ? 1 : 0;
    const VolumePlane vp
        = volumePlane(Array::zeros(Kind::Volume, { 1, 1, 1 }), normal, 0, 0, flipColumns(normal));
    const std::size_t rowAxis = vp.rowAxis + base, colAxis = vp.colAxis + base;
    const double nRow = double(src->shape[rowAxis]), nCol = double(src->shape[colAxis]);
    double c = pos.x() / src->grid[colAxis].spacing, r = pos.y() / src->grid[rowAxis].spacing;
    if (vp.colsFlipped)
        c = nCol - 1.0 - c;
    if (vp.rowsFlipped)
        r = nRow - 1.0 - r;
    std::array<double, 3> next = m_view->cursor();
    next[vp.colAxis] = c;
    next[vp.rowAxis] = r;
    return next;
}

QString VolumeExplorer::cursorReadout() const
{
    // Where the cursor is: voxel (i, j, k), world position (RAS mm, as FSLeyes and nibabel
    // report it; ITK's LPS with x and y negated) and the value in the file's units.
    const auto src = m_model->source();
    if (!src || src->kind != Kind::Volume || src->rank() < 3) {
        return {};
    }
    const std::size_t base = src->rank() == 4 ? 1 : 0;
    const double k = std::clamp(m_view->cursor()[0], 0.0, double(src->shape[base] - 1));
    const double j = std::clamp(m_view->cursor()[1], 0.0, double(src->shape[base + 1] - 1));
    const double i = std::clamp(m_view->cursor()[2], 0.0, double(src->shape[base + 2] - 1));
    const SpaceGeometry g = src->space.value_or(SpaceGeometry {});
    const double idx[3] = { i * src->grid[base + 2].spacing, j * src->grid[base + 1].spacing,
        k * src->grid[base].spacing };
    double lps[3];
    for (int row = 0; row < 3; ++row)
        lps[row] = g.origin[std::size_t(row)] + g.direction[std::size_t(row * 3)] * idx[0]
            + g.direction[std::size_t(row * 3 + 1)] * idx[1]
            + g.direction[std::size_t(row * 3 + 2)] * idx[2];
    const std::size_t frame = base ? m_services->frame() : 0;
    const std::size_t offset
        = ((frame * src->shape[base] + std::size_t(k)) * src->shape[base + 1] + std::size_t(j))
            * src->shape[base + 2]
        + std::size_t(i);
    const double value = src->values[offset * src->channels];
    return tr("cursor: voxel (%1, %2, %3) · RAS %4, %5, %6 mm · value %7")
        .arg(i)
        .arg(j)
        .arg(k)
        .arg(-lps[0], 0, 'f', 1)
        .arg(-lps[1], 0, 'f', 1)
        .arg(lps[2], 0, 'f', 1)
        .arg(value, 0, 'g', 6);
}

} // namespace dsl::app
