// The table explorer in the real window: labelled tables open from files and generators, every
// undersampler's pane shows what it kept and removed (checked against core's result), the hover
// explains a removal, zoom and pan are linked, the 2-d view and decision regions follow the
// view state, the metrics table and exports come from the records, sessions and presets replay.
#include "labfixture.h"
#include "testutil.h"

#include "explorers/tableexplorer.h"
#include "mainwindow.h"
#include "metricstable.h"
#include "panels/comparisongrid.h"
#include "panels/tablepanel.h"
#include "scatterpane.h"
#include "scheduler.h"

#include "dsl/sampler.h"
#include "dsl/table.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsl;
using namespace dsl::app;
using dsltest::Lab;
using dsltest::notBlank;
using namespace Qt::StringLiterals;

namespace {

widgets::ScatterPane *scatter(Workspace &ws, int id)
{
    return qobject_cast<widgets::ScatterPane *>(id == 0 ? ws.referencePane() : ws.variantPane(id));
}

bool allDone(Workspace &ws)
{
    for (const VariantSpec &v : ws.comparison()->variants())
        if (!ws.hasResult(v.id))
            return false;
    return !ws.scheduler()->isBusy();
}

SampleResult coreResult(const Table &t, const std::string &spec)
{
    const SamplerCall call = parseSamplerCall(spec);
    RunContext ctx;
    return call.sampler->apply(t, call.params, ctx);
}

std::size_t keptIn(const widgets::ScatterData &d)
{
    return std::size_t(std::count(d.state.begin(), d.state.end(), widgets::ScatterData::Kept));
}

} // namespace

class TestTableExplorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingATableShowsWhatEachSamplerKeeps()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY2(ws.openFile(dsltest::dataPath(u"tabular/breast_cancer.csv"_s)),
            qPrintable(ws.lastError()));
        QVERIFY(ws.comparison()->table());
        QVERIFY(!ws.comparison()->source());
        // A table gets undersamplers, not decimators.
        QCOMPARE(ws.comparison()->variants().size(), 3);
        for (const VariantSpec &v : ws.comparison()->variants())
            QVERIFY(v.methodId.starts_with("under."));
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 60000);
        const Table table = loadTable(dsltest::dataFile(u"tabular/breast_cancer.csv"_s));
        auto *ref = scatter(ws, 0);
        QVERIFY(ref && ref->data());
        QCOMPARE(ref->data()->points->size(), table.rows);
        QVERIFY(ref->data()->xLabel.contains(u"PC1"_s));
        QVERIFY(ref->data()->xLabel.contains(u"%"_s));
        QVERIFY(ref->data()->state.empty()); // the original: every row
        for (const VariantSpec &v : ws.comparison()->variants()) {
            auto *pane = scatter(ws, v.id);
            QVERIFY(pane && pane->data());
            const std::string spec = ws.comparison()->results().value(v.id).spec.toStdString();
            const SampleResult expected = coreResult(table, spec);
            QCOMPARE(keptIn(*pane->data()), expected.kept.size());
            for (std::size_t k : expected.kept)
                QCOMPARE(pane->data()->state[k], std::uint8_t(widgets::ScatterData::Kept));
            QCOMPARE(pane->data()->countsAfter, expected.countsAfter);
            QVERIFY(pane->status().isEmpty());
            // The metrics row: rows kept, and the cross-validated figures.
            widgets::MetricsTable *m = ws.metricsTable();
            QVERIFY(m->tableMode());
            QCOMPARE(
                m->cell(v.id, u"rows_after"_s).toULongLong(), qulonglong(expected.kept.size()));
            const double ba = m->cell(v.id, u"cv_balanced_accuracy"_s).toDouble();
            QVERIFY2(ba > 0.8 && ba <= 1.0, qPrintable(m->cell(v.id, u"cv_balanced_accuracy"_s)));
        }
        // Row 0: the classifier without undersampling.
        QTRY_VERIFY_WITH_TIMEOUT(ws.tableExplorer()->baseline(), 30000);
        QVERIFY(ws.metricsTable()->cell(0, u"cv_balanced_accuracy"_s).toDouble() > 0.8);
        QCOMPARE(ws.metricsTable()->cell(0, u"rows_after"_s), u"569"_s);
        // Random undersampling balances the classes: both bars end at 212.
        const int random = ws.comparison()->variants()[0].id;
        QCOMPARE(scatter(ws, random)->data()->countsAfter, (std::vector<std::size_t> { 212, 212 }));
        QVERIFY(ws.metricsTable()->cell(random, u"cv_balanced_accuracy_seed_sd"_s) != u"—"_s);
        QVERIFY(notBlank(ws.grid()->canvas()->grab().toImage()));
    }

    void hoverExplainsARemovalAndIsLinked()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"tabular/breast_cancer.csv"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 60000);
        const int tomek = ws.comparison()->variants()[1].id;
        QCOMPARE(ws.comparison()->variant(tomek)->methodId, std::string("under.tomek"));
        const TableOutcome &o = *ws.comparison()->results().value(tomek).table;
        QVERIFY(!o.sample.links.empty());
        // A removed row of a Tomek link: the tooltip names its partner and its class.
        std::size_t removed = 0;
        std::size_t partner = 0;
        for (const auto &[a, b] : o.sample.links) {
            const bool aKept = std::binary_search(o.sample.kept.begin(), o.sample.kept.end(), a);
            removed = aKept ? b : a;
            partner = aKept ? a : b;
            break;
        }
        const QString text = ws.tableExplorer()->describeRow(tomek, long(removed));
        QVERIFY2(text.contains(u"Removed"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Tomek link with row %1"_s.arg(partner)), qPrintable(text));
        QVERIFY(text.contains(u"Nearest"_s));
        // On the original: which variants removed it.
        const QString original = ws.tableExplorer()->describeRow(0, long(removed));
        QVERIFY2(original.contains(u"Removed by"_s), qPrintable(original));
        QVERIFY(original.contains(u"Tomek links"_s));
        // Pointing at a row rings it in every pane.
        auto *pane = scatter(ws, tomek);
        const QPointF at = pane->toWidget((*pane->data()->points)[removed]);
        QCOMPARE(pane->rowAt(at, 0.5), long(removed));
        Q_EMIT pane->hovered(long(removed), pane->mapToGlobal(at.toPoint()));
        for (const VariantSpec &v : ws.comparison()->variants())
            QCOMPARE(scatter(ws, v.id)->highlight(), long(removed));
        QCOMPARE(scatter(ws, 0)->highlight(), long(removed));
        // Zoom and pan follow across panes.
        const QRectF r(-2.0, -1.0, 3.0, 2.5);
        pane->setViewRect(r);
        Q_EMIT pane->viewChanged(r);
        QCOMPARE(scatter(ws, 0)->viewRect(), r);
        QCOMPARE(scatter(ws, ws.comparison()->variants()[2].id)->viewRect(), r);
    }

    void viewsBoundariesAndClassifierFollowTheViewState()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"moons:n=400,ratio=4,seed=1"_s));
        QVERIFY(ws.comparison()->table());
        const int enn = ws.addVariant(u"under.enn"_s);
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 60000);
        const Table &t = *ws.comparison()->table();
        // Two features: the points are the feature values, the axes their names.
        TableView tv = ws.viewState()->table();
        tv.pca = false;
        tv.featureX = 1;
        tv.featureY = 0;
        ws.setTableView(tv);
        auto *pane = scatter(ws, enn);
        QCOMPARE((*pane->data()->points)[7].x(), t.row(7)[1]);
        QCOMPARE((*pane->data()->points)[7].y(), t.row(7)[0]);
        QCOMPARE(pane->data()->xLabel, u"f1"_s);
        QCOMPARE(ws.tablePanel()->projectionBox()->currentIndex(), 1);
        // Decision regions: one picture per pane, labelled.
        tv.boundary = true;
        ws.setTableView(tv);
        QTRY_VERIFY_WITH_TIMEOUT(ws.tableExplorer()->boundaryCount() >= 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!scatter(ws, enn)->data()->background.isNull(), 30000);
        QVERIFY(scatter(ws, enn)->data()->backgroundLabel.contains(u"5-NN"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!scatter(ws, 0)->data()->background.isNull(), 30000);
        // Both classes are predicted somewhere in the original's regions.
        const QImage bg = scatter(ws, 0)->data()->background;
        QSet<QRgb> colours;
        for (int y = 0; y < bg.height(); y += 5)
            for (int x = 0; x < bg.width(); x += 5)
                colours.insert(bg.pixel(x, y));
        QCOMPARE(colours.size(), 2);
        // Another classifier: every variant is cross-validated again.
        const QString before = ws.metricsTable()->cell(enn, u"cv_balanced_accuracy"_s);
        tv.classifier = TableClassifier::Logistic;
        ws.setTableView(tv);
        QVERIFY(!ws.hasResult(enn));
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 60000);
        QVERIFY(ws.comparison()->results().value(enn).table->evaluated);
        QVERIFY(!ws.metricsTable()->cell(enn, u"cv_balanced_accuracy"_s).isEmpty());
        Q_UNUSED(before);
    }

    void centroidsExportsAndSessions()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openSynthetic(u"blobs:n=300,ratio=5,seed=4"_s));
        const int c = ws.addVariant(u"under.centroids"_s, { { "random_state", "1" } });
        const int nm = ws.addVariant(u"under.nearmiss"_s, { { "version", "2" } });
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 60000);
        const auto counts = ws.comparison()->table()->counts();
        const std::size_t minority = *std::min_element(counts.begin(), counts.end());
        auto *pane = scatter(ws, c);
        QCOMPARE(pane->data()->generated.size(), minority); // stars: the majority's centroids
        QCOMPARE(keptIn(*pane->data()), minority); // the minority's own rows

        QTemporaryDir dir;
        const QString metrics = dir.filePath(u"m.json"_s);
        QVERIFY2(ws.exportMetricsTo(metrics), qPrintable(ws.lastError()));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("cv_balanced_accuracy"));
        QVERIFY(json.contains("under.centroids"));
        QVERIFY(ws.exportMetricsTo(dir.filePath(u"m.csv"_s)));
        QVERIFY(ws.exportVariantTo(c, dir.filePath(u"c.csv"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"c_centroids.csv"_s)));
        QVERIFY(ws.exportVariantTo(nm, dir.filePath(u"nm.npy"_s)));
        QFile npy(dir.filePath(u"nm.npy"_s));
        QVERIFY(npy.open(QIODevice::ReadOnly));
        const QByteArray bytes = npy.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY"));
        const int header = 10 + (uchar(bytes[8]) | (uchar(bytes[9]) << 8));
        QVERIFY(bytes.mid(10, header - 10).contains("<i8"));
        QCOMPARE(qint64(bytes.size() - header), qint64(8 * 2 * minority)); // int64 kept rows

        // A session replays the table, its variants and the table view.
        TableView tv = ws.viewState()->table();
        tv.pca = false;
        tv.folds = 3;
        ws.setTableView(tv);
        const QString session = dir.filePath(u"s.json"_s);
        QVERIFY(ws.saveSession(session));
        Lab other;
        auto [w2, ws2] = other.parts();
        QVERIFY2(ws2.openSession(session), qPrintable(ws2.lastError()));
        QVERIFY(ws2.lastWarnings().isEmpty());
        QVERIFY(ws2.comparison()->table());
        QCOMPARE(ws2.comparison()->variants().size(), 2);
        QCOMPARE(ws2.comparison()->variants()[1].params.at("version"), std::string("2"));
        QCOMPARE(ws2.viewState()->table().folds, 3);
        QVERIFY(!ws2.viewState()->table().pca);
        QTRY_VERIFY_WITH_TIMEOUT(allDone(ws2), 60000);
        QCOMPARE(ws2.comparison()
                     ->results()
                     .value(ws2.comparison()->variants()[0].id)
                     .table->sample.kept,
            ws.comparison()->results().value(c).table->sample.kept);
    }

    void presetsOpenAndSwitchingKindsAdaptsTheVariants()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        for (int preset : { 12, 13, 14 }) {
            ws.openPreset(preset);
            QVERIFY2(ws.comparison()->table(), qPrintable(QString::number(preset)));
            QVERIFY(ws.lastWarnings().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(allDone(ws), 120000);
            for (const VariantSpec &v : ws.comparison()->variants())
                QVERIFY2(ws.comparison()->results().value(v.id).table,
                    qPrintable(ws.comparison()->results().value(v.id).error));
        }
        QCOMPARE(ws.comparison()->variants().size(), 3);
        // An array after a table: the samplers go, the array's defaults come.
        QVERIFY(ws.openSynthetic(u"zoneplate:size=128"_s));
        QVERIFY(ws.comparison()->source());
        QVERIFY(!ws.comparison()->table());
        QVERIFY(!ws.comparison()->variants().isEmpty());
        for (const VariantSpec &v : ws.comparison()->variants())
            QVERIFY(!v.methodId.starts_with("under."));
        QVERIFY(!ws.metricsTable()->tableMode());
    }

    void badTablesAreOneSentence()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QVERIFY(ws.openFile(dsltest::dataPath(u"tabular/iris.csv"_s)));
        const auto before = ws.comparison()->table();
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"ragged.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,label\n1,2,0\n3,1\n5,6,1\n");
        f.close();
        QVERIFY(!ws.openFile(bad));
        QVERIFY2(ws.lastError().contains(u"ragged.csv"_s), qPrintable(ws.lastError()));
        QVERIFY2(ws.lastError().contains(u"row"_s), qPrintable(ws.lastError()));
        QCOMPARE(ws.comparison()->table(), before); // the open table stays
        const QString one = dir.filePath(u"one.csv"_s);
        QFile g(one);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("a,b,label\n1,2,0\n3,1,0\n");
        g.close();
        QVERIFY(!ws.openFile(one));
        QVERIFY(ws.lastError().contains(u"class"_s));
    }
};

QTEST_MAIN(TestTableExplorer)
#include "tst_tableexplorer.moc"
