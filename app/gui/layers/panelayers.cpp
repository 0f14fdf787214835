#include "panelayers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dsl::app::layers {

namespace {

// The layers' translation context.
struct Layers
{
    Q_DECLARE_TR_FUNCTIONS(Layers)
};

// Width and height of an array's (rows, columns) plane.
QSize planeSize(const Array &a)
{
    const std::size_t r = a.rank();
    return { int(a.shape[r - 1]), int(r >= 2 ? a.shape[r - 2] : 1) };
}

QImage white(QSize size)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    return img;
}

} // namespace

void apply(widgets::ImagePane *pane, const PaneContent &c)
{
    pane->setMarkers(c.markers);
    if (c.colourBar)
        pane->setColourBar(
            c.colourBar->strip, c.colourBar->low, c.colourBar->high, c.colourBar->label);
    else
        pane->clearColourBar();
    pane->setOverlay(c.overlay);
    if (!c.overlay.isNull())
        pane->setOverlayOpacity(c.overlayOpacity);
    if (!c.keepImage) {
        pane->setImage(c.image, c.geometry);
        pane->setValueReader(c.valueReader);
    }
    if (!c.status.isEmpty())
        pane->setStatus(c.status);
}

PaneContent pending(const QString &status)
{
    PaneContent c;
    c.status = status;
    c.keepImage = true;
    return c;
}

PaneContent statusOnly(const QString &status, const widgets::PlaneGeometry &geometry)
{
    PaneContent c;
    c.geometry = geometry;
    c.status = status;
    return c;
}

double signedLimit(double sharedLimit, double dataSpan)
{
    return std::max(1e-12 * std::max(1.0, dataSpan), sharedLimit);
}

widgets::PlaneGeometry kspaceBins(const KSpace &k)
{
    const double cx = double(k.cols / 2), cy = double(k.rows / 2);
    return { -cx, 1.0, -cy, 1.0, double(k.cols), double(k.rows), -cx, -cy };
}

widgets::PlaneGeometry kspaceOnSourceBins(
    const KSpace &k, double srcCols, double srcRows, double stepX, double stepY)
{
    const double sx = srcCols / (double(k.cols) * stepX);
    const double sy = srcRows / (double(k.rows) * stepY);
    return { -double(k.cols / 2) * sx, sx, -double(k.rows / 2) * sy, sy, srcCols, srcRows,
        -std::floor(srcCols / 2), -std::floor(srcRows / 2) };
}

QList<QRectF> nyquistBoxes(
    double cols, double rows, const QList<std::pair<double, double>> &stepsXY)
{
    QList<QRectF> boxes;
    for (const auto &[sx, sy] : stepsXY) {
        if (!(sx > 1.0 + 1e-9 || sy > 1.0 + 1e-9))
            continue; // nothing removed along either axis: the box is the whole spectrum
        const QRectF box(
            QPointF(-cols / (2 * sx), -rows / (2 * sy)), QPointF(cols / (2 * sx), rows / (2 * sy)));
        if (!boxes.contains(box))
            boxes << box;
    }
    return boxes;
}

PaneContent kspaceLayer(
    const KSpace &k, const widgets::PlaneGeometry &geometry, double topDb, QList<QRectF> markers)
{
    constexpr double kRangeDb = 100.0;
    PaneContent c;
    c.image = widgets::renderSpectrum(k.magnitudeDb, k.rows, k.cols, topDb, kRangeDb);
    c.geometry = geometry;
    c.colourBar
        = ColourBar { widgets::viridisStrip(), Layers::tr("%1 dB").arg(topDb - kRangeDb, 0, 'f', 0),
              Layers::tr("%1 dB").arg(topDb, 0, 'f', 0), Layers::tr("|F| (dB)") };
    c.markers = std::move(markers);
    return c;
}

std::function<QString(int, int)> frequencyReader(double cols, double rows)
{
    return [cols, rows](int c, int row) {
        return Layers::tr("%1, %2 cycles/px")
            .arg((c - std::floor(cols / 2)) / cols, 0, 'f', 3)
            .arg((row - std::floor(rows / 2)) / rows, 0, 'f', 3);
    };
}

PaneContent divergingLayer(const Array &field, double limit, const widgets::PlaneGeometry &g,
    const QString &label, std::size_t slice, std::size_t frame)
{
    PaneContent c;
    c.image = white(planeSize(field));
    c.geometry = g;
    c.overlay = widgets::renderDiverging(field, limit, slice, frame);
    c.overlayOpacity = 1.0;
    c.colourBar = ColourBar { widgets::divergingStrip(), QString::number(-limit, 'g', 3),
        QString::number(limit, 'g', 3), label };
    return c;
}

PaneContent outputLayer(const Array &values, const ValueWindow &window, widgets::Colormap map,
    const widgets::PlaneGeometry &g, std::size_t slice, std::size_t frame)
{
    PaneContent c;
    c.image = widgets::renderPlane(values, window, slice, frame, map);
    c.geometry = g;
    if (values.channels < 3)
        c.colourBar = ColourBar { widgets::colormapStrip(map), QString::number(window.low, 'g', 4),
            QString::number(window.high, 'g', 4), Layers::tr("value") };
    return c;
}

void addAliasOverlay(PaneContent &c, const Array &alias, double limit, double opacity,
    std::size_t slice, std::size_t frame)
{
    c.overlay = widgets::renderDiverging(alias, limit, slice, frame);
    c.overlayOpacity = opacity;
    c.colourBar = ColourBar { widgets::divergingStrip(), QString::number(-limit, 'g', 3),
        QString::number(limit, 'g', 3), Layers::tr("alias") };
}

PaneContent responseLayer(const Array &responseDb, double stepX, double stepY)
{
    const std::size_t size = responseDb.shape[0];
    const double half = double(size / 2);
    PaneContent c;
    c.image = widgets::renderSpectrum(responseDb.values, size, size, 0.0, 80.0);
    c.geometry = { -half, 1.0, -half, 1.0, double(size), double(size), -half, -half };
    c.colourBar = ColourBar { widgets::viridisStrip(), Layers::tr("%1 dB").arg(-80),
        Layers::tr("%1 dB").arg(0), Layers::tr("|H| (dB)") };
    const double bx = double(size) / (2.0 * stepX), by = double(size) / (2.0 * stepY);
    c.markers = { QRectF(QPointF(-bx, -by), QPointF(bx, by)) };
    return c;
}

} // namespace dsl::app::layers
