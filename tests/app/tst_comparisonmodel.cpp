// The comparison model without a window: rows and roles, the state of each variant as its
// partial and final results arrive, structure changes checked by Qt's model tester, and results
// following their variant (never another row's) through moves, removals and a new source.
#include "comparison.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dsl;
using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

VariantResult ready(double runtimeMs)
{
    VariantResult r;
    auto an = std::make_shared<Analysis>();
    an->metrics.runtimeMs = runtimeMs;
    r.analysis = an;
    r.spec = u"x"_s;
    return r;
}

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndRoles()
    {
        Comparison m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        const int a = m.addVariant("decimate.naive", { { "factor", "4" }, { "phase", "0" } });
        const int b = m.addVariant("pool.max", { { "k", "3" } });
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        const QModelIndex ia = m.index(0), ib = m.index(1);
        QCOMPARE(m.data(ia, Comparison::IdRole).toInt(), a);
        QCOMPARE(m.data(ib, Comparison::IdRole).toInt(), b);
        QCOMPARE(m.data(ia, Comparison::MethodRole).toString(), u"decimate.naive"_s);
        // The title names what differs from the defaults, and the factor always.
        QCOMPARE(m.data(ia, Qt::DisplayRole).toString(), u"Naive subsampling (factor=4)"_s);
        QVERIFY(m.data(ib, Qt::DisplayRole).toString().contains(u"k=3"_s));
        // The spec is the resolved, canonical one (every parameter, defaults filled in).
        const QString spec = m.data(ia, Comparison::SpecRole).toString();
        QVERIFY2(spec.startsWith(u"decimate.naive:"_s) && spec.contains(u"factor=4"_s),
            qPrintable(spec));
        QCOMPARE(m.data(ia, Comparison::StateRole).value<Comparison::VariantState>(),
            Comparison::VariantState::Computing);
        QVERIFY(!m.data(ia, Comparison::ResultRole).isValid());
        // Parameters that do not resolve: no spec, the row still shows.
        const int bad = m.addVariant("decimate.naive", { { "factor", "-2" } });
        QCOMPARE(m.data(m.index(m.indexOf(bad)), Comparison::SpecRole).toString(), QString());
        QVERIFY(m.roleNames().values().contains("state"));
    }

    void statesFollowTheResults()
    {
        Comparison m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = m.addVariant("decimate.naive", { { "factor", "2" } });
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        VariantResult partial = ready(1.0);
        partial.partial = true;
        m.setPartial(a, partial);
        QCOMPARE(m.state(a), Comparison::VariantState::Analysing);
        QVERIFY(m.data(m.index(0), Comparison::PartialRole).isValid());
        m.setResult(a, ready(2.5));
        QCOMPARE(m.state(a), Comparison::VariantState::Ready);
        QVERIFY(!m.data(m.index(0), Comparison::PartialRole).isValid());
        QCOMPARE(m.data(m.index(0), Comparison::ResultRole)
                     .value<VariantResult>()
                     .analysis->metrics.runtimeMs,
            2.5);
        QCOMPARE(changed.count(), 2);
        VariantResult failed;
        failed.error = u"damaged"_s;
        m.setResult(a, failed);
        QCOMPARE(m.state(a), Comparison::VariantState::Failed);
        QCOMPARE(m.data(m.index(0), Comparison::ErrorRole).toString(), u"damaged"_s);
        m.dropResult(a);
        QCOMPARE(m.state(a), Comparison::VariantState::Computing);
        // Results for a variant that is not there are not kept.
        m.setResult(999, ready(1));
        QVERIFY(!m.results().contains(999));
    }

    void resultsStayWithTheirVariant()
    {
        Comparison m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = m.addVariant("decimate.naive", { { "factor", "2" } });
        const int b = m.addVariant("decimate.boxcar", { { "factor", "2" } });
        const int c = m.addVariant("pool.max");
        m.setResult(a, ready(1));
        m.setResult(b, ready(2));
        m.setResult(c, ready(3));
        QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
        m.moveVariant(a, +2); // a to the end
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m.variants()[2].id, a);
        QCOMPARE(m.data(m.index(2), Comparison::ResultRole)
                     .value<VariantResult>()
                     .analysis->metrics.runtimeMs,
            1.0);
        m.moveVariant(a, -1);
        QCOMPARE(m.variants()[1].id, a);
        m.moveVariant(a, +5); // out of range: nothing
        QCOMPARE(m.variants()[1].id, a);
        const int d = m.duplicateVariant(b);
        QCOMPARE(m.indexOf(d), m.indexOf(b) + 1);
        QVERIFY(!m.results().contains(d)); // a copy computes its own
        m.removeVariant(b);
        QVERIFY(!m.results().contains(b));
        QCOMPARE(m.rowCount(), 3);
        // A new source: every result goes, every row says so.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setSource(std::make_shared<Array>(Array::zeros(Kind::Image, { 4, 4 })), u"zeros"_s);
        QVERIFY(m.results().isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.sourceGeneration(), quint64(1));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.clearVariants();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
