// Aliasing and quality figures, defined once (DESIGN §5).
// L: ideal low-pass along each downsampled axis (orthonormal DCT-II, keep k < N/step, inverse;
//    mirrored edges). A = M(x) - M(Lx): the alias map. Alias energy = |A|^2 / |M(x)|^2 in dB.
// R: the DCT interpolant of Lx evaluated on the method's output grid (half-pixel origins
//    honoured). PSNR (peak = source max - min) and SSIM (Gaussian sigma 1.5, as scikit-image) of
//    M(x) against R for images and volumes; SNR = 10 log10(sum R^2 / sum (M(x) - R)^2) for signals.
// All functions are pure and thread-safe; they call ctx.checkpoint() per line or block.
#pragma once

#include "dsl/array.h"
#include "dsl/method.h"
#include "dsl/run_context.h"

#include <functional>
#include <limits>

namespace dsl {

// Runs the method and rewrites the output's grids (and a scan's world origin) from its map.
Result runMethod(const Method &method, const Array &input, const Params &params, RunContext &ctx);

// The ideal low-pass L for output steps per axis (step <= 1: axis untouched).
Array idealLowpass(const Array &x, const std::vector<double> &steps, RunContext &ctx);
// R: DCT interpolant of L x sampled at map[a].origin + m * map[a].step, m < outShape[a].
Array idealReference(const Array &x, const std::vector<AxisMap> &map,
    const std::vector<std::size_t> &outShape, RunContext &ctx);

double sumSquares(const Array &a);
double aliasEnergyDb(const Array &aliasMap, const Array &output);
double psnrDb(const Array &output, const Array &reference, double peak);
double snrDb(const Array &output, const Array &reference);
// Mean SSIM over the spatial axes (per channel, then averaged), as skimage with
// gaussian_weights=True, sigma=1.5, use_sample_covariance=False, data_range = dataRange.
double ssim(const Array &output, const Array &reference, double dataRange);
// max - min over every value.
double valueRange(const Array &a);

struct Metrics
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    double aliasEnergyDb = kNone;
    double psnrDb = kNone;
    double ssim = kNone;
    double snrDb = kNone;
    double runtimeMs = kNone;
    // The input's energy above the output's Nyquist (what a rate change must remove or fold):
    // sum (x - Lx)^2 / sum (x - mean x)^2, in dB (0 dB: all of it; -inf: none), per channel
    // pooled. Independent of the method's filter: it is the aliasing *risk* of the rate.
    double foldableEnergyDb = kNone;
    // Signals only: the anti-alias filter's figures over its designed passband and stopband
    // (FilterDescription::passEdge/stopEdge; else 0.9 and 1.1 of the new Nyquist) and the level at
    // which a full-scale tone at 1.005 x the new Nyquist comes out at its folded frequency,
    // measured by running the method on that tone.
    double passbandRippleDb = kNone;
    double stopbandAttenuationDb = kNone;
    double worstAliasDbc = kNone;
};

// The "worst alias" figure above for a signal method at the given input rate.
double worstAliasDbc(
    const Method &method, const Params &params, double rate, double step, RunContext &ctx);

struct Analysis
{
    Result result;
    Array aliasMap; // same shape as the output
    Array ideal; // same shape as the output
    Metrics metrics;
};

// Circular shift of the last two axes by (dy, dx) pixels; sub-pixel shifts by Fourier phase
// (the periodic band-limited interpolant), integer ones exact.
Array fourierShift(const Array &x, double dy, double dx, const RunContext *ctx = nullptr);

// Shift-equivariance error E(delta) = |M(T_delta x) - T_{delta/s} M(x)| / |M(x)| for each delta
// (pixels), shifting along x and/or y; s is the method's step on that axis (DESIGN §5).
std::vector<double> shiftEquivariance(const Method &method, const Params &params, const Array &x,
    const std::vector<double> &deltas, bool alongX, bool alongY, RunContext &ctx);

// Integer-shift invariance: the input rolled circularly by one pixel (along x and/or y); the
// output compared with every circular roll of the unshifted output; the smallest relative
// error min_r |M(roll_1 x) - roll_r M(x)| / |M(x)|. 0 for an operator whose output only moves
// under integer input shifts (APS with circular padding); large for max pooling.
double integerShiftInvariance(const Method &method, const Params &params, const Array &x,
    bool alongX, bool alongY, RunContext &ctx);

// The share of the input's energy an orthonormal 2 x 2 Haar analysis puts in the detail bands
// (LH, HL, HH), i.e. what pool.haar (the LL band) discards: 1 - sum LL^2 / sum x^2 (exact for
// even sizes; odd sizes repeat the last row/column as pool.haar does).
double haarDiscardedEnergy(const Array &input, const Array &ll);

// Round trip (images and volumes): the output brought back to the source's size by an
// upsampler ("resize.nearest", "resize.bilinear", "resize.bicubic", "resize.lanczos"; half-pixel
// centres, the output taken to cover the source's field of view) and compared with the source:
// back - source, PSNR (peak = the source's value range) and SSIM (as the metrics).
struct RoundTrip
{
    Array back; // the source's shape
    Array difference; // back - source
    double psnrDb = Metrics::kNone;
    double ssim = Metrics::kNone;
};
RoundTrip roundTrip(
    const Array &source, const Array &output, const std::string &upMethod, RunContext &ctx);

// The effective kernel of a linear 2-d method: the weights w[dy][dx] with which the output pixel
// at the centre of a 64 x 64 test image takes the input pixels around the input position it
// sits on (found by running the method on unit impulses at each of those pixels; exact,
// strides, phases and borders included, and the same for every output pixel of a shift-
// invariant-then-sampled operator away from the borders). Its frequency response |W| is the
// 2-d DFT magnitude, centred, in dB, on a size x size grid in cycles per input pixel.
struct EffectiveKernel
{
    Array weights; // (2 radius + 1)^2, image
    Array responseDb; // size x size, image; DC at (size / 2, size / 2)
    double centreY = 0.0, centreX = 0.0; // input position of the output pixel, pixels
    double stepY = 1.0, stepX = 1.0; // the method's steps (the output Nyquist is 0.5 / step)
};
EffectiveKernel effectiveKernel(const Method &method, const Params &params, std::size_t radius,
    std::size_t size, RunContext &ctx);

// Everything a variant shows: output, map, alias map, ideal reference and metrics. onOutput, if
// given, is called with the method's result (and its runtime in ms) as soon as it exists, before
// the much longer analysis: callers show the output while the rest is computed.
Analysis analyse(const Method &method, const Array &input, const Params &params, RunContext &ctx,
    const std::function<void(const Result &, double)> &onOutput = {});

} // namespace dsl
