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
    r.map.assign(in.rank(), AxisMap {});
    const Array *current = &in; // each pass reads the previous one; the input is never copied
    for (std::size_t a = 0; a < in.rank(); ++a)
        if (selected[a]) {
            Array next = op(*current, a, r.map[a]);
            r.output = std::move(next);
            current = &r.output;
        }
    if (current == &in)
        r.output = in;
    return r;
}

inline std::size_t ceilDiv(std::size_t a, std::size_t b)
{
    return (a + b - 1) / b;
}

// The output shape of a decimator keeping ceil(n / factor) samples on each selected axis
// ("factor" and "axes" parameters).
inline std::vector<std::size_t> ceilDecimatedShape(const Array &in, const Params &p)
{
    const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
    const std::size_t factor = std::size_t(p.integer("factor"));
    std::vector<std::size_t> shape = in.shape;
    for (std::size_t a = 0; a < shape.size(); ++a)
        if (sel[a])
            shape[a] = ceilDiv(shape[a], factor);
    return shape;
}

} // namespace dsl::detail
