// Synthetic sources: shapes, grids, ranges and the frequencies they claim.
#include "testutil.h"

#include "dsl/error.h"
#include "dsl/synth.h"

#include <numbers>

using namespace dsl;

class tst_Synth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyGeneratorMakesAValidArray_data()
    {
        QTest::addColumn<QString>("id");
        for (const GeneratorInfo &g : generators())
            QTest::newRow(g.id.c_str()) << QString::fromStdString(g.id);
        QVERIFY(generators().size() >= 12);
    }
    void everyGeneratorMakesAValidArray()
    {
        QFETCH(QString, id);
        const GeneratorInfo *g = findGenerator(id.toStdString());
        QVERIFY(g);
        const std::string small = g->kind == Kind::Signal ? ":duration=0.1"
            : g->kind == Kind::Image                      ? ":size=64"
                                                          : ":size=24";
        const Array a = generate(id.toStdString() + small);
        a.checkInvariants();
        QCOMPARE(a.kind, g->kind);
        for (float v : a.values)
            QVERIFY(std::isfinite(v) && std::abs(v) <= 1.0f);
        QVERIFY(valueRangeIsNonZero(a));
    }
    void sineHasItsFrequency()
    {
        const Array a = generate("sine:rate=8000,duration=1,frequency=1000,amplitude=1");
        QCOMPARE(a.shape[0], std::size_t(8000));
        QCOMPARE(a.sampleRate(), 8000.0);
        // Samples at t = 1/4000 s (a quarter period) are sin(pi/2) = 1.
        QVERIFY(std::abs(a.values[2] - 1.0f) < 1e-6);
    }
    void linearChirpEndsAtF1()
    {
        const Array a = generate("chirp.linear:rate=48000,duration=1,f0=0,f1=24000,amplitude=1");
        // Instantaneous frequency f0 + (f1 - f0) t / d: at t = 0.5 s it is 12 kHz, i.e. the phase
        // advances by pi/2 per sample there: x[n+1]^2 + x[n]^2 ~ 1 around the middle.
        const std::size_t n = 24000;
        QVERIFY(
            std::abs(a.values[n] * a.values[n] + a.values[n + 1] * a.values[n + 1] - 1.0f) < 0.02f);
    }
    void zonePlateReachesEdgeFrequency()
    {
        const Array a = generate("zoneplate:size=128,frequency=0.5");
        QCOMPARE(a.shape, (std::vector<std::size_t> { 128, 128 }));
        // Centre is bright (cos 0 = 1 near the centre).
        QVERIFY(a.values[64 * 128 + 64] > 0.99f);
    }
    void phantomGeometry()
    {
        const Array a = generate("phantom3d:size=32,spacing=1.5");
        QCOMPARE(a.shape, (std::vector<std::size_t> { 32, 32, 32 }));
        QVERIFY(a.space.has_value());
        QCOMPARE(a.grid[0].spacing, 1.5);
        QCOMPARE(a.grid[0].unit, std::string("mm"));
        QVERIFY(a.values[(16 * 32 + 16) * 32 + 16] > 0.0f); // inside the skull
        QCOMPARE(a.values[0], 0.0f); // outside
    }
    void rejectsUnknown()
    {
        QVERIFY_THROWS_EXCEPTION(Error, generate("nope"));
        QVERIFY_THROWS_EXCEPTION(Error, generate("zoneplate:size=2"));
    }

private:
    static bool valueRangeIsNonZero(const Array &a)
    {
        const auto [lo, hi] = std::minmax_element(a.values.begin(), a.values.end());
        return *hi > *lo;
    }
};

QTEST_GUILESS_MAIN(tst_Synth)
#include "tst_synth.moc"
