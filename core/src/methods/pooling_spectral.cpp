// Frequency-domain and adaptive pooling (operators/pooling.md §1): FLC (FFT low-cut), ASAP and
// APS. "faithful" reproduces the original repositories, quirks included; "corrected" fixes them.
#include "plane_method.h"

#include <complex>
#include <numbers>

namespace dsl::pool {
namespace {

using C = std::complex<double>;

// numpy fftshift / ifftshift of one axis of a row-major h x w complex field.
std::vector<double> hammingSymmetric(std::size_t n)
{
    std::vector<double> w(n, 1.0);
    if (n > 1)
        for (std::size_t i = 0; i < n; ++i)
            w[i] = 0.54 - 0.46 * std::cos(2.0 * std::numbers::pi * double(i) / double(n - 1));
    return w;
}

struct SpectralOptions
{
    bool faithful = true;
    bool window = false; // ASAP's sqrt-Hamming taper
    bool padOne = false; // ASAP padding_one: zero row/col at the bottom/right first
};

// Crop bounds: faithful = the repo's int(n/4) : int(n/4*3) (Python float arithmetic);
// corrected = a crop of ceil(n/2) bins centred on DC, so DC is always bin 0 after ifftshift.
std::pair<std::size_t, std::size_t> cropOf(std::size_t n, bool faithful)
{
    if (faithful)
        return { std::size_t(double(n) / 4.0), std::size_t(double(n) / 4.0 * 3.0) };
    const std::size_t m = (n + 1) / 2;
    const std::size_t centre = n / 2; // DC after fftshift
    const std::size_t first = centre - m / 2;
    return { first, first + m };
}

std::pair<std::size_t, std::size_t> spectralSize(
    std::size_t h, std::size_t w, const SpectralOptions &o)
{
    if (o.padOne) {
        ++h;
        ++w;
    }
    const auto [r0, r1] = cropOf(h, o.faithful);
    const auto [c0, c1] = cropOf(w, o.faithful);
    if (r1 <= r0 || c1 <= c0)
        throw Error(ErrorCode::InvalidArgument, "Spectral pooling needs at least 2 × 2 pixels.");
    return { r1 - r0, c1 - c0 };
}

Array spectralPool(const Array &x, const SpectralOptions &o, RunContext &ctx)
{
    // numpy: Y = fftshift(fft2(x, norm='forward')) [* taper]; crop [r0, r1) x [c0, c1);
    // y = real(ifft2(ifftshift(crop), norm='forward')). Computed with a real 2-d FFT of x and a
    // complex-to-real inverse of the crop: the real part of an inverse DFT is the inverse DFT of
    // the spectrum's Hermitian part, (Z[u, v] + conj(Z[-u, -v])) / 2, which c2r takes as its
    // half spectrum. Half the work of complex transforms, and no transposes.
    const Planes pl = planesOf(x);
    const std::size_t h = pl.h + (o.padOne ? 1 : 0), w = pl.w + (o.padOne ? 1 : 0);
    const auto rows = cropOf(h, o.faithful), cols = cropOf(w, o.faithful);
    const std::size_t r0 = rows.first, c0 = cols.first;
    const std::size_t oh = rows.second - r0, ow = cols.second - c0;
    Array y = withPlane(x, oh, ow);
    const std::vector<double> wh = hammingSymmetric(h), ww = hammingSymmetric(w);
    const std::size_t wHalf = w / 2 + 1, owHalf = ow / 2 + 1;
    const double norm = 1.0 / double(h * w); // norm='forward'
    // Output row u holds shifted row r0 + ((u + oh / 2) mod oh), i.e. frequency row
    // (r0 + ((u + oh/2) mod oh) - h/2) mod h of the input's spectrum; the same for columns.
    std::vector<std::size_t> rowOf(oh), colOf(ow);
    std::vector<double> rowTaper(oh, 1.0), colTaper(ow, 1.0);
    for (std::size_t u = 0; u < oh; ++u) {
        const std::size_t s = r0 + (u + oh / 2) % oh;
        rowOf[u] = (s + h - h / 2) % h;
        if (o.window)
            rowTaper[u] = wh[s];
    }
    for (std::size_t v = 0; v < ow; ++v) {
        const std::size_t s = c0 + (v + ow / 2) % ow;
        colOf[v] = (s + w - w / 2) % w;
        if (o.window)
            colTaper[v] = ww[s];
    }
    // One plane: the transforms themselves use the threads (FFTW threads), and so do the loops
    // around them; several planes: one plane per thread.
    const bool single = pl.count * pl.ch == 1;
    const int fftThreads = single && ctx.threads() > 1 ? ctx.threads() : 0;
    parallelFor(ctx, pl.count * pl.ch, 1, [&](std::size_t b, std::size_t e) {
        fft::Buffer<float> field(h * w), out(oh * ow);
        fft::Buffer<std::complex<float>> spec(h * wHalf), half(oh * owHalf);
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t p = item / pl.ch, c = item % pl.ch;
            // The plane into the transform's buffer (its padding row/column zero); on a single
            // plane the copies run on the threads too, as the transforms do.
            auto copyIn = [&](std::size_t i0, std::size_t i1) {
                for (std::size_t i = i0; i < i1; ++i) {
                    float *row = field.data() + i * w;
                    if (i >= pl.h) {
                        std::fill(row, row + w, 0.0f);
                        continue;
                    }
                    const float *src = x.data() + (p * pl.h + i) * pl.w * pl.ch + c;
                    if (pl.ch == 1)
                        std::copy(src, src + pl.w, row);
                    else
                        for (std::size_t j = 0; j < pl.w; ++j)
                            row[j] = src[j * pl.ch];
                    std::fill(row + pl.w, row + w, 0.0f);
                }
            };
            if (single)
                parallelFor(ctx, h, 64, copyIn);
            else
                copyIn(0, h);
            ctx.checkpoint();
            fft::r2c({ int(h), int(w) }, field.data(), spec.data(), fftThreads);
            ctx.checkpoint();
            // Z[u, v]: the input's spectrum at (rowOf[u], colOf[v]), scaled and tapered; the
            // columns beyond w / 2 from Hermitian symmetry of the real input's spectrum.
            auto z = [&](std::size_t u, std::size_t v) {
                const std::size_t k = rowOf[u], l = colOf[v];
                const C f = l < wHalf ? C(spec[k * wHalf + l])
                                      : std::conj(C(spec[((h - k) % h) * wHalf + (w - l)]));
                return f * (norm * std::sqrt(rowTaper[u] * colTaper[v]));
            };
            auto fillRows = [&](std::size_t u0, std::size_t u1) {
                for (std::size_t u = u0; u < u1; ++u)
                    for (std::size_t v = 0; v < owHalf; ++v)
                        half[u * owHalf + v] = std::complex<float>(
                            0.5 * (z(u, v) + std::conj(z((oh - u) % oh, (ow - v) % ow))));
            };
            if (single)
                parallelFor(ctx, oh, 64, fillRows);
            else
                fillRows(0, oh);
            fft::c2r({ int(oh), int(ow) }, half.data(), out.data(), fftThreads);
            auto copyOut = [&](std::size_t i0, std::size_t i1) {
                for (std::size_t i = i0 * ow; i < i1 * ow; ++i)
                    y.values[(p * oh * ow + i) * pl.ch + c] = out[i];
            };
            if (single)
                parallelFor(ctx, oh, 64, copyOut);
            else
                copyOut(0, oh);
        }
    });
    return y;
}

SpectralOptions flcOptions(const Params &p)
{
    return { p.choice("mode") == "faithful", false, false };
}
SpectralOptions asapOptions(const Params &p)
{
    const bool faithful = p.choice("mode") == "faithful";
    return { faithful, true, faithful };
}

ParamSpec modeParam(const char *help)
{
    return ParamSpec::choice(
        "mode", { "corrected", "faithful" }, "corrected", DSL_TR_NOOP("dsl", "Mode"), help);
}

// The 3-d form of FLC and ASAP: the same spectral crop along each axis in turn, on a complex
// field (the real part is taken once, at the end, exactly as the 2-d operator does after its
// 2-d inverse; fft, shift, taper and crop are all separable).
std::size_t spectralLength(std::size_t n, const SpectralOptions &o)
{
    const auto crop = cropOf(n + (o.padOne ? 1 : 0), o.faithful);
    if (crop.second <= crop.first)
        throw Error(
            ErrorCode::InvalidArgument, "Spectral pooling needs at least 2 samples per axis.");
    return crop.second - crop.first;
}

Result spectralVolume(
    const Array &x, const std::vector<std::size_t> &axes, const SpectralOptions &o, RunContext &ctx)
{
    std::vector<std::size_t> shape = x.shape;
    std::vector<C> field(x.values.begin(), x.values.end()); // channels stay interleaved
    Result r;
    r.map.assign(x.rank(), AxisMap {});
    for (std::size_t a : axes) {
        const LineLayout l = lineLayout(shape, x.channels, a);
        const std::size_t n = l.n, padded = n + (o.padOne ? 1 : 0);
        const auto crop = cropOf(padded, o.faithful);
        const std::size_t m = spectralLength(n, o);
        const std::vector<double> taper = hammingSymmetric(padded);
        std::vector<C> next(l.outer * m * l.inner);
        parallelFor(ctx, l.outer * l.inner, 16, [&](std::size_t b, std::size_t e) {
            fft::Buffer<C> line(padded), spec(padded), cut(m), back(m);
            for (std::size_t item = b; item < e; ++item) {
                const std::size_t outer = item / l.inner, in = item % l.inner;
                for (std::size_t i = 0; i < padded; ++i)
                    line[i] = i < n ? field[(outer * n + i) * l.inner + in] : C(0.0);
                fft::c2c(-1, padded, 1, line.data(), spec.data());
                for (std::size_t j = 0; j < m; ++j) {
                    // fftshift puts DC at padded/2; crop [first, second) of the shifted spectrum.
                    const std::size_t shifted = crop.first + j;
                    const std::size_t bin = (shifted + padded - padded / 2) % padded;
                    C v = spec[bin] / double(padded); // norm='forward'
                    if (o.window)
                        v *= std::sqrt(taper[shifted]);
                    cut[(j + m - m / 2) % m] = v; // ifftshift of the cropped spectrum
                }
                fft::c2c(+1, m, 1, cut.data(), back.data());
                for (std::size_t j = 0; j < m; ++j)
                    next[(outer * m + j) * l.inner + in] = back[j];
            }
        });
        field = std::move(next);
        r.map[a] = { 0.0, double(n) / double(m) };
        shape[a] = m;
    }
    r.output = x.like(shape);
    for (std::size_t i = 0; i < field.size(); ++i)
        r.output.values[i] = float(field[i].real());
    return r;
}

VolumeOps spectralVolumeOps(SpectralOptions (*options)(const Params &))
{
    return { [options](std::size_t n, const Params &p) { return spectralLength(n, options(p)); },
        [options](const Array &x, const std::vector<std::size_t> &axes, const Params &p,
            RunContext &ctx) { return spectralVolume(x, axes, options(p), ctx); } };
}

Result spectralResult(const Array &x, Array out)
{
    Result r;
    const Planes pl = planesOf(x);
    const std::size_t oh = out.shape[out.rank() - 2], ow = out.shape[out.rank() - 1];
    r.output = std::move(out);
    r.map = planeMap(x, 0.0, double(pl.h) / double(oh), 0.0, double(pl.w) / double(ow));
    return r;
}

const bool kFlc = registerPlaneMethod(
    { .id = "pool.flc",
        .family = Family::Pooling,
        .name = DSL_TR_NOOP("dsl", "FLC pooling (FFT low-cut)"),
        .description = DSL_TR_NOOP("dsl",
            "Keeps the central half of the 2-d spectrum: band-limited resampling. faithful: the "
            "repo's crop, wrong for sizes of the form 4n + 2."),
        .linear = true,
        .params = { modeParam(DSL_TR_NOOP("dsl",
            "corrected: a DC-centred crop for every size; faithful: int(n/4):int(3n/4) as "
            "flc_pooling.py.")) } },
    [](const Planes &pl, const Params &p) { return spectralSize(pl.h, pl.w, flcOptions(p)); },
    [](const Array &x, const Params &p, RunContext &ctx) {
        return spectralResult(x, spectralPool(x, flcOptions(p), ctx));
    },
    spectralVolumeOps(flcOptions));

const bool kAsap = registerPlaneMethod(
    { .id = "pool.asap",
        .family = Family::Pooling,
        .name = DSL_TR_NOOP("dsl", "ASAP pooling"),
        .description = DSL_TR_NOOP("dsl",
            "FLC with a square-root Hamming taper on the spectrum against ringing. faithful: the "
            "repo's padding-one variant (a zero row and column first)."),
        .linear = true,
        .params = { modeParam(DSL_TR_NOOP("dsl",
            "corrected: no padding, DC-centred crop; faithful: ASAP_padding_one as resnet_asap.py "
            "uses it.")) } },
    [](const Planes &pl, const Params &p) { return spectralSize(pl.h, pl.w, asapOptions(p)); },
    [](const Array &x, const Params &p, RunContext &ctx) {
        return spectralResult(x, spectralPool(x, asapOptions(p), ctx));
    },
    spectralVolumeOps(asapOptions));

// ---- APS ----
const bool kAps = registerPlaneMethod(
    { .id = "pool.aps",
        .family = Family::Pooling,
        .name = DSL_TR_NOOP("dsl", "Adaptive polyphase sampling"),
        .description = DSL_TR_NOOP("dsl",
            "Keeps the one of the four stride-2 phases with the largest norm (over all channels): "
            "exactly invariant to integer circular shifts."),
        .linear = false,
        .params = { ParamSpec::integer("filt", 3, 1, 7, DSL_TR_NOOP("dsl", "Blur size"),
                        DSL_TR_NOOP("dsl", "Binomial blur before the choice (1: none).")),
            padModeParam("circular"),
            ParamSpec::choice("criterion",
                { "l2", "l1", "l_infty", "non_abs_max", "l2_min", "l1_min" }, "l2",
                DSL_TR_NOOP("dsl", "Criterion"),
                DSL_TR_NOOP("dsl", "How the phase is chosen.")) } },
    [](const Planes &pl, const Params &) {
        return std::pair { (pl.h + 1) / 2, (pl.w + 1) / 2 };
    },
    [](const Array &x, const Params &p, RunContext &ctx) {
        const Planes pl = planesOf(x);
        const int f = p.integer("filt");
        const PadMode mode = padModeOf(p.choice("pad_mode"));
        // Blur at stride 1 (pads floor, ceil), then circular +1 row/col for odd sizes.
        Array blurred = x;
        if (f > 1) {
            const std::vector<double> a = binomial(f);
            std::vector<double> k2(std::size_t(f * f));
            for (int u = 0; u < f; ++u)
                for (int v = 0; v < f; ++v)
                    k2[std::size_t(u * f + v)] = a[std::size_t(u)] * a[std::size_t(v)];
            blurred = conv2d(x, k2, f, f, 1, (f - 1) / 2, f / 2, (f - 1) / 2, f / 2, mode, ctx);
        }
        const std::size_t h = pl.h + (pl.h % 2), w = pl.w + (pl.w % 2);
        const std::size_t oh = h / 2, ow = w / 2;
        auto at = [&](std::size_t q, std::size_t i, std::size_t j, std::size_t c) {
            return double(
                blurred.values[((q * pl.h + (i % pl.h)) * pl.w + (j % pl.w)) * pl.ch + c]);
        };
        const std::string crit = p.choice("criterion");
        Array y = withPlane(x, oh, ow);
        int chosenAll = 0;
        for (std::size_t q = 0; q < pl.count; ++q) {
            ctx.checkpoint();
            double best = 0.0;
            int chosen = 0;
            // Candidates: 0 (even, even), 1 (odd row, even col), 2 (even, odd col), 3 (odd, odd).
            for (int cand = 0; cand < 4; ++cand) {
                const std::size_t dr = std::size_t(cand & 1), dc = std::size_t(cand >> 1);
                double score = 0.0;
                for (std::size_t i = 0; i < oh; ++i)
                    for (std::size_t j = 0; j < ow; ++j)
                        for (std::size_t c = 0; c < pl.ch; ++c) {
                            const double v = at(q, 2 * i + dr, 2 * j + dc, c);
                            if (crit == "l2" || crit == "l2_min")
                                score += v * v;
                            else if (crit == "l1" || crit == "l1_min")
                                score += std::abs(v);
                            else if (crit == "l_infty")
                                score = std::max(score, std::abs(v));
                            else
                                score = (i == 0 && j == 0 && c == 0) ? v : std::max(score, v);
                        }
                if (crit == "l2_min" || crit == "l1_min")
                    score = -score;
                if (cand == 0 || score > best) {
                    best = score;
                    chosen = cand;
                }
            }
            chosenAll = chosen;
            const std::size_t dr = std::size_t(chosen & 1), dc = std::size_t(chosen >> 1);
            for (std::size_t i = 0; i < oh; ++i)
                for (std::size_t j = 0; j < ow; ++j)
                    for (std::size_t c = 0; c < pl.ch; ++c)
                        y.values[((q * oh + i) * ow + j) * pl.ch + c]
                            = float(at(q, 2 * i + dr, 2 * j + dc, c));
        }
        Result r;
        r.output = std::move(y);
        // The grid of the (last) plane's choice.
        r.map = planeMap(x, double(chosenAll & 1), 2, double(chosenAll >> 1), 2);
        return r;
    });

} // namespace
} // namespace dsl::pool
