// Containers, grids and parameter sets.
#include "testutil.h"

#include "dsl/error.h"
#include "dsl/fft.h"
#include "dsl/params.h"

using namespace dsl;
using namespace Qt::StringLiterals;

class tst_Array : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zerosAndStrides()
    {
        const Array a = Array::zeros(Kind::Image, { 4, 5 }, 3);
        QCOMPARE(a.size(), std::size_t(60));
        QCOMPARE(a.stride(0), std::size_t(15));
        QCOMPARE(a.stride(1), std::size_t(3));
        QCOMPARE(a.grid.size(), std::size_t(2));
        QCOMPARE(a.grid[0].unit, std::string("px"));
        a.checkInvariants();
    }
    void volumeSpatialAxes()
    {
        const Array v = Array::zeros(Kind::Volume, { 2, 3, 4, 5 });
        QCOMPARE(v.spatialAxes(), (std::vector<std::size_t> { 1, 2, 3 }));
        const Array v3 = Array::zeros(Kind::Volume, { 3, 4, 5 });
        QCOMPARE(v3.spatialAxes(), (std::vector<std::size_t> { 0, 1, 2 }));
    }
    void invariantsCatchMismatch()
    {
        Array a = Array::zeros(Kind::Signal, { 10 });
        a.values.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, a.checkInvariants());
        Array b = Array::zeros(Kind::Signal, { 10 });
        b.grid[0].spacing = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, b.checkInvariants());
    }
    void rejectsBadShapes()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Array::zeros(Kind::Image, {}));
        QVERIFY_THROWS_EXCEPTION(Error, Array::zeros(Kind::Image, { 1, 1, 1, 1, 1 }));
        QVERIFY_THROWS_EXCEPTION(Error, Array::zeros(Kind::Image, { 2, 2 }, 0));
    }
    void likeKeepsGeometry()
    {
        Array a = Array::zeros(Kind::Volume, { 3, 4, 5 });
        a.grid[2].spacing = 2.5;
        a.space = SpaceGeometry {};
        a.space->origin = { 1, 2, 3 };
        const Array b = a.like({ 2, 2, 2 });
        QCOMPARE(b.grid[2].spacing, 2.5);
        QVERIFY(b.space.has_value());
        QCOMPARE(b.space->origin[1], 2.0);
        QCOMPARE(b.size(), std::size_t(8));
    }
    void threadedFftPlansAgree()
    {
        // A plan split over FFTW threads is a plan of its own (keyed by its thread count) and
        // computes the same transform; a round trip r2c -> c2r returns the input times N.
        const int h = 96, w = 128;
        fft::Buffer<float> x(std::size_t(h * w)), back(std::size_t(h * w));
        for (int i = 0; i < h * w; ++i)
            x[std::size_t(i)] = float(std::sin(0.37 * i) + 0.25 * std::cos(1.3 * i));
        fft::Buffer<float> copy(std::size_t(h * w));
        std::copy(x.data(), x.data() + h * w, copy.data());
        const std::size_t bins = std::size_t(h * (w / 2 + 1));
        fft::Buffer<std::complex<float>> a(bins), b(bins);
        const std::size_t before = fft::cachedPlanCount();
        fft::r2c({ h, w }, copy.data(), a.data());
        std::copy(x.data(), x.data() + h * w, copy.data());
        fft::r2c({ h, w }, copy.data(), b.data(), 2);
        QCOMPARE(fft::cachedPlanCount(), before + 2);
        for (std::size_t i = 0; i < bins; ++i)
            QVERIFY(std::abs(a[i] - b[i]) <= 1e-3f * (1.0f + std::abs(a[i])));
        fft::c2r({ h, w }, b.data(), back.data(), 2);
        for (int i = 0; i < h * w; ++i)
            QVERIFY(std::abs(back[std::size_t(i)] / float(h * w) - x[std::size_t(i)]) < 1e-5f);
    }

    void paramsResolveDefaultsAndRanges()
    {
        const std::vector<ParamSpec> schema { ParamSpec::integer("factor", 2, 1, 16, "Factor"),
            ParamSpec::real("beta", 5.0, 0, 20, "Beta"),
            ParamSpec::boolean("antialias", true, "AA"),
            ParamSpec::choice("mode", { "a", "b" }, "a", "Mode") };
        const Params p = Params::resolve("m", schema, Params::parseList("factor=4, antialias=off"));
        QCOMPARE(p.integer("factor"), 4);
        QCOMPARE(p.real("beta"), 5.0);
        QCOMPARE(p.boolean("antialias"), false);
        QCOMPARE(p.choice("mode"), std::string("a"));
        QCOMPARE(p.canonical(), std::string("antialias=0,beta=5,factor=4,mode=a"));
    }
    void paramsRejectWithClearMessages_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown key") << u"filt=3"_s << u"no parameter \"filt\""_s;
        QTest::addRow("out of range") << u"factor=99"_s << u"between 1 and 16"_s;
        QTest::addRow("not a number") << u"factor=two"_s << u"must be a number"_s;
        QTest::addRow("fraction for int") << u"factor=2.5"_s << u"whole number"_s;
        QTest::addRow("bad choice") << u"mode=z"_s << u"one of a, b"_s;
        QTest::addRow("no equals") << u"factor"_s << u"key=value"_s;
        QTest::addRow("twice") << u"factor=2,factor=3"_s << u"given twice"_s;
    }
    void paramsRejectWithClearMessages()
    {
        QFETCH(QString, given);
        QFETCH(QString, mentions);
        const std::vector<ParamSpec> schema { ParamSpec::integer("factor", 2, 1, 16, "Factor"),
            ParamSpec::choice("mode", { "a", "b" }, "a", "Mode") };
        try {
            Params::resolve("decimate.x", schema, Params::parseList(given.toStdString()));
            QFAIL("accepted bad parameters");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString::fromStdString(e.what()).contains(mentions), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Array)
#include "tst_array.moc"
