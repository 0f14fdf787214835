// Internal: fused single-pass kernels for the pooling operators whose speed matters most on big
// planes (issue 5): BlurPool and MaxBlurPool computed one output row at a time (no full-size
// intermediates), and 2 × 2 max/mean blocks read straight from the input rows.
#pragma once

#include "pooling_common.h"

namespace dsl::pool {

// BlurPool on the last two axes, per channel: y = ((a ⊗ a) ⋆ pad(S))[::stride, ::stride], where
// S = x, or with `denseMax` the dense 2 × 2 max of x (stride 1, no padding: MaxBlurPool's first
// stage, (h − 1) × (w − 1)). pad adds `top` rows/columns before and `bottom` after, in `mode`.
// Output: (n_S + top + bottom − f) / stride + 1 on each axis (f = taps.size()).
// Each output row folds its f source rows (vector operations along the row), then filters and
// subsamples that row; dense-max rows are computed once per worker and kept while needed.
Array fusedBlurPool(const Array &x, const std::vector<double> &taps, int stride, int top,
    int bottom, PadMode mode, bool denseMax, RunContext &ctx);

// One output row of k = stride = 2 blocks for one channel: out[j] = op over rows[0..nrows) of
// (row[2j], row[2j + 1]) for j < m; op is max (torch's NaN rule) or the sum times `scale`.
void pairBlocks(
    bool max, const float *const *rows, int nrows, float scale, float *out, std::size_t m);

} // namespace dsl::pool
