// Interpolating resizers (operators/resize.md): nearest, bilinear, bicubic, area, box, Lanczos,
// Hamming. Half-pixel centres throughout (align_corners = false): output j samples input
// u = (j + 1/2) s - 1/2, s = n / n_out, so the output grid has origin (s - 1) / 2, step s.
// antialias = 0 reproduces OpenCV cv2.resize / torch interpolate (kernel keeps its width, edges
// replicate); antialias = 1 reproduces Pillow (mode F) / torch antialias=True (kernel stretched
// by s when downsampling, clipped to the image and renormalised).
#include "resize_common.h"

#include <numbers>

namespace dsl {
namespace {

using resize::AxisTable;

constexpr double kPi = std::numbers::pi;

double sinc(double x)
{
    return x == 0.0 ? 1.0 : std::sin(kPi * x) / (kPi * x);
}

AxisMap halfPixelMap(std::size_t n, std::size_t outN)
{
    const double s = double(n) / double(outN);
    return { (s - 1.0) / 2.0, s };
}

// Pillow's precompute_coeffs (also torch's antialiased weights). stretch = false keeps the
// kernel's own width (the "plain" variant of kernels that OpenCV does not have).
AxisTable pillowTable(std::size_t n, std::size_t outN, double support, bool stretch,
    const std::function<double(double)> &kernel)
{
    AxisTable t;
    t.outN = outN;
    t.map = halfPixelMap(n, outN);
    const double scale = double(n) / double(outN);
    const double filterscale = stretch ? std::max(scale, 1.0) : 1.0;
    const double sup = support * filterscale;
    const double ss = 1.0 / filterscale;
    std::vector<double> w;
    for (std::size_t j = 0; j < outN; ++j) {
        t.begin();
        const double center = (double(j) + 0.5) * scale;
        const long xmin = std::max(0L, long(center - sup + 0.5));
        const long xmax = std::min(long(n), long(center + sup + 0.5));
        w.clear();
        double sum = 0.0;
        for (long x = xmin; x < xmax; ++x) {
            w.push_back(kernel((double(x) - center + 0.5) * ss));
            sum += w.back();
        }
        for (long x = xmin; x < xmax; ++x)
            t.add(x, sum != 0.0 ? w[std::size_t(x - xmin)] / sum : w[std::size_t(x - xmin)]);
    }
    t.begin();
    return t;
}

// OpenCV's geometry for interpolating kernels: sx = floor(u), taps sx - a + 1 .. sx + a,
// indices replicated at the edges; `weights(fx, out)` gives the 2a weights.
AxisTable openCvTable(std::size_t n, std::size_t outN, int a, bool clampLinear,
    const std::function<void(double, double *)> &weights)
{
    AxisTable t;
    t.outN = outN;
    t.map = halfPixelMap(n, outN);
    const double scale = double(n) / double(outN);
    std::vector<double> w(std::size_t(2 * a));
    for (std::size_t j = 0; j < outN; ++j) {
        t.begin();
        double u = (double(j) + 0.5) * scale - 0.5;
        long sx = long(std::floor(u));
        double fx = u - double(sx);
        if (clampLinear) {
            // OpenCV (and torch) linear: points left of the first centre take the first pixel.
            if (sx < 0) {
                fx = 0;
                sx = 0;
            }
            if (sx >= long(n) - 1) {
                fx = 0;
                sx = long(n) - 1;
            }
        }
        weights(fx, w.data());
        for (int k = 0; k < 2 * a; ++k)
            t.add(resize::clampIndex(sx - a + 1 + k, long(n)), w[std::size_t(k)]);
    }
    t.begin();
    return t;
}

double keys(double x, double a)
{
    x = std::abs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    if (x < 2.0)
        return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
    return 0.0;
}

// The shared frame of the kernel methods: schema, output shape, separable apply.
class KernelResize : public Method
{
public:
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        return resize::resizedShape(in, p);
    }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        return resize::applySeparable(
            in, p, ctx, [&](std::size_t n, std::size_t outN) { return table(n, outN, p); },
            p.choice("pipeline") == "pillow8");
    }
    virtual AxisTable table(std::size_t n, std::size_t outN, const Params &p) const = 0;

protected:
    static std::vector<ParamSpec> schema(std::vector<ParamSpec> extra)
    {
        std::vector<ParamSpec> s = resize::sizeParams();
        s.insert(s.begin() + 4, extra.begin(), extra.end());
        s.push_back(ParamSpec::choice("pipeline", { "float", "pillow8" }, "float",
            DSL_TR_NOOP("dsl", "Pipeline"),
            DSL_TR_NOOP("dsl",
                "float: exact, in floating point. pillow8: Pillow's 8-bit images (horizontal "
                "pass, then vertical, each rounded and clipped to 0..255), to match its uint8 "
                "results.")));
        return s;
    }
    static ParamSpec antialiasParam()
    {
        return ParamSpec::boolean("antialias", true, DSL_TR_NOOP("dsl", "Antialias"),
            DSL_TR_NOOP("dsl",
                "Stretch the kernel by the scale when downsampling (Pillow, torch "
                "antialias=True); off: the plain kernel (OpenCV)."));
    }
};

class ResizeNearest final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        AxisTable t;
        t.outN = outN;
        const bool floorAlign = p.choice("align") == "floor";
        if (floorAlign) {
            // OpenCV INTER_NEAREST: sx = floor(j / (n_out / n)), in the same double arithmetic.
            const double ifx = 1.0 / (double(outN) / double(n));
            for (std::size_t j = 0; j < outN; ++j) {
                t.begin();
                t.add(std::min(long(n) - 1, long(std::floor(double(j) * ifx))), 1.0);
            }
            t.map = { 0.0, double(n) / double(outN) };
        } else {
            // Pillow NEAREST / torch nearest-exact: floor((j + 1/2) s). Pillow walks the
            // coordinate by repeated addition (its affine transform loop); we do the same so
            // exact-integer boundaries round the same way.
            const double scale = double(n) / double(outN);
            double xx = scale * 0.5;
            for (std::size_t j = 0; j < outN; ++j, xx += scale) {
                t.begin();
                t.add(std::min(long(n) - 1, long(xx)), 1.0);
            }
            t.map = halfPixelMap(n, outN);
        }
        t.begin();
        return t;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.nearest",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Nearest neighbour"),
        .description = DSL_TR_NOOP(
            "dsl", "Picks one input pixel per output pixel: no filtering, maximal aliasing."),
        .linear = true,
        .params = schema({ ParamSpec::choice("align", { "center", "floor" }, "center",
            DSL_TR_NOOP("dsl", "Align"),
            DSL_TR_NOOP("dsl",
                "center: floor((j + 1/2) s) as Pillow and torch "
                "nearest-exact; floor: floor(j s) as OpenCV.")) }),
    };
};

class ResizeBilinear final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        if (p.boolean("antialias"))
            return pillowTable(
                n, outN, 1.0, true, [](double x) { return std::max(0.0, 1.0 - std::abs(x)); });
        return openCvTable(n, outN, 1, true, [](double fx, double *w) {
            w[0] = 1.0 - fx;
            w[1] = fx;
        });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.bilinear",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Bilinear"),
        .description = DSL_TR_NOOP("dsl",
            "Triangle kernel. Without antialias it reads only 2 input pixels per "
            "axis whatever the factor, so it aliases when downsampling."),
        .linear = true,
        .params = schema({ antialiasParam() }),
    };
};

class ResizeBicubic final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        const double a = p.real("a");
        if (p.boolean("antialias"))
            return pillowTable(n, outN, 2.0, true, [a](double x) { return keys(x, a); });
        return openCvTable(n, outN, 2, false, [a](double x, double *w) {
            w[0] = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a;
            w[1] = ((a + 2) * x - (a + 3)) * x * x + 1;
            w[2] = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1;
            w[3] = 1.0 - w[0] - w[1] - w[2];
        });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.bicubic",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Bicubic (Keys)"),
        .description
        = DSL_TR_NOOP("dsl", "Keys cubic convolution; a = -0.75 as OpenCV, -0.5 as Pillow."),
        .linear = true,
        .params = schema({ antialiasParam(),
            ParamSpec::real("a", -0.5, -1.0, 0.0, DSL_TR_NOOP("dsl", "a"),
                DSL_TR_NOOP("dsl",
                    "Keys parameter: -0.75 (OpenCV, torch plain), -0.5 "
                    "(Pillow, torch antialias).")) }),
    };
};

class ResizeLanczos final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        const int a = p.integer("a");
        auto kernel = [a](double x) { return (x > -a && x < a) ? sinc(x) * sinc(x / a) : 0.0; };
        if (p.boolean("antialias"))
            return pillowTable(n, outN, double(a), true, kernel);
        // OpenCV LANCZOS4 geometry (2a taps around floor(u)), weights normalised to sum 1.
        return openCvTable(n, outN, a, false, [a, kernel](double fx, double *w) {
            double sum = 0.0;
            for (int k = 0; k < 2 * a; ++k)
                sum += w[k] = kernel(fx + a - 1 - k);
            for (int k = 0; k < 2 * a; ++k)
                w[k] /= sum;
        });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.lanczos",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Lanczos"),
        .description = DSL_TR_NOOP("dsl",
            "Windowed sinc sinc(x) sinc(x / a): sharp, with slight ringing; a = 3 as "
            "Pillow, 4 as OpenCV LANCZOS4."),
        .linear = true,
        .params = schema({ antialiasParam(),
            ParamSpec::integer("a", 3, 2, 8, DSL_TR_NOOP("dsl", "Lobes (a)"),
                DSL_TR_NOOP("dsl", "Kernel half-width in pixels.")) }),
    };
};

class ResizeBox final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        return pillowTable(n, outN, 0.5, p.boolean("antialias"),
            [](double x) { return (x > -0.5 && x <= 0.5) ? 1.0 : 0.0; });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.box",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Box (Pillow)"),
        .description = DSL_TR_NOOP(
            "dsl", "Box kernel stretched over each output pixel's footprint (Pillow BOX)."),
        .linear = true,
        .params = schema({ antialiasParam() }),
    };
};

class ResizeHamming final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        return pillowTable(n, outN, 1.0, p.boolean("antialias"), [](double x) {
            x = std::abs(x);
            if (x == 0.0)
                return 1.0;
            if (x >= 1.0)
                return 0.0;
            x *= kPi;
            return std::sin(x) / x * (0.54 + 0.46 * std::cos(x));
        });
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.hamming",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Hamming (Pillow)"),
        .description = DSL_TR_NOOP("dsl", "Hamming-windowed sinc of support 1 (Pillow HAMMING)."),
        .linear = true,
        .params = schema({ antialiasParam() }),
    };
};

class ResizeArea final : public KernelResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    AxisTable table(std::size_t n, std::size_t outN, const Params &p) const override
    {
        const double scale = double(n) / double(outN);
        if (scale <= 1.0) // enlarging: OpenCV's area falls back to interpolation
            return openCvTable(n, outN, 1, true, [](double fx, double *w) {
                w[0] = 1.0 - fx;
                w[1] = fx;
            });
        (void)p;
        // OpenCV computeResizeAreaTab: each output averages its footprint [j s, (j+1) s),
        // partial pixels weighted by their overlap.
        AxisTable t;
        t.outN = outN;
        t.map = halfPixelMap(n, outN);
        for (std::size_t j = 0; j < outN; ++j) {
            t.begin();
            const double fsx1 = double(j) * scale;
            const double fsx2 = fsx1 + scale;
            const double cell = std::min(scale, double(n) - fsx1);
            long sx1 = long(std::ceil(fsx1)), sx2 = long(std::floor(fsx2));
            sx2 = std::min(sx2, long(n) - 1);
            sx1 = std::min(sx1, sx2);
            if (double(sx1) - fsx1 > 1e-3)
                t.add(sx1 - 1, (double(sx1) - fsx1) / cell);
            for (long sx = sx1; sx < sx2; ++sx)
                t.add(sx, 1.0 / cell);
            if (fsx2 - double(sx2) > 1e-3)
                t.add(sx2, std::min(std::min(fsx2 - double(sx2), 1.0), cell) / cell);
        }
        t.begin();
        return t;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.area",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Area (OpenCV INTER_AREA)"),
        .description = DSL_TR_NOOP("dsl",
            "Averages the exact footprint of each output pixel, fractional pixels "
            "weighted by overlap; an integer factor is the block mean."),
        .linear = true,
        .params = schema({}),
    };
};

} // namespace
} // namespace dsl

using namespace dsl;
DSL_REGISTER_METHOD(ResizeNearest)
DSL_REGISTER_METHOD(ResizeBilinear)
DSL_REGISTER_METHOD(ResizeBicubic)
DSL_REGISTER_METHOD(ResizeLanczos)
DSL_REGISTER_METHOD(ResizeBox)
DSL_REGISTER_METHOD(ResizeHamming)
DSL_REGISTER_METHOD(ResizeArea)
