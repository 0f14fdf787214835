// Turning arrays into pictures: a 2-d plane of an array (one slice of a volume) as an 8-bit
// QImage, windowed to a value range (gray, or RGB for 3/4 channels), and signals as envelopes.
#pragma once

#include "dsl/array.h"

#include <QImage>
#include <QPointF>
#include <QVector>

#include <span>

namespace dsl::widgets {

struct ValueWindow
{
    double low = 0.0;
    double high = 1.0;
};

// min/max over all values; a flat array gets a unit-wide window.
ValueWindow fullRange(const Array &a);
// The [low, high] quantiles (e.g. 0.005, 0.995) over at most ~1M evenly spaced samples:
// a display window that outliers (scanner spikes, hot pixels) cannot wash out.
ValueWindow percentileRange(const Array &a, double low, double high);
// What a pane shows by default: full range for 8-bit photos and synthetic data, the
// 0.5-99.5 % window for scans and other high-dynamic-range sources.
ValueWindow displayWindow(const Array &a);

// Colour maps for single-channel data: grey and three perceptually uniform ones (matplotlib's
// viridis, magma and cividis; cividis is also readable with colour-vision deficiencies).
enum class Colormap { Gray, Viridis, Magma, Cividis };
QRgb colormapColour(Colormap map, double t); // t in [0, 1]
QImage colormapStrip(Colormap map); // 1 x 256, top row = high end

// The (rows, columns) plane of an array: images as they are; volumes at `slice` of the first
// spatial axis (and `frame` of a 4-d time axis). Single-channel data through `map`.
QImage renderPlane(const Array &a, const ValueWindow &window, std::size_t slice = 0,
    std::size_t frame = 0, Colormap map = Colormap::Gray);
// A plane of a volume seen along `normal` (0 axial: fixed k, rows j, columns i; 1 coronal: fixed
// j; 2 sagittal: fixed i; coronal and sagittal rows are k with superior up, i.e. flipped).
struct VolumePlane
{
    Array image; // 2-d, (rows, columns) + channels
    std::size_t rowAxis = 0, colAxis = 0; // axes of the volume array
    bool rowsFlipped = false;
    bool colsFlipped = false;
};
// `flipColumns` mirrors the columns (radiological / neurological display of L and R).
VolumePlane volumePlane(const Array &volume, int normal, std::size_t index, std::size_t frame,
    bool flipColumns = false);
// The sum of a volume along the plane's normal, laid out like volumePlane(): by the central
// slice theorem its 2-d spectrum is the central slice of the volume's 3-d spectrum.
VolumePlane volumeProjection(const Array &volume, int normal, std::size_t frame, bool flipColumns);
// The array axis a plane orientation keeps fixed (handles 4-d time as axis 0).
std::size_t normalAxis(const Array &volume, int normal);
// Anatomical letter (ITK LPS) of a direction vector's dominant component: L/R, P/A, S/I.
QString anatomicalLetter(double x, double y, double z);

// A diverging blue-white-red map of a signed field, symmetric around 0 (colour-blind safe).
QImage renderDiverging(const Array &a, double limit, std::size_t slice = 0, std::size_t frame = 0);

// A 1 x 256 strip of a colormap for colour bars, top row = high end.
QImage divergingStrip();
QImage viridisStrip();
// A centred log-magnitude spectrum (dB) as a viridis picture over [top - range, top].
QImage renderSpectrum(
    std::span<const float> db, std::size_t rows, std::size_t cols, double top, double range);

// Min/max envelope of channel `channel` of a signal for drawing at `buckets` columns; points are
// (time in s, value), two per bucket.
QVector<QPointF> envelope(const Array &signal, std::size_t channel, int buckets);
// The same over the samples whose times fall in [start, end] seconds (one sample either side).
QVector<QPointF> envelope(
    const Array &signal, std::size_t channel, int buckets, double start, double end);

} // namespace dsl::widgets
