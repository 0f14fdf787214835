// Pure pane layers: what an image pane shows for one display mode, as a value (picture, its
// placement, overlay, colour bar, markers, value reader, status), computed from arrays and
// numbers only; no widget is touched until apply(). One implementation per display mode, shared
// by 2-d images, the reference and volume planes (k-space, signed fields, output values,
// kernel responses), so a pane's look is decided in one place and tested without a window.
#pragma once

#include "dsl/array.h"
#include "dsl/kspace.h"
#include "dsl/plane.h"
#include "imagepane.h"
#include "render.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

namespace dsl::app::layers {

struct ColourBar
{
    QImage strip; // 1 x 256, top row = high end
    QString low, high, label;
};

struct PaneContent
{
    QImage image;
    widgets::PlaneGeometry geometry;
    QImage overlay; // same size as image, or null
    double overlayOpacity = 1.0;
    std::optional<ColourBar> colourBar;
    QList<QRectF> markers; // in the pane's coordinates (e.g. Nyquist boxes)
    std::function<QString(int column, int row)> valueReader;
    QString status; // shown over the picture while something computes, or why there is none
    bool keepImage = false; // a status over the picture already shown (the value reader too)
};

// Shows `content` in `pane` (everything it carries; title, edge labels and crosshair stay).
void apply(widgets::ImagePane *pane, const PaneContent &content);

// A status line over the picture already shown ("computing k-space…").
PaneContent pending(const QString &status);
// A status line and no picture (an error, "choose a round trip"), placed like the output.
PaneContent statusOnly(const QString &status, const widgets::PlaneGeometry &geometry = {});

// The symmetric limit of a signed field's colour scale: the shared limit, never below a tiny
// fraction of the data's span (a field of zeros still gets a scale).
double signedLimit(double sharedLimit, double dataSpan);

// --- k-space --------------------------------------------------------------------------------
// Where a spectrum's bins go. Of the source: one unit per bin, DC at 0. Of an output with
// steps (stepX, stepY) against a source of srcCols x srcRows: in the source's bins, so the
// output's spectrum lands on the central band of the source spectrum it can represent.
widgets::PlaneGeometry kspaceBins(const KSpace &k);
widgets::PlaneGeometry kspaceOnSourceBins(
    const KSpace &k, double srcCols, double srcRows, double stepX, double stepY);
// Each output's Nyquist box (+-N / (2 step) bins) on a spectrum of cols x rows bins; steps of 1
// (nothing removed) and duplicates are left out.
QList<QRectF> nyquistBoxes(
    double cols, double rows, const QList<std::pair<double, double>> &stepsXY);
// |F| in dB over [top - 100, top] as viridis with its colour bar; markers as given.
PaneContent kspaceLayer(const KSpace &k, const widgets::PlaneGeometry &geometry, double topDb,
    QList<QRectF> markers = {});
// The value reader of a source spectrum: cycles/px of the bin under the pointer.
std::function<QString(int, int)> frequencyReader(double cols, double rows);

// --- signed fields: alias, output − ideal, back − source, kernel weights --------------------
// The field's (rows, columns) plane at slice/frame on white, in a blue-white-red scale
// symmetric around zero, at full opacity; the colour bar says -limit … +limit and `label`.
PaneContent divergingLayer(const Array &field, double limit, const widgets::PlaneGeometry &g,
    const QString &label, std::size_t slice = 0, std::size_t frame = 0);

// --- values ---------------------------------------------------------------------------------
// The plane's values through the display window and colour map (RGB for colour images), with
// a colour bar for single-channel data.
PaneContent outputLayer(const Array &values, const ValueWindow &window, widgets::Colormap map,
    const widgets::PlaneGeometry &g, std::size_t slice = 0, std::size_t frame = 0);
// The alias field on top of the output, at `opacity`, with the alias colour bar.
void addAliasOverlay(PaneContent &content, const Array &alias, double limit, double opacity,
    std::size_t slice = 0, std::size_t frame = 0);

// --- kernels ----------------------------------------------------------------------------------
// The frequency response |H| (dB over [-80, 0]) of a kernel, centred, with the output's Nyquist
// box (+-0.5 / step cycles per input pixel).
PaneContent responseLayer(const Array &responseDb, double stepX, double stepY);

} // namespace dsl::app::layers
