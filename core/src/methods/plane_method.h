// Internal: a Method assembled from a schema, a size rule and an apply function, for the many
// small 2-d pooling operators (each still registers itself, from its own definition).
#pragma once

#include "pooling_common.h"

namespace dsl::pool {

class PlaneMethod final : public Method
{
public:
    using SizeFn
        = std::function<std::pair<std::size_t, std::size_t>(const Planes &, const Params &)>;
    using ApplyFn = std::function<Result(const Array &, const Params &, RunContext &)>;
    PlaneMethod(MethodInfo info, SizeFn size, ApplyFn apply)
        : m_info(std::move(info))
        , m_size(std::move(size))
        , m_apply(std::move(apply))
    {
    }
    const MethodInfo &info() const override { return m_info; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        const Planes pl = planesOf(in);
        const auto [h, w] = m_size(pl, p);
        std::vector<std::size_t> shape = in.shape;
        shape[shape.size() - 2] = h;
        shape[shape.size() - 1] = w;
        return shape;
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        outputShape(in, p); // validates sizes with clear messages
        return m_apply(in, p, ctx);
    }

private:
    MethodInfo m_info;
    SizeFn m_size;
    ApplyFn m_apply;
};

inline bool registerPlaneMethod(
    MethodInfo info, PlaneMethod::SizeFn size, PlaneMethod::ApplyFn apply)
{
    Registry::instance().add(
        std::make_unique<PlaneMethod>(std::move(info), std::move(size), std::move(apply)));
    return true;
}

} // namespace dsl::pool
