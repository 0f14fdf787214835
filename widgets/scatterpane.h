// A scatter pane for labelled tables: every row of the source as a point in a 2-d view, kept
// rows solid, removed rows as hollow crosses, generated rows (cluster centroids) as stars, Tomek
// links as segments, an optional class-coloured background (a classifier's decision regions),
// labelled axes with round ticks, a class legend and, under the plot, the class counts before
// and after with the imbalance ratio. Wheel zooms about the cursor, drag pans, double-click (or
// key 0) fits; the view rectangle is reported so panes can be linked. Pointing at a row reports
// it (hovered) and highlights it; the owner decides what the tooltip says.
// Ownership: a plain widget. Thread-safety: GUI thread only.
#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace dsl::widgets {

// The colour-blind-safe class colours (Okabe & Ito), cycled beyond eight classes.
QColor classColour(int classIndex);

struct ScatterData
{
    enum State : std::uint8_t { Kept, Removed };
    std::shared_ptr<const std::vector<QPointF>> points; // every source row, in view coordinates
    std::shared_ptr<const std::vector<int>> classes; // class index of every row
    std::vector<std::uint8_t> state; // per row; empty: every row kept
    std::vector<QPointF> generated; // generated rows, in view coordinates
    std::vector<int> generatedClasses;
    std::vector<std::pair<std::size_t, std::size_t>> links; // row pairs drawn as segments
    QStringList classLabels;
    std::vector<std::size_t> countsBefore, countsAfter; // per class (after empty: not shown)
    QImage background; // class regions (premultiplied colours), covering backgroundRect
    QRectF backgroundRect;
    QString backgroundLabel; // what the background is, drawn in the plot's corner
    QString xLabel, yLabel;
};

class ScatterPane : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setStatus(const QString &status); // drawn centred (computing…, an error)
    QString status() const { return m_status; }
    void setData(std::shared_ptr<const ScatterData> data);
    std::shared_ptr<const ScatterData> data() const { return m_data; }
    // The region shown, in view coordinates (y up).
    QRectF viewRect() const { return m_view; }
    void setViewRect(const QRectF &rect);
    void fit(); // every point visible
    void setHighlight(long row); // -1: none
    long highlight() const { return m_highlight; }
    // The row drawn nearest `widgetPoint` within `radius` screen pixels, or -1.
    long rowAt(const QPointF &widgetPoint, double radius = 8.0) const;
    QRectF plotArea() const; // in widget coordinates
    QPointF toWidget(const QPointF &view) const;

    QSize sizeHint() const override { return { 420, 420 }; }
    QSize minimumSizeHint() const override { return { 300, 400 }; }

Q_SIGNALS:
    void viewChanged(const QRectF &rect);
    void hovered(long row, const QPoint &globalPos); // row -1: left the points

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QPointF toView(const QPointF &widget) const;
    int barsHeight() const;
    void renderPlot(); // the cached picture of background, points and axes
    void drawAxes(QPainter &p, const QRectF &area) const;
    void drawLegend(QPainter &p, const QRectF &area) const;
    void drawBars(QPainter &p, const QRectF &area) const;
    void changeView(const QRectF &rect); // sets and reports

    QString m_title, m_status;
    std::shared_ptr<const ScatterData> m_data;
    QRectF m_view { 0, 0, 1, 1 };
    bool m_fitted = false;
    QPixmap m_cache;
    bool m_dirty = true;
    long m_highlight = -1;
    bool m_dragging = false;
    QPointF m_dragStart;
    QRectF m_dragView;
};

// Round tick values covering [low, high] (steps 1, 2 or 5 × 10^k, about `count` of them).
std::vector<double> niceTicks(double low, double high, int count = 5);

} // namespace dsl::widgets
