// Turning arrays into pictures: a 2-d plane of an array (one slice of a volume) as an 8-bit
// QImage, windowed to a value range (gray, or RGB for 3/4 channels), and signals as envelopes.
// The numbers behind them (value windows, volume planes) are core's (dsl/plane.h).
#pragma once

#include "dsl/array.h"
#include "dsl/plane.h"

#include <QImage>
#include <QPointF>
#include <QVector>

#include <span>

namespace dsl::widgets {

// Colour maps for single-channel data: grey and three perceptually uniform ones (matplotlib's
// viridis, magma and cividis; cividis is also readable with colour-vision deficiencies).
enum class Colormap { Gray, Viridis, Magma, Cividis };
QRgb colormapColour(Colormap map, double t); // t in [0, 1]
QImage colormapStrip(Colormap map); // 1 x 256, top row = high end

// The (rows, columns) plane of an array: images as they are; volumes at `slice` of the first
// spatial axis (and `frame` of a 4-d time axis). Single-channel data through `map`.
QImage renderPlane(const Array &a, const ValueWindow &window, std::size_t slice = 0,
    std::size_t frame = 0, Colormap map = Colormap::Gray);
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
