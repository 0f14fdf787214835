// The view state without a window: names, change notifications, JSON round trip and
// validation of bad values.
#include "session/viewstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dsl::app;

namespace {

ViewState::Aspect aspectAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<ViewState::Aspect>();
}

// Every field away from its default.
void setAllNonDefault(ViewState &v)
{
    v.setDisplayMode(DisplayMode::AliasKSpace);
    v.setLayout(VolumeLayout::Sagittal);
    v.setRadiological(false);
    v.setWindowLevel({ WindowLevel::Preset::Custom, 123.5, -7.25 });
    v.setColourMap(ColourMap::Magma);
    v.setOverlay(true);
    v.setOverlayOpacity(35);
    v.setKSpaceHann(false);
    v.setKSpaceCentralSlices(true);
    v.setCursor({ 3.0, 17.0, 42.0 });
    v.setFrame(5);
    v.setFrameOnly(true);
    v.setSignalTab(SignalTab::Spectrogram);
    v.setFilterMode(FilterMode::GroupDelay);
    SpectrumView s;
    s.window = dsl::SpectrumWindow::BlackmanHarris;
    s.fftSize = 4096;
    s.stftWindowMs = 85.0;
    s.stftHopDivisor = 8;
    s.stftRangeDb = 60;
    s.stftColours = ColourMap::Cividis;
    v.setSpectrum(s);
    v.setRoundTrip(QStringLiteral("resize.lanczos"));
    v.setResampleBack(false);
    v.setShift({ 12, false, true });
}

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (int i = 0; i < kDisplayModeCount; ++i) {
            const auto m = DisplayMode(i);
            QCOMPARE(displayModeFromName(displayModeName(m)), std::optional(m));
        }
        QCOMPARE(displayModeName(DisplayMode::KernelResponse), QStringLiteral("response"));
        QCOMPARE(displayModeFromName(QStringLiteral("aliaskspace")),
            std::optional(DisplayMode::AliasKSpace));
        QVERIFY(!displayModeFromName(QStringLiteral("Output")));
        QCOMPARE(
            volumeLayoutFromName(QStringLiteral("three")), std::optional(VolumeLayout::ThreeViews));
        QCOMPARE(signalTabFromName(QStringLiteral("filter")), std::optional(SignalTab::Filter));
        QCOMPARE(colourMapFromName(QStringLiteral("viridis")), std::optional(ColourMap::Viridis));
        QCOMPARE(windowPresetFromName(QStringLiteral("ct-bone")),
            std::optional(WindowLevel::Preset::CtBone));
        QVERIFY(WindowLevel::fixedWindow(WindowLevel::Preset::CtBrain) == std::pair(80.0, 40.0));
        QVERIFY(!WindowLevel::fixedWindow(WindowLevel::Preset::Auto));
    }

    void changedOnlyOnChange()
    {
        ViewState v;
        QSignalSpy spy(&v, &ViewState::changed);
        v.setDisplayMode(DisplayMode::Output); // the default: nothing changes
        v.setRadiological(true);
        QCOMPARE(spy.count(), 0);
        v.setDisplayMode(DisplayMode::KSpace);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(aspectAt(spy, 0), ViewState::Aspect::Display);
        v.setDisplayMode(DisplayMode::KSpace);
        QCOMPARE(spy.count(), 1);
        v.setCursor({ 1, 2, 3 });
        QCOMPARE(aspectAt(spy, 1), ViewState::Aspect::Cursor);
        // Spectrum: analysis and display are different aspects (recompute vs re-render).
        SpectrumView s = v.spectrum();
        s.stftRangeDb = 80;
        v.setSpectrum(s);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(aspectAt(spy, 2), ViewState::Aspect::SpectrogramDisplay);
        s.fftSize = 2048;
        v.setSpectrum(s);
        QCOMPARE(aspectAt(spy, 3), ViewState::Aspect::SpectrumAnalysis);
        QCOMPARE(spy.count(), 4);
    }

    void windowLevelOneRepresentation()
    {
        ViewState v;
        // Numbers only belong to a custom window; a preset drops them.
        v.setWindowLevel({ WindowLevel::Preset::CtBone, 5.0, 6.0 });
        QCOMPARE(v.windowLevel().width, 0.0);
        QCOMPARE(v.windowLevel().level, 0.0);
        v.setWindowLevel({ WindowLevel::Preset::Custom, -3.0, 10.0 });
        QVERIFY(v.windowLevel().width > 0.0); // a width is positive
        QCOMPARE(v.windowLevel().level, 10.0);
        v.setOverlayOpacity(250);
        QCOMPARE(v.overlayOpacity(), 100);
        v.setShift({ 1000, true, false });
        QCOMPARE(v.shift().eighths, 64);
    }

    void jsonRoundTrip()
    {
        ViewState a;
        setAllNonDefault(a);
        const QJsonObject json = a.toJson();
        // Through text, as a session file carries it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        ViewState b;
        QSignalSpy spy(&b, &ViewState::changed);
        QCOMPARE(b.applyJson(reread), QStringList());
        QVERIFY(spy.count() >= 17);
        QCOMPARE(b.toJson(), json);
        QCOMPARE(b.displayMode(), DisplayMode::AliasKSpace);
        QCOMPARE(b.layout(), VolumeLayout::Sagittal);
        QCOMPARE(b.windowLevel(), (WindowLevel { WindowLevel::Preset::Custom, 123.5, -7.25 }));
        QCOMPARE(b.cursor(), (std::array<double, 3> { 3.0, 17.0, 42.0 }));
        QCOMPARE(b.spectrum(), a.spectrum());
        QCOMPARE(b.shift(), a.shift());
        QCOMPARE(b.roundTrip(), QStringLiteral("resize.lanczos"));
        QCOMPARE(json.value(QStringLiteral("display")).toString(), QStringLiteral("aliaskspace"));
        // Back to the defaults.
        b.reset();
        QCOMPARE(b.toJson(), ViewState().toJson());
    }

    void badValuesKeepTheRest()
    {
        ViewState v;
        QJsonObject json = ViewState().toJson();
        json.insert(QStringLiteral("display"), QStringLiteral("hologram"));
        json.insert(QStringLiteral("overlay_opacity"), 400);
        json.insert(QStringLiteral("cursor_kji"), QJsonArray { 1, 2 });
        json.insert(QStringLiteral("colours"), QStringLiteral("magma"));
        json.insert(QStringLiteral("round_trip"), QStringLiteral("pool.max"));
        QJsonObject spectrum = json.value(QStringLiteral("spectrum")).toObject();
        spectrum.insert(QStringLiteral("fft_size"), 1000); // not a power of two
        spectrum.insert(QStringLiteral("stft_range_db"), 60);
        json.insert(QStringLiteral("spectrum"), spectrum);
        json.insert(QStringLiteral("frame"), 2.5);
        const QStringList problems = v.applyJson(json);
        QCOMPARE(problems.size(), 6);
        QVERIFY(problems.first().contains(QStringLiteral("\"display\"")));
        QVERIFY(problems.join(u' ').contains(QStringLiteral("spectrum.fft_size")));
        QCOMPARE(v.displayMode(), DisplayMode::Output);
        QCOMPARE(v.overlayOpacity(), 70);
        QCOMPARE(v.cursor(), (std::array<double, 3> { 0, 0, 0 }));
        QCOMPARE(v.frame(), 0);
        QCOMPARE(v.spectrum().fftSize, 0);
        QCOMPARE(v.roundTrip(), QString());
        // ... and the good values still apply.
        QCOMPARE(v.colourMap(), ColourMap::Magma);
        QCOMPARE(v.spectrum().stftRangeDb, 60);
        // Missing keys keep the current value; an empty object changes nothing.
        v.setLayout(VolumeLayout::Coronal);
        QCOMPARE(v.applyJson({}), QStringList());
        QCOMPARE(v.layout(), VolumeLayout::Coronal);
    }
};

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
