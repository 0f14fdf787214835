// decimate.naive: y[m] = x[phase + m * M] along each selected axis; no filter at all.
// The aliasing demonstration: every component above the new Nyquist folds into the output.
#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/method.h"

#include <cstring>

namespace dsl {
namespace {

class DecimateNaive final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }

    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        const std::size_t factor = std::size_t(p.integer("factor"));
        const std::size_t phase = std::size_t(p.integer("phase"));
        if (phase >= factor)
            throw Error(ErrorCode::InvalidArgument,
                "decimate.naive: parameter \"phase\" must be smaller than \"factor\".");
        std::vector<std::size_t> shape = in.shape;
        for (std::size_t a = 0; a < shape.size(); ++a) {
            if (!sel[a])
                continue;
            if (phase >= shape[a])
                throw Error(ErrorCode::InvalidArgument,
                    "decimate.naive: parameter \"phase\" is beyond the input's extent.");
            shape[a] = (shape[a] - phase + factor - 1) / factor;
        }
        return shape;
    }

    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        const std::size_t factor = std::size_t(p.integer("factor"));
        const std::size_t phase = std::size_t(p.integer("phase"));
        Result r;
        r.output = in.like(outputShape(in, p));
        const std::size_t rank = in.rank();
        std::vector<std::size_t> step(rank, 1), start(rank, 0);
        for (std::size_t a = 0; a < rank; ++a) {
            if (sel[a]) {
                step[a] = factor;
                start[a] = phase;
            }
            r.map.push_back({ double(start[a]), double(step[a]) });
        }
        const std::vector<std::size_t> &os = r.output.shape;
        const std::size_t ch = in.channels;
        const std::size_t rows = product(os) / os[rank - 1];
        const std::size_t lastIn = step[rank - 1] * ch;
        const std::size_t cols = os[rank - 1];
        const float *src = in.data();
        float *dst = r.output.data();
        parallelFor(ctx, rows, 64, [&](std::size_t b, std::size_t e) {
            for (std::size_t row = b; row < e; ++row) {
                // Input offset of this output row: unravel the row index over axes 0..rank-2.
                std::size_t rem = row, offset = start[rank - 1] * in.stride(rank - 1);
                for (std::size_t a = rank - 1; a-- > 0;) {
                    const std::size_t idx = rem % os[a];
                    rem /= os[a];
                    offset += (start[a] + idx * step[a]) * in.stride(a);
                }
                const float *s = src + offset;
                float *d = dst + row * cols * ch;
                if (lastIn == ch) {
                    std::memcpy(d, s, cols * ch * sizeof(float));
                } else if (ch == 1) {
                    for (std::size_t j = 0; j < cols; ++j)
                        d[j] = s[j * lastIn];
                } else {
                    for (std::size_t j = 0; j < cols; ++j)
                        for (std::size_t c = 0; c < ch; ++c)
                            d[j * ch + c] = s[j * lastIn + c];
                }
            }
        });
        return r;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.naive",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "Naive subsampling"),
        .description = DSL_TR_NOOP("dsl",
            "Keeps every M-th sample with no filter: everything above "
            "the new Nyquist frequency folds back."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 2, 1, 4096, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "Keep one sample in M along each axis.")),
            ParamSpec::integer("phase", 0, 0, 4095, DSL_TR_NOOP("dsl", "Phase"),
                DSL_TR_NOOP("dsl", "Index of the first kept sample."), "samples"),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateNaive;
DSL_REGISTER_METHOD(DecimateNaive)
