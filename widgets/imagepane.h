// An image pane: one 2-d picture placed in *source* coordinates, so panes of different
// resolutions show the same region when linked. Nearest-neighbour magnification keeps pixels
// visible; wheel zooms about the cursor, drag pans, keys +/-/0 (fit)/1 (one source pixel per
// screen pixel); a crosshair follows the mouse and the caption reads the sample under it.
// A click (press and release without dragging) reports its source position, e.g. to place a
// linked 3-d cursor drawn with setCrosshair(); a right-button drag reports its motion for
// window/level (horizontal: width, vertical: level), as medical viewers do.
// Output pixel (i, j) of a variant sits at source (origin + i * step) per axis (DESIGN §2.3).
#pragma once

#include <QImage>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <functional>

namespace dsl::widgets {

struct SourceViewport
{
    QPointF centre; // source coordinates (x = column, y = row) at the pane's centre
    double scale = 1.0; // screen pixels per source pixel
    bool operator==(const SourceViewport &) const = default;
};

struct PlaneGeometry
{
    double originX = 0.0, stepX = 1.0;
    double originY = 0.0, stepY = 1.0;
    double sourceWidth = 1.0, sourceHeight = 1.0; // the source's extent, for "fit"
    double sourceLeft = 0.0, sourceTop = 0.0; // coordinate of the extent's first sample
};

class ImagePane : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setImage(const QImage &image, const PlaneGeometry &geometry);
    void setOverlay(const QImage &overlay); // same size as the image, drawn on top
    void setOverlayOpacity(double opacity);
    void setStatus(const QString &status); // e.g. "computing…" or an error, drawn centred
    QString status() const { return m_status; }
    // Outlines drawn over the picture, in source coordinates (e.g. the output Nyquist box).
    void setMarkers(const QList<QRectF> &rects);
    const QList<QRectF> &markers() const { return m_markers; }
    // A vertical colour bar at the right edge: `colours` is a strip whose top row is the high end.
    void setColourBar(
        const QImage &colours, const QString &low, const QString &high, const QString &label);
    void clearColourBar();
    // Orientation letters at the middle of each edge (empty strings hide them).
    void setEdgeLabels(
        const QString &left, const QString &right, const QString &top, const QString &bottom);
    QString edgeLabels() const { return m_edge[0] + m_edge[1] + m_edge[2] + m_edge[3]; } // "RLSI"
    // Text for the readout of output pixel (column, row); empty if outside.
    void setValueReader(std::function<QString(int column, int row)> reader);

    const QImage &image() const { return m_image; }
    SourceViewport viewport() const { return m_viewport; }
    void setViewport(const SourceViewport &viewport);
    void fitToWindow(); // the whole source visible; also what key 0 does
    void setCursorPosition(const QPointF &source, bool visible);
    // A fixed crosshair (the linked 3-d cursor), in source coordinates; hidden if !visible.
    void setCrosshair(const QPointF &source, bool visible);
    QPointF crosshair() const { return m_cross; }
    QPointF sourceAt(const QPointF &widgetPoint) const;
    QString readout() const { return m_readout; }

Q_SIGNALS:
    void viewportChanged(const dsl::widgets::SourceViewport &viewport);
    void cursorMoved(const QPointF &source, bool visible);
    void clicked(const QPointF &source);
    // Right-button drag since the last report, in screen pixels (right and down positive).
    void windowLevelDragged(double dx, double dy);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF widgetAt(const QPointF &source) const;
    QRectF imageArea() const;
    void zoomAbout(const QPointF &widgetPoint, double factor);
    void updateReadout();

    QString m_title;
    QString m_status;
    QString m_readout;
    QImage m_image;
    QImage m_overlay;
    QList<QRectF> m_markers;
    QString m_edge[4]; // left, right, top, bottom
    QImage m_barColours;
    QString m_barLow, m_barHigh, m_barLabel;
    double m_overlayOpacity = 0.6;
    PlaneGeometry m_geometry;
    SourceViewport m_viewport;
    bool m_autoFit = true; // fit on resize until the user zooms or pans
    QPointF m_cursor;
    bool m_cursorVisible = false;
    QPointF m_dragStart;
    SourceViewport m_dragViewport;
    bool m_dragging = false;
    bool m_moved = false; // the left button moved far enough to be a pan, not a click
    bool m_levelling = false;
    QPointF m_levelLast;
    QPointF m_cross;
    bool m_crossVisible = false;
    std::function<QString(int, int)> m_reader;
};

} // namespace dsl::widgets
