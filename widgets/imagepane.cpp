#include "imagepane.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace dsl::widgets {

namespace {
constexpr int kTitleHeight = 20;
constexpr int kBarStrip = 56; // the colour bar's strip: bar, its labels and its title
constexpr int kReadoutHeight = 18;
} // namespace

ImagePane::ImagePane(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ImagePane::setTitle(const QString &title)
{
    m_title = title;
    setToolTip(title); // the caption is elided in narrow panes; the whole of it on hover
    update();
}

void ImagePane::setImage(const QImage &image, const PlaneGeometry &geometry)
{
    m_image = image;
    m_geometry = geometry;
    m_status.clear();
    if (m_autoFit && !m_image.isNull())
        fitToWindow();
    updateReadout();
    update();
}

void ImagePane::setOverlay(const QImage &overlay)
{
    m_overlay = overlay;
    update();
}

void ImagePane::setOverlayOpacity(double opacity)
{
    m_overlayOpacity = opacity;
    update();
}

void ImagePane::setStatus(const QString &status)
{
    m_status = status;
    update();
}

void ImagePane::setMarkers(const QList<QRectF> &rects)
{
    m_markers = rects;
    update();
}

void ImagePane::setColourBar(
    const QImage &colours, const QString &low, const QString &high, const QString &label)
{
    const QRectF before = imageArea();
    m_barColours = colours;
    m_barLow = low;
    m_barHigh = high;
    m_barLabel = label;
    // The bar's strip narrows the picture's area: fit again unless the user zoomed.
    if (m_autoFit && imageArea() != before)
        fitToWindow();
    update();
}

void ImagePane::setEdgeLabels(
    const QString &left, const QString &right, const QString &top, const QString &bottom)
{
    m_edge[0] = left;
    m_edge[1] = right;
    m_edge[2] = top;
    m_edge[3] = bottom;
    update();
}

void ImagePane::clearColourBar()
{
    m_barColours = QImage();
    update();
}

void ImagePane::setValueReader(std::function<QString(int, int)> reader)
{
    m_reader = std::move(reader);
    updateReadout();
}

QRectF ImagePane::imageArea() const
{
    // A colour bar gets its own strip on the right instead of covering the picture.
    int strip = 0;
    if (!m_barColours.isNull()) {
        const QFontMetrics fm = fontMetrics();
        const int labels
            = std::max(fm.horizontalAdvance(m_barHigh), fm.horizontalAdvance(m_barLow));
        strip = std::min(std::max(kBarStrip, labels + 8), width() / 3);
    }
    return QRectF(0, kTitleHeight, std::max(1, width() - strip),
        std::max(1, height() - kTitleHeight - kReadoutHeight));
}

void ImagePane::setViewport(const SourceViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    Q_EMIT viewportChanged(m_viewport);
}

void ImagePane::fitToWindow()
{
    if (m_image.isNull())
        return;
    const QRectF area = imageArea();
    const double scale
        = std::min(area.width() / m_geometry.sourceWidth, area.height() / m_geometry.sourceHeight);
    setViewport({ QPointF(m_geometry.sourceLeft + (m_geometry.sourceWidth - 1) / 2.0,
                      m_geometry.sourceTop + (m_geometry.sourceHeight - 1) / 2.0),
        std::max(scale, 1e-3) });
}

QPointF ImagePane::widgetAt(const QPointF &s) const
{
    const QRectF area = imageArea();
    return area.center() + (s - m_viewport.centre) * m_viewport.scale;
}

QPointF ImagePane::sourceAt(const QPointF &w) const
{
    const QRectF area = imageArea();
    return m_viewport.centre + (w - area.center()) / m_viewport.scale;
}

void ImagePane::setCursorPosition(const QPointF &source, bool visible)
{
    m_cursor = source;
    m_cursorVisible = visible;
    updateReadout();
    update();
}

void ImagePane::updateReadout()
{
    m_readout.clear();
    if (!m_cursorVisible || m_image.isNull())
        return;
    const int col = int(std::lround((m_cursor.x() - m_geometry.originX) / m_geometry.stepX));
    const int row = int(std::lround((m_cursor.y() - m_geometry.originY) / m_geometry.stepY));
    if (col < 0 || row < 0 || col >= m_image.width() || row >= m_image.height())
        return;
    const QString value = m_reader ? m_reader(col, row) : QString();
    m_readout = tr("x %1, y %2  [%3, %4]  %5")
                    .arg(m_cursor.x(), 0, 'f', 1)
                    .arg(m_cursor.y(), 0, 'f', 1)
                    .arg(col)
                    .arg(row)
                    .arg(value);
}

void ImagePane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRectF area = imageArea();
    p.fillRect(area, QColor(32, 32, 32));
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (!m_image.isNull()) {
        p.save();
        p.setClipRect(area);
        // Output pixel i covers source [origin + (i - 1/2) step, origin + (i + 1/2) step).
        const QPointF topLeft = widgetAt({ m_geometry.originX - m_geometry.stepX / 2,
            m_geometry.originY - m_geometry.stepY / 2 });
        const QRectF target(topLeft,
            QSizeF(m_image.width() * m_geometry.stepX * m_viewport.scale,
                m_image.height() * m_geometry.stepY * m_viewport.scale));
        p.drawImage(target, m_image);
        if (!m_overlay.isNull() && m_overlayOpacity > 0) {
            p.setOpacity(m_overlayOpacity);
            p.drawImage(target, m_overlay);
            p.setOpacity(1.0);
        }
        for (const QRectF &m : std::as_const(m_markers)) {
            p.setPen(QPen(QColor(255, 80, 80), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(widgetAt(m.topLeft()), widgetAt(m.bottomRight())));
        }
        if (m_crossVisible) {
            const QPointF c = widgetAt(m_cross);
            p.setPen(QPen(QColor(0, 220, 255, 220), 1, Qt::DashLine));
            p.drawLine(QPointF(area.left(), c.y()), QPointF(area.right(), c.y()));
            p.drawLine(QPointF(c.x(), area.top()), QPointF(c.x(), area.bottom()));
        }
        if (m_cursorVisible) {
            const QPointF c = widgetAt(m_cursor);
            p.setPen(QPen(QColor(255, 200, 0, 200), 1));
            p.drawLine(QPointF(area.left(), c.y()), QPointF(area.right(), c.y()));
            p.drawLine(QPointF(c.x(), area.top()), QPointF(c.x(), area.bottom()));
        }
        p.restore();
    }
    if (!m_edge[0].isEmpty() || !m_edge[2].isEmpty()) {
        QFont big = font();
        big.setBold(true);
        p.setFont(big);
        p.setPen(QColor(255, 220, 0));
        const QRectF inner = area.adjusted(6, 4, -6, -4);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, m_edge[0]);
        p.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, m_edge[1]);
        p.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, m_edge[2]);
        p.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, m_edge[3]);
        p.setFont(font());
    }
    if (!m_barColours.isNull()) {
        const QFontMetrics fm = fontMetrics();
        const QRectF strip(area.right(), area.top(), width() - area.right(), area.height());
        p.fillRect(strip, QColor(32, 32, 32));
        const QRectF bar(strip.right() - 16, area.top() + fm.height() + 6, 10, area.height() * 0.6);
        p.drawImage(bar, m_barColours); // top row = high end
        p.setPen(Qt::white);
        p.drawRect(bar);
        const QRectF labels(
            strip.left() + 2, bar.top() - fm.height() - 4, strip.width() - 4, fm.height());
        p.drawText(labels, Qt::AlignRight, m_barHigh);
        p.drawText(labels.translated(0, bar.height() + fm.height() + 6), Qt::AlignRight, m_barLow);
        p.save();
        p.translate(bar.left() - 6, bar.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-80, -fm.height(), 160, fm.height()), Qt::AlignCenter, m_barLabel);
        p.restore();
    }
    if (!m_status.isEmpty()) {
        p.setPen(Qt::white);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_status);
    }
    p.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(4, 0, width() - 8, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft,
        fontMetrics().elidedText(m_title, Qt::ElideRight, width() - 8));
    p.setFont(font());
    const QString zoom = tr("%1×").arg(m_viewport.scale, 0, 'g', 3);
    p.drawText(QRectF(4, height() - kReadoutHeight, width() - 8, kReadoutHeight),
        Qt::AlignVCenter | Qt::AlignLeft, m_readout);
    p.drawText(QRectF(4, height() - kReadoutHeight, width() - 8, kReadoutHeight),
        Qt::AlignVCenter | Qt::AlignRight, zoom);
}

void ImagePane::zoomAbout(const QPointF &w, double factor)
{
    const QPointF anchor = sourceAt(w);
    SourceViewport v = m_viewport;
    v.scale = std::clamp(v.scale * factor, 1e-3, 256.0);
    // Keep the source point under the mouse where it is.
    v.centre = anchor - (w - imageArea().center()) / v.scale;
    setViewport(v);
}

void ImagePane::wheelEvent(QWheelEvent *event)
{
    m_autoFit = false;
    const double steps = event->angleDelta().y() / 120.0;
    zoomAbout(event->position(), std::pow(1.25, steps));
    event->accept();
}

void ImagePane::setCrosshair(const QPointF &source, bool visible)
{
    if (m_cross == source && m_crossVisible == visible)
        return;
    m_cross = source;
    m_crossVisible = visible;
    update();
}

void ImagePane::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_moved = false;
        m_dragStart = event->position();
        m_dragViewport = m_viewport;
    } else if (event->button() == Qt::RightButton) {
        m_levelling = true;
        m_levelLast = event->position();
        setCursor(Qt::SizeAllCursor);
    }
}

void ImagePane::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        if (!m_moved && (event->position() - m_dragStart).manhattanLength() > 3) {
            m_moved = true;
            m_autoFit = false;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_moved) {
            SourceViewport v = m_dragViewport;
            v.centre -= (event->position() - m_dragStart) / v.scale;
            setViewport(v);
        }
    }
    if (m_levelling) {
        const QPointF d = event->position() - m_levelLast;
        m_levelLast = event->position();
        Q_EMIT windowLevelDragged(d.x(), d.y());
    }
    const QPointF s = sourceAt(event->position());
    setCursorPosition(s, true);
    Q_EMIT cursorMoved(s, true);
}

void ImagePane::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging && !m_moved && !m_image.isNull())
        Q_EMIT clicked(sourceAt(event->position()));
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    if (event->button() == Qt::RightButton)
        m_levelling = false;
    unsetCursor();
}

void ImagePane::leaveEvent(QEvent *)
{
    setCursorPosition(m_cursor, false);
    Q_EMIT cursorMoved(m_cursor, false);
}

void ImagePane::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = imageArea().center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_autoFit = false;
        zoomAbout(centre, 1.25);
        break;
    case Qt::Key_Minus:
        m_autoFit = false;
        zoomAbout(centre, 0.8);
        break;
    case Qt::Key_0:
        m_autoFit = true;
        fitToWindow();
        break;
    case Qt::Key_1:
        m_autoFit = false;
        setViewport({ m_viewport.centre, 1.0 });
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ImagePane::resizeEvent(QResizeEvent *)
{
    if (m_autoFit)
        fitToWindow();
}

} // namespace dsl::widgets
