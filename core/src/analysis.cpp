#include "dsl/analysis.h"

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/fft.h"

#include <chrono>
#include <cmath>
#include <complex>
#include <numbers>

namespace dsl {

Result runMethod(const Method &method, const Array &input, const Params &params, RunContext &ctx)
{
    Result r = method.apply(input, params, ctx);
    if (r.map.size() != input.rank())
        throw Error(ErrorCode::Internal, method.info().id + " returned no grid for every axis.");
    Array &out = r.output;
    out.grid.resize(out.rank());
    for (std::size_t a = 0; a < out.rank() && a < input.rank(); ++a) {
        const AxisGrid &g = input.grid[a];
        out.grid[a].unit = g.unit;
        out.grid[a].spacing = g.spacing * r.map[a].step;
        out.grid[a].origin = g.origin + g.spacing * r.map[a].origin;
    }
    if (input.space && input.rank() >= 3) {
        // Voxel (i, j, k) = memory axes (rank-1, rank-2, rank-3); world = O + D diag(s) idx.
        SpaceGeometry s = *input.space;
        const std::size_t n = input.rank();
        double shift[3];
        for (int c = 0; c < 3; ++c)
            shift[c] = input.grid[n - 1 - c].spacing * r.map[n - 1 - c].origin;
        for (int row = 0; row < 3; ++row)
            for (int c = 0; c < 3; ++c)
                s.origin[row] += s.direction[row * 3 + c] * shift[c];
        out.space = s;
        for (int c = 0; c < 3; ++c)
            out.grid[n - 1 - c].origin = 0.0;
    }
    out.checkInvariants();
    return r;
}

namespace {

// Copies one outer block of the array (n x inner floats) into doubles and back.
void loadBlock(const float *src, double *dst, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        dst[i] = src[i];
}

void lowpassAxis(Array &x, std::size_t axis, double step, RunContext &ctx)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    const std::size_t n = l.n;
    const std::size_t keep = std::size_t(std::ceil(double(n) / step)); // k < n / step
    if (keep >= n)
        return;
    const double scale = 1.0 / (2.0 * double(n));
    // Transform groups of lines: a block of `n` rows by up to `width` columns of one outer block.
    const std::size_t width = std::min<std::size_t>(l.inner, 256);
    const std::size_t groupsPerOuter = (l.inner + width - 1) / width;
    parallelFor(ctx, l.outer * groupsPerOuter, 1, [&](std::size_t b, std::size_t e) {
        fft::Buffer<double> buf(n * width);
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / groupsPerOuter;
            const std::size_t c0 = (item % groupsPerOuter) * width;
            const std::size_t w = std::min(width, l.inner - c0);
            float *base = x.data() + o * n * l.inner + c0;
            for (std::size_t k = 0; k < n; ++k)
                loadBlock(base + k * l.inner, buf.data() + k * w, w);
            fft::r2r(fft::R2RKind::Dct2, n, w, w, 1, buf.data(), buf.data());
            ctx.checkpoint();
            std::fill(buf.data() + keep * w, buf.data() + n * w, 0.0);
            fft::r2r(fft::R2RKind::Dct3, n, w, w, 1, buf.data(), buf.data());
            ctx.checkpoint();
            for (std::size_t k = 0; k < n; ++k)
                for (std::size_t i = 0; i < w; ++i)
                    base[k * l.inner + i] = float(buf[k * w + i] * scale);
        }
    });
}

// Evaluates the DCT interpolant of the kept coefficients of every line along `axis` at
// origin + m * step, m < outN. Exact for any positions; FFT-fast for integer steps.
Array referenceAxis(
    const Array &x, std::size_t axis, const AxisMap &map, std::size_t outN, RunContext &ctx)
{
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = outN;
    Array out = x.like(shape);
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    const std::size_t n = l.n;
    const double step = map.step;
    const std::size_t keep = step > 1.0 ? std::min(n, std::size_t(std::ceil(double(n) / step))) : n;
    const double pi = std::numbers::pi;
    const bool integerStep = std::floor(step) == step;
    const double base = std::floor(map.origin);
    const double delta = map.origin - base;
    const std::size_t width = std::min<std::size_t>(l.inner, 64);
    const std::size_t groupsPerOuter = (l.inner + width - 1) / width;
    parallelFor(ctx, l.outer * groupsPerOuter, 1, [&](std::size_t b, std::size_t e) {
        fft::Buffer<double> coeff(n * width);
        fft::Buffer<std::complex<double>> line(integerStep ? 2 * n * width : 1);
        std::vector<double> cosTheta(integerStep ? 0 : outN), twoCos(cosTheta.size()),
            b1(cosTheta.size()), b2(cosTheta.size());
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / groupsPerOuter;
            const std::size_t c0 = (item % groupsPerOuter) * width;
            const std::size_t w = std::min(width, l.inner - c0);
            const float *src = x.data() + o * n * l.inner + c0;
            float *dst = out.data() + o * outN * l.inner + c0;
            for (std::size_t k = 0; k < n; ++k)
                loadBlock(src + k * l.inner, coeff.data() + k * w, w);
            ctx.checkpoint();
            fft::r2r(fft::R2RKind::Dct2, n, w, w, 1, coeff.data(), coeff.data());
            ctx.checkpoint();
            // x(t) = 1/(2n) [Y0 + 2 sum_k Yk cos(pi k (2t + 1) / (2n))]
            if (integerStep) {
                // t = base + delta + m*step: Re of a length-2n inverse DFT of twisted Yk.
                // The twist e^{j phi k} by a rotating phasor, renormalised every 64 terms (a
                // sine and cosine per term dominated the whole analysis of long signals).
                const double dphi = pi * (2.0 * delta + 1.0) / (2.0 * n);
                const std::complex<double> rot = std::polar(1.0, dphi);
                std::complex<double> tw = 1.0;
                for (std::size_t k = 0; k < 2 * n; ++k) {
                    for (std::size_t i = 0; i < w; ++i)
                        line[i * 2 * n + k] = k < keep
                            ? (k == 0 ? 1.0 : 2.0) * coeff[k * w + i] * tw
                            : std::complex<double>(0.0);
                    tw *= rot;
                    if ((k & 63) == 63)
                        tw = std::polar(1.0, dphi * double(k + 1));
                }
                ctx.checkpoint();
                fft::c2c(+1, 2 * n, w, line.data(), line.data());
                ctx.checkpoint();
                const long period = long(2 * n);
                for (std::size_t m = 0; m < outN; ++m) {
                    long idx = long(base) + long(m) * long(step);
                    idx = ((idx % period) + period) % period;
                    for (std::size_t i = 0; i < w; ++i)
                        dst[m * l.inner + i]
                            = float(line[i * 2 * n + std::size_t(idx)].real() / (2.0 * n));
                }
            } else {
                // Clenshaw summation of sum_k a_k cos(k theta_m) at each position, run for all
                // positions at once (the recurrence is serial in k, independent across m, so
                // the loop over m vectorises).
                for (std::size_t m = 0; m < outN; ++m) {
                    const double t = map.origin + double(m) * step;
                    const double theta = pi * (2.0 * t + 1.0) / (2.0 * n);
                    cosTheta[m] = std::cos(theta);
                    twoCos[m] = 2.0 * cosTheta[m];
                }
                for (std::size_t i = 0; i < w; ++i) {
                    std::fill(b1.begin(), b1.end(), 0.0);
                    std::fill(b2.begin(), b2.end(), 0.0);
                    double *p1 = b1.data(), *p2 = b2.data();
                    const double *tc = twoCos.data();
                    for (std::size_t k = keep; k-- > 1;) {
                        const double a = 2.0 * coeff[k * w + i];
                        for (std::size_t m = 0; m < outN; ++m) {
                            const double b0 = a + tc[m] * p1[m] - p2[m];
                            p2[m] = p1[m];
                            p1[m] = b0;
                        }
                    }
                    for (std::size_t m = 0; m < outN; ++m) {
                        const double sum = coeff[i] + p1[m] * cosTheta[m] - p2[m];
                        dst[m * l.inner + i] = float(sum / (2.0 * n));
                    }
                    ctx.checkpoint();
                }
            }
        }
    });
    return out;
}

} // namespace

Array idealLowpass(const Array &x, const std::vector<double> &steps, RunContext &ctx)
{
    Array y = x;
    for (std::size_t a = 0; a < x.rank() && a < steps.size(); ++a)
        if (steps[a] > 1.0)
            lowpassAxis(y, a, steps[a], ctx);
    return y;
}

Array idealReference(const Array &x, const std::vector<AxisMap> &map,
    const std::vector<std::size_t> &outShape, RunContext &ctx)
{
    Array y = x;
    for (std::size_t a = 0; a < x.rank(); ++a) {
        const bool identity
            = map[a].step == 1.0 && map[a].origin == 0.0 && outShape[a] == y.shape[a];
        if (!identity)
            y = referenceAxis(y, a, map[a], outShape[a], ctx);
    }
    return y;
}

double sumSquares(const Array &a)
{
    double s = 0.0;
    for (float v : a.values)
        s += double(v) * double(v);
    return s;
}

static double toDb(double ratio)
{
    if (ratio <= 0.0)
        return -std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(ratio);
}

double aliasEnergyDb(const Array &aliasMap, const Array &output)
{
    const double den = sumSquares(output);
    if (den <= 0.0)
        return Metrics::kNone;
    return toDb(sumSquares(aliasMap) / den);
}

static double sumSquaredDifference(const Array &a, const Array &b)
{
    if (a.values.size() != b.values.size())
        throw Error(ErrorCode::Internal, "Metric inputs differ in size.");
    double s = 0.0;
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        const double d = double(a.values[i]) - double(b.values[i]);
        s += d * d;
    }
    return s;
}

double psnrDb(const Array &output, const Array &reference, double peak)
{
    const double mse = sumSquaredDifference(output, reference) / double(output.values.size());
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return toDb(peak * peak / mse);
}

double snrDb(const Array &output, const Array &reference)
{
    const double noise = sumSquaredDifference(output, reference);
    if (noise == 0.0)
        return std::numeric_limits<double>::infinity();
    return toDb(sumSquares(reference) / noise);
}

double valueRange(const Array &a)
{
    if (a.values.empty())
        return 0.0;
    const auto [lo, hi] = std::minmax_element(a.values.begin(), a.values.end());
    return double(*hi) - double(*lo);
}

namespace {

// scipy.ndimage.gaussian_filter1d(sigma, truncate 3.5, mode 'reflect') along one axis of a
// double field with the given extents (channels already separated).
void gaussianAxis(std::vector<double> &f, const std::vector<std::size_t> &ext, std::size_t axis,
    const std::vector<double> &kernel)
{
    const int radius = int(kernel.size() / 2);
    std::size_t outer = 1, inner = 1;
    for (std::size_t a = 0; a < axis; ++a)
        outer *= ext[a];
    for (std::size_t a = axis + 1; a < ext.size(); ++a)
        inner *= ext[a];
    const long n = long(ext[axis]);
    std::vector<double> line(static_cast<std::size_t>(n)), res(static_cast<std::size_t>(n));
    auto reflect = [n](long i) {
        // half-sample symmetric: d c b a | a b c d | d c b a, periodic with 2n
        const long period = 2 * n;
        i = ((i % period) + period) % period;
        return i < n ? i : period - 1 - i;
    };
    for (std::size_t o = 0; o < outer; ++o)
        for (std::size_t i = 0; i < inner; ++i) {
            double *base = f.data() + o * std::size_t(n) * inner + i;
            for (long k = 0; k < n; ++k)
                line[std::size_t(k)] = base[std::size_t(k) * inner];
            for (long k = 0; k < n; ++k) {
                double s = 0.0;
                for (int t = -radius; t <= radius; ++t)
                    s += kernel[std::size_t(t + radius)] * line[std::size_t(reflect(k + t))];
                res[std::size_t(k)] = s;
            }
            for (long k = 0; k < n; ++k)
                base[std::size_t(k) * inner] = res[std::size_t(k)];
        }
}

} // namespace

double ssim(const Array &output, const Array &reference, double dataRange)
{
    if (output.values.size() != reference.values.size())
        throw Error(ErrorCode::Internal, "SSIM inputs differ in size.");
    const double sigma = 1.5;
    const int radius = int(3.5 * sigma + 0.5);
    std::vector<double> kernel(std::size_t(2 * radius + 1));
    double ksum = 0.0;
    for (int t = -radius; t <= radius; ++t)
        ksum += kernel[std::size_t(t + radius)] = std::exp(-0.5 * t * t / (sigma * sigma));
    for (double &k : kernel)
        k /= ksum;
    const double c1 = (0.01 * dataRange) * (0.01 * dataRange);
    const double c2 = (0.03 * dataRange) * (0.03 * dataRange);

    const std::vector<std::size_t> spatial = output.spatialAxes();
    const std::size_t firstSpatial = spatial.front();
    std::vector<std::size_t> ext(output.shape.begin() + long(firstSpatial), output.shape.end());
    const std::size_t frames = product(
        std::vector<std::size_t>(output.shape.begin(), output.shape.begin() + long(firstSpatial)));
    const std::size_t plane = product(ext);
    const std::size_t ch = output.channels;
    double total = 0.0;
    std::size_t count = 0;
    std::vector<double> ux(plane), uy(plane), uxx(plane), uyy(plane), uxy(plane);
    for (std::size_t fr = 0; fr < frames; ++fr)
        for (std::size_t c = 0; c < ch; ++c) {
            for (std::size_t i = 0; i < plane; ++i) {
                const double x = output.values[(fr * plane + i) * ch + c];
                const double y = reference.values[(fr * plane + i) * ch + c];
                ux[i] = x;
                uy[i] = y;
                uxx[i] = x * x;
                uyy[i] = y * y;
                uxy[i] = x * y;
            }
            for (std::vector<double> *f : { &ux, &uy, &uxx, &uyy, &uxy })
                for (std::size_t a = 0; a < ext.size(); ++a)
                    gaussianAxis(*f, ext, a, kernel);
            // Mean over the interior, `radius` samples cropped from every side of every axis.
            for (std::size_t i = 0; i < plane; ++i) {
                std::size_t rem = i;
                bool inside = true;
                for (std::size_t a = ext.size(); a-- > 0;) {
                    const std::size_t idx = rem % ext[a];
                    rem /= ext[a];
                    if (idx < std::size_t(radius) || idx + std::size_t(radius) >= ext[a])
                        inside = false;
                }
                if (!inside)
                    continue;
                const double vx = uxx[i] - ux[i] * ux[i];
                const double vy = uyy[i] - uy[i] * uy[i];
                const double vxy = uxy[i] - ux[i] * uy[i];
                const double s = ((2 * ux[i] * uy[i] + c1) * (2 * vxy + c2))
                    / ((ux[i] * ux[i] + uy[i] * uy[i] + c1) * (vx + vy + c2));
                total += s;
                ++count;
            }
        }
    return count ? total / double(count) : Metrics::kNone;
}

double worstAliasDbc(
    const Method &method, const Params &params, double rate, double step, RunContext &ctx)
{
    const double newRate = rate / step;
    const double f = 1.005 * newRate / 2.0;
    const std::size_t n = 16384;
    Array tone = Array::zeros(Kind::Signal, { n });
    tone.grid[0] = { 0.0, 1.0 / rate, "s" };
    for (std::size_t i = 0; i < n; ++i)
        tone.values[i] = float(std::sin(2.0 * std::numbers::pi * f * double(i) / rate));
    const Result r = runMethod(method, tone, params, ctx);
    const Array &y = r.output;
    const std::size_t m = y.shape[0];
    const std::size_t a = m / 10, b = m - m / 10;
    const double fa = std::abs(f - newRate * std::round(f / newRate));
    std::complex<double> acc = 0.0;
    double wsum = 0.0;
    for (std::size_t i = a; i < b; ++i) {
        const double w
            = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * double(i - a) / double(b - a - 1));
        const double t = r.map[0].origin / rate + double(i) * step / rate;
        acc += w * double(y.values[i]) * std::polar(1.0, -2 * std::numbers::pi * fa * t);
        wsum += w;
    }
    return 20.0 * std::log10(std::max(2.0 * std::abs(acc) / wsum, 1e-15));
}

Array fourierShift(const Array &x, double dy, double dx, const RunContext *ctx)
{
    if (x.rank() < 2)
        throw Error(ErrorCode::InvalidArgument, "A 2-d shift needs an image or a volume.");
    const std::size_t h = x.shape[x.rank() - 2], w = x.shape[x.rank() - 1], ch = x.channels;
    const std::size_t planes = x.samplesPerChannel() / (h * w);
    Array y = x;
    const double pi = std::numbers::pi;
    const bool integer = std::floor(dy) == dy && std::floor(dx) == dx;
    std::vector<std::complex<double>> f(h * w);
    for (std::size_t p = 0; p < planes; ++p)
        for (std::size_t c = 0; c < ch; ++c) {
            if (ctx)
                ctx->checkpoint(); // once per plane and channel
            const float *src = x.data() + p * h * w * ch + c;
            float *dst = y.data() + p * h * w * ch + c;
            if (integer) {
                const long iy = long(dy), ix = long(dx);
                for (std::size_t i = 0; i < h; ++i)
                    for (std::size_t j = 0; j < w; ++j) {
                        const long si = ((long(i) - iy) % long(h) + long(h)) % long(h);
                        const long sj = ((long(j) - ix) % long(w) + long(w)) % long(w);
                        dst[(i * w + j) * ch] = src[(std::size_t(si) * w + std::size_t(sj)) * ch];
                    }
                continue;
            }
            for (std::size_t i = 0; i < h * w; ++i)
                f[i] = double(src[i * ch]);
            fft::dft2(f, h, w, -1);
            for (std::size_t i = 0; i < h; ++i) {
                const double ky = (i <= h / 2 ? double(i) : double(i) - double(h)) / double(h);
                for (std::size_t j = 0; j < w; ++j) {
                    const double kx = (j <= w / 2 ? double(j) : double(j) - double(w)) / double(w);
                    f[i * w + j] *= std::polar(1.0, -2.0 * pi * (ky * dy + kx * dx));
                }
            }
            fft::dft2(f, h, w, +1);
            for (std::size_t i = 0; i < h * w; ++i)
                dst[i * ch] = float(f[i].real() / double(h * w));
        }
    return y;
}

std::vector<double> shiftEquivariance(const Method &method, const Params &params, const Array &x,
    const std::vector<double> &deltas, bool alongX, bool alongY, RunContext &ctx)
{
    const Result base = method.apply(x, params, ctx);
    const std::size_t r = x.rank();
    const double sy = base.map[r - 2].step, sx = base.map[r - 1].step;
    const double norm = std::sqrt(sumSquares(base.output));
    std::vector<double> e;
    for (double d : deltas) {
        ctx.checkpoint();
        const double dy = alongY ? d : 0.0, dx = alongX ? d : 0.0;
        const Result moved = method.apply(fourierShift(x, dy, dx), params, ctx);
        const Array expected = fourierShift(base.output, dy / sy, dx / sx);
        if (moved.output.values.size() != expected.values.size()) {
            e.push_back(Metrics::kNone);
            continue;
        }
        double diff = 0.0;
        for (std::size_t i = 0; i < expected.values.size(); ++i) {
            const double t = double(moved.output.values[i]) - double(expected.values[i]);
            diff += t * t;
        }
        e.push_back(norm > 0 ? std::sqrt(diff) / norm : Metrics::kNone);
    }
    return e;
}

double haarDiscardedEnergy(const Array &input, const Array &ll)
{
    if (input.rank() < 2 || ll.rank() != input.rank())
        return Metrics::kNone;
    // The energy of the (edge-repeated) input the transform sees: 2 x 2 blocks of the padded
    // plane, so odd sizes count their repeated last row/column as pool.haar does.
    const std::size_t r = input.rank(), h = input.shape[r - 2], w = input.shape[r - 1];
    const std::size_t ph = ll.shape[r - 2] * 2, pw = ll.shape[r - 1] * 2, ch = input.channels;
    const std::size_t planes = input.samplesPerChannel() / (h * w);
    double total = 0.0;
    for (std::size_t p = 0; p < planes; ++p)
        for (std::size_t i = 0; i < ph; ++i)
            for (std::size_t j = 0; j < pw; ++j)
                for (std::size_t c = 0; c < ch; ++c) {
                    const double v
                        = input.values[((p * h + std::min(i, h - 1)) * w + std::min(j, w - 1)) * ch
                            + c];
                    total += v * v;
                }
    return total > 0 ? 1.0 - sumSquares(ll) / total : Metrics::kNone;
}

EffectiveKernel effectiveKernel(const Method &method, const Params &params, std::size_t radius,
    std::size_t size, RunContext &ctx)
{
    if (!method.info().linear)
        throw Error(
            ErrorCode::InvalidArgument, method.info().id + " is not linear: it has no kernel.");
    constexpr std::size_t n = 64;
    radius = std::min<std::size_t>(radius, n / 4);
    Array probe = Array::zeros(Kind::Image, { n, n });
    // Which output pixel sits nearest the image centre, and where it sits in input pixels.
    const Result first = method.apply(probe, params, ctx);
    if (first.output.rank() != 2 || first.output.channels != 1)
        throw Error(ErrorCode::InvalidArgument, method.info().id + ": no 2-d kernel.");
    const AxisMap my = first.map[0], mx = first.map[1];
    const std::size_t oy = std::min(first.output.shape[0] - 1,
        std::size_t(std::max(0.0, std::round((double(n) / 2 - my.origin) / my.step))));
    const std::size_t ox = std::min(first.output.shape[1] - 1,
        std::size_t(std::max(0.0, std::round((double(n) / 2 - mx.origin) / mx.step))));
    EffectiveKernel k;
    k.centreY = my.origin + double(oy) * my.step;
    k.centreX = mx.origin + double(ox) * mx.step;
    k.stepY = my.step;
    k.stepX = mx.step;
    const long cy = long(std::floor(k.centreY)), cx = long(std::floor(k.centreX));
    const std::size_t w = 2 * radius + 1;
    k.weights = Array::zeros(Kind::Image, { w, w });
    const std::size_t outCols = first.output.shape[1];
    for (std::size_t dy = 0; dy < w; ++dy)
        for (std::size_t dx = 0; dx < w; ++dx) {
            ctx.checkpoint();
            const long y = cy + long(dy) - long(radius), x = cx + long(dx) - long(radius);
            if (y < 0 || x < 0 || y >= long(n) || x >= long(n))
                continue;
            probe.values[std::size_t(y) * n + std::size_t(x)] = 1.0f;
            const Result r = method.apply(probe, params, ctx);
            probe.values[std::size_t(y) * n + std::size_t(x)] = 0.0f;
            k.weights.values[dy * w + dx] = r.output.values[oy * outCols + ox];
        }
    // |DFT| of the weights on a size x size grid, centred.
    size = std::max(size, w);
    k.responseDb = Array::zeros(Kind::Image, { size, size });
    std::vector<std::complex<double>> rowTwiddle(size * w);
    for (std::size_t f = 0; f < size; ++f)
        for (std::size_t t = 0; t < w; ++t)
            rowTwiddle[f * w + t] = std::polar(1.0,
                -2.0 * std::numbers::pi * (double(f) - double(size / 2))
                    * (double(t) - double(radius)) / double(size));
    std::vector<std::complex<double>> partial(w * size); // rows transformed along x
    for (std::size_t dy = 0; dy < w; ++dy)
        for (std::size_t f = 0; f < size; ++f) {
            std::complex<double> acc = 0.0;
            for (std::size_t dx = 0; dx < w; ++dx)
                acc += double(k.weights.values[dy * w + dx]) * rowTwiddle[f * w + dx];
            partial[dy * size + f] = acc;
        }
    for (std::size_t fy = 0; fy < size; ++fy)
        for (std::size_t fx = 0; fx < size; ++fx) {
            std::complex<double> acc = 0.0;
            for (std::size_t dy = 0; dy < w; ++dy)
                acc += partial[dy * size + fx] * rowTwiddle[fy * w + dy];
            k.responseDb.values[fy * size + fx]
                = float(20.0 * std::log10(std::max(std::abs(acc), 1e-10)));
        }
    return k;
}

RoundTrip roundTrip(
    const Array &source, const Array &output, const std::string &upMethod, RunContext &ctx)
{
    if (source.kind == Kind::Signal)
        throw Error(ErrorCode::InvalidArgument, "A round trip is defined for images and volumes.");
    if (upMethod.rfind("resize.", 0) != 0)
        throw Error(ErrorCode::InvalidArgument,
            "The way back must be a resizer (resize.nearest, .bilinear, .bicubic, .lanczos).");
    if (output.rank() != source.rank() || output.channels != source.channels)
        throw Error(ErrorCode::InvalidArgument,
            "A round trip needs an output with the source's axes and channels.");
    // The resizer's size parameters name the last three axes (x, y, z); 4-d time stays.
    const std::size_t r = source.rank();
    std::string spec = upMethod + ":out_w=" + std::to_string(source.shape[r - 1]);
    if (r >= 2)
        spec += ",out_h=" + std::to_string(source.shape[r - 2]);
    if (r >= 3)
        spec += ",out_d=" + std::to_string(source.shape[r - 3]);
    const MethodCall call = parseMethodCall(spec);
    RoundTrip t;
    t.back = call.method->apply(output, call.params, ctx).output;
    if (t.back.shape != source.shape)
        throw Error(ErrorCode::InvalidArgument,
            "The way back cannot restore the source's size along every axis (time axes of 4-d "
            "scans are not resampled).");
    t.back.grid = source.grid;
    t.back.space = source.space;
    t.difference = t.back;
    for (std::size_t i = 0; i < t.difference.values.size(); ++i)
        t.difference.values[i] = t.back.values[i] - source.values[i];
    const double range = valueRange(source);
    t.psnrDb = psnrDb(t.back, source, range);
    t.ssim = ssim(t.back, source, range);
    return t;
}

double integerShiftInvariance(const Method &method, const Params &params, const Array &x,
    bool alongX, bool alongY, RunContext &ctx)
{
    const Result base = method.apply(x, params, ctx);
    const Result moved = method.apply(
        fourierShift(x, alongY ? 1.0 : 0.0, alongX ? 1.0 : 0.0), params, ctx); // exact roll
    const Array &a = base.output, &b = moved.output;
    if (a.shape != b.shape || a.rank() < 2)
        return Metrics::kNone;
    const double norm = std::sqrt(sumSquares(a));
    if (!(norm > 0))
        return Metrics::kNone;
    const std::size_t r = a.rank(), h = a.shape[r - 2], w = a.shape[r - 1], ch = a.channels;
    const std::size_t planes = a.samplesPerChannel() / (h * w);
    // A one-pixel input shift moves the output grid by at most one output sample either way.
    double best = std::numeric_limits<double>::infinity();
    const std::vector<std::size_t> rollsY
        = alongY ? std::vector<std::size_t> { 0, 1 % h, h - 1 } : std::vector<std::size_t> { 0 };
    const std::vector<std::size_t> rollsX
        = alongX ? std::vector<std::size_t> { 0, 1 % w, w - 1 } : std::vector<std::size_t> { 0 };
    for (std::size_t dy : rollsY)
        for (std::size_t dx : rollsX) {
            ctx.checkpoint();
            double diff = 0.0;
            for (std::size_t p = 0; p < planes && diff < best * best * norm * norm; ++p)
                for (std::size_t i = 0; i < h; ++i)
                    for (std::size_t j = 0; j < w; ++j)
                        for (std::size_t c = 0; c < ch; ++c) {
                            const double d = double(b.values[((p * h + i) * w + j) * ch + c])
                                - double(
                                    a.values[((p * h + (i + h - dy) % h) * w + (j + w - dx) % w)
                                            * ch
                                        + c]);
                            diff += d * d;
                        }
            best = std::min(best, std::sqrt(diff) / norm);
        }
    return best;
}

Analysis analyse(const Method &method, const Array &input, const Params &params, RunContext &ctx,
    const std::function<void(const Result &, double)> &onOutput)
{
    Analysis an;
    const auto t0 = std::chrono::steady_clock::now();
    an.result = runMethod(method, input, params, ctx);
    an.metrics.runtimeMs
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (onOutput)
        onOutput(an.result, an.metrics.runtimeMs);
    ctx.report(0.4);
    ctx.checkpoint();

    std::vector<double> steps;
    for (const AxisMap &m : an.result.map)
        steps.push_back(m.step);
    const Array low = idealLowpass(input, steps, ctx);
    {
        // Energy above the new Nyquist relative to the AC energy (per channel means removed).
        const std::size_t ch = input.channels;
        std::vector<double> mean(ch, 0.0);
        for (std::size_t i = 0; i < input.values.size(); ++i)
            mean[i % ch] += input.values[i];
        for (double &m : mean)
            m /= double(std::max<std::size_t>(1, input.values.size() / ch));
        double high = 0.0, ac = 0.0;
        for (std::size_t i = 0; i < input.values.size(); ++i) {
            const double d = double(input.values[i]) - double(low.values[i]);
            const double a = double(input.values[i]) - mean[i % ch];
            high += d * d;
            ac += a * a;
        }
        an.metrics.foldableEnergyDb = ac > 0 ? 10.0 * std::log10(high / ac) : Metrics::kNone;
    }
    ctx.report(0.6);
    ctx.checkpoint();
    const Result lowOut = method.apply(low, params, ctx);
    an.aliasMap = an.result.output;
    for (std::size_t i = 0; i < an.aliasMap.values.size(); ++i)
        an.aliasMap.values[i] = an.result.output.values[i] - lowOut.output.values[i];
    an.metrics.aliasEnergyDb = aliasEnergyDb(an.aliasMap, an.result.output);
    ctx.report(0.8);
    ctx.checkpoint();

    an.ideal = idealReference(low, an.result.map, an.result.output.shape, ctx);
    an.ideal.grid = an.result.output.grid;
    an.ideal.space = an.result.output.space;
    if (input.kind == Kind::Signal) {
        an.metrics.snrDb = snrDb(an.result.output, an.ideal);
        const double step = an.result.map[0].step;
        if (step > 1.0 && input.rank() == 1) {
            const double rate = input.sampleRate() > 0 ? input.sampleRate() : 1.0;
            an.metrics.worstAliasDbc = worstAliasDbc(method, params, rate, step, ctx);
            if (!an.result.filter.empty()) {
                const double nu = 1.0 / step; // new Nyquist as a fraction of the input Nyquist
                const FilterDescription &f = an.result.filter;
                const FilterFigures fig = filterFigures(f, f.passEdge > 0 ? f.passEdge : 0.9 * nu,
                    f.stopEdge > 0 ? f.stopEdge : std::min(1.0, 1.1 * nu));
                an.metrics.passbandRippleDb = fig.passbandRippleDb;
                an.metrics.stopbandAttenuationDb = fig.stopbandAttenuationDb;
            }
        }
    } else {
        const double peak = valueRange(input);
        an.metrics.psnrDb = psnrDb(an.result.output, an.ideal, peak);
        an.metrics.ssim = ssim(an.result.output, an.ideal, peak > 0 ? peak : 1.0);
    }
    ctx.report(1.0);
    return an;
}

} // namespace dsl
