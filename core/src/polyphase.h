// Float polyphase FIR engines for one line of samples (used by resamplePolyAxis). They compute
// the same sums as scipy's resample_poly, y[m] = sum_i h[m down + half - i up] x[i] with x zero
// outside [0, n), in single precision with 8-wide vector arithmetic (AVX2 when the processor has
// it, chosen at run time; SSE2 otherwise). Single-precision accumulation of <= a few hundred
// products keeps the error near 1e-6 of full scale, inside the 1e-5 the goldens allow.
//
// Decimation (up == 1) runs per block of outputs over the M polyphase streams of the input
// (stream r holds x[j M + r]): each tap then reads consecutive samples of one stream for
// consecutive outputs, so 8 outputs take one multiply-add per tap. Taps equal to zero (half-band
// filters) are skipped. Rational resampling (up > 1) takes, per output, the phase of the filter
// its position selects (ceil(K / up) taps, stored reversed and contiguous) and forms one dot
// product with consecutive input samples.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dsl::poly {

class Decimator
{
public:
    Decimator(const std::vector<double> &h, std::size_t half, std::size_t down);
    // Outputs [mBegin, mEnd) of `channels` interleaved lines: x holds n frames, y outN frames.
    // Ranges are independent (run them on several threads); reading is one sequential pass.
    void run(const float *x, std::size_t channels, std::size_t n, float *y, std::size_t outN,
        std::size_t mBegin, std::size_t mEnd) const;
    std::size_t nonZeroTaps() const { return m_taps.size(); }

private:
    std::size_t m_down;
    long m_qmin = 0, m_qmax = 0; // stream shifts: q_k = floor((half - k) / down)
    std::vector<float> m_taps; // non-zero taps, ordered by (phase, shift)
    std::vector<std::uint32_t> m_phase, m_shift; // r_k and q_k - qmin of each kept tap
};

class Rational
{
public:
    Rational(const std::vector<double> &h, std::size_t half, std::size_t up, std::size_t down);
    // As Decimator::run.
    void run(const float *x, std::size_t channels, std::size_t n, float *y, std::size_t outN,
        std::size_t mBegin, std::size_t mEnd) const;

private:
    std::size_t m_up, m_down, m_half;
    std::size_t m_width = 0; // taps per phase, rounded up to a multiple of 8
    std::vector<float> m_phases; // up x width, each phase reversed
};

} // namespace dsl::poly
