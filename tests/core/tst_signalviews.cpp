// The signal panes' numerics in core: a filter's response curves in Hz (magnitude, causal phase
// and group delay of a known linear-phase FIR) and the spectrogram's window of one duration at
// every rate.
#include "testutil.h"

#include "dsl/signalviews.h"
#include "dsl/synth.h"

#include <numbers>

using namespace dsl;

class tst_SignalViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linearPhaseFirCurves()
    {
        FilterDescription f;
        f.taps = firwinLowpass(31, 0.25, hammingWindow(31));
        f.passEdge = 0.2;
        f.stopEdge = 0.3;
        const double rate = 48000.0;
        const FilterCurves c = filterResponseCurves(f, rate, 512);
        QCOMPARE(c.hz.size(), std::size_t(513));
        QCOMPARE(c.hz.front(), 0.0);
        QCOMPARE(c.hz.back(), rate / 2);
        QCOMPARE(c.passHz, 0.2 * rate / 2);
        QCOMPARE(c.stopHz, 0.3 * rate / 2);
        QVERIFY(std::abs(c.magnitudeDb.front()) < 1e-9); // unit DC gain
        // firwin's cutoff is the -6 dB point; far in the stopband the floor is below -40 dB.
        QVERIFY(std::abs(c.magnitudeDb[128] + 6.02) < 0.2);
        QVERIFY(c.magnitudeDb[300] < -40.0);
        // 31 taps run causally: 15 samples of delay, phase -15 ω (degrees) in the passband.
        for (std::size_t k : { std::size_t(1), std::size_t(50), std::size_t(90) }) {
            QVERIFY(std::abs(c.groupDelayMs[k] - 15.0 / rate * 1e3) < 1e-6);
            const double omega = std::numbers::pi * double(k) / 512.0;
            QVERIFY(std::abs(c.phaseDeg[k] + 15.0 * omega * 180.0 / std::numbers::pi) < 1e-6);
        }
        QVERIFY(filterResponseCurves(FilterDescription {}, rate).empty());
        QVERIFY(filterResponseCurves(f, 0.0).empty());
    }

    void spectrogramWindowHasOneDuration()
    {
        // 21 ms: 1024 samples at 48 kHz, 256 at 12 kHz; the hop a quarter of that.
        SpectrumOptions options;
        for (const auto &[rate, fft] : { std::pair { 48000, 1024 }, std::pair { 12000, 256 } }) {
            const Array s = generate("sine:duration=0.5,rate=" + std::to_string(rate));
            const SignalViews v = computeSignalViews(s, &s, options);
            QCOMPARE(v.spectrogram.binHz, double(rate) / fft);
            QCOMPARE(v.spectrogram.frameSeconds, double(fft / 4) / rate);
            QCOMPARE(v.aliasSpectrum.magnitudeDb, v.spectrum.magnitudeDb);
            QVERIFY(v.filterResponse.empty());
        }
    }
};

QTEST_APPLESS_MAIN(tst_SignalViews)
#include "tst_signalviews.moc"
