#include "pooling_common.h"

#include "dsl/fft.h"

#include <complex>

namespace dsl::pool {

Planes planesOf(const Array &a)
{
    if (a.rank() < 2)
        throw Error(ErrorCode::InvalidArgument,
            "Pooling works on images and volumes (2-d planes), not on signals.");
    Planes p;
    p.h = a.shape[a.rank() - 2];
    p.w = a.shape[a.rank() - 1];
    p.ch = a.channels;
    p.count = a.samplesPerChannel() / (p.h * p.w);
    return p;
}

Array withPlane(const Array &like, std::size_t h, std::size_t w, std::size_t channels)
{
    std::vector<std::size_t> shape = like.shape;
    shape[shape.size() - 2] = h;
    shape[shape.size() - 1] = w;
    Array out = Array::zeros(like.kind, shape, channels ? channels : like.channels);
    out.grid = like.grid;
    out.space = like.space;
    out.source = like.source;
    return out;
}

Array withPlaneUninitialised(const Array &like, std::size_t h, std::size_t w)
{
    std::vector<std::size_t> shape = like.shape;
    shape[shape.size() - 2] = h;
    shape[shape.size() - 1] = w;
    return like.likeUninitialised(std::move(shape));
}

std::vector<std::size_t> planeAxes(
    const Array &a, const std::string &axes, const std::string &owner)
{
    const std::size_t r = a.rank();
    const bool volume = a.kind == Kind::Volume && r >= 3;
    if (axes == "all") {
        if (volume)
            return { r - 3, r - 2, r - 1 };
        return { r - 2, r - 1 };
    }
    if (axes == "xy")
        return { r - 2, r - 1 };
    if (!volume)
        throw Error(ErrorCode::InvalidArgument,
            owner + ": parameter \"axes\" = " + axes
                + " needs a volume; an image has only the xy plane.");
    if (axes == "xz")
        return { r - 3, r - 1 };
    if (axes == "yz")
        return { r - 3, r - 2 };
    throw Error(
        ErrorCode::InvalidArgument, owner + ": parameter \"axes\" must be all, xy, xz or yz.");
}

Array permuteAxes(const Array &x, const std::vector<std::size_t> &order)
{
    const std::size_t r = x.rank();
    std::vector<std::size_t> shape(r), inStride(r);
    std::size_t s = x.channels;
    for (std::size_t a = r; a-- > 0;) {
        inStride[a] = s;
        s *= x.shape[a];
    }
    for (std::size_t i = 0; i < r; ++i)
        shape[i] = x.shape[order[i]];
    Array y = x.like(shape);
    y.grid.resize(r);
    for (std::size_t i = 0; i < r && x.grid.size() == r; ++i)
        y.grid[i] = x.grid[order[i]];
    // Walk the output in order with a running input offset (an odometer over the output index).
    std::vector<std::size_t> idx(r, 0);
    const std::size_t total = x.samplesPerChannel();
    std::size_t in = 0;
    float *out = y.values.data();
    for (std::size_t n = 0; n < total; ++n) {
        for (std::size_t c = 0; c < x.channels; ++c)
            *out++ = x.values[in + c];
        for (std::size_t i = r; i-- > 0;) {
            in += inStride[order[i]];
            if (++idx[i] < shape[i])
                break;
            in -= inStride[order[i]] * shape[i];
            idx[i] = 0;
        }
    }
    return y;
}

Array alongAxis(const Array &x, std::size_t axis, std::size_t outN, RunContext &ctx,
    const std::function<void(const float *, std::size_t, std::size_t, std::size_t, float *)> &f)
{
    const LineLayout l = lineLayout(x.shape, x.channels, axis);
    std::vector<std::size_t> shape = x.shape;
    shape[axis] = outN;
    Array y = x.like(shape);
    parallelFor(ctx, l.outer * outN, 4, [&](std::size_t b, std::size_t e) {
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t o = item / outN, j = item % outN;
            f(x.data() + o * l.n * l.inner, l.n, l.inner, j,
                y.values.data() + (o * outN + j) * l.inner);
        }
    });
    return y;
}

std::size_t pooledSize(
    std::size_t n, int k, int s, int pad, bool ceilMode, const std::string &owner)
{
    const long span = long(n) + 2 * pad - k;
    if (span < 0)
        throw Error(ErrorCode::InvalidArgument,
            owner + ": the window (" + std::to_string(k) + ") is larger than the padded input ("
                + std::to_string(long(n) + 2 * pad) + ").");
    if (2 * pad > k)
        throw Error(ErrorCode::InvalidArgument,
            owner + ": parameter \"pad\" must be at most half of \"k\".");
    long out = (ceilMode ? (span + s - 1) / s : span / s) + 1;
    if (ceilMode && (out - 1) * s >= long(n) + pad)
        --out;
    return std::size_t(out);
}

PadMode padModeOf(const std::string &name)
{
    if (name == "zero")
        return PadMode::Zero;
    if (name == "replicate")
        return PadMode::Replicate;
    if (name == "circular")
        return PadMode::Circular;
    return PadMode::Reflect;
}

ParamSpec padModeParam(const std::string &def)
{
    return ParamSpec::choice("pad_mode", { "reflect", "replicate", "zero", "circular" }, def,
        DSL_TR_NOOP("dsl", "Padding"),
        DSL_TR_NOOP("dsl", "How the border is extended before filtering."));
}

long padIndex(long i, long n, PadMode mode)
{
    if (i >= 0 && i < n)
        return i;
    switch (mode) {
    case PadMode::Zero:
        return -1;
    case PadMode::Replicate:
        return i < 0 ? 0 : n - 1;
    case PadMode::Circular:
        return ((i % n) + n) % n;
    case PadMode::Reflect: {
        if (n == 1)
            return 0;
        const long period = 2 * n - 2;
        i = ((i % period) + period) % period;
        return i < n ? i : period - i;
    }
    }
    return -1;
}

std::vector<double> binomial(int n)
{
    std::vector<double> a(std::size_t(n), 1.0);
    for (int i = 1; i < n; ++i)
        for (int j = i - 1; j > 0; --j)
            a[std::size_t(j)] += a[std::size_t(j - 1)];
    double sum = 0.0;
    for (double v : a)
        sum += v;
    for (double &v : a)
        v /= sum;
    return a;
}

Array conv2d(const Array &x, const std::vector<double> &kernel, int kh, int kw, int stride, int top,
    int bottom, int left, int right, PadMode mode, RunContext &ctx)
{
    const Planes p = planesOf(x);
    if (mode == PadMode::Reflect
        && (std::max(top, bottom) >= long(p.h) || std::max(left, right) >= long(p.w)))
        throw Error(ErrorCode::InvalidArgument,
            "Reflect padding needs a padding smaller than the input (" + std::to_string(p.h) + " × "
                + std::to_string(p.w) + "); choose a smaller filter or another padding.");
    const long ph = long(p.h) + top + bottom, pw = long(p.w) + left + right;
    if (ph < kh || pw < kw)
        throw Error(ErrorCode::InvalidArgument, "The filter is larger than the padded input.");
    const std::size_t oh = std::size_t((ph - kh) / stride + 1),
                      ow = std::size_t((pw - kw) / stride + 1);
    Array y = withPlaneUninitialised(x, oh, ow); // every sample is written below
    const std::size_t ch = p.ch, rowLen = p.w * ch;
    const std::vector<float> k(kernel.begin(), kernel.end());
    // Source column of every padded column (-1: zero).
    std::vector<long> column(static_cast<std::size_t>(pw));
    for (long q = 0; q < pw; ++q)
        column[std::size_t(q)] = padIndex(q - left, long(p.w), mode);
    // Per output row: each kernel row's source row padded once into a buffer, then every tap a
    // multiply-add over the whole output row (contiguous at stride 1, so it vectorises).
    const std::size_t grain = std::max<std::size_t>(1, 65536 / (rowLen * std::size_t(kh) + 1));
    parallelFor(ctx, p.count * oh, grain, [&](std::size_t b, std::size_t e) {
        std::vector<float> padded(std::size_t(pw) * ch), acc(ow * ch);
        for (std::size_t item = b; item < e; ++item) {
            const std::size_t pl = item / oh, i = item % oh;
            const float *plane = x.data() + pl * p.h * rowLen;
            std::fill(acc.begin(), acc.end(), 0.0f);
            for (int u = 0; u < kh; ++u) {
                const long r = padIndex(long(i) * stride + u - top, long(p.h), mode);
                if (r < 0)
                    continue;
                const float *src = plane + std::size_t(r) * rowLen;
                std::copy(src, src + rowLen, padded.begin() + std::ptrdiff_t(left) * long(ch));
                for (long q = 0; q < pw; ++q) {
                    if (q == left) {
                        q = left + long(p.w) - 1; // the interior is copied above
                        continue;
                    }
                    const long sc = column[std::size_t(q)];
                    for (std::size_t c = 0; c < ch; ++c)
                        padded[std::size_t(q) * ch + c]
                            = sc < 0 ? 0.0f : src[std::size_t(sc) * ch + c];
                }
                for (int v = 0; v < kw; ++v) {
                    const float wt = k[std::size_t(u * kw + v)];
                    if (wt == 0.0f)
                        continue;
                    const float *base = padded.data() + std::size_t(v) * ch;
                    if (stride == 1) {
                        for (std::size_t n = 0; n < ow * ch; ++n)
                            acc[n] += wt * base[n];
                        continue;
                    }
                    const std::size_t step = std::size_t(stride) * ch;
                    if (ch == 1) {
                        for (std::size_t j = 0; j < ow; ++j)
                            acc[j] += wt * base[j * step];
                        continue;
                    }
                    for (std::size_t j = 0; j < ow; ++j)
                        for (std::size_t c = 0; c < ch; ++c)
                            acc[j * ch + c] += wt * base[j * step + c];
                }
            }
            std::copy(acc.begin(), acc.end(), y.data() + item * ow * ch);
        }
    });
    return y;
}

std::vector<AxisMap> planeMap(
    const Array &in, double originY, double stepY, double originX, double stepX)
{
    std::vector<AxisMap> m(in.rank(), AxisMap {});
    m[in.rank() - 2] = { originY, stepY };
    m[in.rank() - 1] = { originX, stepX };
    return m;
}

ParamSpec kParam(int def)
{
    return ParamSpec::integer("k", def, 1, 64, DSL_TR_NOOP("dsl", "Window"),
        DSL_TR_NOOP("dsl", "Window size k × k."), "px");
}
ParamSpec strideParam(int def)
{
    return ParamSpec::integer("stride", def, 1, 64, DSL_TR_NOOP("dsl", "Stride"),
        DSL_TR_NOOP("dsl", "Step between windows."), "px");
}
ParamSpec padParam(int def)
{
    return ParamSpec::integer("pad", def, 0, 32, DSL_TR_NOOP("dsl", "Padding"),
        DSL_TR_NOOP("dsl", "Pixels added on every side (at most k / 2)."), "px");
}

} // namespace dsl::pool
