#include "dsl/filters.h"

#include "polyphase.h"

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/fft.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace dsl {

namespace {

constexpr double kPi = std::numbers::pi;

double besselI0(double x)
{
    // Power series; converges quickly for the arguments Kaiser windows use (< 50).
    double sum = 1.0, term = 1.0;
    const double q = x * x / 4.0;
    for (int k = 1; k < 500; ++k) {
        term *= q / (double(k) * double(k));
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return sum;
}

double sinc(double x)
{
    if (x == 0.0)
        return 1.0;
    return std::sin(kPi * x) / (kPi * x);
}

} // namespace

std::vector<double> kaiserWindow(std::size_t n, double beta)
{
    std::vector<double> w(n, 1.0);
    if (n < 2)
        return w;
    const double alpha = (double(n) - 1.0) / 2.0;
    const double denom = besselI0(beta);
    for (std::size_t i = 0; i < n; ++i) {
        const double r = (double(i) - alpha) / alpha;
        w[i] = besselI0(beta * std::sqrt(std::max(0.0, 1.0 - r * r))) / denom;
    }
    return w;
}

std::vector<double> hammingWindow(std::size_t n)
{
    std::vector<double> w(n, 1.0);
    if (n < 2)
        return w;
    for (std::size_t i = 0; i < n; ++i)
        w[i] = 0.54 - 0.46 * std::cos(2.0 * kPi * double(i) / (double(n) - 1.0));
    return w;
}

std::vector<double> firwinLowpass(
    std::size_t numtaps, double cutoff, const std::vector<double> &window)
{
    std::vector<double> h(numtaps);
    const double alpha = 0.5 * (double(numtaps) - 1.0);
    double sum = 0.0;
    for (std::size_t i = 0; i < numtaps; ++i) {
        const double m = double(i) - alpha;
        h[i] = cutoff * sinc(cutoff * m) * window[i];
        sum += h[i];
    }
    for (double &v : h)
        v /= sum;
    return h;
}

double kaiserBeta(double a)
{
    if (a > 50.0)
        return 0.1102 * (a - 8.7);
    if (a > 21.0)
        return 0.5842 * std::pow(a - 21.0, 0.4) + 0.07886 * (a - 21.0);
    return 0.0;
}

std::size_t kaiserTaps(double attenuationDb, double transition)
{
    const double n = (attenuationDb - 7.95) / 2.285 / (kPi * transition) + 1.0;
    return std::size_t(std::ceil(std::max(n, 3.0)));
}

std::vector<Biquad> cheby1Lowpass(int order, double rippleDb, double cutoff)
{
    using C = std::complex<double>;
    const double eps = std::sqrt(std::pow(10.0, 0.1 * rippleDb) - 1.0);
    const double mu = std::asinh(1.0 / eps) / order;
    std::vector<C> poles;
    for (int m = -order + 1; m <= order - 1; m += 2) {
        const double theta = kPi * m / (2.0 * order);
        poles.push_back(-std::sinh(C(mu, theta)));
    }
    C prod = 1.0;
    for (const C &p : poles)
        prod *= -p;
    double k = prod.real();
    if (order % 2 == 0)
        k /= std::sqrt(1.0 + eps * eps);
    // Pre-warp (fs = 2 as scipy's digital design) and scale the prototype.
    const double warped = 4.0 * std::tan(kPi * cutoff / 2.0);
    for (C &p : poles)
        p *= warped;
    k *= std::pow(warped, order);
    // Bilinear transform: z = (4 + s) / (4 - s); every zero lands at z = -1.
    C den = 1.0;
    std::vector<C> zp;
    for (const C &p : poles) {
        den *= (4.0 - p);
        zp.push_back((4.0 + p) / (4.0 - p));
    }
    double gain = (C(k) / den).real();
    // Pair conjugate poles (imag > 0) into sections, the real pole (odd order) last.
    std::vector<Biquad> sos;
    for (const C &p : zp) {
        if (p.imag() > 1e-14) {
            Biquad b;
            b.b0 = 1;
            b.b1 = 2;
            b.b2 = 1;
            b.a1 = -2.0 * p.real();
            b.a2 = std::norm(p);
            sos.push_back(b);
        }
    }
    for (const C &p : zp)
        if (std::abs(p.imag()) <= 1e-14) {
            Biquad b;
            b.b0 = 1;
            b.b1 = 1;
            b.a1 = -p.real();
            sos.push_back(b);
        }
    // scipy puts the whole gain into the first section.
    sos.front().b0 *= gain;
    sos.front().b1 *= gain;
    sos.front().b2 *= gain;
    return sos;
}

std::vector<std::complex<double>> frequencyResponse(
    const FilterDescription &f, const std::vector<double> &frequencies)
{
    std::vector<std::complex<double>> h(frequencies.size(), 1.0);
    for (std::size_t i = 0; i < frequencies.size(); ++i) {
        const double w = kPi * frequencies[i]; // radians per input sample
        if (!f.taps.empty()) {
            // Taps run at rate x fs: frequency w at the input is w / rate at the taps' rate.
            const double wt = w / f.rate;
            const double centre = (double(f.taps.size()) - 1.0) / 2.0;
            // e^{-j wt (k - centre)} by a rotating phasor (one complex multiply per tap instead
            // of a sine and cosine), renormalised every 64 taps against drift.
            const std::complex<double> step = std::polar(1.0, -wt);
            std::complex<double> z = std::polar(1.0, wt * centre), s = 0.0;
            for (std::size_t k = 0; k < f.taps.size(); ++k) {
                s += f.taps[k] * z;
                z *= step;
                if ((k & 63) == 63)
                    z = std::polar(1.0, -wt * (double(k + 1) - centre));
            }
            h[i] *= s; // zero-phase alignment: the method centres the filter
        }
        for (const Biquad &b : f.sections) {
            const std::complex<double> z1 = std::polar(1.0, -w), z2 = z1 * z1;
            const std::complex<double> r
                = (b.b0 + b.b1 * z1 + b.b2 * z2) / (1.0 + b.a1 * z1 + b.a2 * z2);
            h[i] *= f.zeroPhase ? std::complex<double>(std::norm(r)) : r;
        }
    }
    return h;
}

CausalResponse causalResponse(const FilterDescription &f, const std::vector<double> &frequencies)
{
    CausalResponse out;
    out.phaseRad.resize(frequencies.size());
    out.groupDelaySamples.resize(frequencies.size());
    // Group delay of a polynomial sum_k c_k z^-k at z = e^{jw}: Re(sum k c_k z^-k / sum c_k z^-k).
    auto polyDelay = [](const double *c, std::size_t n, double w, std::complex<double> &value) {
        std::complex<double> s = 0.0, ks = 0.0;
        const std::complex<double> step = std::polar(1.0, -w);
        std::complex<double> z = 1.0; // e^{-j w k}, renormalised every 64 taps
        for (std::size_t k = 0; k < n; ++k) {
            const std::complex<double> t = c[k] * z;
            s += t;
            ks += double(k) * t;
            z *= step;
            if ((k & 63) == 63)
                z = std::polar(1.0, -w * double(k + 1));
        }
        value = s;
        return std::abs(s) > 1e-300 ? (ks / s).real() : 0.0;
    };
    double previous = 0.0, unwrapOffset = 0.0;
    for (std::size_t i = 0; i < frequencies.size(); ++i) {
        const double w = kPi * frequencies[i];
        std::complex<double> h = 1.0;
        double tau = 0.0;
        if (!f.taps.empty()) {
            std::complex<double> v;
            tau += polyDelay(f.taps.data(), f.taps.size(), w / f.rate, v) / f.rate;
            h *= v;
        }
        for (const Biquad &b : f.sections) {
            const double num[3] = { b.b0, b.b1, b.b2 }, den[3] = { 1.0, b.a1, b.a2 };
            std::complex<double> vn, vd;
            tau += polyDelay(num, 3, w, vn) - polyDelay(den, 3, w, vd);
            h *= vn / vd;
        }
        out.groupDelaySamples[i] = tau;
        if (std::abs(h) < 1e-12) {
            out.phaseRad[i] = previous; // phase undefined at a zero
            continue;
        }
        const double raw = std::arg(h);
        if (i > 0) {
            // Unwrap against the previous sample (the grid must be fine enough that the true
            // phase moves by less than pi between samples).
            double d = raw + unwrapOffset - previous;
            while (d > kPi) {
                unwrapOffset -= 2 * kPi;
                d -= 2 * kPi;
            }
            while (d < -kPi) {
                unwrapOffset += 2 * kPi;
                d += 2 * kPi;
            }
        }
        previous = raw + unwrapOffset;
        out.phaseRad[i] = previous;
    }
    return out;
}

FilterFigures filterFigures(const FilterDescription &f, double passEdge, double stopEdge)
{
    FilterFigures fig;
    const int n = 4096;
    std::vector<double> freqs(n + 1);
    for (int i = 0; i <= n; ++i)
        freqs[std::size_t(i)] = double(i) / n;
    const auto h = frequencyResponse(f, freqs);
    double pmax = -1e300, pmin = 1e300, smax = -1e300;
    bool found3 = false;
    for (int i = 0; i <= n; ++i) {
        const double db = 20.0 * std::log10(std::max(std::abs(h[std::size_t(i)]), 1e-300));
        const double fr = freqs[std::size_t(i)];
        if (fr <= passEdge) {
            pmax = std::max(pmax, db);
            pmin = std::min(pmin, db);
        }
        if (fr >= stopEdge)
            smax = std::max(smax, db);
        if (!found3 && db < -3.0103) {
            fig.minus3dB = fr;
            found3 = true;
        }
    }
    fig.passbandRippleDb = pmax - pmin;
    fig.stopbandAttenuationDb = -smax;
    return fig;
}

namespace {

// Long FIR decimation by FFT overlap-save on the polyphase streams: with s_r[j] = x[j M + r]
// and the taps of phase r as a short filter g_r (g_r[p] = h[k] for the taps k with
// (half - k) mod M = r, p = qmax - floor((half - k) / M)), y[m] = sum_r (g_r * s_r)[m + qmax].
// Per block of L outputs: one forward FFT per phase with more than a few taps, the products
// summed in the frequency domain, one inverse FFT; phases with a few taps (a half-band filter's
// centre tap) are added directly. T is float or double (double when the filter's stopband is
// below float's rounding noise).
template <class T>
Array fftDecimateAxis(const Array &x, std::size_t axis, const std::vector<double> &h,
    std::size_t half, std::size_t down, RunContext &ctx)
{
    using C = std::complex<T>;
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    const std::size_t n = l.n;
    const std::size_t outN = (n + down - 1) / down;
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = outN;
    Array y = x.like(shape);
    const long M = long(down);
    auto floorDiv = [](long a, long b) {
        const long q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    };
    long qmin = 0, qmax = 0;
    bool first = true;
    for (std::size_t k = 0; k < h.size(); ++k)
        if (h[k] != 0.0) {
            const long q = floorDiv(long(half) - long(k), M);
            qmin = first ? q : std::min(qmin, q);
            qmax = first ? q : std::max(qmax, q);
            first = false;
        }
    const std::size_t P = std::size_t(qmax - qmin) + 1; // phase filter length
    struct DirectTap
    {
        std::size_t phase;
        long q;
        double value;
    };
    std::vector<std::vector<double>> g(down, std::vector<double>(P, 0.0));
    std::vector<std::size_t> count(down, 0);
    for (std::size_t k = 0; k < h.size(); ++k)
        if (h[k] != 0.0) {
            const long a = long(half) - long(k), q = floorDiv(a, M);
            const std::size_t r = std::size_t(a - q * M);
            g[r][std::size_t(qmax - q)] = h[k];
            ++count[r];
        }
    std::vector<DirectTap> direct;
    std::vector<std::size_t> fftPhases;
    for (std::size_t r = 0; r < down; ++r) {
        if (count[r] == 0)
            continue;
        if (count[r] <= 4) {
            for (std::size_t p = 0; p < P; ++p)
                if (g[r][p] != 0.0)
                    direct.push_back({ r, qmax - long(p), g[r][p] });
        } else {
            fftPhases.push_back(r);
        }
    }
    std::size_t B = 1;
    while (B < 4 * P)
        B <<= 1;
    B = std::max<std::size_t>(B, 1024);
    const std::size_t L = B - P + 1; // outputs per block
    const std::size_t bins = B / 2 + 1;
    const T scale = T(1) / T(B);
    std::vector<fft::Buffer<C>> G;
    for (std::size_t r : fftPhases) {
        fft::Buffer<T> gb(B);
        std::fill(gb.data(), gb.data() + B, T(0));
        for (std::size_t p = 0; p < P; ++p)
            gb[p] = T(g[r][p]) * scale;
        G.emplace_back(bins);
        fft::r2c({ int(B) }, gb.data(), G.back().data());
    }
    const std::size_t blocks = (outN + L - 1) / L;
    parallelFor(ctx, l.outer * l.inner * blocks, 1, [&](std::size_t b, std::size_t e) {
        fft::Buffer<T> seg(B);
        fft::Buffer<C> X(bins), acc(bins);
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t line = item / blocks, block = item % blocks;
            const std::size_t o = line / l.inner, c = line % l.inner;
            const float *src = x.data() + o * n * l.inner + c;
            float *dst = y.data() + o * outN * l.inner + c;
            auto sample = [&](long j, std::size_t r) { // s_r[j], zero outside the signal
                const long i = j * M + long(r);
                return i >= 0 && i < long(n) ? T(src[std::size_t(i) * l.inner]) : T(0);
            };
            const std::size_t m0 = block * L, count0 = std::min(L, outN - m0);
            std::fill(acc.data(), acc.data() + bins, C(0));
            for (std::size_t f = 0; f < fftPhases.size(); ++f) {
                // seg[i] = s_r[m0 + qmax - P + 1 + i]; conv index m0 + qmax + u at i = u + P - 1.
                const long j0 = long(m0) + qmax - long(P) + 1;
                const std::size_t r = fftPhases[f];
                // Interior [iLo, iHi): inside the signal, read without checks.
                const long iLo = std::clamp(-j0, 0L, long(B));
                const long iHi
                    = std::clamp(floorDiv(long(n) - 1 - long(r), M) - j0 + 1, iLo, long(B));
                for (long i = 0; i < iLo; ++i)
                    seg[std::size_t(i)] = sample(j0 + i, r);
                const float *p = src + std::size_t((j0 + iLo) * M + long(r)) * l.inner;
                const std::size_t step = down * l.inner;
                for (long i = iLo; i < iHi; ++i, p += step)
                    seg[std::size_t(i)] = T(*p);
                for (long i = iHi; i < long(B); ++i)
                    seg[std::size_t(i)] = sample(j0 + i, r);
                fft::r2c({ int(B) }, seg.data(), X.data());
                // Plain complex multiply-add (std::complex's operator* checks for NaN and
                // infinities, which costs a branch per bin and blocks vectorising).
                const T *xv = reinterpret_cast<const T *>(X.data());
                const T *gv = reinterpret_cast<const T *>(G[f].data());
                T *av = reinterpret_cast<T *>(acc.data());
                for (std::size_t k = 0; k < bins; ++k) {
                    const T xr = xv[2 * k], xi = xv[2 * k + 1], gr = gv[2 * k], gi = gv[2 * k + 1];
                    av[2 * k] += xr * gr - xi * gi;
                    av[2 * k + 1] += xr * gi + xi * gr;
                }
            }
            if (!fftPhases.empty())
                fft::c2r({ int(B) }, acc.data(), seg.data());
            for (std::size_t u = 0; u < count0; ++u) {
                T v = fftPhases.empty() ? T(0) : seg[u + P - 1];
                for (const DirectTap &t : direct)
                    v += T(t.value) * sample(long(m0 + u) + t.q, t.phase);
                dst[(m0 + u) * l.inner] = float(v);
            }
        }
    });
    return y;
}

} // namespace

Array resamplePolyAxis(const Array &x, std::size_t axis, const std::vector<double> &h,
    std::size_t half, std::size_t up, std::size_t down, RunContext &ctx, Precision precision)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    if (l.inner <= 8 || up == 1) {
        // Polyphase float engines over ranges of outputs, all channels at once.
        std::unique_ptr<poly::Decimator> dec;
        std::unique_ptr<poly::Rational> rat;
        if (up == 1) {
            dec = std::make_unique<poly::Decimator>(h, half, down);
            // Direct up to a few hundred non-zero taps; beyond, FFT overlap-save (in double
            // when asked: the float FFT's rounding noise sits near -140 dB). A short filter's
            // float sums round like the float32 samples themselves.
            if (dec->nonZeroTaps() > 256)
                return precision == Precision::Double
                    ? fftDecimateAxis<double>(x, axis, h, half, down, ctx)
                    : fftDecimateAxis<float>(x, axis, h, half, down, ctx);
        } else {
            rat = std::make_unique<poly::Rational>(h, half, up, down);
        }
        if (l.inner <= 8) {
            const std::size_t outN = (l.n * up + down - 1) / down;
            std::vector<std::size_t> shape = x.shape;
            shape[axis] = outN;
            Array y = x.like(shape);
            constexpr std::size_t kRange = 8192; // outputs per work item
            const std::size_t ranges = (outN + kRange - 1) / kRange;
            parallelFor(ctx, l.outer * ranges, 4, [&](std::size_t b, std::size_t e) {
                for (std::size_t item = b; item < e; ++item) {
                    const std::size_t o = item / ranges, r = item % ranges;
                    const float *src = x.data() + o * l.n * l.inner;
                    float *dst = y.data() + o * outN * l.inner;
                    if (dec)
                        dec->run(src, l.inner, l.n, dst, outN, r * kRange, (r + 1) * kRange);
                    else
                        rat->run(src, l.inner, l.n, dst, outN, r * kRange, (r + 1) * kRange);
                }
            });
            return y;
        }
    }
    const std::size_t n = l.n;
    const std::size_t outN = (n * up + down - 1) / down;
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = outN;
    Array y = x.like(shape);
    const long K = long(h.size());
    const long N = long(n);
    // For output m the filter centre c = m * down + half meets inputs i with 0 <= c - i*up < K.
    auto range = [&](std::size_t m, long &first, long &last) {
        const long c = long(m * down + half);
        first = std::max(0L, (c - K + 1 + long(up) - 1) / long(up));
        if (c - K + 1 < 0)
            first = 0;
        last = std::min(N - 1, c / long(up));
    };
    // Lines whose samples are far apart (images along y, many channels): per output, all of
    // the inner samples at once, in double.
    parallelFor(ctx, l.outer * outN, std::max<std::size_t>(1, 4096 / l.inner),
        [&](std::size_t b, std::size_t e) {
            std::vector<double> acc(l.inner);
            for (std::size_t item = b; item < e; ++item) {
                const std::size_t o = item / outN, m = item % outN;
                const float *src = x.data() + o * n * l.inner;
                long first, last;
                range(m, first, last);
                const long c = long(m * down + half);
                std::fill(acc.begin(), acc.end(), 0.0);
                for (long i = first; i <= last; ++i) {
                    const double coef = h[std::size_t(c - i * long(up))];
                    const float *s = src + std::size_t(i) * l.inner;
                    for (std::size_t j = 0; j < l.inner; ++j)
                        acc[j] += coef * double(s[j]);
                }
                float *d = y.data() + (o * outN + m) * l.inner;
                for (std::size_t j = 0; j < l.inner; ++j)
                    d[j] = float(acc[j]);
            }
        });
    return y;
}

namespace {

void sosfilt(const std::vector<Biquad> &sos, std::vector<double> &zi, double *data, std::size_t n)
{
    const std::size_t ns = sos.size();
    for (std::size_t i = 0; i < n; ++i) {
        double cur = data[i];
        for (std::size_t s = 0; s < ns; ++s) {
            const Biquad &q = sos[s];
            const double next = q.b0 * cur + zi[2 * s];
            zi[2 * s] = q.b1 * cur - q.a1 * next + zi[2 * s + 1];
            zi[2 * s + 1] = q.b2 * cur - q.a2 * next;
            cur = next;
        }
        data[i] = cur;
    }
}

} // namespace

Array sosFiltFiltAxis(
    const Array &x, std::size_t axis, const std::vector<Biquad> &sos, RunContext &ctx)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    const std::size_t n = l.n;
    std::size_t ntaps = 2 * sos.size() + 1;
    std::size_t zeroB2 = 0, zeroA2 = 0;
    for (const Biquad &b : sos) {
        zeroB2 += b.b2 == 0.0;
        zeroA2 += b.a2 == 0.0;
    }
    ntaps -= std::min(zeroB2, zeroA2);
    // scipy pads 3 * ntaps samples and refuses shorter inputs; we shorten the padding instead
    // (identical results wherever scipy answers at all).
    const std::size_t edge = std::min(3 * ntaps, n - 1);
    // sosfilt_zi: each section's steady state for a unit step, scaled by the DC gain before it.
    std::vector<double> zi0(2 * sos.size());
    double scale = 1.0;
    for (std::size_t s = 0; s < sos.size(); ++s) {
        const Biquad &b = sos[s];
        const double y = (b.b0 + b.b1 + b.b2) / (1.0 + b.a1 + b.a2);
        zi0[2 * s] = scale * (b.b1 + b.b2 - (b.a1 + b.a2) * y);
        zi0[2 * s + 1] = scale * (b.b2 - b.a2 * y);
        scale *= y;
    }
    Array y = x;
    parallelFor(ctx, l.outer * l.inner, 16, [&](std::size_t b, std::size_t e) {
        std::vector<double> ext(n + 2 * edge), zi(zi0.size());
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / l.inner, j = item % l.inner;
            const float *src = x.data() + o * n * l.inner + j;
            auto at = [&](std::size_t i) { return double(src[i * l.inner]); };
            for (std::size_t i = 0; i < edge; ++i) {
                ext[i] = 2.0 * at(0) - at(edge - i);
                ext[edge + n + i] = 2.0 * at(n - 1) - at(n - 2 - i);
            }
            for (std::size_t i = 0; i < n; ++i)
                ext[edge + i] = at(i);
            for (std::size_t k = 0; k < zi.size(); ++k)
                zi[k] = zi0[k] * ext[0];
            sosfilt(sos, zi, ext.data(), ext.size());
            std::reverse(ext.begin(), ext.end());
            for (std::size_t k = 0; k < zi.size(); ++k)
                zi[k] = zi0[k] * ext[0];
            sosfilt(sos, zi, ext.data(), ext.size());
            std::reverse(ext.begin(), ext.end());
            float *dst = y.data() + o * n * l.inner + j;
            for (std::size_t i = 0; i < n; ++i)
                dst[i * l.inner] = float(ext[edge + i]);
        }
    });
    return y;
}

Array fftResampleAxis(const Array &x, std::size_t axis, std::size_t num, RunContext &ctx)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    const std::size_t nx = l.n;
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = num;
    Array y = x.like(shape);
    const std::size_t keep = std::min(num, nx);
    const std::size_t nyq = keep / 2 + 1;
    parallelFor(ctx, l.outer * l.inner, 4, [&](std::size_t b, std::size_t e) {
        fft::Buffer<double> in(nx), out(num);
        fft::Buffer<std::complex<double>> X(nx / 2 + 1), Y(num / 2 + 1);
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / l.inner, j = item % l.inner;
            const float *src = x.data() + o * nx * l.inner + j;
            for (std::size_t i = 0; i < nx; ++i)
                in[i] = src[i * l.inner];
            fft::r2c({ int(nx) }, in.data(), X.data());
            for (std::size_t k = 0; k < Y.size(); ++k)
                Y[k] = k < nyq ? X[k] : 0.0;
            if (keep % 2 == 0 && num < nx)
                Y[keep / 2] *= 2.0; // join the two halves of the Nyquist bin
            else if (keep % 2 == 0 && num > nx)
                Y[keep / 2] *= 0.5; // split it between +N/2 and -N/2
            // irfft ignores the imaginary parts of DC and (even length) Nyquist.
            Y[0] = Y[0].real();
            if (num % 2 == 0)
                Y[num / 2] = Y[num / 2].real();
            fft::c2r({ int(num) }, Y.data(), out.data());
            float *dst = y.data() + o * num * l.inner + j;
            for (std::size_t i = 0; i < num; ++i)
                dst[i * l.inner] = float(out[i] / double(nx));
        }
    });
    return y;
}

} // namespace dsl
