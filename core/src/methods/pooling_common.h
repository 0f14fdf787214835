// Internal to the pooling methods: 2-d planes (the last two axes; leading axes are a batch of
// planes, channels interleaved), torch's window geometry, padding modes and binomial kernels.
// Pooling runs per channel ("depthwise") unless a method says otherwise (APS, SoftPool faithful).
#pragma once

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/fft.h"
#include "dsl/method.h"

#include <cmath>
#include <functional>
#include <limits>
#include <string>

namespace dsl::pool {

struct Planes
{
    std::size_t count = 1; // planes (product of the leading axes)
    std::size_t h = 1, w = 1, ch = 1;
};
Planes planesOf(const Array &a); // throws InvalidArgument for 1-d signals

// A new array with the same leading axes and channels and a (h, w) plane.
Array withPlane(const Array &like, std::size_t h, std::size_t w, std::size_t channels = 0);
// The same with the values uninitialised, for an operator that writes every one.
Array withPlaneUninitialised(const Array &like, std::size_t h, std::size_t w);

// torch: floor((n + 2p - k) / s) + 1, or the ceil_mode rule (last window must start inside).
std::size_t pooledSize(
    std::size_t n, int k, int s, int pad, bool ceilMode, const std::string &owner);

enum class PadMode { Zero, Reflect, Replicate, Circular };
PadMode padModeOf(const std::string &name);
ParamSpec padModeParam(const std::string &def);
// Index into [0, n) for a padded coordinate i (may be out of range); -1 means "zero".
long padIndex(long i, long n, PadMode mode);

std::vector<double> binomial(int n); // Pascal row, normalised to sum 1

// y = (K ⋆ pad(x))[::s, ::s] per channel: cross-correlation with a kh x kw kernel, pads
// (top, bottom, left, right) in `mode`; output rows ceil-free torch size.
Array conv2d(const Array &x, const std::vector<double> &kernel, int kh, int kw, int stride, int top,
    int bottom, int left, int right, PadMode mode, RunContext &ctx);

// The map of a 2-d op on the last two axes; leading axes unchanged.
std::vector<AxisMap> planeMap(
    const Array &in, double originY, double stepY, double originX, double stepX);

// The axes "axes" names on this array: "all" = the spatial axes of a volume (three; images:
// their two), "xy"/"xz"/"yz" = two axes in array order (rows, columns). Throws for a plane the
// array does not have.
std::vector<std::size_t> planeAxes(
    const Array &a, const std::string &axes, const std::string &owner);
// The array with its axes reordered: output axis i is input axis order[i] (channels stay last).
Array permuteAxes(const Array &x, const std::vector<std::size_t> &order);

// A separable operator's 3-d form: its output length along one axis, and its application along
// the given axes (each pass 1-d, so the result equals the 2-d operator along any two of them).
struct VolumeOps
{
    std::function<std::size_t(std::size_t n, const Params &)> size;
    std::function<Result(
        const Array &, const std::vector<std::size_t> &axes, const Params &, RunContext &)>
        apply;
};

// y[o, j, :] = f(j, rows) along `axis`: for every output index j, f fills `inner` floats of the
// output from the input block of line o (n rows of `inner` contiguous floats each). Rows are
// contiguous, so f's inner loops vectorise; blocks run in parallel.
Array alongAxis(const Array &x, std::size_t axis, std::size_t outN, RunContext &ctx,
    const std::function<void(
        const float *block, std::size_t n, std::size_t inner, std::size_t j, float *out)> &f);

// Shared keys.
ParamSpec kParam(int def);
ParamSpec strideParam(int def);
ParamSpec padParam(int def);

using fft::dft2;

} // namespace dsl::pool
