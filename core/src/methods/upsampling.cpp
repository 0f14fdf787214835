// Upsampling counterparts (operators/pooling.md §2): nearest, bilinear (align_corners both
// ways), max-unpooling of max pooling's indices, transposed convolution with fixed kernels and
// FFT (sinc) interpolation. Output pixel i sits at input coordinate origin + i / factor.
#include "plane_method.h"
#include "resize_common.h"

#include "dsl/filters.h"

namespace dsl::pool {
namespace {

ParamSpec factorParam()
{
    return ParamSpec::integer("factor", 2, 1, 16, DSL_TR_NOOP("dsl", "Factor"),
        DSL_TR_NOOP("dsl", "Upsampling factor per axis."));
}

Result separableUp(const Array &x, int f,
    const std::function<resize::AxisTable(std::size_t n, std::size_t outN)> &table, RunContext &ctx)
{
    Result r;
    r.map.assign(x.rank(), AxisMap {});
    r.output = x;
    for (std::size_t a = x.rank() - 2; a < x.rank(); ++a) {
        const resize::AxisTable t = table(x.shape[a], x.shape[a] * std::size_t(f));
        r.map[a] = t.map;
        r.output = resize::applyTable(r.output, a, t, ctx);
    }
    return r;
}

auto upSize = [](const Planes &pl, const Params &p) {
    const std::size_t f = std::size_t(p.integer("factor"));
    return std::pair { pl.h * f, pl.w * f };
};

const bool kNearest = registerPlaneMethod(
    { .id = "up.nearest",
        .family = Family::Upsampling,
        .name = DSL_TR_NOOP("dsl", "Nearest upsampling"),
        .description
        = DSL_TR_NOOP("dsl", "Repeats every pixel f × f times (torch interpolate nearest)."),
        .linear = true,
        .params = { factorParam() } },
    upSize, [](const Array &x, const Params &p, RunContext &ctx) {
        const int f = p.integer("factor");
        return separableUp(
            x, f,
            [f](std::size_t n, std::size_t outN) {
                resize::AxisTable t;
                t.outN = outN;
                t.map = { (1.0 / f - 1.0) / 2.0, 1.0 / f };
                for (std::size_t i = 0; i < outN; ++i) {
                    t.begin();
                    t.add(long(std::min(n - 1, i / std::size_t(f))), 1.0);
                }
                t.begin();
                return t;
            },
            ctx);
    });

const bool kBilinear = registerPlaneMethod(
    { .id = "up.bilinear",
        .family = Family::Upsampling,
        .name = DSL_TR_NOOP("dsl", "Bilinear upsampling"),
        .description = DSL_TR_NOOP("dsl",
            "Linear interpolation (torch interpolate bilinear), half-pixel centres or aligned "
            "corners."),
        .linear = true,
        .params = { factorParam(),
            ParamSpec::boolean("align_corners", false, DSL_TR_NOOP("dsl", "Align corners"),
                DSL_TR_NOOP(
                    "dsl", "Map corner pixels onto corner pixels (torch align_corners=True).")) } },
    upSize, [](const Array &x, const Params &p, RunContext &ctx) {
        const int f = p.integer("factor");
        const bool corners = p.boolean("align_corners");
        return separableUp(
            x, f,
            [f, corners](std::size_t n, std::size_t outN) {
                resize::AxisTable t;
                t.outN = outN;
                const double step
                    = corners ? (outN > 1 ? double(n - 1) / double(outN - 1) : 0.0) : 1.0 / f;
                t.map = corners ? AxisMap { 0.0, std::max(step, 1e-9) }
                                : AxisMap { (1.0 / f - 1.0) / 2.0, 1.0 / f };
                for (std::size_t i = 0; i < outN; ++i) {
                    t.begin();
                    double src
                        = corners ? double(i) * step : std::max(0.0, (double(i) + 0.5) / f - 0.5);
                    const long i0 = std::min(long(n) - 1, long(std::floor(src)));
                    const long i1 = std::min(long(n) - 1, i0 + 1);
                    const double lambda = src - double(i0);
                    t.add(i0, 1.0 - lambda);
                    t.add(i1, lambda);
                }
                t.begin();
                return t;
            },
            ctx);
    });

const bool kFft = registerPlaneMethod({ .id = "up.fft",
                                          .family = Family::Upsampling,
                                          .name = DSL_TR_NOOP("dsl", "FFT (sinc) upsampling"),
                                          .description = DSL_TR_NOOP("dsl",
                                              "Zero-pads the spectrum (scipy resample, Nyquist bin "
                                              "split): the ideal counterpart of FLC."),
                                          .linear = true,
                                          .params = { factorParam() } },
    upSize, [](const Array &x, const Params &p, RunContext &ctx) {
        const int f = p.integer("factor");
        Result r;
        r.map.assign(x.rank(), AxisMap {});
        r.output = x;
        for (std::size_t a = x.rank() - 2; a < x.rank(); ++a) {
            r.output = fftResampleAxis(r.output, a, x.shape[a] * std::size_t(f), ctx);
            r.map[a] = { 0.0, 1.0 / f };
        }
        return r;
    });

std::vector<double> tconvKernel(const std::string &name)
{
    if (name == "ones3")
        return std::vector<double>(9, 1.0);
    const double a[4] = { 0.25, 0.75, 0.75, 0.25 };
    std::vector<double> k(16);
    for (int u = 0; u < 4; ++u)
        for (int v = 0; v < 4; ++v)
            k[std::size_t(u * 4 + v)] = a[u] * a[v];
    return k;
}

const bool kTconv = registerPlaneMethod(
    { .id = "up.transposed",
        .family = Family::Upsampling,
        .name = DSL_TR_NOOP("dsl", "Transposed convolution"),
        .description = DSL_TR_NOOP("dsl",
            "Stride-2 transposed convolution with a fixed kernel: bilinear4 is smooth, ones3 shows "
            "the checkerboard artefact."),
        .linear = true,
        .params
        = { ParamSpec::choice("kernel", { "bilinear4", "ones3" }, "bilinear4",
                DSL_TR_NOOP("dsl", "Kernel"),
                DSL_TR_NOOP("dsl", "bilinear4: outer([1,3,3,1]/4); ones3: a 3 × 3 box of ones.")),
            strideParam(2), padParam(1),
            ParamSpec::integer("output_padding", 0, 0, 8, DSL_TR_NOOP("dsl", "Output padding"),
                DSL_TR_NOOP(
                    "dsl", "Extra rows/columns at the bottom/right (torch output_padding).")) } },
    [](const Planes &pl, const Params &p) {
        const int k = p.choice("kernel") == "ones3" ? 3 : 4, s = p.integer("stride"),
                  pad = p.integer("pad"), op = p.integer("output_padding");
        auto one = [&](std::size_t n) {
            const long v = (long(n) - 1) * s - 2 * pad + k + op;
            if (v < 1)
                throw Error(
                    ErrorCode::InvalidArgument, "up.transposed: the output would be empty.");
            return std::size_t(v);
        };
        return std::pair { one(pl.h), one(pl.w) };
    },
    [](const Array &x, const Params &p, RunContext &ctx) {
        const Planes pl = planesOf(x);
        const bool ones = p.choice("kernel") == "ones3";
        const int k = ones ? 3 : 4, s = p.integer("stride"), pad = p.integer("pad"),
                  op = p.integer("output_padding");
        const std::vector<double> kernel = tconvKernel(ones ? "ones3" : "bilinear4");
        const std::size_t oh = std::size_t((long(pl.h) - 1) * s - 2 * pad + k + op);
        const std::size_t ow = std::size_t((long(pl.w) - 1) * s - 2 * pad + k + op);
        Array y = withPlane(x, oh, ow);
        // Gathered one output row at a time (no full-size accumulator: a 4096² output would
        // need 134 MB of doubles before the first checkpoint).
        std::vector<double> row(ow * pl.ch);
        for (std::size_t q = 0; q < pl.count; ++q) {
            for (std::size_t oy = 0; oy < oh; ++oy) {
                if ((oy & 7) == 0)
                    ctx.checkpoint();
                std::fill(row.begin(), row.end(), 0.0);
                for (int u = 0; u < k; ++u) {
                    const long t = long(oy) + pad - u; // = i * s for the input row i
                    if (t < 0 || t % s != 0 || t / s >= long(pl.h))
                        continue;
                    const float *in
                        = x.values.data() + (q * pl.h + std::size_t(t / s)) * pl.w * pl.ch;
                    for (std::size_t j = 0; j < pl.w; ++j)
                        for (int v = 0; v < k; ++v) {
                            const long ox = long(j) * s + v - pad;
                            if (ox < 0 || ox >= long(ow))
                                continue;
                            const double w = kernel[std::size_t(u * k + v)];
                            for (std::size_t c = 0; c < pl.ch; ++c)
                                row[std::size_t(ox) * pl.ch + c] += w * double(in[j * pl.ch + c]);
                        }
                }
                float *out = y.values.data() + (q * oh + oy) * ow * pl.ch;
                for (std::size_t i = 0; i < row.size(); ++i)
                    out[i] = float(row[i]);
            }
        }
        Result r;
        r.output = std::move(y);
        const double origin = (pad - (k - 1) / 2.0) / s;
        r.map = planeMap(x, origin, 1.0 / s, origin, 1.0 / s);
        return r;
    });

const bool kUnpool = registerPlaneMethod(
    { .id = "up.unpool",
        .family = Family::Upsampling,
        .name = DSL_TR_NOOP("dsl", "Max pool + unpool"),
        .description = DSL_TR_NOOP("dsl",
            "2 × 2 max pooling, then each maximum put back at its own position (torch "
            "max_unpool2d), "
            "zeros elsewhere: the round trip of a segmentation decoder."),
        .linear = false,
        .params = {} },
    [](const Planes &pl, const Params &) {
        return std::pair { pl.h, pl.w };
    },
    [](const Array &x, const Params &, RunContext &ctx) {
        const Planes pl = planesOf(x);
        Array y = withPlane(x, pl.h, pl.w);
        for (std::size_t q = 0; q < pl.count; ++q) {
            ctx.checkpoint();
            for (std::size_t i = 0; i + 1 < pl.h; i += 2)
                for (std::size_t j = 0; j + 1 < pl.w; j += 2)
                    for (std::size_t c = 0; c < pl.ch; ++c) {
                        // First maximum in row-major window order (torch's tie rule).
                        std::size_t bi = i, bj = j;
                        float best = x.values[((q * pl.h + i) * pl.w + j) * pl.ch + c];
                        for (std::size_t di = 0; di < 2; ++di)
                            for (std::size_t dj = 0; dj < 2; ++dj) {
                                const float v
                                    = x.values[((q * pl.h + i + di) * pl.w + j + dj) * pl.ch + c];
                                if (v > best || (std::isnan(v) && !std::isnan(best))) {
                                    best = v;
                                    bi = i + di;
                                    bj = j + dj;
                                }
                            }
                        y.values[((q * pl.h + bi) * pl.w + bj) * pl.ch + c] = best;
                    }
        }
        Result r;
        r.output = std::move(y);
        r.map.assign(x.rank(), AxisMap {});
        return r;
    });

} // namespace
} // namespace dsl::pool
