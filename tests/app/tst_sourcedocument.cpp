// The source document without a window: a 4-d scan whole and one frame of it, the value range
// and automatic window per source, what a new scan or shape resets, and the shifted copy.
#include "session/sourcedocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsl;
using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Array> ramp(std::vector<std::size_t> shape, Kind kind)
{
    auto a = std::make_shared<Array>(Array::zeros(kind, std::move(shape)));
    for (std::size_t i = 0; i < a->values.size(); ++i)
        a->values[i] = float(i);
    return a;
}

} // namespace

class TestSourceDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesOfAFourDimensionalScan()
    {
        JobService jobs;
        ViewState view;
        Comparison model;
        SourceDocument doc(&model, &view, &jobs);
        QSignalSpy scan(&doc, &SourceDocument::scanChanged);
        const auto scan4d = ramp({ 3, 4, 6, 8 }, Kind::Volume); // t, z, y, x
        doc.setBase(scan4d, u"fmri"_s);
        QCOMPARE(model.source()->shape, scan4d->shape); // whole by default
        QCOMPARE(scan.count(), 1);
        // A new scan: cursor at its centre, three views.
        QCOMPARE(view.cursor(), (std::array<double, 3> { 2, 3, 4 }));
        QCOMPARE(view.layout(), VolumeLayout::ThreeViews);
        QCOMPARE(doc.range().low, 0.0);
        QCOMPARE(doc.range().high, double(scan4d->values.size() - 1));
        // One frame only: the comparison gets frame 2, the whole scan stays.
        view.setFrameOnly(true);
        view.setFrame(7); // past the end: the last frame
        QCOMPARE(doc.currentFrame(), std::size_t(2));
        doc.reframe();
        QCOMPARE(model.source()->shape, (std::vector<std::size_t> { 4, 6, 8 }));
        QCOMPARE(model.source()->values.front(), float(2 * 4 * 6 * 8));
        QCOMPARE(doc.full(), scan4d);
        QCOMPARE(scan.count(), 1); // the same scan: cursor and layout kept
    }

    void aNewShapeGetsTheAutomaticWindow()
    {
        JobService jobs;
        ViewState view;
        Comparison model;
        SourceDocument doc(&model, &view, &jobs);
        doc.setBase(ramp({ 16, 16 }, Kind::Image), u"a"_s);
        view.setWindowLevel({ WindowLevel::Preset::Custom, 10, 5 });
        doc.setBase(ramp({ 16, 16 }, Kind::Image), u"b"_s); // same shape: kept
        QCOMPARE(view.windowLevel().preset, WindowLevel::Preset::Custom);
        doc.setBase(ramp({ 8, 32 }, Kind::Image), u"c"_s);
        QCOMPARE(view.windowLevel().preset, WindowLevel::Preset::Auto);
    }

    void shiftedCopies()
    {
        JobService jobs;
        ViewState view;
        Comparison model;
        SourceDocument doc(&model, &view, &jobs);
        const auto img = ramp({ 16, 16 }, Kind::Image);
        doc.setBase(img, u"img"_s);
        view.setShift({ 4, true, false }); // half a pixel along x
        doc.applyShift();
        QTRY_VERIFY(model.sourceName().contains(u"shifted by 0.5 px"_s));
        QCOMPARE(doc.base(), img); // the base stays unshifted
        QVERIFY(model.source() != img);
        view.setShift({ 0, true, false });
        doc.applyShift();
        QCOMPARE(model.source(), img);
        // A new base starts unshifted.
        view.setShift({ 8, true, true });
        doc.setBase(img, u"again"_s);
        QCOMPARE(view.shift().eighths, 0);
        QVERIFY(view.shift().x && view.shift().y);
    }
};

QTEST_GUILESS_MAIN(TestSourceDocument)
#include "tst_sourcedocument.moc"
