// Resizer properties no reference gives: constants stay constant, integer-factor area is the
// block mean, half-pixel grids, and gratings keep (or fold to) the predicted frequency.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/fft.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <complex>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

Result run(const std::string &spec, const Array &x)
{
    const MethodCall c = parseMethodCall(spec);
    RunContext ctx;
    return runMethod(*c.method, x, c.params, ctx);
}

// (cycles/px along y, along x) of the strongest non-DC component of an image.
std::pair<double, double> peakFrequency(const Array &img)
{
    const int h = int(img.shape[0]), w = int(img.shape[1]);
    fft::Buffer<double> in(std::size_t(h * w));
    double mean = 0;
    for (float v : img.values)
        mean += v;
    mean /= double(img.values.size());
    for (std::size_t i = 0; i < in.size(); ++i)
        in[i] = img.values[i] - mean;
    fft::Buffer<std::complex<double>> out(std::size_t(h * (w / 2 + 1)));
    fft::r2c({ h, w }, in.data(), out.data());
    double best = -1;
    int by = 0, bx = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x <= w / 2; ++x) {
            const double m = std::abs(out[std::size_t(y * (w / 2 + 1) + x)]);
            if (m > best) {
                best = m;
                by = y;
                bx = x;
            }
        }
    const double fy = by <= h / 2 ? double(by) / h : double(by - h) / h;
    return { std::abs(fy), double(bx) / w };
}

} // namespace

class tst_Resize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 8-bit paths (operators/resize.md): OpenCV and Pillow round their kernels in fixed point,
    // so our float result, rounded to 8 bits, must agree with their uint8 outputs within one
    // level, for every case of tests/data/golden/uint8 (x2 and a non-integer factor).
    void eightBitWithinOneLevel_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonObject m = dsltest::readJson(u"golden/uint8/manifest.json"_s);
        for (const QJsonValue v : m[u"cases"_s].toArray())
            QTest::newRow(qPrintable(v[u"file"_s].toString())) << v.toObject();
    }
    void eightBitWithinOneLevel()
    {
        QFETCH(QJsonObject, c);
        auto readU8 = [](const QString &name, std::size_t h, std::size_t w) {
            QFile f(dsltest::dataPath(u"golden/uint8/"_s + name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot open %s", qPrintable(f.fileName()));
            const QByteArray b = f.readAll();
            Array a = Array::zeros(Kind::Image, { h, w });
            if (std::size_t(b.size()) != h * w)
                qFatal("%s: wrong size", qPrintable(name));
            for (std::size_t i = 0; i < h * w; ++i)
                a.values[i] = float(static_cast<unsigned char>(b[qsizetype(i)]));
            return a;
        };
        const Array x = readU8(u"camera64x80.u8"_s, 64, 80);
        const std::size_t oh = std::size_t(c[u"out"_s][0].toInt()),
                          ow = std::size_t(c[u"out"_s][1].toInt());
        std::string spec = c[u"op"_s].toString().toStdString() + ":out_h=" + std::to_string(oh)
            + ",out_w=" + std::to_string(ow);
        const QJsonObject params = c[u"params"_s].toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            spec += "," + it.key().toStdString() + "=" + it.value().toString().toStdString();
        const Array y = run(spec, x).output;
        QCOMPARE(y.shape, (std::vector<std::size_t> { oh, ow }));
        const Array ref = readU8(c[u"file"_s].toString(), oh, ow);
        int worst = 0, off = 0;
        for (std::size_t i = 0; i < oh * ow; ++i) {
            const int ours = int(std::lround(std::clamp(y.values[i], 0.0f, 255.0f)));
            const int d = std::abs(ours - int(ref.values[i]));
            worst = std::max(worst, d);
            off += d > 0;
        }
        QVERIFY2(worst <= 1,
            qPrintable(QStringLiteral("%1: max |diff| %2 levels, %3 of %4 pixels differ")
                           .arg(QString::fromStdString(spec))
                           .arg(worst)
                           .arg(off)
                           .arg(oh * ow)));
    }

    void methods_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : { "resize.nearest", "resize.nearest:align=floor", "resize.bilinear",
                 "resize.bilinear:antialias=0", "resize.bicubic",
                 "resize.bicubic:antialias=0,a=-0.75", "resize.area", "resize.box",
                 "resize.lanczos", "resize.lanczos:antialias=0,a=4", "resize.hamming",
                 "resize.gaussian", "resize.bspline3" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void constantStaysConstant_data() { methods_data(); }
    void constantStaysConstant()
    {
        QFETCH(QString, spec);
        Array x = Array::zeros(Kind::Image, { 37, 53 }, 3);
        std::fill(x.values.begin(), x.values.end(), 0.3f);
        for (const char *size :
            { ":factor=3.7", ":factor=2", ":out_h=5,out_w=40", ":factor=0.5" }) {
            std::string s
                = spec.toStdString() + (spec.contains(u':') ? std::string(",") + (size + 1) : size);
            const Result r = run(s, x);
            for (float v : r.output.values)
                QVERIFY2(std::abs(v - 0.3f) < 1e-6f, s.c_str());
        }
    }

    void halfPixelGrid_data() { methods_data(); }
    void halfPixelGrid()
    {
        QFETCH(QString, spec);
        const Array x = generate("zoneplate:size=64");
        const std::string s = spec.toStdString() + (spec.contains(u':') ? "," : ":") + "factor=4";
        const Result r = run(s, x);
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 16, 16 }));
        const double expected = spec.contains(u"floor"_s) ? 0.0 : 1.5;
        QCOMPARE(r.map[0].origin, expected);
        QCOMPARE(r.map[1].step, 4.0);
    }

    void integerAreaIsBlockMean()
    {
        const Array x = generate("zoneplate:size=60");
        const Array a = run("resize.area:factor=3", x).output;
        const Array b = run("decimate.boxcar:factor=3", x).output;
        QVERIFY(dsltest::maxAbsDiff(a, b) < 1e-6);
    }

    // Linear by 2 and area/box at integer factors are whole-box means: the fused path must give
    // the block mean on colour images and on volumes (3 axes), with the half-pixel grid.
    void wholeBoxesAreBlockMeans_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("k");
        QTest::newRow("bilinear x2") << u"resize.bilinear:antialias=0,factor=2"_s << 2;
        QTest::newRow("area x3") << u"resize.area:factor=3"_s << 3;
        QTest::newRow("box x2 (Pillow)") << u"resize.box:antialias=1,factor=2"_s << 2;
    }
    void wholeBoxesAreBlockMeans()
    {
        QFETCH(QString, spec);
        QFETCH(int, k);
        const std::size_t K = std::size_t(k);
        for (const bool volume : { false, true }) {
            Array x = volume ? Array::zeros(Kind::Volume, { 6, 12, 18 })
                             : Array::zeros(Kind::Image, { 12, 18 }, 3);
            for (std::size_t i = 0; i < x.values.size(); ++i)
                x.values[i] = float((i * 7919) % 101) / 101.0f;
            const Result r = run(spec.toStdString(), x);
            const std::size_t rank = x.rank();
            std::vector<std::size_t> expect = x.shape;
            for (std::size_t a = 0; a < rank; ++a)
                expect[a] /= K;
            QCOMPARE(r.output.shape, expect);
            QCOMPARE(r.map[rank - 1].origin, (double(k) - 1.0) / 2.0);
            QCOMPARE(r.map[rank - 1].step, double(k));
            const std::size_t ch = x.channels;
            const std::size_t d0 = volume ? expect[0] : 1, d1 = expect[rank - 2],
                              d2 = expect[rank - 1];
            const std::size_t kz = volume ? K : 1;
            double worst = 0.0;
            for (std::size_t z = 0; z < d0; ++z)
                for (std::size_t y = 0; y < d1; ++y)
                    for (std::size_t xx = 0; xx < d2; ++xx)
                        for (std::size_t c = 0; c < ch; ++c) {
                            double sum = 0.0;
                            for (std::size_t dz = 0; dz < kz; ++dz)
                                for (std::size_t dy = 0; dy < K; ++dy)
                                    for (std::size_t dx = 0; dx < K; ++dx)
                                        sum += x.values[(((z * kz + dz) * x.shape[rank - 2] + y * K
                                                             + dy)
                                                                * x.shape[rank - 1]
                                                            + xx * K + dx)
                                                * ch
                                            + c];
                            const double mean = sum / double(kz * K * K);
                            worst = std::max(worst,
                                std::abs(
                                    mean - r.output.values[((z * d1 + y) * d2 + xx) * ch + c]));
                        }
            QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
        }
    }

    void fractionalArea()
    {
        // 5 -> 2: footprints [0, 2.5) and [2.5, 5): pixel 2 split half/half.
        Array x = Array::zeros(Kind::Image, { 1, 5 });
        x.values = { 1, 2, 3, 4, 5 };
        const Array y = run("resize.area:out_h=1,out_w=2", x).output;
        QVERIFY(std::abs(y.values[0] - (1 + 2 + 1.5) / 2.5) < 1e-6);
        QVERIFY(std::abs(y.values[1] - (1.5 + 4 + 5) / 2.5) < 1e-6);
    }

    void gratingBelowNyquistKeepsFrequency_data() { methods_data(); }
    void gratingBelowNyquistKeepsFrequency()
    {
        QFETCH(QString, spec);
        // 0.0625 cycles/px along x -> 0.125 cycles/output px after halving (output Nyquist 0.5).
        const Array x = generate("grating:size=128,frequency=0.0625,angle=0");
        const Array y
            = run(spec.toStdString() + (spec.contains(u':') ? "," : ":") + "factor=2", x).output;
        const auto [fy, fx] = peakFrequency(y);
        QCOMPARE(fy, 0.0);
        QVERIFY2(std::abs(fx - 0.125) < 1e-9, qPrintable(QString::number(fx)));
    }

    void gratingAboveNyquistFolds()
    {
        // 0.35 cycles/px halved: 0.7 cycles per output pixel folds to 0.3. Plain bilinear shows
        // the alias strongly; the antialiased kernels suppress it.
        const Array x = generate("grating:size=128,frequency=0.34375,angle=0");
        const Array naive = run("resize.nearest:factor=2,align=floor", x).output;
        const auto [fy, fx] = peakFrequency(naive);
        QCOMPARE(fy, 0.0);
        QVERIFY2(std::abs(fx - (1.0 - 2 * 0.34375)) < 1e-9, qPrintable(QString::number(fx)));
        auto amplitude = [](const Array &a) {
            const auto [lo, hi] = std::minmax_element(a.values.begin() + long(a.values.size() / 4),
                a.values.end() - long(a.values.size() / 4));
            return double(*hi - *lo);
        };
        const double plain = amplitude(run("resize.bilinear:factor=2,antialias=0", x).output);
        const double lanczos = amplitude(run("resize.lanczos:factor=2", x).output);
        QVERIFY2(plain > 0.3, qPrintable(QString::number(plain)));
        QVERIFY2(lanczos < 0.2 * plain, qPrintable(QString::number(lanczos)));
    }

    void colourAndSixteenBit()
    {
        const Array rgb = load(dsltest::dataFile(u"images/astronaut.png"_s));
        const Result r = run("resize.lanczos:factor=3.7", rgb);
        QCOMPARE(r.output.channels, std::size_t(3));
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 138, 138 }));
        const Array u16 = load(dsltest::dataFile(u"images/chessboard_GRAY_U16.tif"_s));
        QCOMPARE(
            run("resize.area:factor=4", u16).output.shape, (std::vector<std::size_t> { 50, 50 }));
    }
};

QTEST_GUILESS_MAIN(tst_Resize)
#include "tst_resize.moc"
