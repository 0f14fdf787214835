// decimate.halfband: M = 2^k as a cascade of k half-band stages (every other tap zero but the
// centre), each zero-phase. The quality preset fixes the band the final output keeps
// [0, pass x new Nyquist] and the attenuation of everything that would fold into it; early
// stages, whose transition can be wide, get short filters (multistage design).
#include "separable.h"

#include <cmath>

namespace dsl {
namespace {

struct Preset
{
    const char *name;
    double pass; // fraction of the final Nyquist kept
    double attenuationDb;
};
constexpr Preset kPresets[] = {
    { "fast", 0.80, 80.0 },
    { "standard", 0.90, 100.0 },
    { "hq", 0.995, 120.0 },
    { "vhq", 0.995, 150.0 },
};

struct Stage
{
    std::vector<double> taps;
    std::size_t half = 0;
};

std::vector<Stage> design(int stages, const Preset &preset)
{
    std::vector<Stage> out;
    // Kaiser's formulas are approximate: design 3 dB beyond the promise.
    const double design = preset.attenuationDb + 3.0;
    const double beta = kaiserBeta(design);
    for (int j = 1; j <= stages; ++j) {
        // Passband edge as a fraction of this stage's input Nyquist; stopband mirrors it.
        const double fp = preset.pass / std::pow(2.0, stages - j + 1);
        const double transition = 1.0 - 2.0 * fp;
        std::size_t half = kaiserTaps(design, transition) / 2;
        if (half % 2 == 0)
            ++half; // odd half-length: the outermost taps are non-zero
        const std::size_t n = 2 * half + 1;
        Stage s;
        s.half = half;
        s.taps = firwinLowpass(n, 0.5, kaiserWindow(n, beta));
        for (std::size_t i = 0; i < n; ++i) {
            const long offset = long(i) - long(half);
            if (offset != 0 && offset % 2 == 0)
                s.taps[i] = 0.0; // exact half-band zeros
        }
        out.push_back(std::move(s));
    }
    return out;
}

// The equivalent single-rate filter of the cascade (noble identities): h1(z) h2(z^2) h3(z^4)...
std::vector<double> equivalentTaps(const std::vector<Stage> &stages)
{
    std::vector<double> h { 1.0 };
    std::size_t spread = 1;
    for (const Stage &s : stages) {
        std::vector<double> up((s.taps.size() - 1) * spread + 1, 0.0);
        for (std::size_t i = 0; i < s.taps.size(); ++i)
            up[i * spread] = s.taps[i];
        std::vector<double> c(h.size() + up.size() - 1, 0.0);
        for (std::size_t i = 0; i < h.size(); ++i)
            if (h[i] != 0.0)
                for (std::size_t k = 0; k < up.size(); ++k)
                    c[i + k] += h[i] * up[k];
        h = std::move(c);
        spread *= 2;
    }
    return h;
}

class DecimateHalfband final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        std::vector<std::size_t> shape = in.shape;
        for (std::size_t a = 0; a < shape.size(); ++a)
            if (sel[a])
                for (int j = 0; j < stagesOf(p); ++j)
                    shape[a] = detail::ceilDiv(shape[a], 2);
        return shape;
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const int k = stagesOf(p);
        const Preset &preset = presetOf(p);
        const std::vector<Stage> stages = design(k, preset);
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        Result r = detail::alongAxes(in, sel, [&](const Array &x, std::size_t axis, AxisMap &map) {
            map = { 0.0, std::pow(2.0, k) };
            if (stages.empty())
                return x;
            const Precision precision
                = preset.attenuationDb > 130.0 ? Precision::Double : Precision::Single;
            Array y
                = resamplePolyAxis(x, axis, stages[0].taps, stages[0].half, 1, 2, ctx, precision);
            for (std::size_t j = 1; j < stages.size(); ++j)
                y = resamplePolyAxis(y, axis, stages[j].taps, stages[j].half, 1, 2, ctx, precision);
            return y;
        });
        if (k > 0) {
            r.filter.taps = equivalentTaps(stages);
            r.filter.zeroPhase = true;
            const double nu = 1.0 / std::pow(2.0, k);
            r.filter.passEdge = preset.pass * nu;
            r.filter.stopEdge = std::min(1.0, (2.0 - preset.pass) * nu);
            std::size_t macs = 0, rate = 1;
            for (const Stage &s : stages) {
                std::size_t nonzero = 0;
                for (double t : s.taps)
                    nonzero += t != 0.0;
                // Per final output sample, stage j runs 2^(k-j) times.
                rate *= 2;
                macs += nonzero * (std::size_t(1) << k) / rate;
            }
            r.filter.macsPerOutput = macs;
        }
        return r;
    }

private:
    static int stagesOf(const Params &p)
    {
        const int m = p.integer("factor");
        int k = 0;
        while ((1 << k) < m)
            ++k;
        if ((1 << k) != m)
            throw Error(ErrorCode::InvalidArgument,
                "decimate.halfband: parameter \"factor\" must be a power of two (2, 4, 8, ...).");
        return k;
    }
    static const Preset &presetOf(const Params &p)
    {
        for (const Preset &q : kPresets)
            if (p.choice("quality") == q.name)
                return q;
        return kPresets[1];
    }
    static inline const MethodInfo kInfo {
        .id = "decimate.halfband",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "Half-band cascade (2^k)"),
        .description = DSL_TR_NOOP("dsl",
            "Halves the rate k times with half-band FIR stages: cheap, and as "
            "clean as the quality preset asks (hq: -120 dB from 1.005 x Nyquist)."),
        .linear = true,
        .params = { ParamSpec::integer("factor", 4, 1, 256, DSL_TR_NOOP("dsl", "Factor"),
                        DSL_TR_NOOP("dsl", "A power of two: 2, 4, 8, ...")),
            ParamSpec::choice("quality", { "fast", "standard", "hq", "vhq" }, "standard",
                DSL_TR_NOOP("dsl", "Quality"),
                DSL_TR_NOOP("dsl",
                    "fast: 80 dB, 0.8 of Nyquist kept; standard: 100 dB, 0.9; "
                    "hq: 120 dB, 0.995; vhq: 150 dB, 0.995.")),
            axesParam() },
    };
};

} // namespace
} // namespace dsl

using dsl::DecimateHalfband;
DSL_REGISTER_METHOD(DecimateHalfband)
