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

// Shared keys.
ParamSpec kParam(int def);
ParamSpec strideParam(int def);
ParamSpec padParam(int def);

using fft::dft2;

} // namespace dsl::pool
