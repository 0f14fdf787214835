#include "pooling_fused.h"

#include "../simd.h"

#include <algorithm>
#include <array>

namespace dsl::pool {
namespace {

using simd::load8;
using simd::maxNaN;
using simd::store8;
using simd::v8;

constexpr int kMaxTaps = 8; // BlurPool's filt is 1..7

// out[k] = sum_t w[t] rows[t][k] for k < n (nr >= 1).
[[gnu::always_inline]] inline void weightedRowsBody(
    const float *const *rows, const float *w, int nr, float *out, std::size_t n)
{
    std::size_t k = 0;
    for (; k + 32 <= n; k += 32) {
        const float w0 = w[0];
        v8 a0 = w0 * load8(rows[0] + k), a1 = w0 * load8(rows[0] + k + 8),
           a2 = w0 * load8(rows[0] + k + 16), a3 = w0 * load8(rows[0] + k + 24);
        for (int t = 1; t < nr; ++t) {
            const float wt = w[t];
            const float *r = rows[t] + k;
            a0 += wt * load8(r);
            a1 += wt * load8(r + 8);
            a2 += wt * load8(r + 16);
            a3 += wt * load8(r + 24);
        }
        store8(out + k, a0);
        store8(out + k + 8, a1);
        store8(out + k + 16, a2);
        store8(out + k + 24, a3);
    }
    for (; k + 8 <= n; k += 8) {
        v8 a = w[0] * load8(rows[0] + k);
        for (int t = 1; t < nr; ++t)
            a += w[t] * load8(rows[t] + k);
        store8(out + k, a);
    }
    for (; k < n; ++k) {
        float a = w[0] * rows[0][k];
        for (int t = 1; t < nr; ++t)
            a += w[t] * rows[t][k];
        out[k] = a;
    }
}

// out[j] = sum_t a[t] p[2 j + t] for j < m, one channel: p split into its even and odd samples
// (e, o: room for (lp + 1) / 2 rounded up to 8), then every tap is a contiguous vector
// multiply-add. p is readable 32 floats past lp.
template <int F>
[[gnu::always_inline]] inline void stride2Taps(
    const float *e, const float *o, const float *a, float *out, std::size_t m)
{
    for (std::size_t j = 0; j + 8 <= m; j += 8) {
        v8 acc = a[0] * load8(e + j);
        // F is a constant: the tap loop unrolls, every tap a fixed (e or o, offset) pair.
        for (int t = 1; t < F; ++t)
            acc += a[t] * load8(((t & 1) ? o : e) + j + std::size_t(t / 2));
        store8(out + j, acc);
    }
}

[[gnu::always_inline]] inline void stride2Body(const float *p, std::size_t lp, const float *a,
    int f, float *e, float *o, float *out, std::size_t m)
{
    const std::size_t half = (lp + 1) / 2;
    for (std::size_t k = 0; k < half; k += 8) {
        const v8 lo = load8(p + 2 * k), hi = load8(p + 2 * k + 8);
        store8(e + k, simd::evens(lo, hi));
        store8(o + k, simd::odds(lo, hi));
    }
    switch (f) {
    case 1:
        stride2Taps<1>(e, o, a, out, m);
        break;
    case 2:
        stride2Taps<2>(e, o, a, out, m);
        break;
    case 3:
        stride2Taps<3>(e, o, a, out, m);
        break;
    case 4:
        stride2Taps<4>(e, o, a, out, m);
        break;
    case 5:
        stride2Taps<5>(e, o, a, out, m);
        break;
    case 6:
        stride2Taps<6>(e, o, a, out, m);
        break;
    default:
        stride2Taps<7>(e, o, a, out, m);
        break;
    }
    for (std::size_t j = m - m % 8; j < m; ++j) {
        float acc = a[0] * p[2 * j];
        for (int t = 1; t < f; ++t)
            acc += a[t] * p[2 * j + std::size_t(t)];
        out[j] = acc;
    }
}

// m[k] = max(x0[k], x0[k + ch], x1[k], x1[k + ch]) for k < n: a dense 2 × 2 max row.
[[gnu::always_inline]] inline void denseMaxBody(
    const float *x0, const float *x1, std::size_t ch, float *m, std::size_t n)
{
    std::size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        const v8 left = maxNaN(load8(x0 + k), load8(x1 + k));
        const v8 right = maxNaN(load8(x0 + k + ch), load8(x1 + k + ch));
        store8(m + k, maxNaN(left, right));
    }
    for (; k < n; ++k)
        m[k] = maxNaN(maxNaN(x0[k], x1[k]), maxNaN(x0[k + ch], x1[k + ch]));
}

// Row by row (each row read front to back, the output row kept in L1): when a row pair shares
// one 4 KB page (512 floats wide), alternating between the two rows defeats the hardware
// prefetcher and costs 40 %.
template <bool Max>
[[gnu::always_inline]] inline void pairBlocksBody(
    const float *const *rows, int nrows, float scale, float *out, std::size_t m)
{
    auto fold = [](const v8 &a, const v8 &b) { return Max ? maxNaN(a, b) : a + b; };
    auto fold1 = [](float a, float b) { return Max ? maxNaN(a, b) : a + b; };
    for (int r = 0; r < nrows; ++r) {
        const float *row = rows[r];
        const bool last = r + 1 == nrows;
        std::size_t j = 0;
        for (; j + 8 <= m; j += 8) {
            const v8 lo = load8(row + 2 * j), hi = load8(row + 2 * j + 8);
            v8 v = fold(simd::evens(lo, hi), simd::odds(lo, hi));
            if (r > 0)
                v = fold(load8(out + j), v);
            if (!Max && last)
                v *= scale;
            store8(out + j, v);
        }
        for (; j < m; ++j) {
            float v = fold1(row[2 * j], row[2 * j + 1]);
            if (r > 0)
                v = fold1(out[j], v);
            out[j] = !Max && last ? v * scale : v;
        }
    }
}

#ifdef DSL_SIMD_DISPATCH
[[gnu::target("avx2,fma")]] void weightedRowsAvx2(
    const float *const *rows, const float *w, int nr, float *out, std::size_t n)
{
    weightedRowsBody(rows, w, nr, out, n);
}
[[gnu::target("avx2,fma")]] void stride2Avx2(const float *p, std::size_t lp, const float *a, int f,
    float *e, float *o, float *out, std::size_t m)
{
    stride2Body(p, lp, a, f, e, o, out, m);
}
[[gnu::target("avx2,fma")]] void denseMaxAvx2(
    const float *x0, const float *x1, std::size_t ch, float *m, std::size_t n)
{
    denseMaxBody(x0, x1, ch, m, n);
}
[[gnu::target("avx2,fma")]] void pairBlocksAvx2(
    bool max, const float *const *rows, int nrows, float scale, float *out, std::size_t m)
{
    if (max)
        pairBlocksBody<true>(rows, nrows, scale, out, m);
    else
        pairBlocksBody<false>(rows, nrows, scale, out, m);
}
#endif

void weightedRows(const float *const *rows, const float *w, int nr, float *out, std::size_t n)
{
    if (nr == 0) {
        std::fill(out, out + n, 0.0f);
        return;
    }
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return weightedRowsAvx2(rows, w, nr, out, n);
#endif
    weightedRowsBody(rows, w, nr, out, n);
}

void stride2(const float *p, std::size_t lp, const float *a, int f, float *e, float *o, float *out,
    std::size_t m)
{
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return stride2Avx2(p, lp, a, f, e, o, out, m);
#endif
    stride2Body(p, lp, a, f, e, o, out, m);
}

void denseMax(const float *x0, const float *x1, std::size_t ch, float *m, std::size_t n)
{
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return denseMaxAvx2(x0, x1, ch, m, n);
#endif
    denseMaxBody(x0, x1, ch, m, n);
}

// The source rows of one worker: rows of x itself, or dense-max rows computed on first use and
// kept in f slots (an output row needs at most f distinct source rows; consecutive output rows
// share f − stride of them).
class SourceRows
{
public:
    SourceRows(const float *plane, std::size_t rowLen, std::size_t ch, bool denseMax, int slots)
        : m_plane(plane)
        , m_inLen(rowLen)
        , m_ch(ch)
        , m_dense(denseMax)
        , m_len(denseMax ? rowLen - ch : rowLen)
        , m_slots(std::size_t(slots))
    {
        if (m_dense) {
            m_buffer.resize(m_slots * m_len);
            m_index.assign(m_slots, -1);
        }
    }
    void setPlane(const float *plane)
    {
        if (plane != m_plane)
            std::fill(m_index.begin(), m_index.end(), -1);
        m_plane = plane;
    }
    std::size_t length() const { return m_len; }
    // Pointers to the rows need[0..n) (all >= 0), valid together until the next call.
    void fetch(const long *need, int n, const float **out)
    {
        if (!m_dense) {
            for (int t = 0; t < n; ++t)
                out[t] = m_plane + std::size_t(need[t]) * m_inLen;
            return;
        }
        std::array<bool, kMaxTaps> kept {};
        for (int t = 0; t < n; ++t)
            for (std::size_t s = 0; s < m_slots; ++s)
                if (m_index[s] == need[t])
                    kept[s] = true;
        for (int t = 0; t < n; ++t) {
            std::size_t slot = m_slots;
            for (std::size_t s = 0; s < m_slots && slot == m_slots; ++s)
                if (m_index[s] == need[t])
                    slot = s;
            if (slot == m_slots) {
                for (std::size_t s = 0; s < m_slots && slot == m_slots; ++s)
                    if (!kept[s])
                        slot = s;
                kept[slot] = true;
                m_index[slot] = need[t];
                const float *x0 = m_plane + std::size_t(need[t]) * m_inLen;
                denseMax(x0, x0 + m_inLen, m_ch, m_buffer.data() + slot * m_len, m_len);
            }
            out[t] = m_buffer.data() + slot * m_len;
        }
    }

private:
    const float *m_plane;
    std::size_t m_inLen, m_ch;
    bool m_dense;
    std::size_t m_len, m_slots;
    std::vector<float> m_buffer;
    std::vector<long> m_index;
};

} // namespace

void pairBlocks(
    bool max, const float *const *rows, int nrows, float scale, float *out, std::size_t m)
{
#ifdef DSL_SIMD_DISPATCH
    if (simd::hasAvx2())
        return pairBlocksAvx2(max, rows, nrows, scale, out, m);
#endif
    if (max)
        pairBlocksBody<true>(rows, nrows, scale, out, m);
    else
        pairBlocksBody<false>(rows, nrows, scale, out, m);
}

Array fusedBlurPool(const Array &x, const std::vector<double> &taps, int stride, int top,
    int bottom, PadMode mode, bool denseMax, RunContext &ctx)
{
    const Planes pl = planesOf(x);
    const int f = int(taps.size());
    if (f < 1 || f >= kMaxTaps || stride < 1)
        throw Error(ErrorCode::InvalidArgument, "BlurPool: filter of 1 to 7 taps, stride >= 1.");
    if (denseMax && (pl.h < 2 || pl.w < 2))
        throw Error(ErrorCode::InvalidArgument, "MaxBlurPool needs at least 2 × 2 pixels.");
    const std::size_t ch = pl.ch;
    const std::size_t hs = pl.h - (denseMax ? 1 : 0), ws = pl.w - (denseMax ? 1 : 0);
    const long lh = long(hs) + top + bottom, lw = long(ws) + top + bottom;
    if (lh < f || lw < f)
        throw Error(ErrorCode::InvalidArgument, "BlurPool: the input is smaller than the filter.");
    const std::size_t oh = std::size_t((lh - f) / stride + 1),
                      ow = std::size_t((lw - f) / stride + 1);
    Array y = withPlaneUninitialised(x, oh, ow); // every sample is written below
    const std::vector<float> a(taps.begin(), taps.end());
    // Column sources of the padded row (index into the source row, -1 for a zero).
    std::vector<long> column(static_cast<std::size_t>(lw));
    for (long q = 0; q < lw; ++q)
        column[std::size_t(q)] = padIndex(q - top, long(ws), mode);
    const std::size_t planeIn = pl.h * pl.w * ch;
    const bool vector2 = ch == 1 && stride == 2;
    // Chunks of about 64 K input samples: the per-chunk buffers and row cache amortise.
    const std::size_t grain = std::max<std::size_t>(1, 65536 / (pl.w * ch * std::size_t(stride)));
    parallelFor(ctx, pl.count * oh, grain, [&](std::size_t b, std::size_t e) {
        SourceRows rows(x.data(), pl.w * ch, ch, denseMax, f);
        const std::size_t len = rows.length(); // ws * ch
        std::vector<float> padded(std::size_t(lw) * ch + 64, 0.0f);
        std::vector<float> even(std::size_t(lw) / 2 + 16), odd(std::size_t(lw) / 2 + 16);
        float *row = padded.data() + std::size_t(top) * ch;
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t p = item / oh, i = item % oh;
            rows.setPlane(x.data() + p * planeIn);
            // The source rows of output row i and their weights (zero padding drops rows).
            long need[kMaxTaps];
            float weight[kMaxTaps];
            int n = 0;
            for (int t = 0; t < f; ++t) {
                const long r = padIndex(long(i) * stride - top + t, long(hs), mode);
                if (r < 0)
                    continue;
                need[n] = r;
                weight[n] = a[std::size_t(t)];
                ++n;
            }
            const float *src[kMaxTaps];
            rows.fetch(need, n, src);
            if (ch * pl.w <= 1024 && i + 1 < oh) {
                // Short rows (two share a 4 KB page): ask for the input rows the next output row
                // will read first now, front to back; read interleaved, they stall the
                // prefetcher (about 20 % on 512-wide planes).
                const long first = std::max(long(i + 1) * stride - top + f - stride, 0L);
                const long last
                    = std::min(long(i + 1) * stride - top + f + (denseMax ? 1 : 0), long(pl.h));
                for (long r = first; r < last; ++r) {
                    const char *q = reinterpret_cast<const char *>(
                        x.data() + p * planeIn + std::size_t(r) * pl.w * ch);
                    for (std::size_t off = 0; off < pl.w * ch * sizeof(float); off += 64)
                        __builtin_prefetch(q + off, 0, 3);
                }
            }
            weightedRows(src, weight, n, row, len);
            // Borders of the padded row.
            auto border = [&](long q0, long q1) {
                for (long q = q0; q < q1; ++q) {
                    const long s = column[std::size_t(q)];
                    for (std::size_t c = 0; c < ch; ++c)
                        padded[std::size_t(q) * ch + c]
                            = s < 0 ? 0.0f : row[std::size_t(s) * ch + c];
                }
            };
            border(0, top);
            border(top + long(ws), lw);
            float *out = y.data() + item * ow * ch;
            if (vector2) {
                stride2(
                    padded.data(), std::size_t(lw), a.data(), f, even.data(), odd.data(), out, ow);
                continue;
            }
            for (std::size_t j = 0; j < ow; ++j)
                for (std::size_t c = 0; c < ch; ++c) {
                    const float *base = padded.data() + j * std::size_t(stride) * ch + c;
                    float acc = a[0] * base[0];
                    for (int t = 1; t < f; ++t)
                        acc += a[std::size_t(t)] * base[std::size_t(t) * ch];
                    out[j * ch + c] = acc;
                }
        }
    });
    return y;
}

} // namespace dsl::pool
