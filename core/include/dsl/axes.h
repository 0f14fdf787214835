// Helpers shared by operators: which axes a method acts on, the (outer, n, inner) layout of
// lines along one axis, and a cancellable parallel-for over independent work items.
#pragma once

#include "dsl/array.h"
#include "dsl/params.h"
#include "dsl/run_context.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dsl {

// The shared "axes" parameter: all spatial axes by default; x, y, z, t or pairs for in-plane work.
ParamSpec axesParam();
// Axis names of an array, slowest first: signal {t}; image {y, x}; volume {z, y, x} or {t, z, y,
// x}.
std::vector<std::string> axisNames(const Array &a);
// true for each axis the method acts on; throws InvalidArgument if a named axis is absent.
std::vector<bool> selectAxes(const Array &a, const std::string &axes);

// Along `axis`, the array is `outer` blocks of `n` samples, each sample `inner` floats apart
// (inner includes the channels); element (o, i, c) is at (o * n + i) * inner + c.
struct LineLayout
{
    std::size_t outer = 1;
    std::size_t n = 1;
    std::size_t inner = 1;
};
LineLayout lineLayout(
    const std::vector<std::size_t> &shape, std::size_t channels, std::size_t axis);

// Runs fn(begin, end) over [0, count) in contiguous chunks on up to ctx.threads() threads,
// calling ctx.checkpoint() between chunks. Exceptions (including Cancelled) are rethrown here.
// `grain` is the smallest useful chunk.
void parallelFor(RunContext &ctx, std::size_t count, std::size_t grain,
    const std::function<void(std::size_t, std::size_t)> &fn);

} // namespace dsl
