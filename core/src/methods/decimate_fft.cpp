// decimate.fft: FFT brick wall, scipy signal.resample(x, ceil(N / M)): keeps the bins below the
// new Nyquist (splitting the Nyquist bin as scipy does) and scales by N_out / N. It assumes the
// signal is periodic, so a jump between the last and first sample leaks as ringing at the edges.
#include "separable.h"

namespace dsl {
namespace {

class DecimateFft final : public Method
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
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        return detail::alongAxes(in, sel, [&](const Array &x, std::size_t axis, AxisMap &map) {
            const std::size_t n = x.shape[axis];
            const std::size_t num = detail::ceilDiv(n, m);
            map = { 0.0, double(n) / double(num) };
            return num == n ? x : fftResampleAxis(x, axis, num, ctx);
        });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.fft",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "FFT resampling (brick wall)"),
        .description = DSL_TR_NOOP("dsl",
            "Drops every DFT bin above the new Nyquist (scipy resample): no alias "
            "for periodic signals, edge ringing otherwise."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 2, 1, 4096, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "Output length is ceil(N / M) along each axis.")),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateFft;
DSL_REGISTER_METHOD(DecimateFft)
