#include "spectrogramview.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dsl::widgets {

QRgb viridis(double t)
{
    // Viridis control points (matplotlib), linearly interpolated.
    static const double k[9][3]
        = { { 68, 1, 84 }, { 71, 44, 122 }, { 59, 81, 139 }, { 44, 113, 142 }, { 33, 144, 141 },
              { 39, 173, 129 }, { 92, 200, 99 }, { 170, 220, 50 }, { 253, 231, 37 } };
    t = std::clamp(t, 0.0, 1.0) * 8.0;
    const int i = std::min(7, int(t));
    const double f = t - i;
    auto mix = [&](int c) { return int(std::lround(k[i][c] + (k[i + 1][c] - k[i][c]) * f)); };
    return qRgb(mix(0), mix(1), mix(2));
}

SpectrogramView::SpectrogramView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 160);
}

void SpectrogramView::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void SpectrogramView::setSpectrogram(const Spectrogram &s)
{
    m_data = s;
    render();
}

void SpectrogramView::setDisplay(double rangeDb, Colormap map)
{
    if (rangeDb == m_range && map == m_map)
        return;
    m_range = std::max(1.0, rangeDb);
    m_map = map;
    render();
}

void SpectrogramView::render()
{
    const Spectrogram &s = m_data;
    if (s.db.empty() || s.frames == 0 || s.bins == 0) {
        m_image = QImage();
        update();
        return;
    }
    m_top = -1e300;
    for (float v : s.db)
        m_top = std::max(m_top, double(v));
    m_top = std::ceil(m_top / 10.0) * 10.0;
    m_image = QImage(int(s.frames), int(s.bins), QImage::Format_RGB32);
    // Row by row through scanLine (setPixel per pixel is far slower).
    for (std::size_t b = 0; b < s.bins; ++b) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(int(s.bins - 1 - b)));
        for (std::size_t f = 0; f < s.frames; ++f)
            line[f] = colormapColour(
                m_map, (double(s.db[f * s.bins + b]) - (m_top - m_range)) / m_range);
    }
    m_seconds = double(s.frames) * s.frameSeconds;
    m_maxHz = double(s.bins - 1) * s.binHz;
    update();
}

void SpectrogramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const int left = 56, right = 64, top = 22, bottom = 34;
    const QRect plot(
        left, top, std::max(10, width() - left - right), std::max(10, height() - top - bottom));
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, width(), top), Qt::AlignCenter,
        fontMetrics().elidedText(m_title, Qt::ElideRight, width() - 8));
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(plot, m_image);
    p.drawRect(plot);
    // Axes: 5 ticks each.
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i <= 4; ++i) {
        const double t = m_seconds * i / 4.0;
        const int x = plot.left() + plot.width() * i / 4;
        p.drawLine(x, plot.bottom(), x, plot.bottom() + 4);
        p.drawText(QRect(x - 40, plot.bottom() + 4, 80, fm.height()), Qt::AlignHCenter,
            QString::number(t, 'g', 3));
        const double hz = m_maxHz * i / 4.0;
        const int y = plot.bottom() - plot.height() * i / 4;
        p.drawLine(plot.left() - 4, y, plot.left(), y);
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(hz, 'f', 0));
    }
    p.drawText(QRect(plot.left(), height() - fm.height() - 2, plot.width(), fm.height()),
        Qt::AlignHCenter, tr("time (s)"));
    p.save();
    p.translate(12, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-60, -8, 120, 16), Qt::AlignCenter, tr("frequency (Hz)"));
    p.restore();
    // Colour bar.
    const QRect bar(plot.right() + 10, plot.top(), 12, plot.height());
    for (int y = 0; y < bar.height(); ++y)
        p.fillRect(QRect(bar.left(), bar.bottom() - y, bar.width(), 1),
            QColor(colormapColour(m_map, double(y) / bar.height())));
    p.drawRect(bar);
    p.drawText(QRect(bar.right() + 2, bar.top() - 2, 40, fm.height()), Qt::AlignLeft,
        QString::number(m_top, 'f', 0));
    p.drawText(QRect(bar.right() + 2, bar.bottom() - fm.height(), 40, fm.height()), Qt::AlignLeft,
        QString::number(m_top - m_range, 'f', 0));
    p.drawText(QRect(bar.right() + 2, bar.center().y() - fm.height() / 2, 40, fm.height()),
        Qt::AlignLeft, tr("dB"));
}

} // namespace dsl::widgets
