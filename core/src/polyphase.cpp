#include "polyphase.h"
#include "simd.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace dsl::poly {
namespace {

using simd::load8;
using simd::store8;
using simd::v8;

constexpr std::size_t kBlock = 32; // outputs per register block (4 vectors)
constexpr std::size_t kChunk = 2048; // outputs per chunk of polyphase streams (L1/L2 sized)

// out[u] = sum_k taps[k] * streams[offsets[k] + u] for u < count (rounded up to kBlock; the
// streams and out have room for it).
[[gnu::always_inline]] inline void decimateChunkBody(const float *streams, const float *taps,
    const std::uint32_t *offsets, std::size_t k, float *out, std::size_t count)
{
    for (std::size_t u = 0; u < count; u += kBlock) {
        v8 a0 = {}, a1 = {}, a2 = {}, a3 = {};
        const float *base = streams + u;
        for (std::size_t t = 0; t < k; ++t) {
            const float c = taps[t];
            const float *s = base + offsets[t];
            a0 += c * load8(s);
            a1 += c * load8(s + 8);
            a2 += c * load8(s + 16);
            a3 += c * load8(s + 24);
        }
        store8(out + u, a0);
        store8(out + u + 8, a1);
        store8(out + u + 16, a2);
        store8(out + u + 24, a3);
    }
}

// y[m] = sum_t phase(m)[t] * x[i0(m) - width + 1 + t], i0(m) = (m down + half) / up, where
// xp[k] holds x[origin - width + 1 + k] (zeros outside the signal).
[[gnu::always_inline]] inline void rationalBody(const float *xp, std::size_t origin,
    const float *phases, std::size_t width, std::size_t up, std::size_t down, std::size_t half,
    float *y, std::size_t yStride, std::size_t outN)
{
    for (std::size_t m = 0; m < outN; ++m) {
        const std::size_t c = m * down + half;
        const std::size_t phase = c % up, i0 = c / up;
        const float *h = phases + phase * width;
        const float *s = xp + (i0 - origin); // x[i0 - width + 1]
        v8 a0 = {}, a1 = {};
        std::size_t t = 0;
        for (; t + 16 <= width; t += 16) {
            a0 += load8(h + t) * load8(s + t);
            a1 += load8(h + t + 8) * load8(s + t + 8);
        }
        if (t < width)
            a0 += load8(h + t) * load8(s + t);
        const v8 a = a0 + a1;
        y[m * yStride] = ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]));
    }
}

#ifdef DSL_SIMD_DISPATCH
[[gnu::target("avx2,fma")]] void decimateChunkAvx2(const float *streams, const float *taps,
    const std::uint32_t *offsets, std::size_t k, float *out, std::size_t count)
{
    decimateChunkBody(streams, taps, offsets, k, out, count);
}
[[gnu::target("avx2,fma")]] void rationalAvx2(const float *xp, std::size_t origin,
    const float *phases, std::size_t width, std::size_t up, std::size_t down, std::size_t half,
    float *y, std::size_t yStride, std::size_t outN)
{
    rationalBody(xp, origin, phases, width, up, down, half, y, yStride, outN);
}
#endif

void decimateChunk(const float *streams, const float *taps, const std::uint32_t *offsets,
    std::size_t k, float *out, std::size_t count)
{
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return decimateChunkAvx2(streams, taps, offsets, k, out, count);
#endif
    decimateChunkBody(streams, taps, offsets, k, out, count);
}

void rational(const float *xp, std::size_t origin, const float *phases, std::size_t width,
    std::size_t up, std::size_t down, std::size_t half, float *y, std::size_t yStride,
    std::size_t outN)
{
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return rationalAvx2(xp, origin, phases, width, up, down, half, y, yStride, outN);
#endif
    rationalBody(xp, origin, phases, width, up, down, half, y, yStride, outN);
}

long floorDiv(long a, long b)
{
    const long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

Decimator::Decimator(const std::vector<double> &h, std::size_t half, std::size_t down)
    : m_down(down)
{
    struct Tap
    {
        float value;
        std::uint32_t phase;
        long shift;
    };
    std::vector<Tap> kept;
    for (std::size_t k = 0; k < h.size(); ++k) {
        if (h[k] == 0.0)
            continue;
        const long a = long(half) - long(k);
        const long q = floorDiv(a, long(down));
        kept.push_back({ float(h[k]), std::uint32_t(a - q * long(down)), q });
    }
    if (kept.empty())
        kept.push_back({ 0.0f, 0, 0 });
    std::sort(kept.begin(), kept.end(), [](const Tap &x, const Tap &y) {
        return x.phase != y.phase ? x.phase < y.phase : x.shift < y.shift;
    });
    m_qmin = m_qmax = kept.front().shift;
    for (const Tap &t : kept) {
        m_qmin = std::min(m_qmin, t.shift);
        m_qmax = std::max(m_qmax, t.shift);
    }
    for (const Tap &t : kept) {
        m_taps.push_back(t.value);
        m_phase.push_back(t.phase);
        m_shift.push_back(std::uint32_t(t.shift - m_qmin));
    }
}

void Decimator::run(const float *x, std::size_t channels, std::size_t n, float *y, std::size_t outN,
    std::size_t mBegin, std::size_t mEnd) const
{
    mEnd = std::min(mEnd, outN);
    if (mBegin >= mEnd)
        return;
    const std::size_t span = std::size_t(m_qmax - m_qmin);
    const std::size_t chunk = std::min(kChunk, (mEnd - mBegin + kBlock - 1) / kBlock * kBlock);
    const std::size_t streamLen = chunk + span + kBlock;
    const std::size_t lines = m_down * channels; // stream (r, ch) at (r * channels + ch)
    std::vector<float> streams(lines * streamLen), out(chunk);
    std::vector<std::uint32_t> offsets(m_taps.size());
    const long N = long(n), M = long(m_down);
    for (std::size_t m0 = mBegin; m0 < mEnd; m0 += chunk) {
        const std::size_t count = std::min(chunk, mEnd - m0);
        const std::size_t rounded = (count + kBlock - 1) / kBlock * kBlock;
        const std::size_t len = rounded + span; // stream samples this chunk reads
        // Stream (r, ch), sample i: x[(m0 + qmin + i) M + r] of channel ch, zero outside [0, n).
        const long j0 = long(m0) + m_qmin;
        // Samples i in [iLo, iHi) have every phase inside [0, n): one sequential pass there.
        const long iLo = std::clamp(-j0, 0L, long(len));
        const long iHi = std::clamp(floorDiv(N - M, M) - j0 + 1, iLo, long(len));
        auto edge = [&](long i) {
            for (std::size_t r = 0; r < m_down; ++r) {
                const long idx = (j0 + i) * M + long(r);
                for (std::size_t ch = 0; ch < channels; ++ch)
                    streams[(r * channels + ch) * streamLen + std::size_t(i)]
                        = idx >= 0 && idx < N ? x[std::size_t(idx) * channels + ch] : 0.0f;
            }
        };
        for (long i = 0; i < iLo; ++i)
            edge(i);
        if (channels == 1 && m_down == 2) {
            const float *src = x + std::size_t((j0 + iLo) * M);
            float *s0 = streams.data(), *s1 = s0 + streamLen;
            for (long i = iLo; i < iHi; ++i, src += 2) {
                s0[i] = src[0];
                s1[i] = src[1];
            }
        } else {
            const float *src = x + std::size_t((j0 + iLo) * M) * channels;
            for (long i = iLo; i < iHi; ++i)
                for (std::size_t k = 0; k < lines; ++k)
                    streams[k * streamLen + std::size_t(i)] = *src++;
        }
        for (long i = iHi; i < long(len); ++i)
            edge(i);
        for (std::size_t ch = 0; ch < channels; ++ch) {
            for (std::size_t t = 0; t < m_taps.size(); ++t)
                offsets[t] = std::uint32_t((m_phase[t] * channels + ch) * streamLen + m_shift[t]);
            decimateChunk(
                streams.data(), m_taps.data(), offsets.data(), m_taps.size(), out.data(), rounded);
            float *dst = y + m0 * channels + ch;
            for (std::size_t u = 0; u < count; ++u)
                dst[u * channels] = out[u];
        }
    }
}

Rational::Rational(const std::vector<double> &h, std::size_t half, std::size_t up, std::size_t down)
    : m_up(up)
    , m_down(down)
    , m_half(half)
{
    const std::size_t perPhase = (h.size() + up - 1) / up;
    m_width = std::max<std::size_t>(8, (perPhase + 7) / 8 * 8);
    m_phases.assign(up * m_width, 0.0f);
    // Phase p, tap j: h[p + j up] multiplies x[i0 - j]; stored reversed at width - 1 - j.
    for (std::size_t p = 0; p < up; ++p)
        for (std::size_t j = 0; p + j * up < h.size(); ++j)
            m_phases[p * m_width + m_width - 1 - j] = float(h[p + j * up]);
}

void Rational::run(const float *x, std::size_t channels, std::size_t n, float *y, std::size_t outN,
    std::size_t mBegin, std::size_t mEnd) const
{
    mEnd = std::min(mEnd, outN);
    if (mBegin >= mEnd)
        return;
    // Inputs these outputs read: i0(m) - width + 1 .. i0(m), i0(m) = (m down + half) / up.
    const std::size_t firstI0 = (mBegin * m_down + m_half) / m_up;
    const std::size_t lastI0 = ((mEnd - 1) * m_down + m_half) / m_up;
    const long base = long(firstI0) - long(m_width) + 1; // input index of xp[0]
    const std::size_t len = lastI0 - firstI0 + m_width + 8;
    std::vector<float> xp(len * channels);
    for (std::size_t ch = 0; ch < channels; ++ch) {
        float *line = xp.data() + ch * len;
        for (std::size_t t = 0; t < len; ++t) {
            const long i = base + long(t);
            line[t] = i >= 0 && i < long(n) ? x[std::size_t(i) * channels + ch] : 0.0f;
        }
    }
    for (std::size_t ch = 0; ch < channels; ++ch)
        rational(xp.data() + ch * len, firstI0, m_phases.data(), m_width, m_up, m_down,
            mBegin * m_down + m_half, y + mBegin * channels + ch, channels, mEnd - mBegin);
}

} // namespace dsl::poly
