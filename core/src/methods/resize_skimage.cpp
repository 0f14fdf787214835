// scikit-image's resizers (skimage 0.19 transform.resize, mode='reflect' = ndimage 'mirror'):
// resize.gaussian: Gaussian prefilter, sigma = max(0, (s - 1) / 2) per axis (truncate 4), then
//   linear interpolation at half-pixel centres (ndimage.zoom, order 1, grid_mode).
// resize.bspline3: cubic B-spline interpolation (prefiltered, ndimage.zoom order 3, grid_mode).
// Both clip the result to the input's value range, as skimage does.
#include "resize_common.h"

namespace dsl {
namespace {

using resize::AxisTable;

AxisTable gaussianTable(std::size_t n, double sigma)
{
    AxisTable t;
    t.outN = n;
    const long radius = long(4.0 * sigma + 0.5);
    std::vector<double> k(std::size_t(2 * radius + 1));
    double sum = 0.0;
    for (long i = -radius; i <= radius; ++i)
        sum += k[std::size_t(i + radius)] = std::exp(-0.5 * double(i * i) / (sigma * sigma));
    for (std::size_t j = 0; j < n; ++j) {
        t.begin();
        for (long i = -radius; i <= radius; ++i)
            t.add(resize::mirrorIndex(long(j) + i, long(n)), k[std::size_t(i + radius)] / sum);
    }
    t.begin();
    return t;
}

// Interpolation at u = (j + 1/2) n / n_out - 1/2 with `taps` weights from `weights(t, w)`,
// first tap at floor(u) - (taps / 2 - 1), mirrored indices.
AxisTable zoomTable(
    std::size_t n, std::size_t outN, int taps, const std::function<void(double, double *)> &weights)
{
    AxisTable t;
    t.outN = outN;
    const double s = double(n) / double(outN);
    t.map = { (s - 1.0) / 2.0, s };
    std::vector<double> w(static_cast<std::size_t>(taps));
    for (std::size_t j = 0; j < outN; ++j) {
        t.begin();
        const double u = (double(j) + 0.5) * s - 0.5;
        const long i0 = long(std::floor(u));
        weights(u - double(i0), w.data());
        for (int k = 0; k < taps; ++k)
            t.add(resize::mirrorIndex(i0 - (taps / 2 - 1) + k, long(n)), w[std::size_t(k)]);
    }
    t.begin();
    return t;
}

// scipy.ndimage spline_filter1d(order 3, mode 'mirror') along one axis, in double per line.
Array bsplinePrefilter(const Array &x, std::size_t axis, RunContext &ctx)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    Array y = x;
    const long n = long(l.n);
    if (n < 2)
        return y;
    const double z = std::sqrt(3.0) - 2.0;
    const double gain = (1.0 - z) * (1.0 - 1.0 / z);
    parallelFor(ctx, l.outer * l.inner, 64, [&](std::size_t b, std::size_t e) {
        std::vector<double> c(static_cast<std::size_t>(n));
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / l.inner, j = item % l.inner;
            float *line = y.data() + o * l.n * l.inner + j;
            for (long i = 0; i < n; ++i)
                c[std::size_t(i)] = double(line[std::size_t(i) * l.inner]) * gain;
            // Causal initialisation for a mirror-symmetric signal.
            const double zn1 = std::pow(z, double(n - 1));
            double zi = z;
            double c0 = c[0] + zn1 * c[std::size_t(n - 1)];
            for (long i = 1; i < n - 1; ++i) {
                c0 += zi * (c[std::size_t(i)] + zn1 * c[std::size_t(n - 1 - i)]);
                zi *= z;
            }
            c[0] = c0 / (1.0 - zn1 * zn1);
            for (long i = 1; i < n; ++i)
                c[std::size_t(i)] += z * c[std::size_t(i - 1)];
            c[std::size_t(n - 1)]
                = (z * c[std::size_t(n - 2)] + c[std::size_t(n - 1)]) * z / (z * z - 1.0);
            for (long i = n - 2; i >= 0; --i)
                c[std::size_t(i)] = z * (c[std::size_t(i + 1)] - c[std::size_t(i)]);
            for (long i = 0; i < n; ++i)
                line[std::size_t(i) * l.inner] = float(c[std::size_t(i)]);
        }
    });
    return y;
}

void clipToRange(Array &out, const Array &in)
{
    const auto [lo, hi] = std::minmax_element(in.values.begin(), in.values.end());
    for (float &v : out.values)
        v = std::clamp(v, *lo, *hi);
}

class SkimageResize : public Method
{
public:
    std::vector<std::size_t> outputShape(const Array &in, const Params &p) const override
    {
        return resize::resizedShape(in, p);
    }
};

class ResizeGaussian final : public SkimageResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::vector<std::size_t> target = resize::targetExtents(in, p);
        Array filtered = in;
        for (std::size_t a = 0; a < in.rank(); ++a) {
            if (!target[a])
                continue;
            const double sigma
                = std::max(0.0, (double(in.shape[a]) / double(target[a]) - 1.0) / 2.0);
            if (sigma > 1e-15)
                filtered = resize::applyTable(filtered, a, gaussianTable(in.shape[a], sigma), ctx);
        }
        Result r = resize::applySeparable(filtered, p, ctx, [](std::size_t n, std::size_t outN) {
            return zoomTable(n, outN, 2, [](double t, double *w) {
                w[0] = 1.0 - t;
                w[1] = t;
            });
        });
        clipToRange(r.output, in);
        return r;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.gaussian",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Gaussian prefilter + linear (scikit-image)"),
        .description = DSL_TR_NOOP("dsl",
            "skimage resize with anti_aliasing: Gaussian blur of sigma (s - 1) / 2, "
            "then linear interpolation."),
        .linear = false, // the final clip to the input range
        .params = resize::sizeParams(),
    };
};

class ResizeBspline3 final : public SkimageResize
{
public:
    const MethodInfo &info() const override { return kInfo; }
    Result apply(const Array &in, const Params &p, RunContext &ctx) const override
    {
        const std::vector<std::size_t> target = resize::targetExtents(in, p);
        Array coeffs = in;
        for (std::size_t a = 0; a < in.rank(); ++a)
            if (target[a])
                coeffs = bsplinePrefilter(coeffs, a, ctx);
        Result r = resize::applySeparable(coeffs, p, ctx, [](std::size_t n, std::size_t outN) {
            return zoomTable(n, outN, 4, [](double t, double *w) {
                // Cubic B-spline weights for taps at floor(u) - 1 .. floor(u) + 2.
                const double t2 = t * t, t3 = t2 * t;
                w[0] = (1.0 - t) * (1.0 - t) * (1.0 - t) / 6.0;
                w[1] = (4.0 - 6.0 * t2 + 3.0 * t3) / 6.0;
                w[2] = (1.0 + 3.0 * t + 3.0 * t2 - 3.0 * t3) / 6.0;
                w[3] = t3 / 6.0;
            });
        });
        clipToRange(r.output, in);
        return r;
    }

private:
    static inline const MethodInfo kInfo {
        .id = "resize.bspline3",
        .family = Family::Interpolation,
        .name = DSL_TR_NOOP("dsl", "Cubic B-spline (scikit-image)"),
        .description = DSL_TR_NOOP(
            "dsl", "Interpolating cubic B-spline (skimage resize order 3, no anti-aliasing)."),
        .linear = false,
        .params = resize::sizeParams(),
    };
};

} // namespace
} // namespace dsl

using namespace dsl;
DSL_REGISTER_METHOD(ResizeGaussian)
DSL_REGISTER_METHOD(ResizeBspline3)
