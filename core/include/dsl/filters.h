// Filter design and the 1-d engines behind the decimators (operators/decimation.md).
// Frequencies are fractions of the input Nyquist frequency (1.0 = fs/2), as scipy's firwin and
// cheby1 take them. Taps and sections are designed in double precision; the engines accumulate
// in double unless stated. Engines run along one axis of an Array (any rank, any channels), treat
// the signal as zero outside [0, N) unless stated, and honour ctx.checkpoint() per block of lines.
#pragma once

#include "dsl/array.h"
#include "dsl/run_context.h"

#include <array>
#include <complex>
#include <string>
#include <vector>

namespace dsl {

// --- Windows and FIR design (scipy.signal conventions) ---
std::vector<double> kaiserWindow(std::size_t n, double beta); // symmetric
std::vector<double> hammingWindow(std::size_t n); // symmetric
// firwin(numtaps, cutoff, window): windowed sinc, scaled to unit DC gain.
std::vector<double> firwinLowpass(
    std::size_t numtaps, double cutoff, const std::vector<double> &window);
double kaiserBeta(double attenuationDb); // Kaiser's formula
// Taps for attenuation A (dB) and transition width (fraction of Nyquist), Kaiser's formula.
std::size_t kaiserTaps(double attenuationDb, double transition);

// --- IIR design ---
struct Biquad
{
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0; // a0 = 1
};
// Chebyshev type I low-pass (scipy cheby1(order, ripple, cutoff, output='sos') up to rounding).
std::vector<Biquad> cheby1Lowpass(int order, double rippleDb, double cutoff);

// --- What a method's anti-alias filter is, for responses and figures ---
struct FilterDescription
{
    std::vector<double> taps; // FIR at `rate` x the input rate, unit DC gain
    double rate = 1.0; // taps run at rate x fs_in (L for rational resampling)
    std::vector<Biquad> sections; // IIR, applied forward and backward when zeroPhase
    bool zeroPhase = true;
    double groupDelay = 0.0; // input samples, after the method's own alignment
    double passEdge = 0.0; // designed passband edge, fraction of the input Nyquist (0: unknown)
    double stopEdge = 0.0; // designed stopband edge, fraction of the input Nyquist
    std::size_t macsPerOutput = 0;
    bool empty() const { return taps.empty() && sections.empty(); }
};
// Complex response at frequencies given as fractions of the input Nyquist (0..1).
std::vector<std::complex<double>> frequencyResponse(
    const FilterDescription &f, const std::vector<double> &frequencies);
struct FilterFigures
{
    double passbandRippleDb = 0.0; // max - min of |H| in dB over [0, passEdge]
    double stopbandAttenuationDb = 0.0; // -max |H| in dB over [stopEdge, 1]
    double minus3dB = 0.0; // first frequency where |H| drops below -3 dB (fraction of Nyquist)
};
FilterFigures filterFigures(const FilterDescription &f, double passEdge, double stopEdge);

// What the filter would do run once, causally (taps from index 0, sections forward only): its
// unwrapped phase (radians) and group delay (input samples) at frequencies given as fractions of
// the input Nyquist. Our methods apply it centred or forward-backward, so their outputs are not
// delayed (FilterDescription::groupDelay); this is the delay a streaming implementation of the
// same filter would add. Group delay is analytic: for a polynomial B, tau = Re(sum k b_k z^-k /
// B(z)); for a biquad, tau_num - tau_den. Frequencies where |H| is ~0 keep the last phase.
struct CausalResponse
{
    std::vector<double> phaseRad;
    std::vector<double> groupDelaySamples;
};
CausalResponse causalResponse(const FilterDescription &f, const std::vector<double> &frequencies);

// --- Engines along one axis ---
// scipy resample_poly(x, up, down) with FIR h (already scaled by up): y[m] = sum_i
// h[m * down + half - i * up] x[i], m < ceil(N * up / down).
// Single precision (float polyphase engines, float FFTs) keeps rounding noise near -140 dB of
// full scale; Double runs long filters' FFTs in double, for stopbands designed below -130 dB
// (float32 samples themselves then bound what can be measured, near -150 dB).
enum class Precision { Single, Double };
Array resamplePolyAxis(const Array &x, std::size_t axis, const std::vector<double> &h,
    std::size_t half, std::size_t up, std::size_t down, RunContext &ctx,
    Precision precision = Precision::Single);
// scipy sosfiltfilt(sos, x) (odd extension, padlen 3 * ntaps, sosfilt_zi initial conditions).
Array sosFiltFiltAxis(
    const Array &x, std::size_t axis, const std::vector<Biquad> &sos, RunContext &ctx);
// scipy signal.resample(x, num) for real x: rfft, keep the bins both lengths share (the Nyquist
// bin joined when shrinking, split when growing), irfft, scale num / N.
Array fftResampleAxis(const Array &x, std::size_t axis, std::size_t num, RunContext &ctx);

} // namespace dsl
