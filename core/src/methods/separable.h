// Internal helper for separable methods: apply a 1-d operation along each selected axis in turn.
#pragma once

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/method.h"

namespace dsl::detail {

// op(current, axis) returns the array transformed along `axis` and sets that axis's map.
template <class Op> Result alongAxes(const Array &in, const std::vector<bool> &selected, Op op)
{
    Result r;
    r.output = in;
    r.map.assign(in.rank(), AxisMap {});
    for (std::size_t a = 0; a < in.rank(); ++a)
        if (selected[a])
            r.output = op(r.output, a, r.map[a]);
    return r;
}

inline std::size_t ceilDiv(std::size_t a, std::size_t b)
{
    return (a + b - 1) / b;
}

} // namespace dsl::detail
