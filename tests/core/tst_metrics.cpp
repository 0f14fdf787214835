// DESIGN §5 figures against tests/data/golden/metrics: alias map, ideal reference, alias energy,
// PSNR, SSIM and SNR for every case whose method is registered; plus properties.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/fft.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <numbers>

using namespace dsl;

class tst_Metrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject m = dsltest::readJson(QStringLiteral("golden/metrics/manifest.json"));
        int n = 0;
        for (const auto &c : m.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject o = c.toObject();
            const std::string cli = o.value(QStringLiteral("cli")).toString().toStdString();
            if (!Registry::instance().find(cli.substr(0, cli.find(':'))))
                continue;
            ++n;
            QTest::newRow(qPrintable(o.value(QStringLiteral("input")).toString() + QLatin1Char(' ')
                + o.value(QStringLiteral("cli")).toString()))
                << o;
        }
        QVERIFY(n >= 6);
    }

    void golden()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject m = dsltest::readJson(QStringLiteral("golden/metrics/manifest.json"));
        const QJsonObject input = m.value(QStringLiteral("inputs"))
                                      .toObject()
                                      .value(testCase.value(QStringLiteral("input")).toString())
                                      .toObject();
        Array x = dsltest::readF32(
            QStringLiteral("golden/metrics/") + input.value(QStringLiteral("file")).toString(),
            dsltest::shapeOf(input.value(QStringLiteral("shape")).toArray()));
        const MethodCall call
            = parseMethodCall(testCase.value(QStringLiteral("cli")).toString().toStdString());
        RunContext ctx;
        const Analysis an = analyse(*call.method, x, call.params, ctx);
        const auto outShape
            = dsltest::shapeOf(testCase.value(QStringLiteral("output_shape")).toArray());
        QCOMPARE(an.result.output.shape, outShape);
        QCOMPARE(an.result.map[0].step, testCase.value(QStringLiteral("step")).toDouble());
        QCOMPARE(an.result.map[0].origin, testCase.value(QStringLiteral("origin")).toDouble());

        const QJsonObject alias = testCase.value(QStringLiteral("alias_map")).toObject();
        const Array refAlias = dsltest::readF32(
            QStringLiteral("golden/metrics/") + alias.value(QStringLiteral("file")).toString(),
            outShape);
        const double aliasErr = dsltest::maxAbsDiff(an.aliasMap, refAlias);
        QVERIFY2(aliasErr < 2e-5, qPrintable(QStringLiteral("alias map error %1").arg(aliasErr)));
        const QJsonObject ideal = testCase.value(QStringLiteral("ideal_reference")).toObject();
        if (!ideal.isEmpty()) {
            const Array refIdeal = dsltest::readF32(
                QStringLiteral("golden/metrics/") + ideal.value(QStringLiteral("file")).toString(),
                outShape);
            const double idealErr = dsltest::maxAbsDiff(an.ideal, refIdeal);
            QVERIFY2(idealErr < 2e-5,
                qPrintable(QStringLiteral("ideal reference error %1").arg(idealErr)));
        }

        const double aliasDb = testCase.value(QStringLiteral("alias_energy_db")).toDouble();
        QVERIFY2(std::abs(an.metrics.aliasEnergyDb - aliasDb) < 1e-3,
            qPrintable(QStringLiteral("alias energy %1 vs %2")
                           .arg(an.metrics.aliasEnergyDb)
                           .arg(aliasDb)));
        if (testCase.contains(QStringLiteral("psnr_db"))) {
            const double psnr = testCase.value(QStringLiteral("psnr_db")).toDouble();
            const double ssimRef = testCase.value(QStringLiteral("ssim")).toDouble();
            QVERIFY2(std::abs(an.metrics.psnrDb - psnr) < 1e-3,
                qPrintable(QStringLiteral("PSNR %1 vs %2").arg(an.metrics.psnrDb).arg(psnr)));
            QVERIFY2(std::abs(an.metrics.ssim - ssimRef) < 1e-4,
                qPrintable(QStringLiteral("SSIM %1 vs %2").arg(an.metrics.ssim).arg(ssimRef)));
        }
        if (testCase.contains(QStringLiteral("snr_db"))) {
            const double snr = testCase.value(QStringLiteral("snr_db")).toDouble();
            QVERIFY2(std::abs(an.metrics.snrDb - snr) < 1e-3,
                qPrintable(QStringLiteral("SNR %1 vs %2").arg(an.metrics.snrDb).arg(snr)));
        }
    }

    void longDctsMatchTheDefinition()
    {
        // Lengths from 65536 use the real-FFT (Makhoul) path; check it against the sums.
        for (std::size_t n : { std::size_t(65536), std::size_t(70001) }) {
            fft::Buffer<double> x(n), y(n), z(n);
            for (std::size_t i = 0; i < n; ++i)
                x[i] = std::sin(0.001 * double(i * i % 9973)) + 0.1 * double(i % 7);
            fft::r2r(fft::R2RKind::Dct2, n, 1, 1, 1, x.data(), y.data());
            for (std::size_t k : { std::size_t(0), std::size_t(1), std::size_t(7), n / 2, n - 1 }) {
                double sum = 0.0;
                for (std::size_t j = 0; j < n; ++j)
                    sum += 2.0 * x[j]
                        * std::cos(std::numbers::pi * (double(j) + 0.5) * double(k) / double(n));
                QVERIFY2(std::abs(sum - y[k]) < 1e-7 * double(n),
                    qPrintable(QString::number(sum - y[k])));
            }
            fft::r2r(fft::R2RKind::Dct3, n, 1, 1, 1, y.data(), z.data());
            double worst = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                worst = std::max(worst, std::abs(z[i] / (2.0 * double(n)) - x[i]));
            QVERIFY2(worst < 1e-10, qPrintable(QString::number(worst)));
        }
    }

    void lowpassKeepsBandLimitedSignal()
    {
        // A cosine on DCT bin 5 of 64 survives a cut at 64/4 = 16 bins untouched.
        Array x = Array::zeros(Kind::Signal, { 64 });
        for (std::size_t n = 0; n < 64; ++n)
            x.values[n] = float(std::cos(std::numbers::pi * 5 * (2 * n + 1) / 128.0));
        RunContext ctx;
        const Array y = idealLowpass(x, { 4.0 }, ctx);
        QVERIFY(dsltest::maxAbsDiff(x, y) < 1e-6);
        // Bin 40 is removed entirely.
        for (std::size_t n = 0; n < 64; ++n)
            x.values[n] = float(std::cos(std::numbers::pi * 40 * (2 * n + 1) / 128.0));
        const Array z = idealLowpass(x, { 4.0 }, ctx);
        QVERIFY(sumSquares(z) < 1e-10);
    }

    void referenceAtHalfPixelOrigin()
    {
        // The interpolant of a band-limited cosine evaluated at t = 0.5 + 2m is the cosine there,
        // on both the FFT path (integer step) and the direct path (non-integer step).
        Array x = Array::zeros(Kind::Signal, { 100 });
        auto f = [](double t) { return std::cos(std::numbers::pi * 3 * (2 * t + 1) / 200.0); };
        for (std::size_t n = 0; n < 100; ++n)
            x.values[n] = float(f(double(n)));
        RunContext ctx;
        const Array r = idealReference(x, { { 0.5, 2.0 } }, { 50 }, ctx);
        const Array q = idealReference(x, { { 0.25, 2.5 } }, { 40 }, ctx);
        for (std::size_t m = 0; m < 50; ++m)
            QVERIFY(std::abs(r.values[m] - f(0.5 + 2.0 * double(m))) < 1e-5);
        for (std::size_t m = 0; m < 40; ++m)
            QVERIFY(std::abs(q.values[m] - f(0.25 + 2.5 * double(m))) < 1e-5);
    }

    // The energy above the new Nyquist, whatever the method: three equal tones at 1, 3 and
    // 7 kHz decimated 48 -> 12 kHz (new Nyquist 6 kHz): one third of the energy, -4.77 dB; a
    // lone 1 kHz tone: nothing to fold.
    void foldableEnergyIsTheShareAboveTheNewNyquist()
    {
        const MethodCall call = parseMethodCall("decimate.naive:factor=4");
        RunContext ctx;
        const Analysis three = analyse(*call.method,
            generate("multitone:rate=48000,duration=1,f1=1000,f2=3000,f3=7000"), call.params, ctx);
        QVERIFY2(std::abs(three.metrics.foldableEnergyDb - 10.0 * std::log10(1.0 / 3.0)) < 0.2,
            qPrintable(QString::number(three.metrics.foldableEnergyDb)));
        const Analysis one = analyse(
            *call.method, generate("sine:rate=48000,duration=1,frequency=1000"), call.params, ctx);
        QVERIFY2(one.metrics.foldableEnergyDb < -60,
            qPrintable(QString::number(one.metrics.foldableEnergyDb)));
        // The same input and rate give the same figure for any method.
        const MethodCall fir = parseMethodCall("decimate.fir:factor=4");
        const Analysis filtered = analyse(*fir.method,
            generate("multitone:rate=48000,duration=1,f1=1000,f2=3000,f3=7000"), fir.params, ctx);
        QCOMPARE(filtered.metrics.foldableEnergyDb, three.metrics.foldableEnergyDb);
    }

    void perfectMethodHasNoAlias()
    {
        // Naive subsampling of an already band-limited image folds nothing.
        Array x = Array::zeros(Kind::Image, { 64, 64 });
        for (std::size_t y = 0; y < 64; ++y)
            for (std::size_t c = 0; c < 64; ++c)
                x.values[y * 64 + c] = float(std::cos(std::numbers::pi * 3 * (2 * c + 1) / 128.0));
        const MethodCall call = parseMethodCall("decimate.naive:factor=2");
        RunContext ctx;
        const Analysis an = analyse(*call.method, x, call.params, ctx);
        QVERIFY(an.metrics.aliasEnergyDb < -100);
        QVERIFY(an.metrics.psnrDb > 80);
        QVERIFY(std::abs(an.metrics.ssim - 1.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
