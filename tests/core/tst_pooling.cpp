// Every case of tests/data/golden/pooling (torch, antialiased-cnns, FLC/ASAP, APS, DPP, SoftPool
// references) through the registered methods: 1e-6 max abs for spatial operators, 1e-5 for FFT-
// based ones, same shapes, same APS choice. Plus properties: Haar LL = 2 avg, E(delta) = 0 for
// integer multiples of the stride, FLC corrected = faithful for sizes divisible by 4.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <random>
#include <tuple>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

// (C, H, W) planar float32 -> our (H, W) image with C interleaved channels.
Array readPlanar(const QString &file, const QJsonArray &shape)
{
    const std::size_t c = std::size_t(shape.at(0).toInt()), h = std::size_t(shape.at(1).toInt()),
                      w = std::size_t(shape.at(2).toInt());
    const Array flat = dsltest::readF32(u"golden/pooling/"_s + file, { c * h, w });
    Array a = Array::zeros(Kind::Image, { h, w }, c);
    for (std::size_t k = 0; k < c; ++k)
        for (std::size_t i = 0; i < h * w; ++i)
            a.values[i * c + k] = flat.values[k * h * w + i];
    return a;
}

QString specFor(const QString &op)
{
    static const QMap<QString, QString> m {
        { u"max_pool_k2s2"_s, u"pool.max:k=2,stride=2"_s },
        { u"max_pool_k3s2p1"_s, u"pool.max:k=3,stride=2,pad=1"_s },
        { u"max_pool_k2s2_ceil"_s, u"pool.max:k=2,stride=2,ceil_mode=1"_s },
        { u"avg_pool_k2s2"_s, u"pool.avg:k=2,stride=2"_s },
        { u"avg_pool_k3s2p1_incl"_s, u"pool.avg:k=3,stride=2,pad=1,count_include_pad=1"_s },
        { u"avg_pool_k3s2p1_excl"_s, u"pool.avg:k=3,stride=2,pad=1,count_include_pad=0"_s },
        { u"strided_conv_box3_s2p1"_s, u"conv.strided:kernel=box,k=3,stride=2,pad=1"_s },
        { u"strided_conv_rand3_s2p1"_s, u"conv.strided:kernel=random,k=3,stride=2,pad=1,seed=0"_s },
        { u"blurpool_f1"_s, u"pool.blur:filt=1"_s },
        { u"blurpool_f2"_s, u"pool.blur:filt=2"_s },
        { u"blurpool_f3"_s, u"pool.blur:filt=3"_s },
        { u"blurpool_f4"_s, u"pool.blur:filt=4"_s },
        { u"blurpool_f5"_s, u"pool.blur:filt=5"_s },
        { u"blurpool_f6"_s, u"pool.blur:filt=6"_s },
        { u"blurpool_f7"_s, u"pool.blur:filt=7"_s },
        { u"blurpool_f3_replicate"_s, u"pool.blur:filt=3,pad_mode=replicate"_s },
        { u"blurpool_f3_zero"_s, u"pool.blur:filt=3,pad_mode=zero"_s },
        { u"blurpool_f3_circular"_s, u"pool.blur:filt=3,pad_mode=circular"_s },
        { u"maxblurpool_f3"_s, u"pool.maxblur:filt=3"_s },
        { u"maxblurpool_f4"_s, u"pool.maxblur:filt=4"_s },
        { u"maxblurpool_f5"_s, u"pool.maxblur:filt=5"_s },
        { u"flc"_s, u"pool.flc:mode=faithful"_s },
        { u"asap_padding_one"_s, u"pool.asap:mode=faithful"_s },
        { u"dpp_sym_a1_l1"_s, u"pool.dpp:variant=sym,alpha=1,lambda=1"_s },
        { u"dpp_sym_a0.1_l3"_s, u"pool.dpp:variant=sym,alpha=0.1,lambda=3"_s },
        { u"dpp_asym_a1_l1"_s, u"pool.dpp:variant=asym,alpha=1,lambda=1"_s },
        { u"dpp_asym_a0.1_l3"_s, u"pool.dpp:variant=asym,alpha=0.1,lambda=3"_s },
        { u"aps_f1_circular"_s, u"pool.aps:filt=1,pad_mode=circular"_s },
        { u"aps_f3_circular"_s, u"pool.aps:filt=3,pad_mode=circular"_s },
        { u"softpool_k2s2"_s, u"pool.soft:k=2,stride=2"_s },
        { u"softpool_k2s2_channelsum"_s, u"pool.soft:k=2,stride=2,mode=faithful"_s },
        { u"lp_pool_p2_k2s2"_s, u"pool.lp:p=2,mode=faithful"_s },
        { u"lp_pool_p4_k2s2"_s, u"pool.lp:p=4,mode=faithful"_s },
        { u"haar_dwt"_s, u"pool.haar"_s },
        { u"gap"_s, u"pool.global_avg"_s },
        { u"up_nearest_x2"_s, u"up.nearest:factor=2"_s },
        { u"up_bilinear_x2_ac0"_s, u"up.bilinear:factor=2"_s },
        { u"up_bilinear_x2_ac1"_s, u"up.bilinear:factor=2,align_corners=1"_s },
        { u"max_unpool_k2s2"_s, u"up.unpool"_s },
        { u"up_tconv_bilin4_p1"_s, u"up.transposed:kernel=bilinear4,stride=2,pad=1"_s },
        { u"up_tconv_ones3_p1_op1"_s,
            u"up.transposed:kernel=ones3,stride=2,pad=1,output_padding=1"_s },
        { u"up_fft_x2"_s, u"up.fft:factor=2"_s },
    };
    return m.value(op);
}

// The definitions the fused kernels must reproduce, written plainly in double precision: pad
// index (reflect without repeating the edge, periodically for pads wider than the plane),
// binomial row, MaxBlurPool's dense 2 x 2 max, BlurPool, and k = stride = 2 max/mean pooling.
long padAt(long i, long n, const std::string &mode)
{
    if (i >= 0 && i < n)
        return i;
    if (mode == "zero")
        return -1;
    if (mode == "replicate")
        return i < 0 ? 0 : n - 1;
    if (mode == "circular")
        return ((i % n) + n) % n;
    if (n == 1)
        return 0;
    const long period = 2 * n - 2;
    i = ((i % period) + period) % period;
    return i < n ? i : period - i;
}

double torchMax(double a, double b)
{
    return std::isnan(a) ? a : (b > a || std::isnan(b)) ? b : a;
}

// planes x h x w x ch (doubles) of an array whose last two axes are the plane.
struct Planes
{
    std::size_t n, h, w, ch;
    std::vector<double> v;
    double at(std::size_t p, std::size_t i, std::size_t j, std::size_t c) const
    {
        return v[((p * h + i) * w + j) * ch + c];
    }
};

Planes planesOf(const Array &x)
{
    Planes p { 0, x.shape[x.rank() - 2], x.shape[x.rank() - 1], x.channels, {} };
    p.n = x.samplesPerChannel() / (p.h * p.w);
    p.v.assign(x.values.begin(), x.values.end());
    return p;
}

Planes denseMaxOf(const Planes &x)
{
    Planes m { x.n, x.h - 1, x.w - 1, x.ch, {} };
    for (std::size_t p = 0; p < m.n; ++p)
        for (std::size_t i = 0; i < m.h; ++i)
            for (std::size_t j = 0; j < m.w; ++j)
                for (std::size_t c = 0; c < m.ch; ++c)
                    m.v.push_back(
                        torchMax(torchMax(torchMax(x.at(p, i, j, c), x.at(p, i, j + 1, c)),
                                     x.at(p, i + 1, j, c)),
                            x.at(p, i + 1, j + 1, c)));
    return m;
}

Planes blurDefinition(const Planes &x, int filt, int stride, const std::string &mode, int off)
{
    std::vector<double> a(std::size_t(filt), 1.0);
    for (int i = 1; i < filt; ++i)
        for (int j = i - 1; j > 0; --j)
            a[std::size_t(j)] += a[std::size_t(j - 1)];
    const double sum = std::pow(2.0, filt - 1);
    const long top = (filt - 1) / 2 + off, bottom = filt / 2 + off;
    const long oh = (long(x.h) + top + bottom - filt) / stride + 1,
               ow = (long(x.w) + top + bottom - filt) / stride + 1;
    Planes y { x.n, std::size_t(oh), std::size_t(ow), x.ch, {} };
    for (std::size_t p = 0; p < x.n; ++p)
        for (long i = 0; i < oh; ++i)
            for (long j = 0; j < ow; ++j)
                for (std::size_t c = 0; c < x.ch; ++c) {
                    double acc = 0.0;
                    for (int u = 0; u < filt; ++u)
                        for (int v = 0; v < filt; ++v) {
                            const long r = padAt(i * stride - top + u, long(x.h), mode),
                                       q = padAt(j * stride - top + v, long(x.w), mode);
                            if (r >= 0 && q >= 0)
                                acc += a[std::size_t(u)] * a[std::size_t(v)] / (sum * sum)
                                    * x.at(p, std::size_t(r), std::size_t(q), c);
                        }
                    y.v.push_back(acc);
                }
    return y;
}

Planes pool2Definition(const Planes &x, bool max)
{
    Planes y { x.n, x.h / 2, x.w / 2, x.ch, {} };
    for (std::size_t p = 0; p < x.n; ++p)
        for (std::size_t i = 0; i < y.h; ++i)
            for (std::size_t j = 0; j < y.w; ++j)
                for (std::size_t c = 0; c < x.ch; ++c) {
                    const double v[4] = { x.at(p, 2 * i, 2 * j, c), x.at(p, 2 * i, 2 * j + 1, c),
                        x.at(p, 2 * i + 1, 2 * j, c), x.at(p, 2 * i + 1, 2 * j + 1, c) };
                    y.v.push_back(max ? torchMax(torchMax(torchMax(v[0], v[1]), v[2]), v[3])
                                      : (v[0] + v[1] + v[2] + v[3]) / 4.0);
                }
    return y;
}

// Largest |a - b| over samples, NaN where exactly one of them is NaN; shapes must agree.
double planesDiff(const Array &a, const Planes &b)
{
    if (a.shape[a.rank() - 2] != b.h || a.shape[a.rank() - 1] != b.w || a.channels != b.ch
        || a.values.size() != b.v.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (std::size_t i = 0; i < b.v.size(); ++i) {
        const bool na = std::isnan(a.values[i]), nb = std::isnan(b.v[i]);
        if (na != nb)
            return std::numeric_limits<double>::quiet_NaN();
        if (!na)
            worst = std::max(worst, std::abs(double(a.values[i]) - b.v[i]));
    }
    return worst;
}

// A random test array: planes of h x w with ch channels (values in [0, 1)).
Array randomPlanes(std::size_t planes, std::size_t h, std::size_t w, std::size_t ch, unsigned seed)
{
    Array x = planes == 1 ? Array::zeros(Kind::Image, { h, w }, ch)
                          : Array::zeros(Kind::Volume, { planes, h, w }, ch);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    for (float &v : x.values)
        v = u(rng);
    return x;
}

Result run(const std::string &spec, const Array &x)
{
    const MethodCall c = parseMethodCall(spec);
    RunContext ctx;
    return runMethod(*c.method, x, c.params, ctx);
}

} // namespace

class tst_Pooling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject m = dsltest::readJson(u"golden/pooling/manifest.json"_s);
        int mapped = 0;
        for (const auto &v : m.value(u"outputs"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (specFor(o.value(u"op"_s).toString()).isEmpty())
                continue; // indices (checked through unpooling), the ideal reference, FLC 2022,
                          // ASAP nopad
            ++mapped;
            QTest::newRow(qPrintable(o.value(u"file"_s).toString())) << o;
        }
        QVERIFY(mapped >= 120);
    }
    void golden()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject m = dsltest::readJson(u"golden/pooling/manifest.json"_s);
        QJsonObject input;
        for (const auto &v : m.value(u"inputs"_s).toArray())
            if (v.toObject().value(u"name"_s) == testCase.value(u"input"_s))
                input = v.toObject();
        const Array x
            = readPlanar(input.value(u"file"_s).toString(), input.value(u"shape"_s).toArray());
        const QString op = testCase.value(u"op"_s).toString();
        const Result r = run(specFor(op).toStdString(), x);
        QJsonArray shape = testCase.value(u"shape"_s).toArray();
        Array ref = readPlanar(testCase.value(u"file"_s).toString(), shape);
        if (op == u"haar_dwt"_s) {
            // Keep the LL band of each channel (bands LL, LH, HL, HH per channel).
            Array ll = Array::zeros(Kind::Image, { ref.shape[0], ref.shape[1] }, x.channels);
            for (std::size_t i = 0; i < ref.samplesPerChannel(); ++i)
                for (std::size_t c = 0; c < x.channels; ++c)
                    ll.values[i * x.channels + c] = ref.values[i * ref.channels + 4 * c];
            ref = ll;
        }
        QCOMPARE(r.output.shape, ref.shape);
        QCOMPARE(r.output.channels, ref.channels);
        const bool spectral
            = op.startsWith(u"flc"_s) || op.startsWith(u"asap"_s) || op.startsWith(u"up_fft"_s);
        const double err = dsltest::maxAbsDiff(r.output, ref);
        qInfo("%s: max abs error %.3g", qPrintable(op), err);
        QVERIFY2(err <= (spectral ? 1e-5 : 1e-6), qPrintable(QString::number(err)));
        if (op.startsWith(u"aps"_s)) {
            const int selected
                = testCase.value(u"params"_s).toObject().value(u"selected"_s).toInt();
            QCOMPARE(r.map[0].origin, double(selected & 1));
            QCOMPARE(r.map[1].origin, double(selected >> 1));
        }
        if (testCase.contains(u"sample_phase"_s) && testCase.value(u"sample_phase"_s).isDouble()
            && !op.startsWith(u"up"_s))
            QCOMPARE(r.map[0].origin, testCase.value(u"sample_phase"_s).toDouble());
        // The same case applied slice by slice to a two-slice volume (axes=xy): both output
        // slices equal the 2-d reference.
        const std::string spec = specFor(op).toStdString();
        if (op != u"haar_dwt"_s) {
            Array volume = Array::zeros(Kind::Volume, { 2, x.shape[0], x.shape[1] }, x.channels);
            std::copy(x.values.begin(), x.values.end(), volume.values.begin());
            std::copy(x.values.begin(), x.values.end(),
                volume.values.begin() + std::ptrdiff_t(x.values.size()));
            const Result v
                = run(spec + (spec.find(':') == std::string::npos ? ":" : ",") + "axes=xy", volume);
            QCOMPARE(v.output.shape, (std::vector<std::size_t> { 2, ref.shape[0], ref.shape[1] }));
            Array second = ref;
            std::copy(v.output.values.begin() + std::ptrdiff_t(ref.values.size()),
                v.output.values.end(), second.values.begin());
            QVERIFY(dsltest::maxAbsDiff(second, ref) <= (spectral ? 1e-5 : 1e-6));
        }
    }

    // The 3-d forms (axes=all on a volume) against torch max_pool3d / avg_pool3d / conv3d and
    // numpy fftn references (tests/data/golden/volume, scripts/make_volume_golden.py).
    void volumeGolden_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject m = dsltest::readJson(u"golden/volume/manifest.json"_s);
        for (const auto &c : m.value(u"cases"_s).toArray())
            QTest::newRow(qPrintable(c.toObject().value(u"name"_s).toString())) << c.toObject();
        QVERIFY(m.value(u"cases"_s).toArray().size() >= 40);
    }
    void volumeGolden()
    {
        QFETCH(QJsonObject, testCase);
        LoadOptions lo;
        lo.as = Kind::Volume;
        const Array x = loadNpy(
            dsltest::dataFile(u"golden/volume/"_s + testCase.value(u"input"_s).toString()), lo);
        const Array ref = loadNpy(
            dsltest::dataFile(u"golden/volume/"_s + testCase.value(u"output"_s).toString()), lo);
        QCOMPARE(x.kind, Kind::Volume);
        const Result r = run(testCase.value(u"method"_s).toString().toStdString(), x);
        QCOMPARE(r.output.shape, ref.shape);
        const double err = dsltest::maxAbsDiff(r.output, ref);
        QVERIFY2(err <= 1e-5, qPrintable(QString::number(err)));
        // Window operators put every axis on the same grid (spectral ones: n / m per axis).
        for (std::size_t a = 0; a < 3; ++a)
            if (testCase.value(u"method"_s).toString().contains(u"flc"_s)
                || testCase.value(u"method"_s).toString().contains(u"asap"_s))
                QCOMPARE(r.map[a].step, double(x.shape[a]) / double(r.output.shape[a]));
            else
                QCOMPARE(r.map[a].step,
                    2.0 + double(testCase.value(u"method"_s).toString().contains(u"stride=3"_s)));
    }

    // In-plane work on another plane of a volume equals the 2-d operator on the transposed
    // slices, and leaves the third axis alone.
    void volumePlanesOtherThanXy()
    {
        Array v = generate("phantom3d:size=24");
        for (std::size_t i = 0; i < v.values.size(); ++i)
            v.values[i] += float((i * 7919) % 13) * 0.01f;
        const Result xz = run("pool.blur:axes=xz,filt=3", v);
        QCOMPARE(xz.output.shape, (std::vector<std::size_t> { 12, 24, 12 }));
        QCOMPARE(xz.map[1].step, 1.0);
        QCOMPARE(xz.map[0].step, 2.0);
        // Slice j of the output = 2-d BlurPool of the (z, x) slice j of the input.
        for (std::size_t j : { std::size_t(0), std::size_t(11), std::size_t(23) }) {
            Array slice = Array::zeros(Kind::Image, { 24, 24 });
            for (std::size_t k = 0; k < 24; ++k)
                for (std::size_t i = 0; i < 24; ++i)
                    slice.values[k * 24 + i] = v.values[(k * 24 + j) * 24 + i];
            const Result s = run("pool.blur:filt=3", slice);
            double err = 0.0;
            for (std::size_t k = 0; k < 12; ++k)
                for (std::size_t i = 0; i < 12; ++i)
                    err = std::max(err,
                        double(std::abs(s.output.values[k * 12 + i]
                            - xz.output.values[(k * 24 + j) * 12 + i])));
            QVERIFY2(err < 1e-6, qPrintable(QString::number(err)));
        }
        // The default on a volume is the 3-d operator; methods without one work on xy slices.
        QCOMPARE(run("pool.max", v).output.shape, (std::vector<std::size_t> { 12, 12, 12 }));
        QCOMPARE(run("pool.aps", v).output.shape, (std::vector<std::size_t> { 24, 12, 12 }));
        QVERIFY_THROWS_EXCEPTION(Error, run("pool.max:axes=xz", generate("zoneplate:size=16")));
    }

    void depthStacksAndComposesGrids()
    {
        const Array x = generate("zoneplate:size=64");
        const Result twice = run("pool.max:depth=2", x);
        const Result once = run("pool.max", run("pool.max", x).output);
        QCOMPARE(twice.output.shape, (std::vector<std::size_t> { 16, 16 }));
        QVERIFY(dsltest::maxAbsDiff(twice.output, once.output) == 0.0);
        // Two k2s2 windows: centre 0.5 + 2 * 0.5 = 1.5, step 4.
        QCOMPARE(twice.map[0].origin, 1.5);
        QCOMPARE(twice.map[1].step, 4.0);
    }

    void shiftEquivarianceCurve()
    {
        const Array x = dsltest::readF32(u"golden/pooling/data/camera64.f32"_s, { 64, 64 });
        const std::vector<double> deltas { 0.0, 0.5, 1.0, 1.5, 2.0 };
        auto curve = [&](const char *spec) {
            const MethodCall c = parseMethodCall(spec);
            RunContext ctx;
            return shiftEquivariance(*c.method, c.params, x, deltas, true, true, ctx);
        };
        const auto blur = curve("pool.blur:filt=5,pad_mode=circular");
        const auto maxp = curve("pool.max");
        const auto flc = curve("pool.flc");
        qInfo("E(1): blur5 %.4f max %.4f flc %.4f", blur[2], maxp[2], flc[2]);
        // Multiples of the stride: exact for every variant here (circular shifts, no border).
        for (const auto *c : { &blur, &maxp, &flc }) {
            QVERIFY((*c)[0] < 1e-6);
            QVERIFY((*c)[4] < 1e-5);
        }
        // Between: max pooling flickers, BlurPool far less, FLC (band-limited) hardly at all.
        QVERIFY(maxp[2] > 3 * blur[2]);
        QVERIFY(flc[2] < blur[2]);
    }

    void convBlurAliasesLessThanStridedConv()
    {
        // Same kernel, same output size: filtering at stride 1 and blurring before subsampling
        // folds far less of the zone plate than the strided convolution.
        const Array x = generate("zoneplate:size=128");
        auto alias = [&](const char *spec) {
            const MethodCall c = parseMethodCall(spec);
            RunContext ctx;
            return analyse(*c.method, x, c.params, ctx).metrics.aliasEnergyDb;
        };
        const double strided = alias("conv.strided:kernel=binomial");
        const double blurred = alias("pool.convblur:kernel=binomial");
        QVERIFY2(blurred < strided - 6.0,
            qPrintable(QStringLiteral("%1 vs %2").arg(blurred).arg(strided)));
        QCOMPARE(run("pool.convblur:kernel=binomial", x).output.shape,
            (std::vector<std::size_t> { 64, 64 }));
    }

    // The fused BlurPool / MaxBlurPool kernels (one pass per output row, vector paths for one
    // channel at stride 2) against the plain definition: every filter size, padding mode,
    // stride 1-3, extra padding, one and three channels, several planes, rows shorter and
    // longer than a vector block, pads wider than the plane; NaN spreads as in torch.
    void fusedBlurPoolMatchesTheDefinition()
    {
        struct Shape
        {
            std::size_t planes, h, w, ch;
        };
        const Shape shapes[] = { { 1, 37, 70, 1 }, { 1, 40, 41, 3 }, { 3, 20, 35, 1 },
            { 1, 5, 3, 1 }, { 1, 2, 2, 2 }, { 1, 9, 131, 1 } };
        int cases = 0;
        unsigned seed = 1;
        for (const Shape &sh : shapes) {
            Array x = randomPlanes(sh.planes, sh.h, sh.w, sh.ch, seed++);
            if (sh.w > 100)
                x.values[(4 * sh.w + 77) * sh.ch] = std::numeric_limits<float>::quiet_NaN();
            const Planes xp = planesOf(x);
            const Planes dense = denseMaxOf(xp);
            for (int filt = 1; filt <= 7; ++filt)
                for (const char *mode : { "reflect", "replicate", "zero", "circular" })
                    for (int stride : { 1, 2, 3 })
                        for (int off : { 0, 1 }) {
                            const std::string params = ":filt=" + std::to_string(filt) + ",stride="
                                + std::to_string(stride) + ",pad_mode=" + mode + ",pad_off="
                                + std::to_string(off) + (sh.planes > 1 ? ",axes=xy" : "");
                            const double blur = planesDiff(run("pool.blur" + params, x).output,
                                blurDefinition(xp, filt, stride, mode, off));
                            const double maxBlur
                                = planesDiff(run("pool.maxblur" + params, x).output,
                                    blurDefinition(dense, filt, stride, mode, off));
                            if (!(blur <= 1e-6 && maxBlur <= 1e-6))
                                QFAIL(qPrintable(
                                    u"%1x%2x%3 ch %4%5: blur %6, maxblur %7"_s.arg(sh.planes)
                                        .arg(sh.h)
                                        .arg(sh.w)
                                        .arg(sh.ch)
                                        .arg(QString::fromStdString(params))
                                        .arg(blur)
                                        .arg(maxBlur)));
                            ++cases;
                        }
        }
        QCOMPARE(cases, 6 * 7 * 4 * 3 * 2);
    }

    // Strided convolution (row buffers, float multiply-adds over whole rows) against the plain
    // definition with zero padding: box, binomial and Sobel kernels, k 2-5, stride 1-3, every
    // padding up to k / 2, one and three channels.
    void stridedConvolutionMatchesTheDefinition()
    {
        int cases = 0;
        for (std::size_t ch : { std::size_t(1), std::size_t(3) }) {
            const Array x = randomPlanes(1, 23, 37, ch, unsigned(ch));
            const Planes xp = planesOf(x);
            for (const char *name : { "box", "binomial", "sobel" })
                for (int k = 2; k <= 5; ++k)
                    for (int stride = 1; stride <= 3; ++stride)
                        for (int pad = 0; 2 * pad <= k; ++pad) {
                            if (std::string(name) == "sobel" && k != 3)
                                continue;
                            std::vector<double> kern(std::size_t(k * k));
                            std::vector<double> a(std::size_t(k), 1.0);
                            for (int i = 1; i < k; ++i)
                                for (int j = i - 1; j > 0; --j)
                                    a[std::size_t(j)] += a[std::size_t(j - 1)];
                            for (int u = 0; u < k; ++u)
                                for (int v = 0; v < k; ++v)
                                    kern[std::size_t(u * k + v)] = std::string(name) == "box"
                                        ? 1.0 / (k * k)
                                        : a[std::size_t(u)] * a[std::size_t(v)]
                                            / std::pow(2.0, 2 * (k - 1));
                            if (std::string(name) == "sobel")
                                kern = { -1 / 8.0, 0, 1 / 8.0, -2 / 8.0, 0, 2 / 8.0, -1 / 8.0, 0,
                                    1 / 8.0 };
                            const long oh = (23 + 2 * pad - k) / stride + 1,
                                       ow = (37 + 2 * pad - k) / stride + 1;
                            Planes def { 1, std::size_t(oh), std::size_t(ow), ch, {} };
                            for (long i = 0; i < oh; ++i)
                                for (long j = 0; j < ow; ++j)
                                    for (std::size_t c = 0; c < ch; ++c) {
                                        double acc = 0.0;
                                        for (int u = 0; u < k; ++u)
                                            for (int v = 0; v < k; ++v) {
                                                const long r = i * stride + u - pad,
                                                           q = j * stride + v - pad;
                                                if (r >= 0 && r < 23 && q >= 0 && q < 37)
                                                    acc += kern[std::size_t(u * k + v)]
                                                        * xp.at(
                                                            0, std::size_t(r), std::size_t(q), c);
                                            }
                                        def.v.push_back(acc);
                                    }
                            const std::string spec = std::string("conv.strided:kernel=") + name
                                + ",k=" + std::to_string(k) + ",stride=" + std::to_string(stride)
                                + ",pad=" + std::to_string(pad);
                            const double err = planesDiff(run(spec, x).output, def);
                            QVERIFY2(err <= 1e-6,
                                qPrintable(u"%1 ch %2: %3"_s.arg(QString::fromStdString(spec))
                                               .arg(ch)
                                               .arg(err)));
                            ++cases;
                        }
        }
        QVERIFY(cases > 100);
    }

    // 2 x 2 max and average pooling (read straight from the input rows, vectorised for one
    // channel) against the definition, odd sizes dropping their last row/column, NaN kept.
    void pairBlocksMatchTheDefinition()
    {
        for (const auto &[h, w, ch] :
            { std::tuple<std::size_t, std::size_t, std::size_t> { 37, 70, 1 }, { 16, 131, 1 },
                { 9, 10, 3 }, { 2, 2, 1 }, { 3, 17, 1 } }) {
            Array x = randomPlanes(1, h, w, ch, unsigned(h * w));
            x.values[std::min((w + 5) * ch, x.values.size() - 1)]
                = std::numeric_limits<float>::quiet_NaN();
            const Planes xp = planesOf(x);
            const double mx = planesDiff(run("pool.max", x).output, pool2Definition(xp, true));
            const double avg = planesDiff(run("pool.avg", x).output, pool2Definition(xp, false));
            QVERIFY2(mx == 0.0 && avg <= 1e-6,
                qPrintable(
                    u"%1x%2 ch %3: max %4, avg %5"_s.arg(h).arg(w).arg(ch).arg(mx).arg(avg)));
        }
    }

    void haarIsTwiceAverage()
    {
        const Array x = generate("zoneplate:size=64");
        const Array haar = run("pool.haar", x).output, avg = run("pool.avg:k=2,stride=2", x).output;
        for (std::size_t i = 0; i < haar.values.size(); ++i)
            QVERIFY(std::abs(haar.values[i] - 2 * avg.values[i]) < 1e-6);
    }

    // The effective kernel of linear operators: the weights the centre output pixel gives the
    // input pixels (BlurPool filt 3: the outer product of [1 2 1] / 4 around its sample; 2 x 2
    // average: four quarters), unit DC gain, and a frequency response with a zero at the
    // Nyquist frequency for the binomial; max pooling has none.
    void effectiveKernels()
    {
        RunContext ctx;
        auto kernelOf = [&](const std::string &spec) {
            const MethodCall c = parseMethodCall(spec);
            return effectiveKernel(*c.method, c.params, 4, 64, ctx);
        };
        const EffectiveKernel blur = kernelOf("pool.blur:filt=3,stride=2");
        QCOMPARE(blur.weights.shape, (std::vector<std::size_t> { 9, 9 }));
        double sum = 0, biggest = 0;
        std::size_t at = 0;
        for (std::size_t i = 0; i < blur.weights.values.size(); ++i) {
            sum += blur.weights.values[i];
            if (blur.weights.values[i] > biggest) {
                biggest = blur.weights.values[i];
                at = i;
            }
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-6);
        QVERIFY(std::abs(biggest - 0.25) < 1e-6); // (2/4)^2 at the centre tap
        const std::size_t cy = at / 9, cx = at % 9;
        const double taps[3] = { 0.25, 0.5, 0.25 };
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                QVERIFY(
                    std::abs(blur.weights.values[(cy + std::size_t(dy)) * 9 + cx + std::size_t(dx)]
                        - taps[dy + 1] * taps[dx + 1])
                    < 1e-6);
        QCOMPARE(blur.stepX, 2.0);
        // Response: 0 dB at DC (centre), a deep null at (0.5, 0) cycles/px.
        const Array &r = blur.responseDb;
        QVERIFY(std::abs(r.values[32 * 64 + 32]) < 1e-4);
        QVERIFY2(r.values[32 * 64 + 0] < -100.0f, qPrintable(QString::number(r.values[32 * 64])));
        const EffectiveKernel avg = kernelOf("pool.avg:k=2,stride=2");
        int quarters = 0;
        for (float v : avg.weights.values)
            quarters += std::abs(v - 0.25f) < 1e-6f;
        QCOMPARE(quarters, 4);
        QVERIFY_THROWS_EXCEPTION(Error, kernelOf("pool.max:k=2,stride=2"));
    }

    // Round trip: down, then back to the source's size. A constant survives exactly; nearest
    // back from a 2 x 2 block mean restores the block structure (each 2 x 2 block = its mean);
    // on a real image, max pooling at depth 2 loses more than BlurPool; shapes and errors.
    void roundTripBackToTheSource()
    {
        RunContext ctx;
        Array flat = Array::zeros(Kind::Image, { 16, 12 });
        std::fill(flat.values.begin(), flat.values.end(), 0.25f);
        flat.values[0] = 0.0f; // a value range for the PSNR peak
        Array c = flat;
        c.values[0] = 0.25f;
        const RoundTrip constant
            = roundTrip(c, run("pool.avg:k=2,stride=2", c).output, "resize.bilinear", ctx);
        QCOMPARE(constant.back.shape, c.shape);
        for (float v : constant.difference.values)
            QVERIFY(std::abs(v) < 1e-6f);
        const Array x = dsltest::readF32(u"golden/pooling/data/camera64.f32"_s, { 64, 64 });
        const Array avg = run("pool.avg:k=2,stride=2", x).output;
        const RoundTrip blocks = roundTrip(x, avg, "resize.nearest", ctx);
        for (std::size_t yy = 0; yy < 64; ++yy)
            for (std::size_t xx = 0; xx < 64; ++xx)
                QVERIFY(
                    std::abs(blocks.back.values[yy * 64 + xx] - avg.values[(yy / 2) * 32 + xx / 2])
                    < 1e-6f);
        const Array max2
            = run("pool.max:k=2,stride=2", run("pool.max:k=2,stride=2", x).output).output;
        const Array blur2 = run("pool.blur:filt=3", run("pool.blur:filt=3", x).output).output;
        const RoundTrip tm = roundTrip(x, max2, "resize.bilinear", ctx);
        const RoundTrip tb = roundTrip(x, blur2, "resize.bilinear", ctx);
        QVERIFY2(tb.psnrDb > tm.psnrDb + 1.0,
            qPrintable(QStringLiteral("%1 vs %2").arg(tb.psnrDb).arg(tm.psnrDb)));
        QVERIFY(tm.ssim > 0.0 && tm.ssim < 1.0 && tb.ssim > 0.0 && tb.ssim < 1.0);
        // The difference is what it says it is.
        for (std::size_t i = 0; i < x.values.size(); i += 97)
            QVERIFY(std::abs(tm.difference.values[i] - (tm.back.values[i] - x.values[i])) < 1e-7f);
        QVERIFY_THROWS_EXCEPTION(Error, roundTrip(x, max2, "pool.max", ctx));
        const Array tone = generate("sine:duration=0.1");
        QVERIFY_THROWS_EXCEPTION(Error,
            roundTrip(tone, run("decimate.naive:factor=2", tone).output, "resize.nearest", ctx));
    }

    // What the Haar LL band discards: nothing of a constant, everything of a checkerboard, and
    // the detail energy of a real image (the identity: LL + details = all, orthonormal).
    void haarDiscardedEnergy()
    {
        Array flat = Array::zeros(Kind::Image, { 8, 8 });
        std::fill(flat.values.begin(), flat.values.end(), 3.0f);
        QVERIFY(std::abs(dsl::haarDiscardedEnergy(flat, run("pool.haar", flat).output)) < 1e-12);
        Array checker = Array::zeros(Kind::Image, { 8, 8 });
        for (std::size_t i = 0; i < 64; ++i)
            checker.values[i] = ((i / 8 + i % 8) % 2) ? 1.0f : -1.0f;
        QVERIFY(std::abs(dsl::haarDiscardedEnergy(checker, run("pool.haar", checker).output) - 1.0)
            < 1e-12);
        const Array x = generate("zoneplate:size=64");
        const double d = dsl::haarDiscardedEnergy(x, run("pool.haar", x).output);
        QVERIFY2(d > 0.01 && d < 0.99, qPrintable(QString::number(d)));
    }

    // operators/pooling.md: for sizes divisible by 4, FLC equals band-limited resampling (scipy
    // resample per axis: decimate.fft by 2) except the output Nyquist row/column, which FLC
    // keeps at half weight. (a) Content below and above the new Nyquist but none on it:
    // identical. (b) A cosine exactly at the new Nyquist along the rows: FLC gives half of it.
    void flcIsBandLimitedResamplingExceptNyquist()
    {
        const std::size_t h = 32, w = 40;
        Array x = Array::zeros(Kind::Image, { h, w });
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        int terms = 0;
        for (int ky = 0; ky < int(h / 2); ++ky)
            for (int kx = 0; kx < int(w / 2); kx += 3) {
                if (ky == int(h / 4) || kx == int(w / 4))
                    continue; // nothing on the output's Nyquist row or column
                const double a = u(rng), phase = 2 * M_PI * u(rng);
                for (std::size_t i = 0; i < h; ++i)
                    for (std::size_t j = 0; j < w; ++j)
                        x.values[i * w + j] += float(a
                            * std::cos(
                                2 * M_PI * (ky * double(i) / h + kx * double(j) / w) + phase));
                ++terms;
            }
        QVERIFY(terms > 50);
        const Array flc = run("pool.flc", x).output,
                    resampled = run("decimate.fft:factor=2,axes=all", x).output;
        QCOMPARE(flc.shape, (std::vector<std::size_t> { h / 2, w / 2 }));
        QCOMPARE(resampled.shape, flc.shape);
        QVERIFY2(dsltest::maxAbsDiff(flc, resampled) < 1e-4,
            qPrintable(QString::number(dsltest::maxAbsDiff(flc, resampled))));

        Array nyq = Array::zeros(Kind::Image, { h, w });
        for (std::size_t i = 0; i < h; ++i)
            for (std::size_t j = 0; j < w; ++j)
                nyq.values[i * w + j] = float(std::cos(M_PI * double(i) / 2)); // h / 4 cycles
        const Array f = run("pool.flc", nyq).output,
                    r = run("decimate.fft:factor=2,axes=all", nyq).output;
        for (std::size_t i = 0; i < h / 2; ++i) {
            const double sign = i % 2 ? -1.0 : 1.0;
            QVERIFY2(std::abs(f.values[i * (w / 2) + 3] - 0.5 * sign) < 1e-5,
                qPrintable(QString::number(f.values[i * (w / 2) + 3])));
            QVERIFY2(std::abs(r.values[i * (w / 2) + 3] - sign) < 1e-5,
                qPrintable(QString::number(r.values[i * (w / 2) + 3])));
        }
    }

    void flcCorrectedEqualsFaithfulForMultiplesOfFour()
    {
        const Array x = generate("zoneplate:size=64");
        QVERIFY(dsltest::maxAbsDiff(run("pool.flc:mode=corrected", x).output,
                    run("pool.flc:mode=faithful", x).output)
            < 1e-6);
        // Size 38 (4n + 2): faithful is the repo's quirk (a constant map does not stay constant).
        Array ones = Array::zeros(Kind::Image, { 38, 38 });
        std::fill(ones.values.begin(), ones.values.end(), 1.0f);
        const Array fixed = run("pool.flc:mode=corrected", ones).output;
        const Array quirk = run("pool.flc:mode=faithful", ones).output;
        for (float v : fixed.values)
            QVERIFY(std::abs(v - 1.0f) < 1e-5f);
        const auto [lo, hi] = std::minmax_element(quirk.values.begin(), quirk.values.end());
        QVERIFY(*lo < 0.0f && *hi > 0.9f);
    }

    void shiftByStrideIsExact_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : { "pool.blur:filt=3,pad_mode=circular",
                 "pool.blur:filt=4,pad_mode=circular", "pool.max", "conv.strided:kernel=binomial",
                 "pool.convblur:kernel=box", "pool.maxblur" })
            QTest::newRow(s) << QString::fromLatin1(s);
        // Every linear downsampling operator of the pooling family with its defaults (the
        // property DESIGN §7 asks of all of them), found in the registry so a new one is covered.
        const Array probe = generate("zoneplate:size=64");
        int linear = 0;
        for (const Method *m : Registry::instance().all()) {
            if (m->info().family != Family::Pooling || !m->info().linear)
                continue;
            const auto shape = m->outputShape(probe, m->resolve({}));
            if (shape != std::vector<std::size_t> { 32, 32 })
                continue; // upsamplers, global average
            QTest::newRow(m->info().id.c_str()) << QString::fromStdString(m->info().id);
            ++linear;
        }
        QVERIFY(linear >= 6); // avg, strided conv, BlurPool, Haar, FLC, ASAP
    }
    void shiftByStrideIsExact()
    {
        // Away from the borders, shifting the input by the stride shifts the output by one pixel
        // (for the non-linear max-based ones too, as their windows tile the input).
        QFETCH(QString, spec);
        const Array x = generate("zoneplate:size=64");
        Array shifted = x;
        for (std::size_t i = 0; i < 64; ++i)
            for (std::size_t j = 0; j < 64; ++j)
                shifted.values[i * 64 + j] = x.values[i * 64 + (j + 2) % 64];
        const Array a = run(spec.toStdString(), x).output,
                    b = run(spec.toStdString(), shifted).output;
        const std::size_t w = a.shape[1];
        for (std::size_t i = 4; i + 4 < a.shape[0]; ++i)
            for (std::size_t j = 4; j + 4 < w; ++j)
                QVERIFY2(std::abs(b.values[i * w + j] - a.values[i * w + j + 1]) < 1e-5,
                    qPrintable(u"(%1, %2): %3 vs %4"_s.arg(i)
                                   .arg(j)
                                   .arg(b.values[i * w + j])
                                   .arg(a.values[i * w + j + 1])));
    }

    void apsIsInvariantToIntegerCircularShifts()
    {
        const Array x = dsltest::readF32(u"golden/pooling/data/camera64.f32"_s, { 64, 64 });
        Array shifted = x;
        for (std::size_t i = 0; i < 64; ++i)
            for (std::size_t j = 0; j < 64; ++j)
                shifted.values[i * 64 + j] = x.values[((i + 63) % 64) * 64 + (j + 63) % 64];
        const Array a = run("pool.aps:filt=3,pad_mode=circular", x).output;
        const Array b = run("pool.aps:filt=3,pad_mode=circular", shifted).output;
        // b equals a circularly shifted by some integer (dy, dx).
        double best = 1e9;
        for (std::size_t dy = 0; dy < 32; ++dy)
            for (std::size_t dx = 0; dx < 32; ++dx) {
                double d = 0.0;
                for (std::size_t i = 0; i < 32; ++i)
                    for (std::size_t j = 0; j < 32; ++j)
                        d = std::max(d,
                            double(std::abs(b.values[i * 32 + j]
                                - a.values[((i + dy) % 32) * 32 + (j + dx) % 32])));
                best = std::min(best, d);
            }
        QVERIFY2(best < 1e-6, qPrintable(QString::number(best)));
        // The same figure from core, as the shift explorer reports it: APS ~ 0, max pooling not.
        RunContext ctx;
        const MethodCall aps = parseMethodCall("pool.aps:filt=3,pad_mode=circular");
        const MethodCall max = parseMethodCall("pool.max");
        const double apsFigure
            = integerShiftInvariance(*aps.method, aps.params, x, true, true, ctx);
        const double maxFigure
            = integerShiftInvariance(*max.method, max.params, x, true, true, ctx);
        QVERIFY2(apsFigure < 1e-6, qPrintable(QString::number(apsFigure)));
        QVERIFY2(maxFigure > 0.02, qPrintable(QString::number(maxFigure)));
    }
};

QTEST_GUILESS_MAIN(tst_Pooling)
#include "tst_pooling.moc"
