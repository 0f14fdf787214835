// The workspace in its window, offscreen, as a user drives it: the demo opens with computed
// panes, real files of each kind load, variants are added and changed, panes and metrics follow,
// sessions round-trip, every job kind cancels, a broken file is reported, and the event loop is
// never blocked for long while computing.
#include "labfixture.h"
#include "testutil.h"

#include "fileloader.h"
#include "filterchart.h"
#include "imagepane.h"
#include "audioplayer.h"
#include "mainwindow.h"
#include "metricstable.h"
#include "preferences.h"
#include "scheduler.h"
#include "signalpane.h"
#include "spectrogramview.h"
#include "spectrumchart.h"
#include "waveformpane.h"

#include "dsl/io.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace dsl;
using dsltest::Lab;
using dsltest::notBlank;
using namespace Qt::StringLiterals;

namespace {

// The longest event-loop gap we accept while variants compute. Sanitizer builds run everything
// (Qt Charts' painting included) several times slower, so they get a proportionally larger bound.
#ifdef __SANITIZE_ADDRESS__
constexpr qint64 kMaxGuiStallMs = 2000;
#else
constexpr qint64 kMaxGuiStallMs = 500;
#endif

// Counts the longest gap between timer ticks while waiting for all results: the GUI thread
// must keep running its event loop while variants compute.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 worst = 0;
    StallProbe()
    {
        timer.setInterval(5);
        QObject::connect(
            &timer, &QTimer::timeout, &timer, [this] { worst = std::max(worst, clock.restart()); });
        clock.start();
        timer.start();
    }
};

// The image pane of a variant (0: the reference): the pane itself, or the axial view of the
// three-view layout volumes open in.
widgets::ImagePane *imagePaneOf(const app::Workspace &ws, int id)
{
    if (widgets::ImagePane *axial = ws.viewPane(id, 0))
        return axial;
    return qobject_cast<widgets::ImagePane *>(id ? ws.variantPane(id) : ws.referencePane());
}

// One CSV line's cells (quoted cells may hold commas; "" is a quote).
QStringList csvCells(const QString &line)
{
    QStringList cells { QString() };
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            cells.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            cells << QString();
        } else {
            cells.last() += c;
        }
    }
    return cells;
}

// A metrics cell by the variant's title (as shown) and the column's stable id.
QString metricCell(const widgets::MetricsTable *t, const QString &variant, const QString &columnId)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0) && t->item(r, 0)->text() == variant)
            return t->cell(t->item(r, 0)->data(Qt::UserRole).toInt(), columnId);
    return {};
}

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoOpensComputed()
    {
        Lab lab(1200, 800);
        auto [w, ws] = lab.parts();
        ws.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        QCOMPARE(ws.comparison()->variants().size(), 2);
        auto *ref = qobject_cast<widgets::ImagePane *>(ws.referencePane());
        QVERIFY(ref);
        QVERIFY(notBlank(ref->image()));
        for (const auto &v : ws.comparison()->variants()) {
            auto *pane = qobject_cast<widgets::ImagePane *>(ws.variantPane(v.id));
            QVERIFY(pane);
            QCOMPARE(pane->image().size(), QSize(128, 128));
        }
        // The demo's story: naive subsampling folds far more than the block mean.
        const double naive = metricCell(
            ws.metricsTable(), ws.metricsTable()->item(0, 0)->text(), u"alias_energy_db"_s)
                                 .toDouble();
        const double box = metricCell(
            ws.metricsTable(), ws.metricsTable()->item(1, 0)->text(), u"alias_energy_db"_s)
                               .toDouble();
        QVERIFY2(naive > box + 5, qPrintable(QStringLiteral("%1 vs %2").arg(naive).arg(box)));
    }


    void loadsEveryKindAndUpdatesOnParameterChange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("signal");
        QTest::addRow("audio") << u"audio/Front_Center.wav"_s << true;
        QTest::addRow("photo") << u"images/astronaut.png"_s << false;
        QTest::addRow("scan") << u"nifti/anatomical.nii"_s << false;
        QTest::addRow("4-d scan") << u"nifti/example4d.nii.gz"_s << false;
    }
    void loadsEveryKindAndUpdatesOnParameterChange()
    {
        QFETCH(QString, file);
        QFETCH(bool, signal);
        Lab lab(1200, 800);
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(file)));
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        const int id = ws.addVariant(u"decimate.naive"_s, { { "factor", "2" } });
        ws.selectVariant(id);
        StallProbe probe;
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id), 20000);
        QWidget *pane = ws.variantPane(id);
        QVERIFY(pane);
        if (signal) {
            QVERIFY(qobject_cast<widgets::SignalPane *>(pane));
        } else {
            auto *ip = imagePaneOf(ws, id);
            QVERIFY(ip);
            const QSize before = ip->image().size();
            ws.setVariantParameter(id, "factor", "4");
            QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id), 20000);
            auto *after = imagePaneOf(ws, id);
            QCOMPARE(after->image().width(), (before.width() + 1) / 2);
        }
        qInfo("longest GUI stall: %lld ms", probe.worst);
        QVERIFY2(probe.worst < kMaxGuiStallMs, qPrintable(QString::number(probe.worst)));
        QCOMPARE(ws.metricsTable()->rowCount(), 3);
        QVERIFY(!ws.metricsTable()->item(2, 2)->text().isEmpty());
    }

    void signalViewsAndFoldReadout()
    {
        // 7 kHz at 48 kHz, decimated by 4: the naive variant's folded energy sits at 5 kHz, the
        // fold readout says so, and the FIR variant's filter is drawn on the reference.
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"sine:frequency=7000,duration=1,amplitude=1"_s));
        const int naive = ws.addVariant(u"decimate.naive"_s, { { "factor", "4" } });
        const int fir
            = ws.addVariant(u"decimate.fir"_s, { { "factor", "4" }, { "atten_db", "80" } });
        QSignalSpy ready(&ws, &app::Workspace::allResultsReady);
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(naive) && ws.hasResult(fir), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 20000);
        auto *naivePane = qobject_cast<widgets::SignalPane *>(ws.variantPane(naive));
        QVERIFY(naivePane);
        QVERIFY(naivePane->spectrum()->seriesPointCount(0) > 100);
        QVERIFY(naivePane->spectrum()->seriesPointCount(1) > 100); // the original underneath
        QVERIFY(naivePane->spectrum()->seriesPointCount(2) > 100); // folded energy
        QVERIFY(!naivePane->spectrogram()->image().isNull());
        auto *ref = qobject_cast<widgets::SignalPane *>(ws.referencePane());
        QCOMPARE(ref->filter()->filterCount(), 1); // only the FIR variant has a filter
        // Switching one pane's tab switches all.
        naivePane->setTab(1);
        QCOMPARE(ref->tab(), 1);
        QCOMPARE(qobject_cast<widgets::SignalPane *>(ws.variantPane(fir))->tab(), 1);
        Q_EMIT ref->spectrum()->hovered(7000.0, true);
        QVERIFY2(ws.foldReadout().contains(u"folds to 5000 Hz"_s), qPrintable(ws.foldReadout()));
        QVERIFY(ws.foldReadout().contains(u"filter gain -"_s));
        // Metrics show the worst alias: naive 0 dBc, FIR far below.
        const QString naiveName = ws.metricsTable()->item(0, 0)->text();
        const QString firName = ws.metricsTable()->item(1, 0)->text();
        QVERIFY(std::abs(metricCell(ws.metricsTable(), naiveName, u"worst_alias_dbc"_s).toDouble())
            < 0.5);
        QVERIFY(metricCell(ws.metricsTable(), firName, u"worst_alias_dbc"_s).toDouble() < -5.0);
        QVERIFY(metricCell(ws.metricsTable(), firName, u"stopband_db"_s).toDouble() > 75.0);
    }

    void signalViewControlsAndPlayback()
    {
        // Spectrogram hop and range, the filter's group delay, and variants resampled back to
        // the source's rate for listening.
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"sine:frequency=1000,duration=1,amplitude=0.5"_s));
        const int fir = ws.addVariant(u"decimate.fir"_s, { { "factor", "4" } });
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(fir), 20000);
        auto *pane = qobject_cast<widgets::SignalPane *>(ws.variantPane(fir));
        QTRY_VERIFY_WITH_TIMEOUT(pane && pane->spectrogram()->spectrogram().frames > 0, 20000);
        const std::size_t framesQuarter = pane->spectrogram()->spectrogram().frames;
        auto *hop = w.findChild<QComboBox *>(u"stftHop"_s);
        QVERIFY(hop);
        hop->setCurrentIndex(2); // 1/8 window: about twice the frames
        QTRY_VERIFY_WITH_TIMEOUT((pane = qobject_cast<widgets::SignalPane *>(ws.variantPane(fir)))
                && pane->spectrogram()->spectrogram().frames > framesQuarter * 3 / 2,
            20000);
        auto *range = w.findChild<QSpinBox *>(u"stftRange"_s);
        QVERIFY(range);
        range->setValue(60);
        QCOMPARE(pane->spectrogram()->rangeDb(), 60.0);
        auto *ref = qobject_cast<widgets::SignalPane *>(ws.referencePane());
        QCOMPARE(ref->spectrogram()->rangeDb(), 60.0);

        // Group delay of the 81-tap filter run causally: 40 samples at 48 kHz = 0.8333 ms, in
        // every pane once one switches (linked).
        QTRY_COMPARE_WITH_TIMEOUT(pane->filter()->filterCount(), 1, 20000);
        pane->setFilterMode(2);
        QCOMPARE(ref->filterMode(), 2);
        const QList<QPointF> delay = pane->filter()->curvePoints(0);
        QVERIFY(delay.size() > 100);
        QVERIFY2(std::abs(delay[10].y() - 40.0 / 48.0) < 1e-6,
            qPrintable(QString::number(delay[10].y())));
        pane->setFilterMode(0);
        QVERIFY(pane->filter()->curvePoints(0)[0].y() > -0.01); // DC gain 0 dB

        // Playback: the variant at its own rate, or resampled back to 48 kHz (the tone intact).
        ws.selectVariant(fir);
        ws.resampleBackBox()->setChecked(false);
        auto own = ws.playbackSignal(1);
        own.waitForFinished();
        QCOMPARE(own.result()->sampleRate(), 12000.0);
        ws.resampleBackBox()->setChecked(true);
        auto back = ws.playbackSignal(1);
        QTRY_VERIFY_WITH_TIMEOUT(back.isFinished(), 20000);
        const std::shared_ptr<const Array> b = back.result();
        QCOMPARE(b->sampleRate(), 48000.0);
        QCOMPARE(b->shape[0], std::size_t(48000));
        const auto src = ws.comparison()->source();
        double err = 0;
        for (std::size_t i = 1000; i < 47000; ++i)
            err = std::max(err, double(std::abs(b->values[i] - src->values[i])));
        QVERIFY2(err < 1e-3, qPrintable(QString::number(err)));
        // The alias component of a 1 kHz tone at 12 kHz is (almost) silent.
        auto alias = ws.playbackSignal(2);
        QTRY_VERIFY_WITH_TIMEOUT(alias.isFinished(), 20000);
        QCOMPARE(alias.result()->sampleRate(), 48000.0);
    }

    void outputShownBeforeItsAnalysis()
    {
        // Progressive update: the output of a variant is drawn as soon as the method returns,
        // marked "analysing…", and the final result (alias map, metrics) replaces it.
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"zoneplate:size=1024"_s));
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == ws.comparison()->variants().size(), 30000);
        auto *scheduler = w.findChild<app::Scheduler *>();
        QVERIFY(scheduler);
        QSignalSpy partial(scheduler, &app::Scheduler::partialReady);
        QSignalSpy final(scheduler, &app::Scheduler::resultReady);
        const int id = ws.addVariant(u"resize.lanczos"_s, { { "factor", "3" } });
        QTRY_VERIFY_WITH_TIMEOUT(final.count() >= 1, 30000);
        QVERIFY(partial.count() >= 1);
        // The partial came first and carried only the output.
        const auto early = partial.first().at(1).value<app::VariantResult>();
        QVERIFY(early.partial);
        QCOMPARE(early.analysis->result.output.shape, (std::vector<std::size_t> { 341, 341 }));
        QVERIFY(early.analysis->aliasMap.values.empty());
        QVERIFY(ws.hasResult(id));
        auto *pane = imagePaneOf(ws, id);
        QCOMPARE(pane->image().size(), QSize(341, 341));
        QVERIFY(pane->status().isEmpty()); // the final result replaced "analysing…"
        QVERIFY(!metricCell(ws.metricsTable(),
            ws.metricsTable()->item(ws.metricsTable()->rowCount() - 1, 0)->text(), u"psnr_db"_s)
                     .isEmpty());
    }

    void pcmStreamSwitchesWithoutLosingThePosition()
    {
        // A/B at the same rate: the sink keeps pulling; only the samples change, at the same
        // fraction of the duration, whole frames only.
        app::PcmStream s;
        QByteArray a(4000, 'a'), b(8000, 'b');
        s.setPcm(a, 4, 0.0);
        s.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QCOMPARE(s.read(1002).size(), 1000); // whole 4-byte frames
        s.switchPcm(b);
        QCOMPARE(s.positionFraction(), 0.25);
        const QByteArray next = s.read(8);
        QCOMPARE(next, QByteArray(8, 'b'));
        QCOMPARE(s.bytesAvailable(), qint64(8000 - 2000 - 8));
    }

    void listenControlsFollowTheAudioDevice()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"sine:duration=0.2"_s));
        QCOMPARE(ws.listenButtons().size(), 4);
        for (QPushButton *b : ws.listenButtons()) {
            QCOMPARE(b->isEnabled(), ws.player()->isAvailable());
            if (!ws.player()->isAvailable())
                QVERIFY(!b->toolTip().isEmpty()); // says why, never crashes
        }
        // PCM conversion: clipped, interleaved int16.
        Array a = Array::zeros(Kind::Signal, { 2 }, 2);
        a.values = { 0.5f, -2.0f, 1.0f, 0.0f };
        const QByteArray pcm = app::AudioPlayer::toPcm16(a);
        const auto *v = reinterpret_cast<const qint16 *>(pcm.constData());
        QCOMPARE(pcm.size(), 8);
        QCOMPARE(v[0], qint16(16384));
        QCOMPARE(v[1], qint16(-32767));
        QCOMPARE(v[2], qint16(32767));
    }

    void imageDisplayModes()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"zoneplate:size=128"_s));
        const int nearest = ws.addVariant(u"resize.nearest"_s, { { "factor", "4" } });
        const int lanczos = ws.addVariant(u"resize.lanczos"_s, { { "factor", "4" } });
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(nearest) && ws.hasResult(lanczos), 20000);
        // Alias map: nearest shows far more folded energy than Lanczos.
        ws.setImageDisplay(1);
        auto colourfulness = [](const QImage &img) {
            double sum = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QColor c = img.pixelColor(x, y);
                    sum += std::abs(c.red() - c.blue());
                }
            return sum;
        };
        const QImage a = ws.variantPane(nearest)->grab().toImage();
        const QImage b = ws.variantPane(lanczos)->grab().toImage();
        QVERIFY2(colourfulness(a) > 3 * colourfulness(b),
            qPrintable(QStringLiteral("%1 vs %2").arg(colourfulness(a)).arg(colourfulness(b))));
        // k-space: computed off the GUI thread for the reference and both variants.
        ws.setImageDisplay(3);
        QTRY_VERIFY_WITH_TIMEOUT(ws.kspaceCount() >= 3, 20000);
        auto *ref = qobject_cast<widgets::ImagePane *>(ws.referencePane());
        QCOMPARE(ref->image().size(), QSize(128, 128));
        QTRY_VERIFY(ws.radialChart()->chart()->series().size() >= 3);
        // k-space of what folded: the alias components' spectra, computed on demand; nearest
        // folds far more energy than Lanczos (radial power of the alias components).
        const int before = ws.kspaceCount();
        ws.setImageDisplay(4);
        QTRY_VERIFY_WITH_TIMEOUT(ws.kspaceCount() >= before + 2, 20000);
        QTRY_VERIFY(ws.radialChart()->chart()->series().size() >= 3);
        QVERIFY(ws.radialChart()->chart()->title().contains(u"folded"_s));
        double nearestPower = 0, lanczosPower = 0;
        for (QAbstractSeries *series : ws.radialChart()->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            double sum = 0;
            for (const QPointF &p : line->points())
                sum += std::pow(10.0, p.y() / 10.0);
            if (series->name().contains(u"Nearest"_s, Qt::CaseInsensitive))
                nearestPower = sum;
            if (series->name().contains(u"Lanczos"_s, Qt::CaseInsensitive))
                lanczosPower = sum;
        }
        QVERIFY2(nearestPower > 10 * lanczosPower && lanczosPower > 0,
            qPrintable(QStringLiteral("%1 vs %2").arg(nearestPower).arg(lanczosPower)));
        ws.setImageDisplay(0);
        QCOMPARE(qobject_cast<widgets::ImagePane *>(ws.variantPane(nearest))->image().size(),
            QSize(32, 32));
        // Round trip back with bilinear: two more metric columns, the difference drawn at the
        // source's size; Lanczos comes back closer to the zone plate than nearest... only where
        // both keep the band, so compare with what nearest does: it aliases, so it is worse.
        auto *trip = w.findChild<QComboBox *>(u"roundTrip"_s);
        QVERIFY(trip);
        trip->setCurrentIndex(2); // bilinear
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(nearest) && ws.hasResult(lanczos), 20000);
        const QString nName = ws.metricsTable()->item(0, 0)->text();
        const QString lName = ws.metricsTable()->item(1, 0)->text();
        QTRY_VERIFY_WITH_TIMEOUT(
            !metricCell(ws.metricsTable(), nName, u"round_trip_psnr_db"_s).isEmpty(), 20000);
        const double pn = metricCell(ws.metricsTable(), nName, u"round_trip_psnr_db"_s).toDouble();
        const double pl = metricCell(ws.metricsTable(), lName, u"round_trip_psnr_db"_s).toDouble();
        QVERIFY2(pn > 0 && pl > 0 && pl > pn, qPrintable(QStringLiteral("%1 %2").arg(pn).arg(pl)));
        ws.setImageDisplay(5);
        auto *np = qobject_cast<widgets::ImagePane *>(ws.variantPane(nearest));
        QCOMPARE(np->image().size(), QSize(128, 128)); // the source's grid
        // Kernel views: both resizers are linear; the kernel (17 x 17 weights) and its response
        // (128 x 128, with the output's Nyquist box) are computed off the GUI thread.
        ws.setImageDisplay(6);
        QTRY_COMPARE_WITH_TIMEOUT(
            qobject_cast<widgets::ImagePane *>(ws.variantPane(lanczos))->image().size(),
            QSize(17, 17), 20000);
        QVERIFY(qobject_cast<widgets::ImagePane *>(ws.variantPane(lanczos))
                    ->title()
                    .contains(u"kernel"_s));
        ws.setImageDisplay(7);
        auto *lp = qobject_cast<widgets::ImagePane *>(ws.variantPane(lanczos));
        QCOMPARE(lp->image().size(), QSize(128, 128));
        QCOMPARE(lp->markers().size(), 1);
        ws.setImageDisplay(0);
    }

    void poolingPresetAndShiftExplorer()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openPreset(7); // camera: max, strided conv, avg, BlurPool, FLC, ASAP
        QCOMPARE(ws.comparison()->variants().size(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 6, 30000);
        for (const auto &v : ws.comparison()->variants())
            QVERIFY2(ws.metricsTable()->item(ws.comparison()->indexOf(v.id), 6)->text() == u"ok"_s,
                qPrintable(ws.metricsTable()->item(ws.comparison()->indexOf(v.id), 6)->text()));
        // Half a pixel of shift: every variant recomputes on the shifted input.
        ws.setShift(4);
        QTRY_VERIFY_WITH_TIMEOUT(ws.comparison()->sourceName().contains(u"shifted"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 6, 30000);
        ws.setShift(0);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.comparison()->sourceName().contains(u"shifted"_s), 10000);
        // E(delta) curves for every variant; max pooling's mean error exceeds BlurPool's.
        QSignalSpy curves(&ws, &app::Workspace::shiftCurvesUpdated);
        ws.computeShiftCurves();
        QTRY_VERIFY_WITH_TIMEOUT(ws.shiftChart()->chart()->series().size() == 6, 60000);
        // The metrics table reports each variant's mean E(delta) and its 1-px roll figure once
        // its curve has arrived: max pooling's mean error exceeds BlurPool's, FLC's is small.
        const QString mean = u"shift_error_mean"_s, roll = u"shift_roll_error"_s;
        auto figure = [&](const QString &variant, const QString &column) {
            bool ok = false;
            const double v = metricCell(ws.metricsTable(), variant, column).toDouble(&ok);
            return ok ? v : -1.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(figure(u"ASAP pooling (axes=xy)"_s, mean) >= 0.0
                && figure(u"Max pooling (axes=xy)"_s, mean) >= 0.0,
            10000);
        for (const auto &v : ws.comparison()->variants()) {
            const QString name = ws.metricsTable()->item(ws.comparison()->indexOf(v.id), 0)->text();
            QVERIFY2(figure(name, mean) >= 0.0 && figure(name, roll) >= 0.0, qPrintable(name));
        }
        QVERIFY2(figure(u"Max pooling (axes=xy)"_s, mean) > figure(u"BlurPool (axes=xy)"_s, mean),
            qPrintable(metricCell(ws.metricsTable(), u"Max pooling (axes=xy)"_s, mean)));
        QVERIFY(figure(u"FLC pooling (FFT low-cut) (axes=xy)"_s, mean)
            < figure(u"Max pooling (axes=xy)"_s, mean));
        // A change of settings invalidates a variant's figures: the columns go when none is left.
        ws.setShift(0);
        QVERIFY(!metricCell(ws.metricsTable(), u"Max pooling (axes=xy)"_s, mean).isEmpty());
        ws.comparison()->clearVariants();
        QTRY_VERIFY_WITH_TIMEOUT(
            metricCell(ws.metricsTable(), u"Max pooling (axes=xy)"_s, mean).isEmpty(), 5000);
    }

    void depthTwoOnAScan()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openPreset(9);
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 4, 30000);
        auto *pane = qobject_cast<widgets::ImagePane *>(
            ws.variantPane(ws.comparison()->variants().first().id));
        QCOMPARE(pane->image().size(), QSize(8, 10)); // 33 x 41 in-plane, max-pooled twice
    }

    void sessionRoundTrip()
    {
        // Save, quit, open: the same source, variants, view, panes and figures.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scan.dslab.json"_s);
        QJsonObject saved;
        QList<QImage> pictures;
        QStringList figures;
        {
            app::MainWindow a;
            a.resize(1400, 900);
            a.show();
            app::Workspace &wa = *a.workspace();
            wa.openPreset(8); // a scan slice, six pooling variants
            QTRY_VERIFY_WITH_TIMEOUT(wa.resultCount() == 6, 30000);
            const int first = wa.comparison()->variants().first().id;
            wa.setVariantParameter(first, "k", "3");
            wa.viewState()->setDisplayMode(app::DisplayMode::Difference);
            wa.viewState()->setColourMap(app::ColourMap::Viridis);
            wa.setWindowLevel(5000, 3000);
            wa.setCursorVoxel(10, 20, 15);
            QVERIFY(wa.setRoundTrip(u"bilinear"_s));
            wa.selectVariant(wa.comparison()->variants()[2].id);
            QTRY_VERIFY_WITH_TIMEOUT(wa.resultCount() == 6 && !wa.scheduler()->isBusy(), 30000);
            QVERIFY2(wa.saveSession(path), qPrintable(wa.lastError()));
            saved = app::sessionToJson(wa.currentSession());
            for (const auto &v : wa.comparison()->variants()) {
                pictures << imagePaneOf(wa, v.id)->image();
                for (const QString &col :
                    { u"alias_energy_db"_s, u"psnr_db"_s, u"round_trip_psnr_db"_s })
                    figures << wa.metricsTable()->cell(v.id, col);
            }
        }
        QCOMPARE(saved[u"source"_s][u"demo"_s].toString(), u"anatomical.nii"_s);
        QCOMPARE(saved[u"variants"_s].toArray().first().toString().contains(u"k=3"_s), true);
        QCOMPARE(saved[u"view"_s][u"display"_s].toString(), u"difference"_s);
        app::MainWindow b;
        app::Workspace &wb = *b.workspace();
        b.resize(1400, 900);
        b.show();
        QVERIFY2(wb.openSession(path), qPrintable(wb.lastError()));
        QCOMPARE(wb.lastWarnings(), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(wb.resultCount() == 6 && !wb.scheduler()->isBusy(), 30000);
        QCOMPARE(app::sessionToJson(wb.currentSession()), saved);
        QCOMPARE(wb.cursorVoxel(), (std::array<double, 3> { 10, 20, 15 }));
        QCOMPARE(wb.currentWindow().low, 500.0);
        QCOMPARE(wb.currentWindow().high, 5500.0);
        QStringList reopened;
        int i = 0;
        for (const auto &v : wb.comparison()->variants()) {
            QCOMPARE(imagePaneOf(wb, v.id)->image(), pictures[i++]);
            for (const QString &col :
                { u"alias_energy_db"_s, u"psnr_db"_s, u"round_trip_psnr_db"_s })
                reopened << wb.metricsTable()->cell(v.id, col);
        }
        QCOMPARE(reopened, figures);
        QVERIFY(!figures.contains(QString()));
    }

    void everyPresetOpensFromItsSessionFile()
    {
        Lab lab(1200, 800);
        auto [w, ws] = lab.parts();
        for (int n = 0; n < 12; ++n) {
            QString error;
            const auto preset = app::readSessionFile(app::presetPath(n), &error, nullptr);
            QVERIFY2(preset, qPrintable(error));
            ws.openPreset(n);
            QCOMPARE(ws.lastWarnings(), QStringList());
            QCOMPARE(ws.comparison()->variants().size(), preset->variants.size());
            QTRY_VERIFY_WITH_TIMEOUT(
                ws.resultCount() == int(preset->variants.size()) && !ws.scheduler()->isBusy(), 60000);
            // The preset's view is what is shown, over the defaults.
            app::ViewState expected;
            QCOMPARE(expected.applyJson(preset->view), QStringList());
            QCOMPARE(ws.viewState()->displayMode(), expected.displayMode());
            QCOMPARE(ws.viewState()->signalTab(), expected.signalTab());
            // The menu lists it by its title.
            bool listed = false;
            for (QAction *a : w.menuBar()->findChildren<QAction *>())
                listed = listed || a->text() == preset->title;
            QVERIFY2(listed, qPrintable(preset->title));
        }
    }

    void sessionProblemsAreReported()
    {
        QTemporaryDir dir;
        Lab lab;
        auto [w, ws] = lab.parts();
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                return QString();
            return dir.filePath(name);
        };
        // A source that is gone: nothing opens, one sentence names it.
        const QString missing = write(u"missing.json"_s,
            R"({"format": "downsample-lab-session", "version": 1,
                "source": {"file": "/nonexistent/scan.nii.gz"}, "variants": ["pool.max"]})");
        ws.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        QVERIFY(!ws.openSession(missing));
        QVERIFY2(ws.lastError().contains(u"scan.nii.gz"_s), qPrintable(ws.lastError()));
        // An unknown method and a bad value: the rest of the session opens, with a message.
        const QString partial = write(u"partial.json"_s,
            R"({"format": "downsample-lab-session", "version": 1,
                "source": {"synthetic": "zoneplate:size=128,frequency=0.5"},
                "variants": ["decimate.naive:factor=2", "pool.nonsense", "decimate.boxcar:factor=0"],
                "view": {"display": "alias", "colours": "plaid"}})");
        QVERIFY2(ws.openSession(partial), qPrintable(ws.lastError()));
        QCOMPARE(ws.comparison()->variants().size(), 1);
        QCOMPARE(ws.lastWarnings().size(), 3);
        QVERIFY(ws.lastWarnings().join(u' ').contains(u"pool.nonsense"_s));
        QVERIFY(ws.lastWarnings().join(u' ').contains(u"colours"_s));
        QCOMPARE(ws.viewState()->displayMode(), app::DisplayMode::Alias);
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 1, 20000);
        // Not a session at all.
        QVERIFY(!ws.openSession(write(u"garbage.json"_s, "\x89PNG\r\n")));
        QVERIFY2(ws.lastError().contains(u"not valid JSON"_s), qPrintable(ws.lastError()));
        QCOMPARE(ws.comparison()->variants().size(), 1); // what was open stays open
    }

    void volumePlanesHavePhysicalAspectAndLabels()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"nifti/aniso_vox.nii.gz"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        ws.setVolumePlane(0); // one view per pane
        auto *ref = qobject_cast<widgets::ImagePane *>(ws.referencePane());
        QCOMPARE(ref->image().size(), QSize(58, 58)); // axial: 58 x 58 voxels of 4 x 4 mm
        ws.setVolumePlane(1);
        QCOMPARE(ref->image().size(), QSize(58, 24)); // coronal: columns i, rows k
        // Linked panes in millimetres: every pane centres the same physical point at the same
        // scale.
        auto *variant = qobject_cast<widgets::ImagePane *>(
            ws.variantPane(ws.comparison()->variants().first().id));
        QCOMPARE(variant->viewport().centre, ref->viewport().centre);
        QCOMPARE(variant->viewport().scale, ref->viewport().scale);
        // The reference's centre is the middle of the 232 x 120 mm coronal extent.
        QCOMPARE(ref->viewport().centre, QPointF(57 * 4 / 2.0, 23 * 5 / 2.0));
        const QString labels = ref->edgeLabels();
        QCOMPARE(labels.size(), 4);
        QVERIFY2(labels.contains(u'S') && labels.contains(u'I'), qPrintable(labels));
        ws.setVolumePlane(2);
        QCOMPARE(ref->image().size(), QSize(58, 24)); // sagittal: columns j, rows k
    }

    // Scans open in three linked orthogonal views: a click in one view moves the 3-d cursor and
    // the other views follow; radiological/neurological swaps left and right; window/level and
    // colour maps change the picture, not the data.
    void threeLinkedViews()
    {
        Lab lab(1600, 900);
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"nifti/aniso_vox.nii.gz"_s))); // 58 x 58 x 24
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        for (int id : { 0, ws.comparison()->variants().first().id })
            for (int n = 0; n < 3; ++n)
                QVERIFY(ws.viewPane(id, n));
        QCOMPARE(ws.viewPane(0, 0)->image().size(), QSize(58, 58));
        QCOMPARE(ws.viewPane(0, 1)->image().size(), QSize(58, 24));
        QCOMPARE(ws.viewPane(0, 2)->image().size(), QSize(58, 24));
        QCOMPARE(ws.cursorVoxel(), (std::array<double, 3> { 12, 29, 29 })); // the centre
        // Metrics per volume and for the slice through the cursor.
        const QString variantName = ws.metricsTable()->item(0, 0)->text();
        const QString slicePsnr = metricCell(ws.metricsTable(), variantName, u"slice_psnr_db"_s);
        QVERIFY2(slicePsnr.toDouble() > 5, qPrintable(slicePsnr));
        ws.setCursorVoxel(2, 29, 29);
        QVERIFY(metricCell(ws.metricsTable(), variantName, u"slice_psnr_db"_s) != slicePsnr);
        // Click in the coronal view (mm; rows are k with superior up): i and k move, j stays.
        const QImage axialBefore = ws.viewPane(0, 0)->image();
        widgets::ImagePane *coronal = ws.viewPane(0, 1);
        QTest::mouseClick(coronal, Qt::LeftButton, {},
            coronal->mapFromGlobal(coronal->mapToGlobal(QPoint(0, 0)))
                + QPoint(coronal->width() / 3, coronal->height() / 3));
        const auto cursor = ws.cursorVoxel();
        QCOMPARE(cursor[1], 29.0);
        QVERIFY(cursor[0] != 12.0 || cursor[2] != 29.0);
        QVERIFY(ws.cursorReadout().contains(u"RAS"_s));
        ws.setCursorVoxel(5, 29, 10);
        QVERIFY(ws.viewPane(0, 0)->image() != axialBefore); // axial now shows slice k = 5
        // The crosshair sits on the cursor in every view of every pane (mm).
        QCOMPARE(ws.viewPane(0, 0)->crosshair().y(), 29 * 4.0);
        const int id = ws.comparison()->variants().first().id;
        QCOMPARE(ws.viewPane(id, 0)->crosshair(), ws.viewPane(0, 0)->crosshair());
        // Radiological <-> neurological mirrors L/R in axial and coronal views, not sagittal.
        const QString radiological = ws.viewPane(0, 0)->edgeLabels();
        const QString sagittal = ws.viewPane(0, 2)->edgeLabels();
        const QImage radImage = ws.viewPane(0, 0)->image();
        ws.setRadiological(false);
        const QString neurological = ws.viewPane(0, 0)->edgeLabels();
        QCOMPARE(neurological.mid(0, 1) + neurological.mid(1, 1),
            radiological.mid(1, 1) + radiological.mid(0, 1));
        QCOMPARE(ws.viewPane(0, 2)->edgeLabels(), sagittal);
        QCOMPARE(ws.viewPane(0, 0)->image(), radImage.mirrored(true, false));
        // Window/level: a narrow window saturates more pixels; the colour map colours them.
        const QImage wide = ws.viewPane(0, 0)->image();
        const ValueWindow auto_ = ws.currentWindow();
        ws.setWindowLevel((auto_.high - auto_.low) / 10, (auto_.high + auto_.low) / 2);
        QVERIFY(ws.viewPane(0, 0)->image() != wide);
        ws.setColormap(2);
        const QImage magma = ws.viewPane(0, 0)->image().convertToFormat(QImage::Format_RGB32);
        bool coloured = false;
        for (int y = 0; y < magma.height() && !coloured; ++y)
            for (int x = 0; x < magma.width() && !coloured; ++x) {
                const QRgb c = magma.pixel(x, y);
                coloured = qRed(c) != qGreen(c) || qGreen(c) != qBlue(c);
            }
        QVERIFY(coloured);
        ws.setWindowLevel(0, 0); // back to automatic
        QCOMPARE(ws.currentWindow().low, auto_.low);
        // k-space of each view: the slice's 2-d spectrum, or the central slice of the 3-d
        // spectrum; the reference shows each variant's output Nyquist box.
        ws.setImageDisplay(3);
        QTRY_VERIFY_WITH_TIMEOUT(
            !ws.viewPane(0, 0)->image().isNull() && ws.viewPane(0, 0)->markers().size() == 1, 10000);
        const QRectF box = ws.viewPane(0, 0)->markers().first();
        QCOMPARE(box.width(), 58 * 4.0 / 4.0); // the default variants keep every 4th voxel
        QCOMPARE(box.center().x(), 57 * 4.0 / 2.0);
        const QImage perSlice = ws.viewPane(0, 1)->image();
        ws.setKSpace3d(true);
        QTRY_VERIFY_WITH_TIMEOUT(ws.viewPane(0, 1)->image() != perSlice, 10000);
    }

    void fourDimensionalFramesShowTheRepetitionTime()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"nifti/example4d.nii.gz"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 30000);
        const auto labels = w.findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *l : labels)
            found = found || (l->text().startsWith(u"Frame 1/2"_s) && l->text().contains(u"TR"_s));
        QVERIFY(found);
        // Variants on every frame, or on the frame shown (the frame slider then drives them).
        QCOMPARE(ws.comparison()->source()->rank(), std::size_t(4));
        const auto whole = ws.comparison()->source();
        ws.setFrameOnly(true);
        QCOMPARE(ws.comparison()->source()->rank(), std::size_t(3));
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 30000);
        ws.setFrame(1);
        const auto frame = ws.comparison()->source();
        QCOMPARE(frame->shape, (std::vector<std::size_t> { 24, 96, 128 }));
        QCOMPARE(frame->values[100], whole->values[frame->values.size() + 100]);
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 30000);
        ws.setFrameOnly(false);
        QCOMPARE(ws.comparison()->source()->rank(), std::size_t(4));
    }

    void brokenFileIsReportedAndNothingChanges()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openDemo();
        const auto before = ws.comparison()->source();
        QVERIFY(!ws.openFile(dsltest::dataPath(u"images/truncated.jpg"_s)));
        QVERIFY(ws.lastError().contains(u"truncated.jpg"_s));
        QCOMPARE(ws.comparison()->source(), before);
    }

    // Sorting the metrics table never puts a later result on another variant's row, and the
    // export is core's record (full precision, column ids), not the table's rounded text.
    void metricsRowsFollowTheirVariantAndExportFromTheModel()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"zoneplate:size=256"_s));
        const int naive = ws.addVariant(u"decimate.naive"_s, { { "factor", "4" } });
        const int box = ws.addVariant(u"decimate.boxcar"_s, { { "factor", "4" } });
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(naive) && ws.hasResult(box), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.scheduler()->isBusy(), 30000);
        widgets::MetricsTable *t = ws.metricsTable();
        const QString naiveAlias = t->cell(naive, u"alias_energy_db"_s);
        // Sort so that the box filter's row comes first, then change the naive variant: its new
        // result must land on its own row.
        t->sortByColumn(t->columnOf(u"alias_energy_db"_s), Qt::AscendingOrder);
        QCOMPARE(t->rowOf(box), 0);
        ws.setVariantParameter(naive, "factor", "2");
        QTRY_VERIFY_WITH_TIMEOUT(t->cell(naive, u"output_shape"_s).contains(u"128"_s), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.scheduler()->isBusy(), 30000);
        QVERIFY(t->cell(box, u"output_shape"_s).contains(u"64"_s));
        QVERIFY(t->cell(naive, u"alias_energy_db"_s) != naiveAlias);
        QCOMPARE(t->rowCount(), 2);
        // Export: stable ids, every figure in full precision.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(u"m.csv"_s);
        QVERIFY(ws.exportMetricsTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList head = csvCells(lines[0]);
        QVERIFY2(head.mid(0, 3) == (QStringList { u"variant"_s, u"method"_s, u"spec"_s }),
            qPrintable(lines[0]));
        for (const QString &id : { u"alias_energy_db"_s, u"psnr_db"_s, u"ssim"_s, u"runtime_ms"_s })
            QVERIFY2(head.contains(id), qPrintable(lines[0]));
        const QStringList first = csvCells(lines[1]);
        QCOMPARE(first.size(), head.size());
        QVERIFY2(first[2].contains(u"factor=2,"_s), qPrintable(first[2]));
        QVERIFY(first[1] == u"decimate.naive"_s);
        const double exported = first[head.indexOf(u"alias_energy_db"_s)].toDouble();
        const double shown = t->cell(naive, u"alias_energy_db"_s).toDouble();
        QVERIFY(std::abs(exported - shown) < 0.005 + 1e-9);
        QVERIFY(first[head.indexOf(u"alias_energy_db"_s)].size() > 8); // not rounded to 2 places
        const QString jsonPath = dir.filePath(u"m.json"_s);
        QVERIFY(ws.exportMetricsTo(jsonPath));
        QFile jf(jsonPath);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(jf.readAll()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(u"method"_s).toString(), u"decimate.boxcar"_s);
        QCOMPARE(rows[1].toObject().value(u"output_shape"_s).toArray().size(), 2);
    }

    // Every file of both malformed-input corpora through the window's loader: accepted files
    // become the source, rejected ones leave the source as it was and report one message
    // naming the file.
    void corpusThroughTheWindow_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        for (const QString &folder : { u"bad/"_s, u"bad/photos/"_s }) {
            const QJsonObject m = dsltest::readJson(folder + u"MANIFEST.json"_s);
            for (const auto &f : m.value(u"files"_s).toArray()) {
                const QJsonObject o = f.toObject();
                const QString path = folder + o.value(u"path"_s).toString();
                QTest::newRow(qPrintable(path.mid(4))) << path << o.value(u"expect"_s).toString();
            }
        }
    }
    void corpusThroughTheWindow()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        static app::MainWindow *w = nullptr; // one window for the whole corpus
        if (!w) {
            w = new app::MainWindow;
            w->show();
            w->workspace()->openSynthetic(u"zoneplate:size=64"_s);
        }
        const auto before = w->workspace()->comparison()->source();
        const bool opened = w->workspace()->openFile(dsltest::dataPath(path));
        if (expect == u"accept"_s)
            QVERIFY2(opened, qPrintable(w->workspace()->lastError()));
        else if (expect == u"reject"_s)
            QVERIFY2(!opened, "a malformed file was opened");
        if (!opened) {
            QVERIFY2(
                w->workspace()->lastError().contains(QFileInfo(path).fileName()), qPrintable(w->workspace()->lastError()));
            QCOMPARE(w->workspace()->comparison()->source(), before);
        } else {
            QVERIFY(w->workspace()->comparison()->source() != before);
        }
        QVERIFY(w->menuBar()->isEnabled()); // the window is usable again
    }


    // The memory budget set in Preferences decides what opens; the refusal says how to raise it.
    void memoryBudgetFromPreferences()
    {
        const std::uint64_t saved = app::FileLoader::memoryBudget();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"budget.png"_s);
        Array img = Array::zeros(Kind::Image, { 2500, 2000 }, 1); // 20 MB as float
        img.source.sampleType = SampleType::UInt8;
        save(img, path.toStdString());
        Lab lab;
        auto [w, ws] = lab.parts();
        app::FileLoader::setMemoryBudget(std::uint64_t(16) << 20);
        QVERIFY(!ws.openFile(path));
        QVERIFY2(ws.lastError().contains(u"Preferences"_s), qPrintable(ws.lastError()));
        app::FileLoader::setMemoryBudget(std::uint64_t(64) << 20);
        QVERIFY2(ws.openFile(path), qPrintable(ws.lastError()));
        app::FileLoader::setMemoryBudget(saved);
        // The dialog writes the setting.
        app::PreferencesDialog dialog(&w);
        auto *spin = dialog.findChild<QSpinBox *>(u"memoryBudget"_s);
        QVERIFY(spin);
        QCOMPARE(std::uint64_t(spin->value()) << 20, saved);
        spin->setValue(300);
        dialog.accept();
        QCOMPARE(app::FileLoader::memoryBudget(), std::uint64_t(300) << 20);
        app::FileLoader::setMemoryBudget(saved);
    }

    // Exports from the window on a full disk (a file-size limit stands in for it): the user gets
    // a message naming the file, the file that was there survives, no temporary is left, and the
    // window keeps working.
    void exportOnAFullDiskLosesNothing()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        const int id = ws.comparison()->variants().front().id;
        QTemporaryDir dir;
        const QStringList names { u"variant.png"_s, u"variant.npy"_s, u"metrics.csv"_s };
        for (const QString &name : names) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(100, 'x'));
        }
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved {};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit small = saved;
        small.rlim_cur = 64;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        QStringList results;
        results << QString::number(ws.exportVariantTo(id, dir.filePath(names[0]))) << ws.lastError();
        results << QString::number(ws.exportVariantTo(id, dir.filePath(names[1]))) << ws.lastError();
        results << QString::number(ws.exportMetricsTo(dir.filePath(names[2]))) << ws.lastError();
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(results[2 * i] == u"0"_s, qPrintable(results.join(u" | "_s)));
            QVERIFY2(results[2 * i + 1].contains(names[i]), qPrintable(results[2 * i + 1]));
            QFile f(dir.filePath(names[i]));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray(100, 'x'));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
        // With space again, the same exports succeed and read back.
        QVERIFY(ws.exportVariantTo(id, dir.filePath(names[1])));
        QVERIFY(ws.exportMetricsTo(dir.filePath(names[2])));
        QCOMPARE(load(dir.filePath(names[1]).toStdString()).shape,
            (std::vector<std::size_t> { 128, 128 })); // the demo halves 256 × 256
    }

    // Slices as values (float TIFF exact, 16-bit PNG) and the panes as shown (PNG).
    void exportSlicesAndViews()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"nifti/anatomical.nii"_s))); // 33 x 41 x 25
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        QTemporaryDir dir;
        const std::string tif = dir.filePath(u"slice.tif"_s).toStdString();
        QVERIFY2(ws.exportSliceTo(0, QString::fromStdString(tif)), qPrintable(ws.lastError()));
        const Array slice = load(tif);
        const Array src = *ws.comparison()->source();
        QCOMPARE(slice.shape, (std::vector<std::size_t> { 41, 33 }));
        // The axial slice through the cursor (k = 12), rows j, columns i (radiological: i as
        // stored, the scan's i already runs to the patient's left).
        const std::size_t k = std::size_t(ws.cursorVoxel()[0]);
        double worst = 0.0;
        for (std::size_t j = 0; j < 41; ++j)
            for (std::size_t i = 0; i < 33; ++i)
                worst = std::max(worst,
                    double(std::abs(slice.values[j * 33 + i] - src.values[(k * 41 + j) * 33 + i])));
        QCOMPARE(worst, 0.0);
        const int id = ws.comparison()->variants().first().id;
        const QString png = dir.filePath(u"variant.png"_s);
        QVERIFY2(ws.exportSliceTo(id, png), qPrintable(ws.lastError()));
        QCOMPARE(load(png.toStdString()).source.sampleType, SampleType::UInt16);
        const QString view = dir.filePath(u"view.png"_s);
        QVERIFY(ws.exportViewTo(view));
        QImage shown(view);
        QVERIFY(notBlank(shown));
    }

    void haarPaneTellsTheDiscardedDetail()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"zoneplate:size=64"_s));
        const int id = ws.addVariant(u"pool.haar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id), 20000);
        auto *pane = qobject_cast<widgets::ImagePane *>(ws.variantPane(id));
        QVERIFY(pane);
        QVERIFY2(pane->title().contains(u"detail energy discarded"_s), qPrintable(pane->title()));
    }

    void parameterFormDrivesVariant()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        const int id = ws.comparison()->variants().first().id;
        ws.selectVariant(id);
        QSignalSpy spy(ws.comparison(), &app::Comparison::variantParamsChanged);
        ws.setVariantParameter(id, "factor", "8");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ws.comparison()->variant(id)->params.at("factor"), std::string("8"));
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id), 20000);
        QCOMPARE(qobject_cast<widgets::ImagePane *>(ws.variantPane(id))->image().width(), 64);
    }

    void everyJobKindIsCancellable()
    {
        // Each kind of background work goes through the window's job service and stops on
        // Cancel: nothing it would have delivered arrives.
        using app::JobKind;
        Lab lab(1200, 800);
        auto [w, ws] = lab.parts();
        auto *cancel = w.findChild<QPushButton *>(u"statusCancel"_s);
        QVERIFY(cancel);
        auto cancelled = [&](JobKind kind) {
            if (ws.jobs()->runningCount(kind) == 0)
                return false;
            cancel->click();
            return !ws.jobs()->isBusy();
        };
        // Variants.
        QVERIFY(ws.openSynthetic(u"zoneplate:size=1024"_s));
        ws.comparison()->clearVariants();
        const int id = ws.addVariant(u"resize.lanczos"_s, { { "factor", "3" } });
        QVERIFY(cancelled(JobKind::Variant));
        QTest::qWait(300);
        QVERIFY(!ws.hasResult(id));
        // The shifted source.
        ws.setShift(4);
        QVERIFY(cancelled(JobKind::ShiftedSource));
        QTest::qWait(200);
        QVERIFY(!ws.comparison()->sourceName().contains(u"shifted"_s));
        ws.setShift(0);
        // Shift curves.
        ws.setVariantParameter(id, "factor", "2");
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id) && !ws.jobs()->isBusy(), 30000);
        ws.computeShiftCurves();
        QVERIFY(cancelled(JobKind::ShiftCurve));
        QTest::qWait(300);
        QCOMPARE(ws.shiftChart()->chart()->series().size(), 0);
        // k-space, then asked for again: computed the next time the view needs it.
        ws.setImageDisplay(3);
        QVERIFY(cancelled(JobKind::KSpace));
        QTest::qWait(200);
        QCOMPARE(ws.kspaceCount(), 0);
        ws.setImageDisplay(0);
        ws.setImageDisplay(3);
        QTRY_VERIFY_WITH_TIMEOUT(ws.kspaceCount() > 0, 20000);
        // Kernels.
        ws.setImageDisplay(6);
        QVERIFY(cancelled(JobKind::Kernel));
        // Reference views and playback of a signal.
        QVERIFY(ws.openSynthetic(u"chirp.linear:rate=48000,duration=4,f0=0,f1=24000"_s));
        QVERIFY(cancelled(JobKind::ReferenceViews));
        ws.comparison()->clearVariants();
        const int sig = ws.addVariant(u"decimate.fir"_s, { { "factor", "3" } });
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(sig) && !ws.jobs()->isBusy(), 30000);
        ws.selectVariant(sig);
        ws.viewState()->setResampleBack(true);
        QFuture<std::shared_ptr<const Array>> back = ws.playbackSignal(1);
        QVERIFY(cancelled(JobKind::Playback));
        QTRY_VERIFY_WITH_TIMEOUT(back.isFinished(), 10000);
        QVERIFY(back.isCanceled());
        // Loading: loadingShowsProgressAndCancels.
    }

    void staleWorkIsCancelled()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"zoneplate:size=2048"_s));
        const int id = ws.addVariant(u"decimate.boxcar"_s, { { "factor", "2" } });
        for (int f = 2; f <= 8; ++f)
            ws.setVariantParameter(id, "factor", std::to_string(f));
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasResult(id), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.scheduler()->isBusy(), 30000);
        auto *pane = qobject_cast<widgets::ImagePane *>(ws.variantPane(id));
        QCOMPARE(pane->image().width(), 256); // the last request won
    }
};

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
