// resample.rational: upsample by L, low-pass at 1 / max(L, M) of Nyquist, downsample by M,
// polyphase (only the needed products): scipy resample_poly(x, L, M) with its defaults
// (Kaiser beta 5, half-length 10 max(L, M)), or designed from a stopband attenuation with the
// stopband starting at the lower Nyquist ("HQ-strict"). 48 000 -> 44 100 Hz is L/M = 147/160.
#include "separable.h"

#include <numeric>

namespace dsl {
namespace {

class ResampleRational final : public Method
{
public:
    const MethodInfo &info() const override { return kInfo; }
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        const auto [up, down] = ratio(p);
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        std::vector<std::size_t> shape = in.shape;
        for (std::size_t a = 0; a < shape.size(); ++a)
            if (sel[a])
                shape[a] = detail::ceilDiv(shape[a] * up, down);
        return shape;
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const auto rates = ratio(p);
        const std::size_t up = rates.first, down = rates.second; // captured below

        const std::size_t maxRate = std::max(up, down);
        // scipy's design (cutoff at the lower Nyquist, -6 dB there), or one from a stopband
        // attenuation: the stopband starts at the lower Nyquist (nothing above it folds by
        // more than -atten_db) and the passband ends `transition` below it.
        const double atten = p.real("atten_db");
        std::size_t half = std::size_t(p.integer("half_len")) * maxRate;
        double cutoff = 1.0 / double(maxRate), beta = p.real("beta");
        double passEdge = 0.9, stopEdge = 1.1; // fractions of the lower Nyquist
        if (atten > 0.0) {
            const double t = p.real("transition");
            beta = kaiserBeta(atten);
            half = kaiserTaps(atten, t / double(maxRate)) / 2;
            cutoff = (1.0 - t / 2.0) / double(maxRate);
            passEdge = 1.0 - t;
            stopEdge = 1.0;
        }
        std::vector<double> h
            = firwinLowpass(2 * half + 1, cutoff, kaiserWindow(2 * half + 1, beta));
        const std::vector<double> unit = h;
        for (double &v : h)
            v *= double(up);
        const std::vector<bool> sel = selectAxes(in, p.choice("axes"));
        Result r = detail::alongAxes(in, sel, [&](const Array &x, std::size_t axis, AxisMap &map) {
            map = { 0.0, double(down) / double(up) };
            if (up == 1 && down == 1)
                return x;
            return resamplePolyAxis(x, axis, h, half, up, down, ctx);
        });
        r.filter.taps = unit;
        r.filter.rate = double(up);
        r.filter.zeroPhase = true;
        r.filter.passEdge = passEdge / double(maxRate) * double(up);
        r.filter.stopEdge = std::min(1.0, stopEdge / double(maxRate) * double(up));
        r.filter.macsPerOutput = detail::ceilDiv(h.size(), up);
        return r;
    }

private:
    static std::pair<std::size_t, std::size_t> ratio(const Params &p)
    {
        std::size_t up = std::size_t(p.integer("up")), down = std::size_t(p.integer("down"));
        const std::size_t g = std::gcd(up, down);
        return { up / g, down / g };
    }
    static inline const MethodInfo kInfo {
        .id = "resample.rational",
        .family = Family::Decimation,
        .name = DSL_TR_NOOP("dsl", "Rational resampling L/M (polyphase)"),
        .description = DSL_TR_NOOP("dsl", "Changes the rate by L/M with one polyphase Kaiser low-pass; "
                                          "defaults equal scipy resample_poly(x, L, M)."),
        .linear = true,
        .params = {
            ParamSpec::integer("up", 147, 1, 1024, DSL_TR_NOOP("dsl", "Up (L)"),
                               DSL_TR_NOOP("dsl", "Interpolation factor.")),
            ParamSpec::integer("down", 160, 1, 1024, DSL_TR_NOOP("dsl", "Down (M)"),
                               DSL_TR_NOOP("dsl", "Decimation factor.")),
            ParamSpec::integer("half_len", 10, 1, 200, DSL_TR_NOOP("dsl", "Half-length"),
                               DSL_TR_NOOP("dsl", "Filter half-length in multiples of max(L, M).")),
            ParamSpec::real("beta", 5.0, 0.0, 40.0, DSL_TR_NOOP("dsl", "Kaiser beta"),
                            DSL_TR_NOOP("dsl", "Window shape: larger is more attenuation, wider transition.")),
            ParamSpec::real("atten_db", 0.0, 0.0, 200.0, DSL_TR_NOOP("dsl", "Stopband attenuation"),
                            DSL_TR_NOOP("dsl", "If set: a Kaiser design whose stopband starts at the lower Nyquist "
                                               "frequency with this attenuation (HQ: 120)."), "dB"),
            ParamSpec::real("transition", 0.087, 0.005, 0.5, DSL_TR_NOOP("dsl", "Transition width"),
                            DSL_TR_NOOP("dsl", "With attenuation: the passband ends this fraction of the lower "
                                               "Nyquist frequency below it (libsoxr's default: 0.087).")),
            axesParam(),
        },
    };
};

} // namespace
} // namespace dsl

using dsl::ResampleRational;
DSL_REGISTER_METHOD(ResampleRational)
