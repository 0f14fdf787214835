#include "imageexplorer.h"

#include "appcommon.h"

#include "imagepane.h"
#include "layers/panelayers.h"
#include "render.h"
#include "viewlinker.h"

#include "dsl/analysis.h"
#include "dsl/plane.h"

#include <QCoreApplication>

#include <cmath>

namespace dsl::app {

ImageExplorer::ImageExplorer(
    Comparison *model, ViewState *view, PaneServices *services, QObject *parent)
    : Explorer(parent)
    , m_linker(new widgets::ViewLinker(this))
    , m_model(model)
    , m_view(view)
    , m_services(services)
{
}

QWidget *ImageExplorer::makePane(int id, QWidget *parent)
{
    Q_UNUSED(id);
    auto *p = new widgets::ImagePane(parent);
    m_linker->add(p);
    wire(p, 0);
    return p;
}

void ImageExplorer::clearPanes()
{
    m_linker->clear();
}

void ImageExplorer::refreshReference(QWidget *pane, const QString &title)
{
    showReference(qobject_cast<widgets::ImagePane *>(pane), title);
}

void ImageExplorer::refreshVariant(int id, QWidget *paneWidget, const QString &title)
{
    const VariantSpec *spec = m_model->variant(id);
    auto *pane = qobject_cast<widgets::ImagePane *>(paneWidget);
    if (!spec || !pane)
        return;
    pane->setEdgeLabels({}, {}, {}, {});
    pane->setTitle(title);
    const auto it = m_model->results().constFind(id);
    const bool ready = it != m_model->results().constEnd();
    if (const auto p = m_model->partials().constFind(id); !ready
        && p != m_model->partials().constEnd() && p->analysis
        && p->analysis->result.output.rank() == 2) {
        showPartial(pane, *p); // an image's output ahead of its analysis
        return;
    }
    if (!ready || !it->analysis) {
        if (ready)
            pane->setImage({}, {});
        pane->setStatus(ready ? it->error : tr("computing…"));
        return;
    }
    showVariant(pane, *spec, *it);
}

void ImageExplorer::showReference(widgets::ImagePane *pane, const QString &title)
{
    const auto src = m_model->source();
    if (!src || !pane)
        return;
    pane->setEdgeLabels({}, {}, {}, {});
    const std::size_t r = src->rank();
    const widgets::PlaneGeometry g { 0, 1, 0, 1, double(src->shape[r - 1]),
        r >= 2 ? double(src->shape[r - 2]) : 1.0 };
    pane->setTitle(title);
    const std::size_t slice = m_services->slice();
    const std::size_t frame = m_services->frame();
    if (isKernelMode(m_view->displayMode())) {
        // Kernels belong to the variants; their panes are in kernel coordinates.
        layers::apply(pane,
            layers::statusOnly(
                tr("Kernels and their responses: in each linear variant's pane."), g));
        return;
    }
    if (isKSpaceMode(m_view->displayMode())) {
        const QString key = QStringLiteral("0|%1|%2|%3|%4")
                                .arg(m_model->sourceGeneration())
                                .arg(slice)
                                .arg(frame)
                                .arg(m_view->kspaceHann());
        const auto k = m_services->kspace([src] { return src; }, key);
        if (!k) {
            layers::apply(pane, layers::pending(tr("computing k-space…")));
            return;
        }
        // Each variant's output Nyquist box: +-1/(2 step) cycles/px = +-N/(2 step) bins.
        QList<std::pair<double, double>> steps;
        for (const auto &res : std::as_const(m_model->results()))
            if (res.analysis)
                steps.append({ res.analysis->result.map[r - 1].step,
                    r >= 2 ? res.analysis->result.map[r - 2].step : 1.0 });
        layers::PaneContent c
            = layers::kspaceLayer(*k, layers::kspaceBins(*k), m_services->kspaceTopDb(),
                layers::nyquistBoxes(double(k->cols), double(k->rows), steps));
        c.valueReader = layers::frequencyReader(double(k->cols), double(k->rows));
        layers::apply(pane, c);
        return;
    }
    layers::PaneContent c = layers::outputLayer(*src, m_services->displayWindow(),
        widgets::Colormap(int(m_view->colourMap())), g, slice, frame);
    const std::size_t ch = src->channels;
    const std::size_t planeSize = src->shape[r - 1] * (r >= 2 ? src->shape[r - 2] : 1);
    const std::size_t offset = (r == 3          ? slice
                                       : r == 4 ? frame * src->shape[1] + slice
                                                : 0)
        * planeSize;
    c.valueReader = [src, ch, offset, cols = src->shape[r - 1]](int column, int row) {
        QStringList v;
        for (std::size_t k = 0; k < ch; ++k)
            v << QString::number(
                src->values[(offset + std::size_t(row) * cols + std::size_t(column)) * ch + k], 'g',
                5);
        return v.join(u' ');
    };
    layers::apply(pane, c);
}

void ImageExplorer::showPartial(widgets::ImagePane *pane, const VariantResult &partial)
{
    const auto src = m_model->source();
    if (!src || !pane || !partial.analysis)
        return;
    // An image's output ahead of its analysis: drawn as in the output view.
    const Array &out = partial.analysis->result.output;
    const AxisMap mx = partial.analysis->result.map[1], my = partial.analysis->result.map[0];
    const widgets::PlaneGeometry g { mx.origin, mx.step, my.origin, my.step, double(src->shape[1]),
        double(src->shape[0]) };
    layers::PaneContent c = layers::outputLayer(
        out, m_services->displayWindow(), widgets::Colormap(int(m_view->colourMap())), g);
    c.colourBar.reset();
    const auto keepPartial = partial.analysis;
    const std::size_t cols = out.shape[1], ch = out.channels;
    c.valueReader = [keepPartial, cols, ch](int column, int row) {
        return QString::number(
            keepPartial->result.output.values[(std::size_t(row) * cols + std::size_t(column)) * ch],
            'g', 5);
    };
    c.status = tr("analysing…");
    layers::apply(pane, c);
}

void ImageExplorer::showVariant(
    widgets::ImagePane *pane, const VariantSpec &spec, const VariantResult &result)
{
    const auto src = m_model->source();
    if (!src || !pane || !result.analysis)
        return;
    const VariantResult *it = &result;
    const int variantId = spec.id;
    const Analysis &an = *result.analysis;
    pane->setEdgeLabels({}, {}, {}, {});
    const Array &out = an.result.output;
    const std::size_t r = out.rank();
    const AxisMap mx = an.result.map[r - 1];
    const AxisMap my = r >= 2 ? an.result.map[r - 2] : AxisMap {};
    const widgets::PlaneGeometry g { mx.origin, mx.step, my.origin, my.step,
        double(src->shape[r - 1]), r >= 2 ? double(src->shape[r - 2]) : 1.0 };
    // The displayed slice is the output plane nearest the source slice.
    const std::size_t srcSlice = m_services->slice();
    const std::size_t frame = m_services->frame();
    std::size_t slice = 0, outFrame = 0;
    if (r == 3)
        slice = mapIndex(srcSlice, an.result.map[0], out.shape[0]);
    if (r == 4) {
        slice = mapIndex(srcSlice, an.result.map[1], out.shape[1]);
        outFrame = mapIndex(frame, an.result.map[0], out.shape[0]);
    }
    const int mode = int(m_view->displayMode());
    const ValueWindow range = m_services->sourceRange();
    // One colour scale for every pane, so the panes compare: the largest 99.5th percentile of
    // |alias| (or |output - ideal|) over the computed variants.
    const double limit
        = layers::signedLimit(m_services->signedLimit(mode == 2), range.high - range.low);
    if (mode == 3 || mode == 4) {
        // k-space in the reference's frequency-bin coordinates: a variant's spectrum lands on
        // the central band of the source spectrum it can represent. Mode 4: the spectrum of
        // the alias component (keys "a<id>|..." keep it apart from the output's).
        const bool aliasSpectrum = mode == 4;
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(aliasSpectrum ? QStringLiteral("a%1").arg(variantId)
                                                   : QString::number(variantId))
                                .arg(it->spec)
                                .arg(slice)
                                .arg(outFrame)
                                .arg(m_view->kspaceHann());
        const std::shared_ptr<const Array> plane(
            it->analysis, aliasSpectrum ? &it->analysis->aliasMap : &it->analysis->result.output);
        const auto k = m_services->kspace([plane] { return plane; }, key);
        if (!k) {
            layers::apply(pane, layers::pending(tr("computing k-space…")));
            return;
        }
        layers::apply(pane,
            layers::kspaceLayer(*k,
                layers::kspaceOnSourceBins(*k, double(src->shape[r - 1]),
                    r >= 2 ? double(src->shape[r - 2]) : 1.0, mx.step, my.step),
                m_services->kspaceTopDb()));
        return;
    }
    if (mode == 6 || mode == 7) {
        // The effective kernel (weights of the output pixel over the input pixels around it) or
        // its frequency response with this variant's output Nyquist box.
        QString error;
        const auto k = m_services->kernel(it->spec, &error);
        if (!k) {
            layers::apply(
                pane, layers::statusOnly(error.isEmpty() ? tr("computing the kernel…") : error, g));
            return;
        }
        const auto keepKernel = k;
        if (mode == 6) {
            const Array &wts = k->weights;
            const std::size_t kn = wts.shape[1];
            const double radius = double(kn / 2);
            double peak = 1e-12;
            for (float v : wts.values)
                peak = std::max(peak, double(std::abs(v)));
            // Placed in input pixels relative to the output pixel's position.
            layers::PaneContent c = layers::divergingLayer(wts, peak,
                { -radius, 1.0, -radius, 1.0, double(kn), double(kn), -radius, -radius },
                tr("weight"));
            c.valueReader = [keepKernel, kn, radius](int column, int row) {
                return ImageExplorer::tr("input offset (%1, %2): weight %3")
                    .arg(column - radius)
                    .arg(row - radius)
                    .arg(keepKernel->weights.values[std::size_t(row) * kn + std::size_t(column)], 0,
                        'g', 5);
            };
            layers::apply(pane, c);
            pane->setTitle(tr("%1 — kernel %2 × %2 around (%3, %4)")
                               .arg(Comparison::title(spec))
                               .arg(kn)
                               .arg(k->centreX, 0, 'f', 1)
                               .arg(k->centreY, 0, 'f', 1));
        } else {
            layers::PaneContent c = layers::responseLayer(k->responseDb, k->stepX, k->stepY);
            const std::size_t size = k->responseDb.shape[0];
            const double sz = double(size);
            c.valueReader = [keepKernel, size, sz](int column, int row) {
                return ImageExplorer::tr("%1, %2 cycles/px: %3 dB")
                    .arg((column - std::floor(sz / 2)) / sz, 0, 'f', 3)
                    .arg((row - std::floor(sz / 2)) / sz, 0, 'f', 3)
                    .arg(keepKernel->responseDb
                             .values[std::size_t(row) * size + std::size_t(column)],
                        0, 'f', 1);
            };
            layers::apply(pane, c);
            pane->setTitle(
                tr("%1 — frequency response (box: output Nyquist)").arg(Comparison::title(spec)));
        }
        return;
    }
    if (mode == 5) {
        // Round trip: the output brought back to the source's size, minus the source; drawn
        // on the source's grid.
        if (!it->roundTrip) {
            layers::apply(pane,
                layers::statusOnly(!it->roundTripError.isEmpty()
                        ? it->roundTripError
                        : tr("Choose a round trip (upsampler) in the view controls."),
                    g));
            return;
        }
        const Array &d = it->roundTrip->difference;
        const std::size_t srcCols = src->shape[r - 1], srcRows = r >= 2 ? src->shape[r - 2] : 1;
        const double rtLimit
            = layers::signedLimit(m_services->roundTripLimit(), range.high - range.low);
        layers::PaneContent c = layers::divergingLayer(d, rtLimit,
            { 0, 1, 0, 1, double(srcCols), double(srcRows) }, tr("back − source"), srcSlice, frame);
        const std::shared_ptr<const RoundTrip> trip = it->roundTrip;
        const std::size_t ch = d.channels;
        const std::size_t offset = (r == 3          ? srcSlice
                                           : r == 4 ? frame * src->shape[1] + srcSlice
                                                    : 0)
            * srcCols * srcRows;
        c.valueReader = [trip, ch, srcCols, offset](int column, int row) {
            const std::size_t i = (offset + std::size_t(row) * srcCols + std::size_t(column)) * ch;
            return ImageExplorer::tr("%1 (back − source %2)")
                .arg(trip->back.values[i], 0, 'g', 5)
                .arg(trip->difference.values[i], 0, 'g', 3);
        };
        layers::apply(pane, c);
        return;
    }
    layers::PaneContent c;
    if (mode == 1 || mode == 2) {
        // What folded (A = M(x) - M(Lx)) or the error against the ideal band-limited reference.
        Array field = an.aliasMap;
        if (mode == 2)
            for (std::size_t i = 0; i < field.values.size(); ++i)
                field.values[i] = out.values[i] - an.ideal.values[i];
        c = layers::divergingLayer(
            field, limit, g, mode == 1 ? tr("alias") : tr("output − ideal"), slice, outFrame);
    } else {
        c = layers::outputLayer(out, m_services->displayWindow(),
            widgets::Colormap(int(m_view->colourMap())), g, slice, outFrame);
        if (m_view->overlay())
            layers::addAliasOverlay(
                c, an.aliasMap, limit, m_view->overlayOpacity() / 100.0, slice, outFrame);
    }
    const auto keep = it->analysis;
    const std::size_t ch = out.channels;
    const std::size_t cols = out.shape[r - 1];
    const std::size_t planeSize = cols * (r >= 2 ? out.shape[r - 2] : 1);
    const std::size_t offset = (r == 3          ? slice
                                       : r == 4 ? outFrame * out.shape[1] + slice
                                                : 0)
        * planeSize;
    c.valueReader = [keep, ch, cols, offset](int column, int row) {
        const std::size_t i = (offset + std::size_t(row) * cols + std::size_t(column)) * ch;
        QStringList v;
        for (std::size_t k = 0; k < ch; ++k)
            v << QString::number(keep->result.output.values[i + k], 'g', 5);
        return ImageExplorer::tr("%1 (alias %2)")
            .arg(v.join(u' '))
            .arg(keep->aliasMap.values[i], 0, 'g', 3);
    };
    layers::apply(pane, c);
}

} // namespace dsl::app
