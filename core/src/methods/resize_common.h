// Internal to the resize methods: per-axis sampling tables and the separable apply.
// A table lists, for each output sample along one axis, the input samples it reads and their
// weights (already normalised, boundary handling folded into the indices). Apply accumulates in
// double and stores float32 after each axis, as the reference libraries' float paths do.
#pragma once

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/method.h"

#include <cmath>
#include <functional>

namespace dsl::resize {

struct Tap
{
    std::uint32_t index;
    double weight;
};
struct AxisTable
{
    std::size_t outN = 0;
    std::vector<std::size_t> start; // outN + 1 offsets into taps
    std::vector<Tap> taps;
    AxisMap map;
    void begin() { start.push_back(taps.size()); }
    void add(long index, double weight) { taps.push_back({ std::uint32_t(index), weight }); }
};

// Output extent along an axis: explicit size if > 0, else floor(n / factor), at least 1.
std::size_t outputExtent(std::size_t n, double factor, int explicitSize);

Array applyTable(const Array &x, std::size_t axis, const AxisTable &t, RunContext &ctx);

// Shared parameters: factor, out_h, out_w, out_d, axes.
std::vector<ParamSpec> sizeParams();
// For each axis: the output extent, or 0 when the axis is not resized.
std::vector<std::size_t> targetExtents(const Array &in, const Params &p);

// The input shape with every resized axis replaced by its target extent.
std::vector<std::size_t> resizedShape(const Array &in, const Params &p);

// Runs `build(n, outN)` for each resized axis and applies the tables, slowest axis first (whole
// boxes on the last two or three axes as one fused pass).
// eightBit: Pillow's 8-bit ("L"/"RGB") pipeline, for comparing with its uint8 results: the
// horizontal pass first, then the vertical, each result rounded half up and clipped to
// [0, 255] (Pillow keeps the intermediate image in 8 bits).
Result applySeparable(const Array &in, const Params &p, RunContext &ctx,
    const std::function<AxisTable(std::size_t n, std::size_t outN)> &build, bool eightBit = false);

inline long clampIndex(long i, long n)
{
    return i < 0 ? 0 : (i >= n ? n - 1 : i);
}
// scipy.ndimage 'mirror' (whole-sample symmetric, period 2n - 2).
inline long mirrorIndex(long i, long n)
{
    if (n == 1)
        return 0;
    const long period = 2 * n - 2;
    i = ((i % period) + period) % period;
    return i < n ? i : period - i;
}

} // namespace dsl::resize
