// The contract every registered method keeps: declared output shape and grid, cancellation,
// clear rejection of bad parameters, finite output for finite input, no output grid gaps.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/method.h"

#include <random>

using namespace dsl;

namespace {

Array randomArray(Kind kind, std::vector<std::size_t> shape, std::size_t channels)
{
    Array a = Array::zeros(kind, std::move(shape), channels);
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> d(-1.0f, 1.0f);
    for (float &v : a.values)
        v = d(rng);
    return a;
}

std::vector<Array> inputs()
{
    return { randomArray(Kind::Signal, { 1001 }, 1), randomArray(Kind::Signal, { 480 }, 2),
        randomArray(Kind::Image, { 37, 53 }, 1), randomArray(Kind::Image, { 32, 24 }, 3),
        randomArray(Kind::Volume, { 9, 10, 11 }, 1),
        randomArray(Kind::Volume, { 2, 8, 9, 10 }, 1) };
}

} // namespace

class tst_Registry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasMethods()
    {
        QVERIFY(Registry::instance().find("decimate.naive"));
        QVERIFY(Registry::instance().find("decimate.boxcar"));
        QVERIFY_THROWS_EXCEPTION(Error, Registry::instance().get("no.such"));
    }

    void contract_data()
    {
        QTest::addColumn<QString>("id");
        for (const Method *m : Registry::instance().all())
            QTest::newRow(m->info().id.c_str()) << QString::fromStdString(m->info().id);
    }

    void contract()
    {
        QFETCH(QString, id);
        const Method &m = Registry::instance().get(id.toStdString());
        const MethodInfo &info = m.info();
        QVERIFY(!info.name.empty());
        QVERIFY(!info.description.empty());
        const Params defaults = m.resolve({});
        int succeeded = 0;
        for (const Array &in : inputs()) {
            RunContext ctx;
            std::vector<std::size_t> declared;
            Result r;
            try {
                declared = m.outputShape(in, defaults);
                r = runMethod(m, in, defaults, ctx);
            } catch (const Error &e) {
                // A method may refuse an input it cannot handle (too short for its filter),
                // but only with a clear parameter/shape error.
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
                QVERIFY(!std::string(e.what()).empty());
                continue;
            }
            ++succeeded;
            QCOMPARE(r.output.shape, declared);
            QCOMPARE(r.map.size(), in.rank());
            QCOMPARE(r.output.channels, in.channels);
            QCOMPARE(r.output.kind, in.kind);
            for (float v : r.output.values)
                QVERIFY(std::isfinite(v));
            for (std::size_t a = 0; a < in.rank(); ++a) {
                QVERIFY(r.map[a].step > 0);
                // The last output sample's cell starts inside the input's extent.
                const double last = r.map[a].origin + double(declared[a] - 1) * r.map[a].step;
                QVERIFY(r.map[a].origin >= -0.5);
                QVERIFY(last - r.map[a].step / 2 <= double(in.shape[a]) - 0.5);
                QCOMPARE(r.output.grid[a].spacing, in.grid[a].spacing * r.map[a].step);
            }
        }
        QVERIFY(succeeded >= 4);
    }

    void cancelHonoured_data() { contract_data(); }
    void cancelHonoured()
    {
        QFETCH(QString, id);
        const Method &m = Registry::instance().get(id.toStdString());
        RunContext ctx;
        ctx.cancel();
        const Array in = randomArray(Kind::Image, { 256, 256 }, 1);
        QVERIFY_THROWS_EXCEPTION(Cancelled, m.apply(in, m.resolve({}), ctx));
    }

    void badParametersRejected_data() { contract_data(); }
    void badParametersRejected()
    {
        QFETCH(QString, id);
        const Method &m = Registry::instance().get(id.toStdString());
        QVERIFY_THROWS_EXCEPTION(Error, m.resolve({ { "no_such_key", "1" } }));
        for (const ParamSpec &p : m.info().params) {
            if (p.type == ParamType::Choice) {
                QVERIFY_THROWS_EXCEPTION(Error, m.resolve({ { p.key, "not-a-choice" } }));
            } else {
                QVERIFY_THROWS_EXCEPTION(Error, m.resolve({ { p.key, "1e300" } }));
                QVERIFY_THROWS_EXCEPTION(Error, m.resolve({ { p.key, "abc" } }));
            }
        }
    }

    void methodCallRoundTrip()
    {
        const MethodCall c = parseMethodCall("decimate.naive:factor=4,phase=1");
        QCOMPARE(c.params.integer("factor"), 4);
        QCOMPARE(c.spec(), std::string("decimate.naive:axes=all,factor=4,phase=1"));
        QCOMPARE(parseMethodCall(c.spec()).spec(), c.spec());
    }

    void axesSelection()
    {
        const Array img = randomArray(Kind::Image, { 40, 60 }, 1);
        const MethodCall c = parseMethodCall("decimate.naive:factor=4,axes=x");
        RunContext ctx;
        const Result r = runMethod(*c.method, img, c.params, ctx);
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 40, 15 }));
        QVERIFY_THROWS_EXCEPTION(
            Error, runMethod(*c.method, img, parseMethodCall("decimate.naive:axes=z").params, ctx));
    }

    void naivePhaseAndGrid()
    {
        Array s = Array::zeros(Kind::Signal, { 10 });
        for (std::size_t i = 0; i < 10; ++i)
            s.values[i] = float(i);
        s.grid[0] = { 0.0, 1.0 / 1000.0, "s" };
        const MethodCall c = parseMethodCall("decimate.naive:factor=3,phase=1");
        RunContext ctx;
        const Result r = runMethod(*c.method, s, c.params, ctx);
        QCOMPARE(r.output.values, (FloatBuffer { 1, 4, 7 }));
        QCOMPARE(r.map[0].origin, 1.0);
        QCOMPARE(r.output.grid[0].origin, 0.001);
        QCOMPARE(r.output.grid[0].spacing, 0.003);
    }

    void boxcarIsBlockMeanWithCentredOrigin()
    {
        Array img = Array::zeros(Kind::Image, { 4, 5 }, 2);
        for (std::size_t i = 0; i < img.values.size(); ++i)
            img.values[i] = float(i);
        const MethodCall c = parseMethodCall("decimate.boxcar:factor=2");
        RunContext ctx;
        const Result r = runMethod(*c.method, img, c.params, ctx);
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 2, 2 }));
        // Block (rows 0-1, cols 0-1), channel 0: indices (0,0)=0, (0,1)=2, (1,0)=10, (1,1)=12.
        QCOMPARE(r.output.values[0], 6.0f);
        QCOMPARE(r.output.values[1], 7.0f);
        QCOMPARE(r.map[0].origin, 0.5);
        QCOMPARE(r.map[1].step, 2.0);
    }

    void volumeGridThroughDirection()
    {
        Array v = randomArray(Kind::Volume, { 8, 8, 8 }, 1);
        for (AxisGrid &g : v.grid)
            g.spacing = 2.0;
        SpaceGeometry s;
        s.direction = { -1, 0, 0, 0, -1, 0, 0, 0, 1 };
        s.origin = { 10, 20, 30 };
        v.space = s;
        const MethodCall c = parseMethodCall("decimate.boxcar:factor=2");
        RunContext ctx;
        const Result r = runMethod(*c.method, v, c.params, ctx);
        // Output voxel 0 is at input index 0.5 on each axis: 1 mm along each direction column.
        QCOMPARE(r.output.space->origin[0], 9.0);
        QCOMPARE(r.output.space->origin[1], 19.0);
        QCOMPARE(r.output.space->origin[2], 31.0);
        QCOMPARE(r.output.grid[0].spacing, 4.0);
    }
};

QTEST_GUILESS_MAIN(tst_Registry)
#include "tst_registry.moc"
