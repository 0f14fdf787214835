// The pane layers on known inputs, without a window: geometry, markers, colour bars, colours of
// signed fields and windowed values, the planes chosen from volumes; and apply() onto a pane.
#include "layers/panelayers.h"

#include <QTest>

using namespace dsl;
using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

KSpace fakeSpectrum(std::size_t rows, std::size_t cols)
{
    KSpace k;
    k.rows = rows;
    k.cols = cols;
    k.magnitudeDb.assign(rows * cols, -50.0f);
    k.magnitudeDb[(rows / 2) * cols + cols / 2] = 0.0f; // DC
    return k;
}

bool reddish(QRgb c)
{
    return qRed(c) > qBlue(c) + 40;
}
bool bluish(QRgb c)
{
    return qBlue(c) > qRed(c) + 40;
}

} // namespace

class TestPaneLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kspaceGeometry()
    {
        const KSpace k = fakeSpectrum(6, 8);
        const widgets::PlaneGeometry own = layers::kspaceBins(k);
        QCOMPARE(own.originX, -4.0);
        QCOMPARE(own.originY, -3.0);
        QCOMPARE(own.stepX, 1.0);
        QCOMPARE(own.sourceWidth, 8.0);
        QCOMPARE(own.sourceLeft, -4.0);
        // An output of step 2 from a 16 x 12 source: its 8 x 6 bins cover the central half of
        // the source's 16 x 12 bins, one source bin each.
        const widgets::PlaneGeometry on = layers::kspaceOnSourceBins(k, 16, 12, 2, 2);
        QCOMPARE(on.stepX, 1.0);
        QCOMPARE(on.stepY, 1.0);
        QCOMPARE(on.originX, -4.0);
        QCOMPARE(on.sourceWidth, 16.0);
        QCOMPARE(on.sourceLeft, -8.0);
        QCOMPARE(on.sourceTop, -6.0);
        // Step 4 along x only.
        const widgets::PlaneGeometry x4 = layers::kspaceOnSourceBins(k, 16, 6, 4, 1);
        QCOMPARE(x4.stepX, 0.5);
        QCOMPARE(x4.stepY, 1.0);
    }

    void nyquistBoxesOncePerStep()
    {
        const QList<QRectF> boxes
            = layers::nyquistBoxes(64, 32, { { 2, 2 }, { 2, 2 }, { 1, 1 }, { 4, 1 } });
        QCOMPARE(boxes.size(), 2); // the duplicate and the full-band one are left out
        QCOMPARE(boxes[0], QRectF(QPointF(-16, -8), QPointF(16, 8)));
        QCOMPARE(boxes[1], QRectF(QPointF(-8, -16), QPointF(8, 16)));
    }

    void kspaceLayerScale()
    {
        const KSpace k = fakeSpectrum(6, 8);
        const layers::PaneContent c = layers::kspaceLayer(
            k, layers::kspaceBins(k), 20.0, layers::nyquistBoxes(8, 6, { { 2, 2 } }));
        QCOMPARE(c.image.size(), QSize(8, 6));
        QVERIFY(c.colourBar);
        QCOMPARE(c.colourBar->low, u"-80 dB"_s);
        QCOMPARE(c.colourBar->high, u"20 dB"_s);
        QCOMPARE(c.colourBar->label, u"|F| (dB)"_s);
        QCOMPARE(c.markers.size(), 1);
        QVERIFY(c.overlay.isNull());
        // DC is the brightest pixel (viridis: yellow, high red and green).
        const QRgb dc = c.image.pixel(4, 3), other = c.image.pixel(0, 0);
        QVERIFY(qGreen(dc) > qGreen(other));
        const auto reader = layers::frequencyReader(8, 6);
        QCOMPARE(reader(4, 3), u"0.000, 0.000 cycles/px"_s);
        QCOMPARE(reader(0, 0), u"-0.500, -0.500 cycles/px"_s);
    }

    void divergingFieldOnWhite()
    {
        // A 2 x 3 x 4 volume: slice 1 is the one drawn.
        Array field = Array::zeros(Kind::Volume, { 2, 3, 4 });
        field.values[12 + 0] = 0.5f; // slice 1, row 0, column 0: positive
        field.values[12 + 5] = -0.5f; // slice 1, row 1, column 1: negative
        const widgets::PlaneGeometry g { 0, 2, 0, 2, 8, 6 };
        const layers::PaneContent c = layers::divergingLayer(field, 0.5, g, u"alias"_s, 1);
        QCOMPARE(c.image.size(), QSize(4, 3));
        QCOMPARE(c.image.pixel(2, 2), qRgb(255, 255, 255)); // the picture itself is white
        QCOMPARE(c.overlay.size(), QSize(4, 3));
        QVERIFY(reddish(c.overlay.pixel(0, 0)));
        QVERIFY(bluish(c.overlay.pixel(1, 1)));
        const QRgb zero = c.overlay.pixel(3, 2);
        QVERIFY(qAbs(qRed(zero) - qBlue(zero)) < 20);
        QCOMPARE(c.overlayOpacity, 1.0);
        QCOMPARE(c.colourBar->low, u"-0.5"_s);
        QCOMPARE(c.colourBar->high, u"0.5"_s);
        QCOMPARE(c.colourBar->label, u"alias"_s);
        QCOMPARE(c.geometry.stepX, 2.0);
        // Slice 0 is all zeros: nothing red or blue.
        const layers::PaneContent s0 = layers::divergingLayer(field, 0.5, g, u"alias"_s, 0);
        QVERIFY(!reddish(s0.overlay.pixel(0, 0)) && !bluish(s0.overlay.pixel(1, 1)));
    }

    void signedLimitNeverZero()
    {
        QCOMPARE(layers::signedLimit(0.25, 1000.0), 0.25);
        QVERIFY(layers::signedLimit(0.0, 1000.0) > 0.0);
        QVERIFY(layers::signedLimit(0.0, 0.0) > 0.0);
    }

    void outputThroughTheWindow()
    {
        Array img = Array::zeros(Kind::Image, { 2, 2 });
        img.values = { 10.0f, 20.0f, 30.0f, 40.0f };
        const layers::PaneContent c = layers::outputLayer(
            img, ValueWindow { 10.0, 40.0 }, widgets::Colormap::Gray, { 0, 1, 0, 1, 2, 2 });
        QCOMPARE(c.image.size(), QSize(2, 2));
        QCOMPARE(qGray(c.image.pixel(0, 0)), 0);
        QCOMPARE(qGray(c.image.pixel(1, 1)), 255);
        QVERIFY(c.colourBar);
        QCOMPARE(c.colourBar->low, u"10"_s);
        QCOMPARE(c.colourBar->high, u"40"_s);
        QCOMPARE(c.colourBar->label, u"value"_s);
        // Colour images have no colour bar.
        Array rgb = Array::zeros(Kind::Image, { 2, 2 }, 3);
        QVERIFY(!layers::outputLayer(rgb, { 0, 1 }, widgets::Colormap::Gray, {}).colourBar);
        // The alias overlay replaces the bar with the alias scale, at the chosen opacity.
        layers::PaneContent o = c;
        Array alias = Array::zeros(Kind::Image, { 2, 2 });
        alias.values[0] = 1.0f;
        layers::addAliasOverlay(o, alias, 2.0, 0.3);
        QCOMPARE(o.overlayOpacity, 0.3);
        QCOMPARE(o.colourBar->label, u"alias"_s);
        QCOMPARE(o.colourBar->high, u"2"_s);
        QVERIFY(reddish(o.overlay.pixel(0, 0)));
    }

    void responseWithItsNyquistBox()
    {
        Array db = Array::zeros(Kind::Image, { 16, 16 });
        const layers::PaneContent c = layers::responseLayer(db, 2.0, 4.0);
        QCOMPARE(c.geometry.originX, -8.0);
        QCOMPARE(c.markers.size(), 1);
        QCOMPARE(c.markers[0], QRectF(QPointF(-4, -2), QPointF(4, 2)));
        QCOMPARE(c.colourBar->low, u"-80 dB"_s);
        QCOMPARE(c.colourBar->label, u"|H| (dB)"_s);
    }

    void applyOntoAPane()
    {
        widgets::ImagePane pane;
        pane.resize(200, 200);
        Array img = Array::zeros(Kind::Image, { 4, 4 });
        layers::PaneContent c
            = layers::outputLayer(img, { 0, 1 }, widgets::Colormap::Gray, { 0, 1, 0, 1, 4, 4 });
        c.markers = { QRectF(0, 0, 1, 1) };
        layers::apply(&pane, c);
        QCOMPARE(pane.image().size(), QSize(4, 4));
        QCOMPARE(pane.markers().size(), 1);
        QVERIFY(pane.status().isEmpty());
        // Pending: the picture stays, the status shows, markers go.
        layers::apply(&pane, layers::pending(u"computing k-space…"_s));
        QCOMPARE(pane.image().size(), QSize(4, 4));
        QCOMPARE(pane.status(), u"computing k-space…"_s);
        QVERIFY(pane.markers().isEmpty());
        // A status without a picture.
        layers::apply(&pane, layers::statusOnly(u"no kernel"_s));
        QVERIFY(pane.image().isNull());
        QCOMPARE(pane.status(), u"no kernel"_s);
    }
};

QTEST_MAIN(TestPaneLayers)
#include "tst_panelayers.moc"
