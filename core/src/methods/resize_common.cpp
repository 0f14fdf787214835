#include "resize_common.h"

#include "window_kernels.h"

namespace dsl::resize {

std::size_t outputExtent(std::size_t n, double factor, int explicitSize)
{
    if (explicitSize > 0)
        return std::size_t(explicitSize);
    return std::max<std::size_t>(1, std::size_t(std::floor(double(n) / factor + 1e-9)));
}

std::vector<ParamSpec> sizeParams()
{
    return {
        ParamSpec::real("factor", 2.0, 0.0625, 256.0, DSL_TR_NOOP("dsl", "Factor"),
            DSL_TR_NOOP("dsl",
                "Downsampling factor along each resized axis (output = floor(n / factor)).")),
        ParamSpec::integer("out_h", 0, 0, 1 << 20, DSL_TR_NOOP("dsl", "Output height"),
            DSL_TR_NOOP("dsl", "Explicit output rows (0: from the factor)."), "px"),
        ParamSpec::integer("out_w", 0, 0, 1 << 20, DSL_TR_NOOP("dsl", "Output width"),
            DSL_TR_NOOP("dsl", "Explicit output columns (0: from the factor)."), "px"),
        ParamSpec::integer("out_d", 0, 0, 1 << 20, DSL_TR_NOOP("dsl", "Output depth"),
            DSL_TR_NOOP("dsl", "Explicit output slices of a volume (0: from the factor)."), "px"),
        ParamSpec::real("spacing_mm", 0.0, 0.0, 1000.0, DSL_TR_NOOP("dsl", "Target spacing"),
            DSL_TR_NOOP("dsl",
                "Resample a scan to this voxel size along every resized axis, from its physical "
                "spacing (0: use the factor). The output spans the same field of view, so the "
                "spacing reached is the field of view over the whole number of voxels."),
            "mm"),
        axesParam(),
    };
}

std::vector<std::size_t> targetExtents(const Array &in, const Params &p)
{
    const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
    const std::vector<std::string> names = axisNames(in);
    std::vector<std::size_t> out(in.rank(), 0);
    for (std::size_t a = 0; a < in.rank(); ++a) {
        if (!sel[a])
            continue;
        int explicitSize = 0;
        if (names[a] == "y")
            explicitSize = p.integer("out_h");
        else if (names[a] == "x")
            explicitSize = p.integer("out_w");
        else if (names[a] == "z")
            explicitSize = p.integer("out_d");
        double factor = p.real("factor");
        if (const double target = p.values().count("spacing_mm") ? p.real("spacing_mm") : 0.0;
            target > 0.0 && explicitSize == 0) {
            if (a >= in.grid.size() || in.grid[a].unit != "mm" || !(in.grid[a].spacing > 0.0))
                throw Error(ErrorCode::InvalidArgument,
                    "Parameter \"spacing_mm\" needs a scan with a physical voxel size; this "
                        + std::string(kindName(in.kind)) + " has none along " + names[a] + ".");
            factor = target / in.grid[a].spacing;
            // Nearest whole number of voxels (at least one) over the same field of view.
            out[a]
                = std::max<std::size_t>(1, std::size_t(std::llround(double(in.shape[a]) / factor)));
            continue;
        }
        out[a] = outputExtent(in.shape[a], factor, explicitSize);
    }
    return out;
}

std::vector<std::size_t> resizedShape(const Array &in, const Params &p)
{
    const std::vector<std::size_t> t = targetExtents(in, p);
    std::vector<std::size_t> shape = in.shape;
    for (std::size_t a = 0; a < shape.size(); ++a)
        if (t[a])
            shape[a] = t[a];
    return shape;
}

Array applyTable(const Array &x, std::size_t axis, const AxisTable &t, RunContext &ctx)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = t.outN;
    Array y = x.like(shape);
    const std::size_t outN = t.outN;
    if (l.inner == 1) {
        // Along the contiguous axis: one scalar dot product per output sample.
        parallelFor(ctx, l.outer, 16, [&](std::size_t b, std::size_t e) {
            for (std::size_t o = b; o < e; ++o) {
                const float *src = x.data() + o * l.n;
                float *dst = y.data() + o * outN;
                for (std::size_t j = 0; j < outN; ++j) {
                    double acc = 0.0;
                    for (std::size_t k = t.start[j]; k < t.start[j + 1]; ++k)
                        acc += t.taps[k].weight * double(src[t.taps[k].index]);
                    dst[j] = float(acc);
                }
            }
        });
        return y;
    }
    parallelFor(ctx, l.outer * outN, std::max<std::size_t>(1, 2048 / l.inner),
        [&](std::size_t b, std::size_t e) {
            std::vector<double> acc(l.inner);
            for (std::size_t item = b; item < e; ++item) {
                const std::size_t o = item / outN, j = item % outN;
                const float *src = x.data() + o * l.n * l.inner;
                std::fill(acc.begin(), acc.end(), 0.0);
                for (std::size_t k = t.start[j]; k < t.start[j + 1]; ++k) {
                    const double w = t.taps[k].weight;
                    const float *s = src + std::size_t(t.taps[k].index) * l.inner;
                    for (std::size_t i = 0; i < l.inner; ++i)
                        acc[i] += w * double(s[i]);
                }
                float *d = y.data() + (o * outN + j) * l.inner;
                for (std::size_t i = 0; i < l.inner; ++i)
                    d[i] = float(acc[i]);
            }
        });
    return y;
}

namespace {

// k if every output sample of the table is the plain mean of k consecutive inputs starting at
// j k (linear resizing by 2, INTER_AREA and box at integer factors), else 0.
std::size_t boxWidth(const AxisTable &t, std::size_t n)
{
    if (t.outN == 0 || t.start.size() != t.outN + 1)
        return 0;
    const std::size_t k = t.start[1] - t.start[0];
    if (k < 2 || t.outN * k > n || t.outN != n / k)
        return 0;
    const double w = 1.0 / double(k);
    for (std::size_t j = 0; j < t.outN; ++j) {
        if (t.start[j + 1] - t.start[j] != k)
            return 0;
        for (std::size_t i = 0; i < k; ++i) {
            const Tap &tap = t.taps[t.start[j] + i];
            if (tap.index != j * k + i || std::abs(tap.weight - w) > 1e-12)
                return 0;
        }
    }
    return k;
}

} // namespace

Result applySeparable(const Array &in, const Params &p, RunContext &ctx,
    const std::function<AxisTable(std::size_t n, std::size_t outN)> &build, bool eightBit)
{
    const std::vector<std::size_t> target = targetExtents(in, p);
    Result r;
    r.map.assign(in.rank(), AxisMap {});
    std::vector<std::size_t> axes;
    std::vector<AxisTable> tables;
    for (std::size_t a = 0; a < in.rank(); ++a)
        if (target[a] != 0) {
            axes.push_back(a);
            tables.push_back(build(in.shape[a], target[a]));
            r.map[a] = tables.back().map;
        }
    // Whole boxes along the last two or three axes, the same width on each: one fused pass
    // reading every input sample once (the tables would give the same means, slower).
    const std::size_t rank = in.rank();
    if (eightBit) {
        const Array *current = &in;
        for (std::size_t i = axes.size(); i-- > 0;) { // the contiguous (horizontal) axis first
            r.output = applyTable(*current, axes[i], tables[i], ctx);
            for (float &v : r.output.values)
                v = std::clamp(std::floor(v + 0.5f), 0.0f, 255.0f);
            current = &r.output;
        }
        if (current == &in)
            r.output = in;
        return r;
    }
    if ((axes.size() == 2 || axes.size() == 3) && axes.front() == rank - axes.size()
        && axes.back() == rank - 1) {
        const std::size_t k = boxWidth(tables[0], in.shape[axes[0]]);
        bool same = k > 0;
        for (std::size_t i = 1; i < axes.size(); ++i)
            same = same && boxWidth(tables[i], in.shape[axes[i]]) == k;
        if (same) {
            r.output = kernels::fusedWindows<kernels::SumOp>(in, axes.size(), int(k), ctx);
            return r;
        }
    }
    const Array *current = &in; // no copy of the input: each pass reads the previous one
    // Slowest axis first: its pass vectorises over whole rows and shrinks the data the
    // contiguous-axis pass then walks (the order changes float rounding only).
    for (std::size_t i = 0; i < axes.size(); ++i) {
        r.output = applyTable(*current, axes[i], tables[i], ctx);
        current = &r.output;
    }
    if (current == &in)
        r.output = in;
    return r;
}

} // namespace dsl::resize
