#include "scatterpane.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dsl::widgets {

namespace {

constexpr int kTitleHeight = 22;
constexpr int kLeftMargin = 58;
constexpr int kBottomMargin = 38;
constexpr int kRightMargin = 10;
constexpr int kBarRow = 16;

QString countText(std::size_t n)
{
    return QString::number(qulonglong(n));
}

double ratioOf(const std::vector<std::size_t> &counts)
{
    std::size_t lo = std::numeric_limits<std::size_t>::max(), hi = 0;
    for (std::size_t c : counts)
        if (c > 0) {
            lo = std::min(lo, c);
            hi = std::max(hi, c);
        }
    return hi == 0 ? std::numeric_limits<double>::quiet_NaN() : double(hi) / double(lo);
}

QString tickText(double v, double step)
{
    const int decimals = std::clamp(int(std::ceil(-std::log10(step))), 0, 6);
    if (std::abs(v) < step * 1e-6)
        v = 0.0;
    return QString::number(v, 'f', decimals);
}

QPainterPath star(const QPointF &c, double r)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double rr = i % 2 == 0 ? r : r * 0.45;
        const QPointF p(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QColor classColour(int classIndex)
{
    // Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies.
    static const QColor colours[]
        = { QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115), QColor(204, 121, 167),
              QColor(86, 180, 233), QColor(213, 94, 0), QColor(240, 228, 66), QColor(0, 0, 0) };
    const int n = int(std::size(colours));
    return colours[((classIndex % n) + n) % n];
}

std::vector<double> niceTicks(double low, double high, int count)
{
    std::vector<double> ticks;
    if (!(high > low) || !std::isfinite(low) || !std::isfinite(high))
        return ticks;
    const double raw = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    for (double t = std::ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        ticks.push_back(t);
    return ticks;
}

ScatterPane::ScatterPane(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ScatterPane::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    update();
}

void ScatterPane::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    update();
}

void ScatterPane::setData(std::shared_ptr<const ScatterData> data)
{
    m_data = std::move(data);
    if (!m_fitted)
        fit();
    m_dirty = true;
    update();
}

void ScatterPane::setViewRect(const QRectF &rect)
{
    if (!rect.isValid() || rect == m_view)
        return;
    m_view = rect;
    m_fitted = true;
    m_dirty = true;
    update();
}

void ScatterPane::changeView(const QRectF &rect)
{
    if (!rect.isValid() || rect == m_view)
        return;
    setViewRect(rect);
    Q_EMIT viewChanged(m_view);
}

void ScatterPane::fit()
{
    if (!m_data || !m_data->points || m_data->points->empty())
        return;
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    auto add = [&](const QPointF &p) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return;
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    };
    for (const QPointF &p : *m_data->points)
        add(p);
    for (const QPointF &p : m_data->generated)
        add(p);
    if (!(x1 >= x0) || !(y1 >= y0))
        return;
    const double w = std::max(x1 - x0, 1e-9), h = std::max(y1 - y0, 1e-9);
    m_view = QRectF(x0 - 0.06 * w, y0 - 0.06 * h, 1.12 * w, 1.12 * h);
    m_fitted = true;
    m_dirty = true;
    update();
}

void ScatterPane::setHighlight(long row)
{
    if (row == m_highlight)
        return;
    m_highlight = row;
    update();
}

int ScatterPane::barsHeight() const
{
    if (!m_data || m_data->countsBefore.empty())
        return 0;
    return 6 + kBarRow * int(m_data->countsBefore.size() + 1);
}

QRectF ScatterPane::plotArea() const
{
    const double bottom = height() - kBottomMargin - barsHeight();
    return QRectF(kLeftMargin, kTitleHeight + 4,
        std::max(10.0, double(width() - kLeftMargin - kRightMargin)),
        std::max(10.0, bottom - kTitleHeight - 4));
}

QPointF ScatterPane::toWidget(const QPointF &v) const
{
    const QRectF a = plotArea();
    return { a.left() + (v.x() - m_view.left()) / m_view.width() * a.width(),
        a.bottom() - (v.y() - m_view.top()) / m_view.height() * a.height() };
}

QPointF ScatterPane::toView(const QPointF &w) const
{
    const QRectF a = plotArea();
    return { m_view.left() + (w.x() - a.left()) / a.width() * m_view.width(),
        m_view.top() + (a.bottom() - w.y()) / a.height() * m_view.height() };
}

long ScatterPane::rowAt(const QPointF &widgetPoint, double radius) const
{
    if (!m_data || !m_data->points || !plotArea().contains(widgetPoint))
        return -1;
    const QRectF a = plotArea();
    const double sx = a.width() / m_view.width(), sy = a.height() / m_view.height();
    const QPointF v = toView(widgetPoint);
    long best = -1;
    double bestD = radius * radius;
    const auto &pts = *m_data->points;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const double dx = (pts[i].x() - v.x()) * sx, dy = (pts[i].y() - v.y()) * sy;
        const double d = dx * dx + dy * dy;
        if (d < bestD) {
            bestD = d;
            best = long(i);
        }
    }
    return best;
}

void ScatterPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true;
}

void ScatterPane::renderPlot()
{
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap(size() * dpr);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    p.fillRect(area, Qt::white);
    if (m_data) {
        p.save();
        p.setClipRect(area);
        if (!m_data->background.isNull() && m_data->backgroundRect.isValid()) {
            const QRectF r = m_data->backgroundRect;
            const QPointF tl = toWidget({ r.left(), r.bottom() });
            const QPointF br = toWidget({ r.right(), r.top() });
            p.setRenderHint(QPainter::SmoothPixmapTransform, false);
            // Row 0 of the picture is the top of the view (largest y).
            p.drawImage(QRectF(tl, br), m_data->background);
        }
        const auto &pts = m_data->points ? *m_data->points : std::vector<QPointF> {};
        const auto &cls = m_data->classes ? *m_data->classes : std::vector<int> {};
        if (!m_data->links.empty()) {
            p.setPen(QPen(QColor(60, 60, 60, 200), 1.4));
            for (const auto &[a, b] : m_data->links)
                if (a < pts.size() && b < pts.size())
                    p.drawLine(toWidget(pts[a]), toWidget(pts[b]));
        }
        const double r = pts.size() > 5000 ? 1.8 : pts.size() > 1000 ? 2.6 : 3.4;
        const bool states = m_data->state.size() == pts.size();
        // Removed rows first (hollow crosses), kept rows on top (solid dots).
        for (std::size_t i = 0; states && i < pts.size(); ++i) {
            if (m_data->state[i] != ScatterData::Removed)
                continue;
            QColor c = classColour(i < cls.size() ? cls[i] : 0);
            c.setAlpha(190);
            p.setPen(QPen(c, 1.3));
            const QPointF w = toWidget(pts[i]);
            const double s = r + 0.6;
            p.drawLine(QPointF(w.x() - s, w.y() - s), QPointF(w.x() + s, w.y() + s));
            p.drawLine(QPointF(w.x() - s, w.y() + s), QPointF(w.x() + s, w.y() - s));
        }
        for (std::size_t i = 0; i < pts.size(); ++i) {
            if (states && m_data->state[i] == ScatterData::Removed)
                continue;
            const QColor c = classColour(i < cls.size() ? cls[i] : 0);
            p.setPen(QPen(c.darker(150), 0.6));
            p.setBrush(c);
            p.drawEllipse(toWidget(pts[i]), r, r);
        }
        for (std::size_t i = 0; i < m_data->generated.size(); ++i) {
            const QColor c = classColour(
                i < m_data->generatedClasses.size() ? m_data->generatedClasses[i] : 0);
            p.setPen(QPen(Qt::black, 0.9));
            p.setBrush(c);
            p.drawPath(star(toWidget(m_data->generated[i]), r + 4.5));
        }
        p.restore();
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    drawAxes(p, area);
    if (m_data) {
        drawLegend(p, area);
        drawBars(p, QRectF(area.left(), height() - barsHeight(), area.width(), barsHeight()));
    }
    m_dirty = false;
}

void ScatterPane::drawAxes(QPainter &p, const QRectF &area) const
{
    const QFontMetrics fm(font());
    p.setPen(palette().color(QPalette::Text));
    const auto xTicks
        = niceTicks(m_view.left(), m_view.right(), std::max(2, int(area.width() / 80)));
    const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : 1.0;
    for (double t : xTicks) {
        const double x = toWidget({ t, m_view.top() }).x();
        p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4));
        const QString s = tickText(t, xStep);
        p.drawText(QPointF(x - fm.horizontalAdvance(s) / 2.0, area.bottom() + 5 + fm.ascent()), s);
    }
    const auto yTicks
        = niceTicks(m_view.top(), m_view.bottom(), std::max(2, int(area.height() / 50)));
    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1.0;
    for (double t : yTicks) {
        const double y = toWidget({ m_view.left(), t }).y();
        p.drawLine(QPointF(area.left() - 4, y), QPointF(area.left(), y));
        const QString s = tickText(t, yStep);
        p.drawText(
            QPointF(area.left() - 6 - fm.horizontalAdvance(s), y + fm.ascent() / 2.0 - 1), s);
    }
    if (!m_data)
        return;
    const QString xl = fm.elidedText(m_data->xLabel, Qt::ElideRight, int(area.width()));
    p.drawText(QPointF(area.center().x() - fm.horizontalAdvance(xl) / 2.0,
                   area.bottom() + 6 + fm.height() + fm.ascent()),
        xl);
    p.save();
    p.translate(12, area.center().y());
    p.rotate(-90);
    const QString yl = fm.elidedText(m_data->yLabel, Qt::ElideRight, int(area.height()));
    p.drawText(QPointF(-fm.horizontalAdvance(yl) / 2.0, fm.ascent() / 2.0), yl);
    p.restore();
}

void ScatterPane::drawLegend(QPainter &p, const QRectF &area) const
{
    const QFontMetrics fm(font());
    QStringList lines;
    for (const QString &l : m_data->classLabels)
        lines << l;
    const bool marks = !m_data->state.empty() || !m_data->generated.empty();
    int w = 0;
    for (const QString &l : lines)
        w = std::max(w, fm.horizontalAdvance(l));
    const QString keptText = tr("kept");
    const QString removedText = tr("removed");
    const QString generatedText = tr("centroid");
    if (marks)
        w = std::max(w, fm.horizontalAdvance(keptText + removedText) + 46);
    const int rowH = fm.height();
    const int rows = int(lines.size()) + (marks ? 1 : 0) + (m_data->generated.empty() ? 0 : 1);
    const QRectF box(area.right() - w - 30, area.top() + 6, w + 24, rows * rowH + 8);
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 3, 3);
    double y = box.top() + 4;
    for (int i = 0; i < lines.size(); ++i) {
        const QColor c = classColour(i);
        p.setPen(QPen(c.darker(150), 0.6));
        p.setBrush(c);
        p.drawEllipse(QPointF(box.left() + 10, y + rowH / 2.0), 4, 4);
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + 20, y + fm.ascent()), lines[i]);
        y += rowH;
    }
    if (marks) {
        p.setPen(QPen(Qt::darkGray, 0.6));
        p.setBrush(Qt::darkGray);
        p.drawEllipse(QPointF(box.left() + 10, y + rowH / 2.0), 3.5, 3.5);
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + 20, y + fm.ascent()), keptText);
        const double cx = box.left() + 28 + fm.horizontalAdvance(keptText);
        p.setPen(QPen(Qt::darkGray, 1.3));
        const double cy = y + rowH / 2.0;
        p.drawLine(QPointF(cx - 4, cy - 4), QPointF(cx + 4, cy + 4));
        p.drawLine(QPointF(cx - 4, cy + 4), QPointF(cx + 4, cy - 4));
        p.setPen(Qt::black);
        p.drawText(QPointF(cx + 8, y + fm.ascent()), removedText);
        y += rowH;
    }
    if (!m_data->generated.empty()) {
        p.setPen(QPen(Qt::black, 0.8));
        p.setBrush(Qt::darkGray);
        p.drawPath(star(QPointF(box.left() + 10, y + rowH / 2.0), 6));
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + 20, y + fm.ascent()), generatedText);
    }
    if (!m_data->backgroundLabel.isEmpty() && !m_data->background.isNull()) {
        const QString t
            = fm.elidedText(m_data->backgroundLabel, Qt::ElideRight, int(area.width() - 12));
        const QRectF tb(area.left() + 4, area.bottom() - fm.height() - 6,
            fm.horizontalAdvance(t) + 8, fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 210));
        p.drawRect(tb);
        p.setPen(Qt::black);
        p.drawText(QPointF(tb.left() + 4, tb.top() + 1 + fm.ascent()), t);
    }
}

void ScatterPane::drawBars(QPainter &p, const QRectF &area) const
{
    const auto &before = m_data->countsBefore;
    if (before.empty())
        return;
    const auto &after = m_data->countsAfter;
    const QFontMetrics fm(font());
    const bool changed = after.size() == before.size();
    const double irBefore = ratioOf(before);
    const double irAfter = changed ? ratioOf(after) : irBefore;
    double y = area.top() + 4;
    p.setPen(palette().color(QPalette::Text));
    const QString header = changed
        ? tr("Rows per class · imbalance %1 → %2").arg(irBefore, 0, 'f', 2).arg(irAfter, 0, 'f', 2)
        : tr("Rows per class · imbalance %1").arg(irBefore, 0, 'f', 2);
    p.drawText(QPointF(area.left() - kLeftMargin + 6, y + fm.ascent()),
        fm.elidedText(header, Qt::ElideRight, int(width() - 12)));
    y += kBarRow;
    std::size_t most = 1;
    for (std::size_t c : before)
        most = std::max(most, c);
    int labelW = 0;
    for (const QString &l : m_data->classLabels)
        labelW = std::max(labelW, fm.horizontalAdvance(l));
    labelW = std::min(labelW + 8, 90);
    const double left = area.left() - kLeftMargin + 6 + labelW;
    const double textW = fm.horizontalAdvance(QStringLiteral("00000 → 00000")) + 8;
    const double barW = std::max(20.0, area.right() - left - textW);
    for (std::size_t c = 0; c < before.size(); ++c) {
        const QColor col = classColour(int(c));
        const QString label = c < std::size_t(m_data->classLabels.size())
            ? m_data->classLabels[int(c)]
            : QString::number(c);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(area.left() - kLeftMargin + 6, y + fm.ascent() - 1),
            fm.elidedText(label, Qt::ElideRight, labelW - 4));
        const double wb = barW * double(before[c]) / double(most);
        const QRectF track(left, y + 2, wb, kBarRow - 5);
        p.setPen(QPen(col, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(track);
        if (changed) {
            p.setPen(Qt::NoPen);
            p.setBrush(col);
            p.drawRect(QRectF(left, y + 2, barW * double(after[c]) / double(most), kBarRow - 5));
        }
        p.setPen(palette().color(QPalette::Text));
        const QString n = changed
            ? countText(before[c]) + QStringLiteral(" → ") + countText(after[c])
            : countText(before[c]);
        p.drawText(QPointF(left + barW + 6, y + fm.ascent() - 1), n);
        y += kBarRow;
    }
}

void ScatterPane::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_cache.size() != size() * devicePixelRatioF())
        renderPlot();
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    p.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(6, 2, width() - 12, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - 12));
    p.setFont(font());
    if (m_data && m_data->points && m_highlight >= 0
        && std::size_t(m_highlight) < m_data->points->size()) {
        const QPointF w = toWidget((*m_data->points)[std::size_t(m_highlight)]);
        if (plotArea().contains(w)) {
            p.setPen(QPen(Qt::black, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(w, 8, 8);
            p.setPen(QPen(Qt::white, 1));
            p.drawEllipse(w, 10, 10);
        }
    }
    if (!m_status.isEmpty()) {
        const QRectF area = plotArea();
        const QRectF box
            = fm.boundingRect(area.toRect(), Qt::AlignCenter | Qt::TextWordWrap, m_status)
                  .adjusted(-8, -4, 8, 4);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(Qt::black);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_status);
    }
}

void ScatterPane::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    const double f = std::pow(0.8, steps);
    const QPointF c = toView(event->position());
    changeView(QRectF(c.x() - (c.x() - m_view.left()) * f, c.y() - (c.y() - m_view.top()) * f,
        m_view.width() * f, m_view.height() * f));
    event->accept();
}

void ScatterPane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragView = m_view;
    }
}

void ScatterPane::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QRectF a = plotArea();
        const QPointF d = event->position() - m_dragStart;
        QRectF r = m_dragView;
        r.translate(-d.x() / a.width() * r.width(), d.y() / a.height() * r.height());
        changeView(r);
        return;
    }
    const long row = rowAt(event->position());
    setHighlight(row);
    Q_EMIT hovered(row, event->globalPosition().toPoint());
}

void ScatterPane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
}

void ScatterPane::mouseDoubleClickEvent(QMouseEvent *)
{
    const QRectF before = m_view;
    fit();
    if (m_view != before)
        Q_EMIT viewChanged(m_view);
}

void ScatterPane::keyPressEvent(QKeyEvent *event)
{
    const QPointF c = m_view.center();
    const double f = event->key() == Qt::Key_Plus ? 0.8 : event->key() == Qt::Key_Minus ? 1.25 : 0;
    if (event->key() == Qt::Key_0) {
        mouseDoubleClickEvent(nullptr);
    } else if (f > 0) {
        changeView(QRectF(c.x() - m_view.width() * f / 2, c.y() - m_view.height() * f / 2,
            m_view.width() * f, m_view.height() * f));
    } else {
        QWidget::keyPressEvent(event);
    }
}

void ScatterPane::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_dragging) {
        setHighlight(-1);
        Q_EMIT hovered(-1, {});
    }
}

} // namespace dsl::widgets
