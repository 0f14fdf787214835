// The analysis cache without a window: spectra computed as jobs, kept, bounded (the oldest go
// first); kernels of linear variants, and a sentence for the others; the shared scales.
#include "session/analysiscache.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsl;
using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

std::function<std::shared_ptr<const Array>()> planeOf(float value)
{
    return [value] {
        auto a = std::make_shared<Array>(Array::zeros(Kind::Image, { 8, 8 }));
        a->values[9] = value;
        return std::shared_ptr<const Array>(a);
    };
}

} // namespace

class TestAnalysisCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spectraAreKeptAndBounded()
    {
        JobService jobs;
        ViewState view;
        AnalysisCache cache(&jobs, &view);
        QSignalSpy changed(&cache, &AnalysisCache::spectraChanged);
        const QString first = u"1|x|0|0|1"_s;
        QVERIFY(!cache.kspace(planeOf(1.0f), first)); // computing
        QVERIFY(!cache.kspace(planeOf(1.0f), first)); // still: not started twice
        QTRY_COMPARE(changed.count(), 1);
        const auto k = cache.kspace(planeOf(1.0f), first);
        QVERIFY(k);
        QCOMPARE(k->rows, std::size_t(8));
        QCOMPARE(cache.spectra().size(), 1);
        // More spectra than the bound: the oldest go.
        const int n = AnalysisCache::kMaxSpectra + 10;
        for (int i = 0; i < n; ++i)
            cache.kspace(planeOf(float(i)), QStringLiteral("%1|y|0|0|1").arg(i + 2));
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 20000);
        QCOMPARE(cache.spectra().size(), AnalysisCache::kMaxSpectra);
        QVERIFY(!cache.spectra().contains(first));
        QVERIFY(cache.spectra().contains(QStringLiteral("%1|y|0|0|1").arg(n + 1)));
    }

    void kernelsOfLinearVariantsOnly()
    {
        JobService jobs;
        ViewState view;
        AnalysisCache cache(&jobs, &view);
        QString error;
        QVERIFY(!cache.kernel(u"pool.max:k=2,stride=2"_s, &error));
        QVERIFY2(error.contains(u"not linear"_s), qPrintable(error));
        error.clear();
        QVERIFY(!cache.kernel(u"pool.nonsense"_s, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QSignalSpy changed(&cache, &AnalysisCache::kernelsChanged);
        QVERIFY(!cache.kernel(u"decimate.boxcar:factor=2"_s, &error));
        QVERIFY(error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        const auto k = cache.kernel(u"decimate.boxcar:factor=2"_s, &error);
        QVERIFY2(k, qPrintable(error));
        double sum = 0.0;
        for (float w : k->weights.values)
            sum += w;
        QVERIFY2(std::abs(sum - 1.0) < 1e-4, qPrintable(QString::number(sum))); // a mean
    }

    void sharedScalesFromTheResults()
    {
        JobService jobs;
        ViewState view;
        AnalysisCache cache(&jobs, &view);
        Comparison model;
        model.setSource(std::make_shared<Array>(Array::zeros(Kind::Image, { 4, 4 })), u"z"_s);
        const int a = model.addVariant("decimate.naive", { { "factor", "2" } });
        QVERIFY(!cache.updateScales(model)); // nothing computed: nothing changes
        // 201 values: 200 of 0.1 and one outlier of 9. The scale is the 99.5th percentile, so
        // one wild pixel does not wash every other pane out.
        VariantResult r;
        auto an = std::make_shared<Analysis>();
        an->aliasMap = Array::zeros(Kind::Image, { 1, 201 });
        std::fill(an->aliasMap.values.begin(), an->aliasMap.values.end(), -0.1f);
        an->aliasMap.values[7] = 9.0f;
        an->result.output = Array::zeros(Kind::Image, { 1, 201 });
        std::fill(an->result.output.values.begin(), an->result.output.values.end(), 0.2f);
        an->ideal = Array::zeros(Kind::Image, { 1, 201 });
        r.analysis = an;
        model.setResult(a, r);
        QVERIFY(cache.updateScales(model));
        QCOMPARE(cache.aliasLimit(), double(0.1f));
        QCOMPARE(cache.errorLimit(), double(0.2f));
        QCOMPARE(cache.roundTripLimit(), 0.0);
        QVERIFY(!cache.updateScales(model)); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysiscache.moc"
