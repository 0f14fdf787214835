// Internal: a Method assembled from a schema, a size rule and an apply function, for the many
// small 2-d pooling operators (each still registers itself, from its own definition).
// On volumes the 2-d operator runs slice by slice in the plane the "axes" parameter names (xy,
// xz or yz); an operator with a separable 3-d form (VolumeOps) also runs on all three spatial
// axes at once, which is then its default ("all").
#pragma once

#include "pooling_common.h"

namespace dsl::pool {

class PlaneMethod final : public Method
{
public:
    using SizeFn
        = std::function<std::pair<std::size_t, std::size_t>(const Planes &, const Params &)>;
    using ApplyFn = std::function<Result(const Array &, const Params &, RunContext &)>;
    PlaneMethod(MethodInfo info, SizeFn size, ApplyFn apply, VolumeOps volume = {})
        : m_info(std::move(info))
        , m_size(std::move(size))
        , m_apply(std::move(apply))
        , m_volume(std::move(volume))
    {
        const bool threeD = bool(m_volume.apply);
        m_info.params.push_back(ParamSpec::choice("axes",
            threeD ? std::vector<std::string> { "all", "xy", "xz", "yz" }
                   : std::vector<std::string> { "xy", "xz", "yz" },
            threeD ? "all" : "xy", DSL_TR_NOOP("dsl", "Axes"),
            threeD ? DSL_TR_NOOP("dsl",
                "all: the three spatial axes of a volume at once (the 3-d operator); xy, xz, yz: "
                "slice by slice in that plane.")
                   : DSL_TR_NOOP("dsl", "The plane a volume is processed in, slice by slice.")));
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
        const std::vector<std::size_t> axes = actingAxes(in, p);
        for (int d = 0; d < depthOf(p); ++d) {
            if (axes.size() == 3) {
                for (std::size_t a : axes)
                    shape[a] = m_volume.size(shape[a], p);
                continue;
            }
            Planes pl = planesOf(in);
            pl.h = shape[axes[0]];
            pl.w = shape[axes[1]];
            const auto [h, w] = m_size(pl, p);
            shape[axes[0]] = h;
            shape[axes[1]] = w;
        }
        return shape;
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        outputShape(in, p); // validates sizes with clear messages
        const std::vector<std::size_t> axes = actingAxes(in, p);
        Result r = once(in, axes, p, ctx);
        for (int d = 1; d < depthOf(p); ++d) {
            // Compose the grids: origin = o1 + s1 o2, step = s1 s2.
            Result next = once(r.output, axes, p, ctx);
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
    // The array axes the operator acts on: three (the 3-d form) or two (rows, columns).
    std::vector<std::size_t> actingAxes(const Array &in, const Params &p) const
    {
        planesOf(in); // rejects signals with a clear message
        return planeAxes(in, p.values().count("axes") ? p.choice("axes") : "xy", m_info.id);
    }
    Result once(const Array &x, const std::vector<std::size_t> &axes, const Params &p,
        RunContext &ctx) const
    {
        if (axes.size() == 3)
            return m_volume.apply(x, axes, p, ctx);
        const std::size_t r = x.rank();
        if (axes[0] == r - 2 && axes[1] == r - 1)
            return m_apply(x, p, ctx);
        // Another plane of a volume: make its axes the last two, run, and put them back.
        std::vector<std::size_t> order;
        for (std::size_t a = 0; a < r; ++a)
            if (a != axes[0] && a != axes[1])
                order.push_back(a);
        order.push_back(axes[0]);
        order.push_back(axes[1]);
        Result moved = m_apply(permuteAxes(x, order), p, ctx);
        std::vector<std::size_t> back(r);
        for (std::size_t i = 0; i < r; ++i)
            back[order[i]] = i;
        Result out;
        out.output = permuteAxes(moved.output, back);
        out.output.grid = x.grid;
        out.map.resize(r);
        for (std::size_t i = 0; i < r; ++i)
            out.map[order[i]] = moved.map[i];
        out.filter = std::move(moved.filter);
        return out;
    }
    MethodInfo m_info;
    SizeFn m_size;
    ApplyFn m_apply;
    VolumeOps m_volume;
};

inline bool registerPlaneMethod(
    MethodInfo info, PlaneMethod::SizeFn size, PlaneMethod::ApplyFn apply, VolumeOps volume = {})
{
    Registry::instance().add(std::make_unique<PlaneMethod>(
        std::move(info), std::move(size), std::move(apply), std::move(volume)));
    return true;
}

} // namespace dsl::pool
