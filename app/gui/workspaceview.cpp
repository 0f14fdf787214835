// Workspace: what is shown. One place where a change of the view state reaches the panes, the
// document and the jobs; the signal explorer follows its own aspects (tabs, spectrum options,
// spectrogram display) itself.
#include "workspace.h"

#include "explorers/imageexplorer.h"
#include "explorers/shiftexplorer.h"
#include "explorers/signalexplorer.h"
#include "explorers/tableexplorer.h"
#include "explorers/volumeexplorer.h"
#include "panels/comparisongrid.h"
#include "panels/viewpanel.h"
#include "scheduler.h"
#include "session/analysiscache.h"
#include "session/sourcedocument.h"

#include <cmath>

namespace dsl::app {

void Workspace::onViewChanged(ViewState::Aspect aspect)
{
    using A = ViewState::Aspect;
    syncControls();
    switch (aspect) {
    case A::Display:
    case A::KSpace:
        refreshImagePanes();
        refreshRadialChart();
        if (aspect == A::Display)
            m_grid->fitReference(); // image and k-space coordinates differ: show it whole
        break;
    case A::Layout:
        // Another axis: the slider follows the cursor along it, and the whole plane is shown.
        // Between one view and three per pane the panes themselves change.
        m_viewPanel->resetSliceRange();
        updateSliceControls();
        if (m_volume->hasThreeViews() != (m_view->layout() == VolumeLayout::ThreeViews))
            rebuildPanes();
        else
            refreshAllPanes();
        m_grid->fitReference();
        break;
    case A::Orientation:
        rebuildPanes();
        break;
    case A::Window:
    case A::Colours:
        refreshImagePanes();
        break;
    case A::Overlay:
        refreshAllPanes();
        break;
    case A::Cursor:
        updateCursorReadout();
        refreshAllPanes();
        refreshMetrics(); // the per-slice columns follow the cursor
        break;
    case A::Frame:
        if (m_view->frameOnly() && m_document->full())
            m_document->reframe(); // the variants follow the frame
        else {
            updateCursorReadout();
            refreshAllPanes();
        }
        break;
    case A::FrameOnly:
        m_document->reframe();
        break;
    case A::SpectrumAnalysis:
        recomputeAll(); // the signal explorer has given the scheduler the new options
        break;
    case A::RoundTrip:
        m_scheduler->setRoundTrip(m_view->roundTrip());
        recomputeAll();
        break;
    case A::Shift:
        m_document->applyShift();
        break;
    case A::TableProjection:
        m_tables->updateProjection();
        refreshImagePanes();
        break;
    case A::TableDisplay:
        refreshImagePanes();
        break;
    case A::TableEvaluation:
        m_tables->evaluateBaseline();
        recomputeAll();
        break;
    case A::SignalTab:
    case A::FilterMode:
    case A::SpectrogramDisplay:
    case A::Listening: // read when playing
        break;
    }
}

void Workspace::setImageDisplay(int mode)
{
    m_view->setDisplayMode(DisplayMode(std::clamp(mode, 0, kDisplayModeCount - 1)));
}

void Workspace::setSignalView(int tab)
{
    m_view->setSignalTab(SignalTab(std::clamp(tab, 0, 3)));
}

void Workspace::setVolumePlane(int plane)
{
    m_view->setLayout(VolumeLayout(std::clamp(plane, 0, 3)));
}

void Workspace::setFrameOnly(bool currentFrameOnly)
{
    m_view->setFrameOnly(currentFrameOnly);
}
void Workspace::setFrame(int frame)
{
    m_view->setFrame(frame);
}
void Workspace::setRadiological(bool radiological)
{
    m_view->setRadiological(radiological);
}
void Workspace::setColormap(int index)
{
    m_view->setColourMap(ColourMap(std::clamp(index, 0, 3)));
}
void Workspace::setKSpace3d(bool centralSlices)
{
    m_view->setKSpaceCentralSlices(centralSlices);
}
void Workspace::setTableView(const TableView &view)
{
    m_view->setTable(view);
}

bool Workspace::setRoundTrip(const QString &resizer)
{
    static const QStringList known { QStringLiteral("nearest"), QStringLiteral("bilinear"),
        QStringLiteral("bicubic"), QStringLiteral("lanczos") };
    if (!resizer.isEmpty() && !known.contains(resizer))
        return false;
    m_view->setRoundTrip(resizer.isEmpty() ? QString() : QStringLiteral("resize.") + resizer);
    return true;
}

ValueWindow Workspace::currentWindow() const
{
    const WindowLevel w = m_view->windowLevel();
    switch (w.preset) {
    case WindowLevel::Preset::Auto:
        return m_document->autoWindow();
    case WindowLevel::Preset::Full:
        return m_document->range();
    case WindowLevel::Preset::Custom:
        return { w.level - w.width / 2, w.level + w.width / 2 };
    default:
        break;
    }
    const auto fixed = WindowLevel::fixedWindow(w.preset).value_or(std::pair { 1.0, 0.5 });
    return { fixed.second - fixed.first / 2, fixed.second + fixed.first / 2 };
}

void Workspace::setWindowLevel(double width, double level)
{
    if (width <= 0)
        m_view->setWindowLevel({});
    else
        m_view->setWindowLevel({ WindowLevel::Preset::Custom, width, level });
}

void Workspace::onWindowLevelDrag(double dx, double dy)
{
    // Right-drag: horizontal scales the width (x2 per 200 px), vertical moves the level (one
    // width per 200 px, dragging up brightens the picture's upper values).
    const ValueWindow w = currentWindow();
    const double width = std::max(1e-9, (w.high - w.low) * std::pow(2.0, dx / 200.0));
    const double level = (w.high + w.low) / 2 + dy * (w.high - w.low) / 200.0;
    setWindowLevel(width, level);
}

void Workspace::setCursorVoxel(double k, double j, double i)
{
    const auto src = m_comparison->source();
    if (!src || src->kind != Kind::Volume || src->rank() < 3)
        return;
    const std::size_t base = src->rank() == 4 ? 1 : 0;
    const double v[3] = { k, j, i };
    std::array<double, 3> cursor {};
    for (std::size_t a = 0; a < 3; ++a)
        cursor[a] = std::clamp(std::round(v[a]), 0.0, double(src->shape[base + a] - 1));
    m_view->setCursor(cursor);
}

void Workspace::clickView(int normal, const QPointF &pos)
{
    // The two in-plane coordinates of the cursor move; the other views then show the planes
    // through it.
    if (const auto next = m_volume->cursorAt(normal, pos))
        setCursorVoxel((*next)[0], (*next)[1], (*next)[2]);
}

void Workspace::updateCursorReadout()
{
    m_cursorReadout = m_volume->cursorReadout();
    if (!m_cursorReadout.isEmpty())
        Q_EMIT status(m_cursorReadout, 0);
}

std::size_t Workspace::sliceIndex() const
{
    // The slice shown: the cursor along the shown plane's normal (axial in three views).
    const VolumeLayout layout = m_view->layout();
    const int normal = layout == VolumeLayout::ThreeViews ? 0 : int(layout);
    return std::size_t(std::max(0.0, std::round(m_view->cursor()[std::size_t(normal)])));
}

std::size_t Workspace::frame() const
{
    return m_document->currentFrame();
}
ValueWindow Workspace::sourceRange() const
{
    return m_document->range();
}
double Workspace::roundTripLimit() const
{
    return m_analysis->roundTripLimit();
}

double Workspace::signedLimit(bool difference) const
{
    return difference ? m_analysis->errorLimit() : m_analysis->aliasLimit();
}

double Workspace::kspaceTopDb() const
{
    // One scale for every pane, from the source's amplitude: |F| / N of a constant at the
    // source's largest magnitude is the top (0 dB for data in [0, 1], ~+90 dB for CT numbers).
    if (!m_comparison->source())
        return 0.0;
    const ValueWindow r = m_document->range();
    const double peak = std::max(std::abs(r.low), std::abs(r.high));
    return peak > 0.0 ? std::ceil(20.0 * std::log10(peak)) : 0.0;
}

std::shared_ptr<const KSpace> Workspace::kspace(
    std::function<std::shared_ptr<const Array>()> makePlane, const QString &key)
{
    return m_analysis->kspace(std::move(makePlane), key);
}

std::shared_ptr<const EffectiveKernel> Workspace::kernel(const QString &spec, QString *error)
{
    return m_analysis->kernel(spec, error);
}

} // namespace dsl::app
