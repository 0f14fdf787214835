// Planes and value windows of arrays, for display and per-slice figures: the min/max and
// percentile windows a pane starts from, and the 2-d plane of a volume seen along an axis
// (axial, coronal, sagittal), its projection, and the axis a plane keeps fixed.
// Pure functions on values; no toolkit. Thread-safe.
#pragma once

#include "dsl/array.h"

#include <cstddef>

namespace dsl {

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
// The output index nearest to source index `sourceIndex` along an axis an operator mapped with
// output = origin + index * step (source coordinates), clamped to [0, extent).
std::size_t nearestOutputIndex(
    std::size_t sourceIndex, double origin, double step, std::size_t extent);
} // namespace dsl
