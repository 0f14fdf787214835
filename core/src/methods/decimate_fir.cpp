// decimate.fir and decimate.fir_hamming: zero-phase polyphase FIR decimation, scipy's
// resample_poly(x, 1, M) (Kaiser window, beta 5, half-length 10 M by default) and decimate(x, M,
// ftype='fir') (Hamming window, 20 M + 1 taps). decimate.fir can instead be designed from a
// stopband attenuation (Kaiser's formulas) and a transition width.
#include "separable.h"

#include <cmath>

namespace dsl {
namespace {

struct FirDesign
{
    std::vector<double> taps;
    std::size_t half = 0;
    double passEdge = 0.0, stopEdge = 0.0; // fractions of the new Nyquist
    double attenuationDb = 0.0; // designed stopband (0: scipy's defaults)
};

Result decimateWithFir(
    const Array &in, const Params &p, const FirDesign &d, std::size_t factor, RunContext &ctx)
{
    const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
    Result r = detail::alongAxes(in, sel, [&](const Array &x, std::size_t axis, AxisMap &map) {
        map = { 0.0, double(factor) };
        return factor == 1 ? x
                           : resamplePolyAxis(x, axis, d.taps, d.half, 1, factor, ctx,
                               d.attenuationDb > 130.0 ? Precision::Double : Precision::Single);
    });
    r.filter.taps = d.taps;
    r.filter.rate = 1.0;
    r.filter.zeroPhase = true;
    r.filter.groupDelay = 0.0;
    r.filter.macsPerOutput = d.taps.size();
    r.filter.passEdge = d.passEdge / double(factor);
    r.filter.stopEdge = std::min(1.0, d.stopEdge / double(factor));
    return r;
}

class DecimateFir final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        return detail::ceilDecimatedShape(in, p);
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::size_t factor = std::size_t(p.integer("factor"));
        return decimateWithFir(in, p, design(p), factor, ctx);
    }

    static FirDesign design(const Params &p)
    {
        const std::size_t m = std::size_t(p.integer("factor"));
        const double cutoff = p.real("cutoff") / double(m); // fraction of the input Nyquist
        FirDesign d;
        double beta = p.real("beta");
        if (p.real("atten_db") > 0.0) {
            const double a = p.real("atten_db");
            d.attenuationDb = a;
            beta = kaiserBeta(a);
            const std::size_t taps = kaiserTaps(a, p.real("transition") / double(m));
            d.half = taps / 2;
            d.passEdge = p.real("cutoff") - p.real("transition") / 2;
            d.stopEdge = p.real("cutoff") + p.real("transition") / 2;
        } else {
            d.half = std::size_t(p.integer("half_len")) * m;
            d.passEdge = 0.9 * p.real("cutoff");
            d.stopEdge = 1.1 * p.real("cutoff");
        }
        const std::size_t taps = 2 * d.half + 1;
        d.taps = firwinLowpass(taps, std::min(1.0, cutoff), kaiserWindow(taps, beta));
        return d;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.fir",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "FIR decimation (Kaiser, polyphase)"),
        .description = DSL_TR_NOOP("dsl", "Low-pass filters with a Kaiser-windowed sinc, then keeps every M-th "
                                          "sample; defaults equal scipy resample_poly(x, 1, M)."),
        .linear = true,
        .params = {
            ParamSpec::integer("factor", 2, 1, 256, DSL_TR_NOOP("dsl", "Factor"),
                               DSL_TR_NOOP("dsl", "Keep one sample in M along each axis.")),
            ParamSpec::integer("half_len", 10, 1, 200, DSL_TR_NOOP("dsl", "Half-length"),
                               DSL_TR_NOOP("dsl", "Filter half-length in multiples of M (taps = 2 M half + 1).")),
            ParamSpec::real("beta", 5.0, 0.0, 40.0, DSL_TR_NOOP("dsl", "Kaiser beta"),
                            DSL_TR_NOOP("dsl", "Window shape: larger is more attenuation, wider transition.")),
            ParamSpec::real("atten_db", 0.0, 0.0, 250.0, DSL_TR_NOOP("dsl", "Stopband attenuation"),
                            DSL_TR_NOOP("dsl", "If set, beta and length follow from it by Kaiser's formulas."), "dB"),
            ParamSpec::real("transition", 0.2, 0.005, 1.0, DSL_TR_NOOP("dsl", "Transition width"),
                            DSL_TR_NOOP("dsl", "Full transition band as a fraction of the new Nyquist frequency (with attenuation)."), ""),
            ParamSpec::real("cutoff", 1.0, 0.05, 1.0, DSL_TR_NOOP("dsl", "Cutoff"),
                            DSL_TR_NOOP("dsl", "Cutoff (-6 dB) as a fraction of the new Nyquist frequency.")),
            axesParam(),
        },
    };
};

class DecimateFirHamming final : public Method
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
        FirDesign d;
        d.half = 10 * m;
        d.taps = firwinLowpass(20 * m + 1, 1.0 / double(m), hammingWindow(20 * m + 1));
        d.passEdge = 0.9;
        d.stopEdge = 1.1;
        return decimateWithFir(in, p, d, m, ctx);
    }

private:
    static inline const MethodInfo kInfo {
        .id = "decimate.fir_hamming",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "FIR decimation (Hamming, scipy decimate)"),
        .description = DSL_TR_NOOP("dsl",
            "scipy decimate(ftype='fir'): a 20 M + 1 tap Hamming-windowed sinc, "
            "zero phase, then every M-th sample."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 2, 1, 256, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "Keep one sample in M along each axis.")),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateFir;
using dsl::DecimateFirHamming;
DSL_REGISTER_METHOD(DecimateFir)
DSL_REGISTER_METHOD(DecimateFirHamming)
