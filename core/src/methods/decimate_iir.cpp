// decimate.iir: scipy decimate(x, M) default: Chebyshev type I (order 8, 0.05 dB ripple, cutoff
// 0.8 / M of Nyquist) as second-order sections, run forward and backward (sosfiltfilt), then every
// M-th sample.
#include "separable.h"

namespace dsl {
namespace {

class DecimateIir final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        return detail::ceilDecimatedShape(in, p);
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::size_t m = std::size_t(p.integer("factor"));
        const std::vector<Biquad> sos
            = cheby1Lowpass(p.integer("order"), p.real("ripple_db"), 0.8 / double(m));
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        Result r = detail::alongAxes(in, sel, [&](const Array &x, std::size_t axis, AxisMap &map) {
            map = { 0.0, double(m) };
            if (m == 1)
                return x;
            const Array filtered = sosFiltFiltAxis(x, axis, sos, ctx);
            std::vector<std::size_t> shape = x.shape;
            shape[axis] = detail::ceilDiv(x.shape[axis], m);
            Array out = x.like(shape);
            const LineLayout l = lineLayout(x.shape, x.channels, axis);
            for (std::size_t o = 0; o < l.outer; ++o)
                for (std::size_t i = 0; i < shape[axis]; ++i)
                    std::copy_n(filtered.data() + (o * l.n + i * m) * l.inner, l.inner,
                        out.data() + (o * shape[axis] + i) * l.inner);
            return out;
        });
        r.filter.sections = sos;
        r.filter.zeroPhase = true;
        r.filter.passEdge = 0.8 / double(m); // the Chebyshev cutoff
        r.filter.stopEdge = 1.0 / double(m);
        r.filter.macsPerOutput = 2 * 5 * sos.size() * m;
        return r;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.iir",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "IIR decimation (Chebyshev I, zero phase)"),
        .description = DSL_TR_NOOP("dsl",
            "scipy decimate default: an order-8 Chebyshev I low-pass at 0.8 of "
            "the new Nyquist, run forward and backward, then every M-th sample."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 2, 1, 64, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "Keep one sample in M along each axis.")),
            ParamSpec::integer("order", 8, 1, 16, DSL_TR_NOOP("dsl", "Order"),
                DSL_TR_NOOP("dsl", "Filter order (number of poles).")),
            ParamSpec::real("ripple_db", 0.05, 0.001, 5.0, DSL_TR_NOOP("dsl", "Passband ripple"),
                DSL_TR_NOOP("dsl", "Chebyshev passband ripple."), "dB"),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateIir;
DSL_REGISTER_METHOD(DecimateIir)
