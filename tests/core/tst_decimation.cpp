// Decimator properties that need no reference: tones below the new Nyquist survive, tones
// above it fold to f_alias = |f - fs' round(f / fs')| and are attenuated by at least the designed
// amount (a quality table, libsamplerate's idea), DC gain 1, linearity, filter figures.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/filters.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <complex>
#include <numbers>
#include <random>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

constexpr double kPi = std::numbers::pi;

Array tone(double f, double rate = 48000.0, double seconds = 0.5)
{
    return generate("sine:amplitude=1,rate=" + std::to_string(rate)
        + ",duration=" + std::to_string(seconds) + ",frequency=" + std::to_string(f));
}

// Amplitude of the component at f (Hz) in the middle 80 % of a signal, Hann-weighted.
double amplitudeAt(const Array &y, double f)
{
    const double rate = y.sampleRate();
    const std::size_t n = y.shape[0];
    const std::size_t a = n / 10, b = n - n / 10;
    std::complex<double> s = 0.0;
    double wsum = 0.0;
    for (std::size_t i = a; i < b; ++i) {
        const double w = 0.5 - 0.5 * std::cos(2 * kPi * double(i - a) / double(b - a - 1));
        s += w * double(y.values[i]) * std::polar(1.0, -2 * kPi * f * double(i) / rate);
        wsum += w;
    }
    return 2.0 * std::abs(s) / wsum;
}

double foldedFrequency(double f, double newRate)
{
    return std::abs(f - newRate * std::round(f / newRate));
}

Array run(const std::string &spec, const Array &x)
{
    const MethodCall c = parseMethodCall(spec);
    RunContext ctx;
    return runMethod(*c.method, x, c.params, ctx).output;
}

double db(double ratio)
{
    return 20.0 * std::log10(std::max(ratio, 1e-20));
}

} // namespace

class tst_Decimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldReadoutFormula()
    {
        QCOMPARE(foldedFrequency(7000, 12000), 5000.0);
        QCOMPARE(foldedFrequency(13000, 12000), 1000.0);
        QCOMPARE(foldedFrequency(3000, 12000), 3000.0);
    }

    void issueExampleSevenKilohertz()
    {
        // 7 kHz at 48 kHz decimated to 12 kHz: naive shows it at 5 kHz at full strength;
        // decimate.fir designed for 80 dB keeps it at least 60 dB down.
        const Array x = tone(7000);
        const Array naive = run("decimate.naive:factor=4", x);
        QCOMPARE(naive.sampleRate(), 12000.0);
        QVERIFY(std::abs(amplitudeAt(naive, 5000) - 1.0) < 0.01);
        const Array fir = run("decimate.fir:factor=4,atten_db=80", x);
        QVERIFY2(db(amplitudeAt(fir, 5000)) <= -60.0,
            qPrintable(QString::number(db(amplitudeAt(fir, 5000)))));
    }

    void qualityTable_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("factor");
        QTest::addColumn<double>("toneOverNyquist"); // tone frequency / new Nyquist
        QTest::addColumn<double>("minRejectionDb");
        QTest::addRow("naive x4") << u"decimate.naive"_s << 4 << 1.5 << -0.1;
        QTest::addRow("boxcar x4") << u"decimate.boxcar"_s << 4 << 1.5 << 9.5;
        QTest::addRow("fir default x2") << u"decimate.fir"_s << 2 << 1.5 << 40.0;
        QTest::addRow("fir default x4") << u"decimate.fir"_s << 4 << 1.5 << 40.0;
        QTest::addRow("fir 80 dB x4") << u"decimate.fir:atten_db=80"_s << 4 << 1.2 << 75.0;
        QTest::addRow("fir 120 dB x4")
            << u"decimate.fir:atten_db=120,transition=0.1"_s << 4 << 1.1 << 100.0;
        QTest::addRow("fir hamming x3") << u"decimate.fir_hamming"_s << 3 << 1.5 << 45.0;
        QTest::addRow("iir x4") << u"decimate.iir"_s << 4 << 1.5 << 60.0;
        QTest::addRow("fft x4") << u"decimate.fft"_s << 4 << 1.5 << 60.0;
        QTest::addRow("halfband fast x4")
            << u"decimate.halfband:quality=fast"_s << 4 << 1.25 << 80.0;
        QTest::addRow("halfband standard x8")
            << u"decimate.halfband:quality=standard"_s << 8 << 1.12 << 100.0;
        QTest::addRow("halfband hq x4") << u"decimate.halfband:quality=hq"_s << 4 << 1.005 << 120.0;
        // vhq is designed for 150 dB; float32 samples between and after the stages measure
        // ~149.5 dB (a float FFT for the long stage would give ~139 dB, hence double there).
        QTest::addRow("halfband vhq x4")
            << u"decimate.halfband:quality=vhq"_s << 4 << 1.005 << 147.0;
    }
    void qualityTable()
    {
        QFETCH(QString, method);
        QFETCH(int, factor);
        QFETCH(double, toneOverNyquist);
        QFETCH(double, minRejectionDb);
        const double rate = 48000.0, newRate = rate / factor;
        const double f = toneOverNyquist * newRate / 2;
        const QString spec = method + (method.contains(u':') ? u","_s : u":"_s) + u"factor="_s
            + QString::number(factor);
        const Array y = run(spec.toStdString(), tone(f, rate, 1.0));
        const double rejection = -db(amplitudeAt(y, foldedFrequency(f, newRate)));
        qInfo("%s: %.1f dB at %.3g x new Nyquist", qPrintable(spec), rejection, toneOverNyquist);
        QVERIFY2(rejection >= minRejectionDb, qPrintable(QString::number(rejection)));
    }

    void passbandToneSurvives_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : { "decimate.fir:factor=4", "decimate.fir:factor=4,atten_db=100",
                 "decimate.fir_hamming:factor=4", "decimate.iir:factor=4", "decimate.fft:factor=4",
                 "decimate.naive:factor=4", "resample.rational:up=147,down=160" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void passbandToneSurvives()
    {
        QFETCH(QString, spec);
        const Array y = run(spec.toStdString(), tone(1500.0, 48000.0, 1.0));
        QVERIFY2(std::abs(db(amplitudeAt(y, 1500.0))) < 0.1,
            qPrintable(QString::number(db(amplitudeAt(y, 1500.0)))));
    }

    void dcGainIsOne_data() { passbandToneSurvives_data(); }
    void dcGainIsOne()
    {
        QFETCH(QString, spec);
        Array x = Array::zeros(Kind::Signal, { 4800 });
        x.grid[0].spacing = 1.0 / 48000;
        std::fill(x.values.begin(), x.values.end(), 0.75f);
        const Array y = run(spec.toStdString(), x);
        // The IIR's DC gain is its Chebyshev ripple, squared by filtfilt (-0.1 dB); the rational
        // resampler's polyphase branches each have their own DC gain (scipy's design, beta 5).
        const double tolerance = spec.startsWith(u"decimate.iir"_s) ? 0.0116
            : spec.startsWith(u"resample.rational"_s)               ? 0.002
                                                                    : 1e-5;
        const std::size_t n = y.shape[0];
        double worst = 0.0;
        for (std::size_t i = n / 4; i < 3 * n / 4; ++i)
            worst = std::max(worst, std::abs(y.values[i] / 0.75 - 1.0));
        QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
    }

    void linearity_data() { passbandToneSurvives_data(); }
    void linearity()
    {
        QFETCH(QString, spec);
        const Array a = generate("noise:duration=0.05,seed=3"),
                    b = generate("chirp.linear:duration=0.05");
        Array mix = a;
        for (std::size_t i = 0; i < mix.values.size(); ++i)
            mix.values[i] = 0.5f * a.values[i] - 2.0f * b.values[i];
        const Array ya = run(spec.toStdString(), a), yb = run(spec.toStdString(), b),
                    ym = run(spec.toStdString(), mix);
        for (std::size_t i = 0; i < ym.values.size(); ++i)
            QVERIFY(std::abs(ym.values[i] - (0.5f * ya.values[i] - 2.0f * yb.values[i])) < 1e-5f);
    }

    void firFiguresMatchDesign()
    {
        const MethodCall c = parseMethodCall("decimate.fir:factor=4,atten_db=80,transition=0.2");
        RunContext ctx;
        const Result r = runMethod(*c.method, tone(1000), c.params, ctx);
        QVERIFY(!r.filter.empty());
        // Stopband from (1 + 0.1) x new Nyquist = 0.275 of the input Nyquist.
        const FilterFigures fig = filterFigures(r.filter, 0.9 * 0.25, 1.1 * 0.25);
        QVERIFY2(fig.stopbandAttenuationDb >= 79.0,
            qPrintable(QString::number(fig.stopbandAttenuationDb)));
        QVERIFY(fig.passbandRippleDb < 0.01);
        QVERIFY(std::abs(fig.minus3dB - 0.25) < 0.02);
        QCOMPARE(r.filter.groupDelay, 0.0);
    }

    void iirDesignMatchesScipy()
    {
        // scipy.signal.cheby1(8, 0.05, 0.4, output='sos') has DC gain 1 - ripple/2 in linear
        // terms at most; its response at 0.4 Nyquist is -0.05 dB, and below -40 dB by 0.6.
        FilterDescription f;
        f.sections = cheby1Lowpass(8, 0.05, 0.4);
        f.zeroPhase = false;
        const auto h = frequencyResponse(f, { 0.0, 0.4, 0.6 });
        QVERIFY(std::abs(db(std::abs(h[0]))) <= 0.0501);
        QVERIFY(std::abs(db(std::abs(h[1])) + 0.05) < 1e-3);
        QVERIFY(db(std::abs(h[2])) < -40);
    }

    void polyphaseEnginesMatchTheDefinition()
    {
        // The float polyphase engines (decimation by streams, rational by phase dot products)
        // against y[m] = sum_i h[m down + half - i up] x[i] in double: short and long lines,
        // lines shorter than the filter, several interleaved channels, zero taps, ranges split
        // across work items (lines longer than one item).
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> u(-1.0f, 1.0f);
        struct Case
        {
            std::size_t up, down, taps, n, channels;
        };
        const Case cases[] = { { 1, 2, 31, 1, 1 }, { 1, 2, 31, 5, 1 }, { 1, 3, 61, 37, 2 },
            { 1, 4, 81, 20011, 2 }, { 1, 7, 141, 3001, 3 }, { 1, 2, 255, 40000, 1 },
            { 2, 3, 61, 1000, 1 }, { 3, 2, 61, 17, 2 }, { 5, 1, 101, 999, 1 },
            { 147, 160, 3201, 30000, 2 }, { 4, 1, 81, 20000, 2 } };
        for (const Case &c : cases) {
            std::vector<double> h(c.taps);
            for (std::size_t k = 0; k < h.size(); ++k)
                h[k] = (k % 5 == 3) ? 0.0 : double(u(rng)) / double(c.taps) * 4.0;
            const std::size_t half = c.taps / 2;
            Array x = Array::zeros(Kind::Signal, { c.n }, c.channels);
            for (float &v : x.values)
                v = u(rng);
            RunContext ctx;
            const Array y = resamplePolyAxis(x, 0, h, half, c.up, c.down, ctx);
            const std::size_t outN = (c.n * c.up + c.down - 1) / c.down;
            QCOMPARE(y.shape[0], outN);
            double worst = 0.0;
            for (std::size_t m = 0; m < outN; ++m)
                for (std::size_t ch = 0; ch < c.channels; ++ch) {
                    double acc = 0.0;
                    const long centre = long(m * c.down + half);
                    const long first
                        = std::max(0L, (centre - long(h.size()) + long(c.up)) / long(c.up));
                    const long last = std::min(long(c.n) - 1, centre / long(c.up));
                    for (long ii = first; ii <= last; ++ii) {
                        const std::size_t i = std::size_t(ii);
                        const long k = centre - long(i * c.up);
                        if (k >= 0 && k < long(h.size()))
                            acc += h[std::size_t(k)] * double(x.values[i * c.channels + ch]);
                    }
                    worst = std::max(worst, std::abs(acc - double(y.values[m * c.channels + ch])));
                }
            QVERIFY2(worst < 2e-6,
                qPrintable(QStringLiteral("up %1 down %2 taps %3 n %4: %5")
                               .arg(c.up)
                               .arg(c.down)
                               .arg(c.taps)
                               .arg(c.n)
                               .arg(worst)));
        }
    }

    void causalGroupDelay()
    {
        // A symmetric FIR of K taps delays by (K - 1) / 2 samples at every frequency it passes;
        // taps at rate L (rational resampling) delay by that over L input samples.
        const MethodCall c = parseMethodCall("decimate.fir:factor=4");
        RunContext ctx;
        FilterDescription f = runMethod(*c.method, tone(1000), c.params, ctx).filter;
        const double k = double(f.taps.size());
        std::vector<double> freqs; // fine enough for unwrapping: the phase moves < pi per step
        for (int i = 0; i <= 400; ++i)
            freqs.push_back(0.2 * i / 400.0);
        CausalResponse r = causalResponse(f, freqs);
        for (std::size_t i = 0; i < freqs.size(); ++i) {
            QVERIFY(std::abs(r.groupDelaySamples[i] - (k - 1) / 2) < 1e-6);
            // Linear phase: -w (K - 1) / 2.
            QVERIFY(std::abs(r.phaseRad[i] + M_PI * freqs[i] * (k - 1) / 2) < 1e-6);
        }
        f.rate = 3.0;
        r = causalResponse(f, { 0.01 });
        QVERIFY(std::abs(r.groupDelaySamples[0] - (k - 1) / 6) < 1e-6);
        // Chebyshev sections: the analytic delay equals minus the phase's numerical derivative.
        FilterDescription iir;
        iir.sections = cheby1Lowpass(8, 0.05, 0.4);
        iir.zeroPhase = false;
        std::vector<double> grid;
        for (int i = 0; i <= 2000; ++i)
            grid.push_back(0.35 * i / 2000.0);
        r = causalResponse(iir, grid);
        for (std::size_t i = 100; i < grid.size() - 1; i += 190) {
            const double numeric
                = -(r.phaseRad[i + 1] - r.phaseRad[i - 1]) / (M_PI * (grid[i + 1] - grid[i - 1]));
            QVERIFY2(std::abs(numeric - r.groupDelaySamples[i]) < 1e-3 * r.groupDelaySamples[i],
                qPrintable(QStringLiteral("%1 vs %2").arg(numeric).arg(r.groupDelaySamples[i])));
        }
        // Near the passband edge the Chebyshev delay peaks well above its DC value.
        QVERIFY(r.groupDelaySamples.back() > 2 * r.groupDelaySamples.front());
    }

    void longFiltersUseFftPathExactly()
    {
        // 321 taps (more than the direct engine takes): the overlap-save path; compare with
        // the direct definition.
        const Array x = generate("noise:duration=0.2,seed=5");
        const std::size_t m = 16, half = 160;
        const std::vector<double> h
            = firwinLowpass(2 * half + 1, 1.0 / m, kaiserWindow(2 * half + 1, 5.0));
        RunContext ctx;
        const Array y = resamplePolyAxis(x, 0, h, half, 1, m, ctx);
        const long n = long(x.shape[0]);
        double worst = 0.0;
        for (std::size_t k = 0; k < y.shape[0]; ++k) {
            double acc = 0.0;
            for (std::size_t t = 0; t < h.size(); ++t) {
                const long i = long(k * m + half) - long(t);
                if (i >= 0 && i < n)
                    acc += h[t] * double(x.values[std::size_t(i)]);
            }
            worst = std::max(worst, std::abs(acc - double(y.values[k])));
        }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
        QCOMPARE(y.shape[0], std::size_t((x.shape[0] + m - 1) / m));
    }

    void rationalRateAndLength()
    {
        const Array x = generate("sine:rate=48000,duration=1,frequency=1000");
        const Array y = run("resample.rational:up=147,down=160", x);
        QCOMPARE(y.shape[0], std::size_t(44100));
        QVERIFY(std::abs(y.sampleRate() - 44100.0) < 1e-6);
    }

    void rationalHqStrictDesign()
    {
        // 48 -> 44.1 kHz designed for 120 dB from the new Nyquist (libsoxr HQ's band: 0.913 of
        // it kept): a tone at 1.005 x 22 050 Hz comes out >= 120 dB down at its folded
        // frequency, one at 20 kHz (0.907) passes within 0.01 dB; the filter's figures agree.
        const std::string spec = "resample.rational:up=147,down=160,atten_db=120";
        const double f = 1.005 * 22050.0;
        const Array y = run(spec, tone(f, 48000.0, 1.0));
        const double rejection = -db(amplitudeAt(y, foldedFrequency(f, 44100.0)));
        qInfo("147/160 HQ-strict: %.1f dB at 1.005 x new Nyquist", rejection);
        QVERIFY2(rejection >= 120.0, qPrintable(QString::number(rejection)));
        const Array pass = run(spec, tone(20000.0, 48000.0, 1.0));
        QVERIFY(std::abs(db(amplitudeAt(pass, 20000.0))) < 0.01);
        const MethodCall c = parseMethodCall(spec);
        RunContext ctx;
        const Result r = runMethod(*c.method, tone(1000.0), c.params, ctx);
        const FilterFigures fig = filterFigures(r.filter, r.filter.passEdge, r.filter.stopEdge);
        QVERIFY2(fig.stopbandAttenuationDb >= 119.0,
            qPrintable(QString::number(fig.stopbandAttenuationDb)));
    }

    void multiChannelAndAxes()
    {
        Array stereo = Array::zeros(Kind::Signal, { 4800 }, 2);
        stereo.grid[0].spacing = 1.0 / 48000;
        const Array l = tone(1000, 48000, 0.1), r = tone(7000, 48000, 0.1);
        for (std::size_t i = 0; i < 4800; ++i) {
            stereo.values[2 * i] = l.values[i];
            stereo.values[2 * i + 1] = r.values[i];
        }
        const Array y = run("decimate.fir:factor=4", stereo);
        QCOMPARE(y.channels, std::size_t(2));
        const Array left = run("decimate.fir:factor=4", l);
        for (std::size_t i = 0; i < left.values.size(); ++i)
            QCOMPARE(y.values[2 * i], left.values[i]);
        // Along one image axis only.
        const Array img = generate("zoneplate:size=64");
        QCOMPARE(
            run("decimate.iir:factor=2,axes=x", img).shape, (std::vector<std::size_t> { 64, 32 }));
    }
};

QTEST_GUILESS_MAIN(tst_Decimation)
#include "tst_decimation.moc"
