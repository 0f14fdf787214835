// Widgets offscreen: linked panes in source coordinates, generated parameter forms, the
// metrics table, the waveform envelope and plane rendering.
#include "testutil.h"

#include "imagepane.h"
#include "metricstable.h"
#include "paramform.h"
#include "render.h"
#include "viewlinker.h"
#include "waveformpane.h"

#include "dsl/synth.h"

#include <QSignalSpy>
#include <QSpinBox>

using namespace dsl;
using namespace dsl::widgets;
using namespace Qt::StringLiterals;

class tst_Widgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renderPlaneGrayAndColour()
    {
        Array a = Array::zeros(Kind::Image, { 2, 3 });
        a.values = { 0, 1, 2, 3, 4, 5 };
        const QImage img = renderPlane(a, fullRange(a));
        QCOMPARE(img.size(), QSize(3, 2));
        QCOMPARE(qGray(img.pixel(0, 0)), 0);
        QCOMPARE(qGray(img.pixel(2, 1)), 255);
        Array rgb = Array::zeros(Kind::Image, { 1, 1 }, 3);
        rgb.values = { 1, 0, 0 };
        QCOMPARE(qRed(renderPlane(rgb, { 0, 1 }).pixel(0, 0)), 255);
        Array vol = Array::zeros(Kind::Volume, { 3, 2, 2 });
        vol.values[2 * 4] = 1.0f; // slice 2, pixel (0, 0)
        QCOMPARE(qGray(renderPlane(vol, { 0, 1 }, 2).pixel(0, 0)), 255);
        QCOMPARE(qGray(renderPlane(vol, { 0, 1 }, 1).pixel(0, 0)), 0);
    }

    void percentileWindowIgnoresOutliers()
    {
        Array a = Array::zeros(Kind::Volume, { 10, 10, 10 });
        for (std::size_t i = 0; i < a.values.size(); ++i)
            a.values[i] = float(i % 100);
        a.values[0] = 1e6f; // one hot voxel
        const ValueWindow w = displayWindow(a);
        QVERIFY(w.high < 100);
        QVERIFY(w.low >= 0);
        QCOMPARE(fullRange(a).high, 1e6);
    }

    void linkedPanesShareSourceRegion()
    {
        ImagePane full, quarter;
        full.resize(400, 400);
        quarter.resize(400, 400);
        full.setImage(QImage(64, 64, QImage::Format_Grayscale8), { 0, 1, 0, 1, 64, 64 });
        quarter.setImage(QImage(16, 16, QImage::Format_Grayscale8), { 1.5, 4, 1.5, 4, 64, 64 });
        ViewLinker linker;
        linker.add(&full);
        linker.add(&quarter);
        full.setViewport({ QPointF(10, 20), 3.0 });
        QCOMPARE(quarter.viewport().centre, QPointF(10, 20));
        QCOMPARE(quarter.viewport().scale, 3.0);
        // The same widget point maps to the same source point in both panes.
        QCOMPARE(full.sourceAt(QPointF(100, 100)), quarter.sourceAt(QPointF(100, 100)));
        quarter.setViewport({ QPointF(5, 5), 2.0 });
        QCOMPARE(full.viewport().centre, QPointF(5, 5));
    }

    void readoutUsesOutputGrid()
    {
        ImagePane pane;
        pane.resize(300, 300);
        pane.setImage(QImage(16, 16, QImage::Format_Grayscale8), { 1.5, 4, 1.5, 4, 64, 64 });
        pane.setValueReader([](int c, int r) { return QStringLiteral("v%1,%2").arg(c).arg(r); });
        pane.setCursorPosition(QPointF(9.6, 1.0), true); // source x 9.6 -> output column 2
        QVERIFY2(pane.readout().contains(u"[2, 0]"_s), qPrintable(pane.readout()));
        QVERIFY(pane.readout().contains(u"v2,0"_s));
    }

    void paramFormFollowsSchema()
    {
        ParamForm form;
        form.setSchema({ ParamSpec::integer("factor", 2, 1, 16, "Factor"),
                           ParamSpec::choice("axes", { "all", "x" }, "all", "Axes") },
            { { "factor", "4" } });
        QCOMPARE(form.values().at("factor"), std::string("4"));
        QSignalSpy spy(&form, &ParamForm::valuesChanged);
        auto *spin = form.findChild<QSpinBox *>(u"factor"_s);
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 16);
        spin->setValue(8);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(form.values().at("factor"), std::string("8"));
        QVERIFY(form.setValue("axes", "x"));
        QCOMPARE(form.values().at("axes"), std::string("x"));
    }

    void metricsTableSortsNumbers()
    {
        MetricsTable t;
        t.setVariantIds({ 7, 9 });
        Metrics a, b;
        a.aliasEnergyDb = -5;
        b.aliasEnergyDb = -20;
        a.psnrDb = 9;
        b.psnrDb = 24;
        t.setVariant(7, u"naive"_s, u"64×64"_s, &a);
        t.setVariant(9, u"boxcar"_s, u"64×64"_s, &b);
        t.sortByColumn(t.columnOf(u"alias_energy_db"_s), Qt::AscendingOrder);
        QCOMPARE(t.item(0, 0)->text(), u"boxcar"_s);
        QCOMPARE(t.cell(7, u"psnr_db"_s), u"9.00"_s);
        // Rows are keyed by variant id: after the sort, a new result for 7 lands on its row.
        a.psnrDb = 11;
        t.setVariant(7, u"naive"_s, u"64×64"_s, &a);
        QCOMPARE(t.cell(7, u"psnr_db"_s), u"11.00"_s);
        QCOMPARE(t.cell(9, u"psnr_db"_s), u"24.00"_s);
        QCOMPARE(t.rowOf(9), 0);
        t.setVariantIds({ 9 });
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(t.cell(9, u"variant"_s), u"boxcar"_s);
    }

    void waveformEnvelopeIsBounded()
    {
        const Array s = generate("chirp.linear:duration=5,rate=48000");
        WaveformPane pane;
        pane.resize(600, 300);
        pane.setSignal(s, &s);
        QVERIFY(pane.pointCount() <= 3200);
        QVERIFY(pane.pointCount() > 1000);
        QCOMPARE(pane.timeStart(), 0.0);
        QVERIFY(std::abs(pane.timeEnd() - 5.0) < 1e-3);
        QSignalSpy spy(&pane, &WaveformPane::timeRangeChanged);
        pane.setTimeRange(1, 2); // programmatic: no echo
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(tst_Widgets)
#include "tst_widgets.moc"
