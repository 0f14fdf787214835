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
        // Every downsampling pooling operator can be stacked: "two max pools deface a scan".
        if (m_info.family == Family::Pooling)
            m_info.params.push_back(
                ParamSpec::integer("depth", 1, 1, 4, DSL_TR_NOOP("dsl", "Depth"),
                    DSL_TR_NOOP("dsl", "Apply the operator this many times in a row.")));
    }
    const MethodInfo &info() const override { return m_info; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        std::vector<std::size_t> shape = in.shape;
        for (int d = 0; d < depthOf(p); ++d) {
            Planes pl = planesOf(in);
            pl.h = shape[shape.size() - 2];
            pl.w = shape[shape.size() - 1];
            const auto [h, w] = m_size(pl, p);
            shape[shape.size() - 2] = h;
            shape[shape.size() - 1] = w;
        }
        return shape;
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        outputShape(in, p); // validates sizes with clear messages
        Result r = m_apply(in, p, ctx);
        for (int d = 1; d < depthOf(p); ++d) {
            // Compose the grids: origin = o1 + s1 o2, step = s1 s2.
            Result next = m_apply(r.output, p, ctx);
            for (std::size_t a = 0; a < r.map.size(); ++a) {
                next.map[a].origin = r.map[a].origin + r.map[a].step * next.map[a].origin;
                next.map[a].step *= r.map[a].step;
            }
            r = std::move(next);
        }
        return r;
    }

private:
    static int depthOf(const Params &p)
    {
        return p.values().count("depth") ? p.integer("depth") : 1;
    }
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
