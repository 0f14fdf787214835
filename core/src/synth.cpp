#include "dsl/synth.h"

#include "dsl/error.h"

#include <cmath>
#include <numbers>
#include <random>

namespace dsl {
namespace {

constexpr double kPi = std::numbers::pi;

std::vector<ParamSpec> signalParams(std::vector<ParamSpec> extra)
{
    std::vector<ParamSpec> p {
        ParamSpec::real("rate", 48000, 1, 1e6, DSL_TR_NOOP("dsl", "Sample rate"), {}, "Hz"),
        ParamSpec::real("duration", 2.0, 1e-3, 600, DSL_TR_NOOP("dsl", "Duration"), {}, "s"),
        ParamSpec::real("amplitude", 0.5, 0, 1, DSL_TR_NOOP("dsl", "Amplitude")),
    };
    p.insert(p.end(), extra.begin(), extra.end());
    return p;
}

Array makeSignal(const Params &p, const std::function<double(double t, std::size_t n)> &f)
{
    const double rate = p.real("rate");
    const double n = std::round(rate * p.real("duration"));
    if (n < 1 || n > 1e9)
        throw Error(ErrorCode::InvalidArgument, "The signal would have no samples or too many.");
    Array a = Array::zeros(Kind::Signal, { std::size_t(n) });
    a.grid[0] = { 0.0, 1.0 / rate, "s" };
    a.source.format = "synthetic";
    const double amp = p.real("amplitude");
    for (std::size_t i = 0; i < a.values.size(); ++i)
        a.values[i] = float(amp * f(double(i) / rate, i));
    return a;
}

std::vector<ParamSpec> imageParams(std::vector<ParamSpec> extra)
{
    std::vector<ParamSpec> p { ParamSpec::integer(
        "size", 512, 8, 8192, DSL_TR_NOOP("dsl", "Size"), {}, "px") };
    p.insert(p.end(), extra.begin(), extra.end());
    return p;
}

Array makeImage(const Params &p, const std::function<double(double x, double y)> &f)
{
    const std::size_t n = std::size_t(p.integer("size"));
    Array a = Array::zeros(Kind::Image, { n, n });
    a.source.format = "synthetic";
    const double c = (double(n) - 1.0) / 2.0;
    for (std::size_t y = 0; y < n; ++y)
        for (std::size_t x = 0; x < n; ++x)
            a.values[y * n + x] = float(f(double(x) - c, double(y) - c));
    return a;
}

// Modified Shepp-Logan ellipsoids: value, semi-axes (a, b, c), centre, rotation about z (deg).
struct Ellipsoid
{
    double value, a, b, c, x0, y0, z0, phi;
};
constexpr Ellipsoid kShepp[] = {
    { 1.0, 0.69, 0.92, 0.81, 0, 0, 0, 0 },
    { -0.8, 0.6624, 0.874, 0.78, 0, -0.0184, 0, 0 },
    { -0.2, 0.11, 0.31, 0.22, 0.22, 0, 0, -18 },
    { -0.2, 0.16, 0.41, 0.28, -0.22, 0, 0, 18 },
    { 0.1, 0.21, 0.25, 0.41, 0, 0.35, -0.15, 0 },
    { 0.1, 0.046, 0.046, 0.05, 0, 0.1, 0.25, 0 },
    { 0.1, 0.046, 0.046, 0.05, 0, -0.1, 0.25, 0 },
    { 0.1, 0.046, 0.023, 0.05, -0.08, -0.605, 0, 0 },
    { 0.1, 0.023, 0.023, 0.02, 0, -0.606, 0, 0 },
    { 0.1, 0.023, 0.046, 0.02, 0.06, -0.605, 0, 0 },
};

Array makePhantom(const Params &p)
{
    const std::size_t n = std::size_t(p.integer("size"));
    const double sp = p.real("spacing");
    Array a = Array::zeros(Kind::Volume, { n, n, n });
    a.source.format = "synthetic";
    for (AxisGrid &g : a.grid)
        g = { 0.0, sp, "mm" };
    SpaceGeometry s;
    const double half = (double(n) - 1.0) / 2.0 * sp;
    s.origin = { -half, -half, -half };
    a.space = s;
    const double c = (double(n) - 1.0) / 2.0;
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t i = 0; i < n; ++i) {
                const double x = (double(i) - c) / (double(n) / 2.0);
                const double y = (c - double(j)) / (double(n) / 2.0);
                const double z = (double(k) - c) / (double(n) / 2.0);
                double v = 0.0;
                for (const Ellipsoid &e : kShepp) {
                    const double ph = e.phi * kPi / 180.0;
                    const double dx = x - e.x0, dy = y - e.y0, dz = z - e.z0;
                    const double u = dx * std::cos(ph) + dy * std::sin(ph);
                    const double w = -dx * std::sin(ph) + dy * std::cos(ph);
                    if (u * u / (e.a * e.a) + w * w / (e.b * e.b) + dz * dz / (e.c * e.c) <= 1.0)
                        v += e.value;
                }
                a.values[(k * n + j) * n + i] = float(std::clamp(v, 0.0, 1.0));
            }
    return a;
}

std::vector<GeneratorInfo> makeGenerators()
{
    std::vector<GeneratorInfo> g;
    g.push_back({ "sine", Kind::Signal, DSL_TR_NOOP("dsl", "Sine"),
        DSL_TR_NOOP("dsl", "A pure tone."),
        signalParams({ ParamSpec::real(
            "frequency", 1000, 0, 5e5, DSL_TR_NOOP("dsl", "Frequency"), {}, "Hz") }),
        [](const Params &p) {
            const double f = p.real("frequency");
            return makeSignal(p, [f](double t, std::size_t) { return std::sin(2 * kPi * f * t); });
        } });
    g.push_back({ "multitone", Kind::Signal, DSL_TR_NOOP("dsl", "Three tones"),
        DSL_TR_NOOP("dsl",
            "Three tones of equal amplitude; put one above the new Nyquist "
            "frequency to watch it fold."),
        signalParams({ ParamSpec::real("f1", 1000, 0, 5e5, DSL_TR_NOOP("dsl", "Tone 1"), {}, "Hz"),
            ParamSpec::real("f2", 5000, 0, 5e5, DSL_TR_NOOP("dsl", "Tone 2"), {}, "Hz"),
            ParamSpec::real("f3", 7000, 0, 5e5, DSL_TR_NOOP("dsl", "Tone 3"), {}, "Hz") }),
        [](const Params &p) {
            const double f1 = p.real("f1"), f2 = p.real("f2"), f3 = p.real("f3");
            return makeSignal(p, [=](double t, std::size_t) {
                return (std::sin(2 * kPi * f1 * t) + std::sin(2 * kPi * f2 * t)
                           + std::sin(2 * kPi * f3 * t))
                    / 3.0;
            });
        } });
    const auto chirpParams = signalParams({ ParamSpec::real("f0", 20, 0, 5e5,
                                                DSL_TR_NOOP("dsl", "Start frequency"), {}, "Hz"),
        ParamSpec::real("f1", 24000, 0.01, 5e5, DSL_TR_NOOP("dsl", "End frequency"), {}, "Hz") });
    g.push_back({ "chirp.linear", Kind::Signal, DSL_TR_NOOP("dsl", "Linear chirp"),
        DSL_TR_NOOP("dsl", "A sweep whose frequency rises linearly: the classic fold-back."),
        chirpParams, [](const Params &p) {
            const double f0 = p.real("f0"), f1 = p.real("f1"), d = p.real("duration");
            return makeSignal(p, [=](double t, std::size_t) {
                return std::sin(2 * kPi * (f0 * t + (f1 - f0) * t * t / (2 * d)));
            });
        } });
    g.push_back({ "chirp.log", Kind::Signal, DSL_TR_NOOP("dsl", "Logarithmic chirp"),
        DSL_TR_NOOP("dsl", "A sweep whose frequency rises exponentially."), chirpParams,
        [](const Params &p) {
            const double f0 = p.real("f0"), f1 = p.real("f1"), d = p.real("duration");
            if (f0 <= 0.0 || f1 <= 0.0)
                throw Error(ErrorCode::InvalidArgument,
                    "A logarithmic chirp needs start and end frequencies above 0 Hz.");
            const double k = std::log(f1 / f0) / d;
            return makeSignal(p, [=](double t, std::size_t) {
                if (std::abs(k) < 1e-12)
                    return std::sin(2 * kPi * f0 * t);
                return std::sin(2 * kPi * f0 * (std::exp(k * t) - 1.0) / k);
            });
        } });
    g.push_back({ "square", Kind::Signal, DSL_TR_NOOP("dsl", "Square wave"),
        DSL_TR_NOOP("dsl", "A naive square wave: its harmonics reach far above Nyquist."),
        signalParams({ ParamSpec::real(
            "frequency", 440, 0, 5e5, DSL_TR_NOOP("dsl", "Frequency"), {}, "Hz") }),
        [](const Params &p) {
            const double f = p.real("frequency");
            return makeSignal(p,
                [f](double t, std::size_t) { return std::sin(2 * kPi * f * t) >= 0 ? 1.0 : -1.0; });
        } });
    g.push_back({ "noise", Kind::Signal, DSL_TR_NOOP("dsl", "White noise"),
        DSL_TR_NOOP("dsl", "Gaussian white noise: energy at every frequency."),
        signalParams({ ParamSpec::integer("seed", 1, 0, 1 << 30, DSL_TR_NOOP("dsl", "Seed")) }),
        [](const Params &p) {
            std::mt19937_64 rng(std::uint64_t(p.integer("seed")));
            std::normal_distribution<double> nd(0.0, 0.3);
            return makeSignal(
                p, [&](double, std::size_t) { return std::clamp(nd(rng), -1.0, 1.0); });
        } });
    g.push_back({ "impulse", Kind::Signal, DSL_TR_NOOP("dsl", "Impulse"),
        DSL_TR_NOOP("dsl", "A single sample: shows a method's impulse response."),
        signalParams({ ParamSpec::real("position", 0.5, 0, 1, DSL_TR_NOOP("dsl", "Position"),
            DSL_TR_NOOP("dsl", "Fraction of the duration.")) }),
        [](const Params &p) {
            const std::size_t n = std::size_t(std::round(p.real("rate") * p.real("duration")));
            const std::size_t at
                = std::min(n - 1, std::size_t(std::floor(p.real("position") * double(n))));
            return makeSignal(p, [at](double, std::size_t i) { return i == at ? 1.0 : 0.0; });
        } });
    g.push_back({ "zoneplate", Kind::Image, DSL_TR_NOOP("dsl", "Zone plate"),
        DSL_TR_NOOP("dsl",
            "Rings whose frequency grows with the radius: every frequency "
            "at once, so aliasing shows as moiré."),
        imageParams(
            { ParamSpec::real("frequency", 0.5, 0.01, 1.0, DSL_TR_NOOP("dsl", "Edge frequency"),
                DSL_TR_NOOP("dsl",
                    "Local frequency at the edge "
                    "midpoints."),
                "cycles/px") }),
        [](const Params &p) {
            const double r = double(p.integer("size")) / 2.0;
            const double fmax = p.real("frequency");
            return makeImage(p, [=](double x, double y) {
                return 0.5 + 0.5 * std::cos(kPi * fmax * (x * x + y * y) / r);
            });
        } });
    g.push_back({ "siemens", Kind::Image, DSL_TR_NOOP("dsl", "Siemens star"),
        DSL_TR_NOOP("dsl", "Black and white spokes converging to the centre."),
        imageParams({ ParamSpec::integer("spokes", 36, 2, 360, DSL_TR_NOOP("dsl", "Spokes")) }),
        [](const Params &p) {
            const double spokes = p.integer("spokes");
            const double r = double(p.integer("size")) / 2.0;
            return makeImage(p, [=](double x, double y) {
                if (x * x + y * y > r * r)
                    return 0.5;
                return std::sin(spokes * std::atan2(y, x)) >= 0 ? 1.0 : 0.0;
            });
        } });
    g.push_back({ "checkerboard", Kind::Image, DSL_TR_NOOP("dsl", "Checkerboard"),
        DSL_TR_NOOP("dsl", "Squares with sharp edges."),
        imageParams(
            { ParamSpec::integer("cell", 3, 1, 1024, DSL_TR_NOOP("dsl", "Cell size"), {}, "px") }),
        [](const Params &p) {
            const long cell = p.integer("cell");
            const double c = (double(p.integer("size")) - 1.0) / 2.0;
            return makeImage(p, [=](double x, double y) {
                const long i = long(std::lround(x + c)) / cell;
                const long j = long(std::lround(y + c)) / cell;
                return ((i + j) % 2) ? 1.0 : 0.0;
            });
        } });
    g.push_back({ "grating", Kind::Image, DSL_TR_NOOP("dsl", "Sinusoidal grating"),
        DSL_TR_NOOP("dsl", "One spatial frequency at one angle."),
        imageParams({ ParamSpec::real("frequency", 0.2, 0, 0.5, DSL_TR_NOOP("dsl", "Frequency"), {},
                          "cycles/px"),
            ParamSpec::real("angle", 0, -180, 180, DSL_TR_NOOP("dsl", "Angle"), {}, "°") }),
        [](const Params &p) {
            const double f = p.real("frequency");
            const double a = p.real("angle") * kPi / 180.0;
            return makeImage(p, [=](double x, double y) {
                return 0.5 + 0.5 * std::cos(2 * kPi * f * (x * std::cos(a) + y * std::sin(a)));
            });
        } });
    g.push_back({ "phantom3d", Kind::Volume, DSL_TR_NOOP("dsl", "3-d Shepp–Logan phantom"),
        DSL_TR_NOOP("dsl", "The modified Shepp–Logan head phantom as a volume."),
        { ParamSpec::integer("size", 96, 8, 512, DSL_TR_NOOP("dsl", "Size"), {}, "voxels"),
            ParamSpec::real("spacing", 2.0, 0.01, 100, DSL_TR_NOOP("dsl", "Spacing"), {}, "mm") },
        makePhantom });
    return g;
}

} // namespace

const std::vector<GeneratorInfo> &generators()
{
    static const std::vector<GeneratorInfo> g = makeGenerators();
    return g;
}

const GeneratorInfo *findGenerator(std::string_view id)
{
    for (const GeneratorInfo &g : generators())
        if (g.id == id)
            return &g;
    return nullptr;
}

bool isGeneratorSpec(std::string_view text)
{
    return findGenerator(text.substr(0, text.find(':'))) != nullptr;
}

Array generate(std::string_view spec)
{
    const auto colon = spec.find(':');
    const std::string id(spec.substr(0, colon));
    const GeneratorInfo *g = findGenerator(id);
    if (!g)
        throw Error(ErrorCode::InvalidArgument, "Unknown synthetic source \"" + id + "\".");
    const auto given = colon == std::string_view::npos ? std::map<std::string, std::string> {}
                                                       : Params::parseList(spec.substr(colon + 1));
    Array a = g->make(Params::resolve(id, g->params, given));
    a.source.path = std::string(spec);
    return a;
}

} // namespace dsl
