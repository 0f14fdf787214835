// decimate.boxcar: the mean of each full block of M samples along each selected axis
// (a first-order CIC); a trailing partial block is dropped. Output origin (M - 1) / 2, step M.
#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/method.h"

namespace dsl {
namespace {

// Block mean along one axis; accumulates in double so long blocks stay exact to float precision.
Array blockMean(const Array &in, std::size_t axis, std::size_t factor, RunContext &ctx)
{
    std::vector<std::size_t> shape = in.shape;
    shape[axis] /= factor;
    Array out = in.like(shape);
    const LineLayout l = lineLayout(in.shape, in.channels, axis);
    const std::size_t m = shape[axis];
    const double scale = 1.0 / double(factor);
    const float *src = in.data();
    float *dst = out.data();
    parallelFor(ctx, l.outer * m, std::max<std::size_t>(1, 4096 / l.inner),
        [&](std::size_t b, std::size_t e) {
            std::vector<double> acc(l.inner);
            for (std::size_t item = b; item < e; ++item) {
                const std::size_t o = item / m, j = item % m;
                std::fill(acc.begin(), acc.end(), 0.0);
                const float *s = src + (o * l.n + j * factor) * l.inner;
                for (std::size_t t = 0; t < factor; ++t, s += l.inner)
                    for (std::size_t i = 0; i < l.inner; ++i)
                        acc[i] += s[i];
                float *d = dst + (o * m + j) * l.inner;
                for (std::size_t i = 0; i < l.inner; ++i)
                    d[i] = float(acc[i] * scale);
            }
        });
    return out;
}

class DecimateBoxcar final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }

    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        const std::size_t factor = std::size_t(p.integer("factor"));
        std::vector<std::size_t> shape = in.shape;
        for (std::size_t a = 0; a < shape.size(); ++a) {
            if (!sel[a])
                continue;
            if (shape[a] < factor)
                throw Error(ErrorCode::InvalidArgument,
                    "decimate.boxcar: parameter \"factor\" (" + std::to_string(factor)
                        + ") is larger than the input's extent (" + std::to_string(shape[a])
                        + ").");
            shape[a] /= factor;
        }
        return shape;
    }

    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        const std::size_t factor = std::size_t(p.integer("factor"));
        outputShape(in, p); // validates
        Result r;
        r.output = in;
        for (std::size_t a = 0; a < in.rank(); ++a) {
            if (sel[a] && factor > 1)
                r.output = blockMean(r.output, a, factor, ctx);
            r.map.push_back(
                sel[a] ? AxisMap { (double(factor) - 1.0) / 2.0, double(factor) } : AxisMap {});
        }
        return r;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.boxcar",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "Block mean (boxcar)"),
        .description = DSL_TR_NOOP("dsl",
            "Averages each block of M samples: a cheap low-pass whose "
            "sidelobes still let some energy fold."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 2, 1, 4096, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "Block length along each axis.")),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateBoxcar;
DSL_REGISTER_METHOD(DecimateBoxcar)
