// Internal: window reductions shared by pooling and resizing. Max and mean as accumulators over
// whole rows (vectorisable), and the fused pass for whole non-overlapping windows (k = stride,
// no padding) over the last two or three axes, which average pooling, INTER_AREA at integer
// factors and linear resizing by 2 all are.
#pragma once

#include "dsl/array.h"
#include "dsl/axes.h"
#include "dsl/run_context.h"
#include "pooling_fused.h"

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

namespace dsl::kernels {

// Max and mean as accumulators: start with a row, fold rows in, finish with the divisor.
struct MaxOp
{
    static void first(float *out, const float *row, std::size_t n)
    {
        std::memcpy(out, row, n * sizeof(float));
    }
    static void fold(float *out, const float *row, std::size_t n)
    {
        for (std::size_t c = 0; c < n; ++c) {
            const float v = row[c], o = out[c];
            out[c] = (v > o || v != v) && o == o ? v : o; // NaN wins, as in torch
        }
    }
    static void finish(float *, std::size_t, float) { }
    static void pair(float *out, float a, float b) { *out = (b > a || b != b) && a == a ? b : a; }
};
struct SumOp
{
    static void first(float *out, const float *row, std::size_t n)
    {
        std::memcpy(out, row, n * sizeof(float));
    }
    static void fold(float *out, const float *row, std::size_t n)
    {
        for (std::size_t c = 0; c < n; ++c)
            out[c] += row[c];
    }
    static void finish(float *out, std::size_t n, float scale)
    {
        for (std::size_t c = 0; c < n; ++c)
            out[c] *= scale;
    }
    static void pair(float *out, float a, float b) { *out = a + b; }
};

// The common case, k = stride, no padding, whole windows (2 x 2, 2 x 2 x 2, ...): one fused
// pass over the last `dims` (2 or 3) axes, reading every input sample once: the k (or k*k)
// input rows of an output row are folded with whole-row vector operations, then each group of
// k samples along the row.
template <class Op> Array fusedWindows(const Array &x, std::size_t dims, int k, RunContext &ctx)
{
    const std::size_t r = x.rank(), ch = x.channels, K = std::size_t(k);
    const std::size_t kz = dims == 3 ? K : 1;
    const std::size_t nz = dims == 3 ? x.shape[r - 3] : 1, ny = x.shape[r - 2], nx = x.shape[r - 1];
    const std::size_t mz = nz / kz, my = ny / K, mx = nx / K;
    const std::size_t frames = x.samplesPerChannel() / (nz * ny * nx);
    std::vector<std::size_t> shape = x.shape;
    if (dims == 3)
        shape[r - 3] = mz;
    shape[r - 2] = my;
    shape[r - 1] = mx;
    Array y = x.likeUninitialised(shape); // every output row is written below
    const std::size_t rowIn = nx * ch, rowOut = mx * ch;
    const float scale = 1.0f / float(kz * K * K);
    parallelFor(ctx, frames * mz * my, std::max<std::size_t>(1, 16384 / (rowIn + 1)),
        [&](std::size_t b, std::size_t e) {
            std::vector<float> rows(rowIn); // the input rows of one output row, folded
            for (std::size_t item = b; item < e; ++item) {
                const std::size_t f = item / (mz * my), zy = item % (mz * my);
                const std::size_t z = zy / my, yy = zy % my;
                const float *frame = x.data() + f * nz * ny * rowIn;
                if (ch == 1 && K == 2) {
                    // 2 x 2 (x 2) blocks of one channel, straight from the input rows.
                    const float *src[4];
                    int n = 0;
                    for (std::size_t dz = 0; dz < kz; ++dz)
                        for (std::size_t dy = 0; dy < 2; ++dy)
                            src[n++] = frame + ((z * kz + dz) * ny + yy * 2 + dy) * rowIn;
                    pool::pairBlocks(std::is_same_v<Op, MaxOp>, src, n, scale,
                        y.values.data() + ((f * mz + z) * my + yy) * rowOut, mx);
                    continue;
                }
                bool started = false;
                for (std::size_t dz = 0; dz < kz; ++dz)
                    for (std::size_t dy = 0; dy < K; ++dy) {
                        const float *row = frame + ((z * kz + dz) * ny + yy * K + dy) * rowIn;
                        if (!started) {
                            Op::first(rows.data(), row, rowIn);
                            started = true;
                        } else {
                            Op::fold(rows.data(), row, rowIn);
                        }
                    }
                float *out = y.values.data() + ((f * mz + z) * my + yy) * rowOut;
                for (std::size_t i = 0; i < mx; ++i) {
                    Op::first(out + i * ch, rows.data() + i * K * ch, ch);
                    for (std::size_t d = 1; d < K; ++d)
                        Op::fold(out + i * ch, rows.data() + (i * K + d) * ch, ch);
                }
                Op::finish(out, rowOut, scale);
            }
        });
    return y;
}

} // namespace dsl::kernels
