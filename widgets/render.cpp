#include "render.h"

#include "spectrogramview.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dsl::widgets {

namespace {

struct Plane
{
    std::size_t rows = 1, cols = 1, offset = 0;
};

Plane planeOf(const Array &a, std::size_t slice, std::size_t frame)
{
    Plane p;
    const std::size_t r = a.rank();
    p.cols = a.shape[r - 1];
    p.rows = r >= 2 ? a.shape[r - 2] : 1;
    std::size_t planeIndex = 0;
    if (r == 3)
        planeIndex = std::min(slice, a.shape[0] - 1);
    else if (r == 4)
        planeIndex = std::min(frame, a.shape[0] - 1) * a.shape[1] + std::min(slice, a.shape[1] - 1);
    p.offset = planeIndex * p.rows * p.cols * a.channels;
    return p;
}

} // namespace

QRgb colormapColour(Colormap map, double t)
{
    // Nine control points per map (matplotlib at t = 0, 1/8, ..., 1), linearly interpolated.
    static const int magma[9][3] = { { 0, 0, 4 }, { 29, 17, 71 }, { 81, 18, 124 }, { 131, 38, 129 },
        { 183, 55, 121 }, { 231, 82, 99 }, { 252, 137, 97 }, { 254, 196, 136 }, { 252, 253, 191 } };
    static const int cividis[9][3]
        = { { 0, 34, 78 }, { 26, 56, 111 }, { 67, 78, 108 }, { 97, 101, 111 }, { 125, 124, 120 },
              { 155, 148, 118 }, { 188, 174, 108 }, { 222, 201, 88 }, { 254, 232, 56 } };
    t = std::clamp(t, 0.0, 1.0);
    switch (map) {
    case Colormap::Gray: {
        const int g = int(std::lround(t * 255.0));
        return qRgb(g, g, g);
    }
    case Colormap::Viridis:
        return viridis(t);
    case Colormap::Magma:
    case Colormap::Cividis: {
        const int(*k)[3] = map == Colormap::Magma ? magma : cividis;
        const double x = t * 8.0;
        const int i = std::min(7, int(x));
        const double f = x - i;
        auto mix = [&](int c) { return int(std::lround(k[i][c] + (k[i + 1][c] - k[i][c]) * f)); };
        return qRgb(mix(0), mix(1), mix(2));
    }
    }
    return qRgb(0, 0, 0);
}

QImage colormapStrip(Colormap map)
{
    QImage img(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i)
        img.setPixel(0, 255 - i, colormapColour(map, i / 255.0));
    return img;
}

QImage renderPlane(
    const Array &a, const ValueWindow &window, std::size_t slice, std::size_t frame, Colormap map)
{
    const Plane p = planeOf(a, slice, frame);
    const bool colour = a.channels >= 3;
    if (!colour && map != Colormap::Gray) {
        // A 256-entry table: the same quantisation as the grey path.
        QImage grey = renderPlane(a, window, slice, frame, Colormap::Gray);
        QList<QRgb> table(256);
        for (int i = 0; i < 256; ++i)
            table[i] = colormapColour(map, i / 255.0);
        QImage indexed(grey.width(), grey.height(), QImage::Format_Indexed8);
        indexed.setColorTable(table);
        for (int y = 0; y < grey.height(); ++y)
            std::memcpy(indexed.scanLine(y), grey.constScanLine(y), std::size_t(grey.width()));
        return indexed.convertToFormat(QImage::Format_RGB32);
    }
    QImage img(int(p.cols), int(p.rows), colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    const double scale = 255.0 / std::max(1e-30, window.high - window.low);
    auto level = [&](float v) {
        return std::clamp(int(std::lround((double(v) - window.low) * scale)), 0, 255);
    };
    const float *src = a.data() + p.offset;
    for (std::size_t y = 0; y < p.rows; ++y) {
        const float *row = src + y * p.cols * a.channels;
        if (colour) {
            auto *line = reinterpret_cast<QRgb *>(img.scanLine(int(y)));
            for (std::size_t x = 0; x < p.cols; ++x) {
                const float *px = row + x * a.channels;
                line[x] = qRgb(level(px[0]), level(px[1]), level(px[2]));
            }
        } else {
            uchar *line = img.scanLine(int(y));
            for (std::size_t x = 0; x < p.cols; ++x)
                line[x] = uchar(level(row[x * a.channels]));
        }
    }
    return img;
}

QImage renderDiverging(const Array &a, double limit, std::size_t slice, std::size_t frame)
{
    const Plane p = planeOf(a, slice, frame);
    QImage img(int(p.cols), int(p.rows), QImage::Format_ARGB32);
    const double inv = limit > 0 ? 1.0 / limit : 0.0;
    const float *src = a.data() + p.offset;
    for (std::size_t y = 0; y < p.rows; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(int(y)));
        for (std::size_t x = 0; x < p.cols; ++x) {
            // Mean over channels, then blue (negative) - white - red (positive), alpha by size.
            double v = 0.0;
            for (std::size_t c = 0; c < a.channels; ++c)
                v += src[(y * p.cols + x) * a.channels + c];
            v = std::clamp(v / double(a.channels) * inv, -1.0, 1.0);
            const int t = int(std::lround(std::abs(v) * 255));
            const QRgb c = v >= 0
                ? qRgba(178 + (77 * (255 - t)) / 255, 24 + (231 * (255 - t)) / 255,
                    43 + (212 * (255 - t)) / 255, t)
                : qRgba(33 + (222 * (255 - t)) / 255, 102 + (153 * (255 - t)) / 255,
                    172 + (83 * (255 - t)) / 255, t);
            line[x] = c;
        }
    }
    return img;
}

QString anatomicalLetter(double x, double y, double z)
{
    const double ax = std::abs(x), ay = std::abs(y), az = std::abs(z);
    if (ax >= ay && ax >= az)
        return x > 0 ? QStringLiteral("L") : QStringLiteral("R");
    if (ay >= az)
        return y > 0 ? QStringLiteral("P") : QStringLiteral("A");
    return z > 0 ? QStringLiteral("S") : QStringLiteral("I");
}

QImage divergingStrip()
{
    Array a = Array::zeros(Kind::Image, { 256, 1 });
    for (int i = 0; i < 256; ++i)
        a.values[std::size_t(i)] = float((i - 127.5) / 127.5);
    QImage img = renderDiverging(a, 1.0);
    // Opaque for the bar (the overlay's alpha encodes strength).
    for (int y = 0; y < img.height(); ++y) {
        const QRgb c = img.pixel(0, y);
        const double t = qAlpha(c) / 255.0;
        img.setPixel(0, y,
            qRgb(int(qRed(c) * t + 255 * (1 - t)), int(qGreen(c) * t + 255 * (1 - t)),
                int(qBlue(c) * t + 255 * (1 - t))));
    }
    return img.mirrored(false, true);
}

QImage viridisStrip()
{
    QImage img(1, 256, QImage::Format_RGB32);
    for (int i = 0; i < 256; ++i)
        img.setPixel(0, 255 - i, viridis(i / 255.0));
    return img;
}

QImage renderSpectrum(
    std::span<const float> db, std::size_t rows, std::size_t cols, double top, double range)
{
    QImage img(int(cols), int(rows), QImage::Format_RGB32);
    for (std::size_t y = 0; y < rows; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(int(y)));
        for (std::size_t x = 0; x < cols; ++x)
            line[x] = viridis((double(db[y * cols + x]) - (top - range)) / range);
    }
    return img;
}

QVector<QPointF> envelope(const Array &signal, std::size_t channel, int buckets)
{
    if (signal.rank() != 1 || signal.values.empty())
        return {};
    const double t0 = signal.grid[0].origin, dt = signal.grid[0].spacing;
    return envelope(signal, channel, buckets, t0, t0 + double(signal.shape[0]) * dt);
}

QVector<QPointF> envelope(
    const Array &signal, std::size_t channel, int buckets, double start, double end)
{
    QVector<QPointF> pts;
    if (signal.rank() != 1 || signal.values.empty() || buckets < 1 || !(end >= start))
        return pts;
    const std::size_t total = signal.shape[0];
    const std::size_t ch = signal.channels;
    const double t0 = signal.grid[0].origin,
                 dt = signal.grid[0].spacing > 0 ? signal.grid[0].spacing : 1.0;
    // Samples [first, last) cover the range, with one more on each side so lines reach the edges.
    const double a = std::floor((start - t0) / dt) - 1.0, b = std::ceil((end - t0) / dt) + 2.0;
    const std::size_t first = std::size_t(std::clamp(a, 0.0, double(total)));
    const std::size_t last = std::size_t(std::clamp(b, double(first), double(total)));
    const std::size_t n = last - first;
    if (n == 0)
        return pts;
    const float *v = signal.values.data() + first * ch + channel;
    if (n <= std::size_t(buckets) * 2) {
        pts.reserve(qsizetype(n));
        for (std::size_t i = 0; i < n; ++i)
            pts.append({ t0 + double(first + i) * dt, double(v[i * ch]) });
        return pts;
    }
    pts.reserve(buckets * 2);
    for (int k = 0; k < buckets; ++k) {
        const std::size_t s0 = n * std::size_t(k) / std::size_t(buckets);
        const std::size_t e = std::max(s0 + 1, n * std::size_t(k + 1) / std::size_t(buckets));
        float lo = v[s0 * ch], hi = lo;
        for (std::size_t i = s0; i < e; ++i) {
            lo = std::min(lo, v[i * ch]);
            hi = std::max(hi, v[i * ch]);
        }
        const double t = t0 + double(first + s0) * dt;
        pts.append({ t, double(lo) });
        pts.append({ t, double(hi) });
    }
    return pts;
}

} // namespace dsl::widgets
