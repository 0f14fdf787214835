// The CLI on labelled tables, run in-process: every public golden undersampling case through
// `run … --format npy` (exact index sets where the manifest says exact, with its seeds or given
// probabilities; the manifest's counts otherwise), `info` on tables, the native CSV and the
// centroid outputs, --metrics and --cv, and bad tables or usage ending in one sentence with
// exit 1 or 2.
#include "testutil.h"
#include "undersamplingcases.h"

#include "cli.h"

#include <QTemporaryDir>

#include <sstream>

using namespace Qt::StringLiterals;
using namespace goldenunder;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run runTool(const std::vector<std::string> &args)
{
    std::ostringstream out, err;
    const int code = dsl::cli::runCli(args, out, err);
    return { code, QString::fromStdString(out.str()), QString::fromStdString(err.str()) };
}

std::string specOf(const std::string &method, const std::map<std::string, std::string> &params)
{
    std::string s = method;
    char sep = ':';
    for (const auto &[k, v] : params) {
        s += sep + k + "=" + v;
        sep = ',';
    }
    return s;
}

QString oneLine(const Run &r)
{
    // One sentence after the program's name, on one line.
    return r.err.trimmed();
}

} // namespace

class tst_CliTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseName");
        const QJsonObject index = dsltest::readJson(kRoot + u"index.json"_s);
        for (const auto &c : index.value(u"cases"_s).toArray()) {
            const QString name = c.toObject().value(u"case"_s).toString();
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void golden()
    {
        QFETCH(QString, caseName);
        const QString dir = kRoot + u"cases/"_s + caseName + u"/"_s;
        const QJsonObject m = dsltest::readJson(dir + u"manifest.json"_s);
        const QString caseDir = dsltest::dataPath(dir);
        const QString name = m.value(u"dataset"_s).toString();
        const std::string method = m.value(u"method"_s).toString().toStdString();
        const QString check = m.value(u"check"_s).toString();
        const bool given = check != u"exact"_s && check != u"properties"_s;
        auto params = paramsOf(m, caseDir, given);
        const bool cnn = method == "under.cnn" && given;
        QTemporaryDir out;
        QVERIFY(out.isValid());
        for (const QString &mode : { u"corrected"_s, u"faithful"_s }) {
            if (mode == u"faithful"_s && !cnn)
                continue;
            if (cnn)
                params["mode"] = mode.toStdString();
            const std::string metrics = (out.path() + u"/metrics.json"_s).toStdString();
            const Run r
                = runTool({ "run", datasetArgument(name), "--method", specOf(method, params),
                    "--format", "npy", "--out", out.path().toStdString(), "--metrics", metrics });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString file
                = out.path() + u"/01_"_s + QString::fromStdString(method) + u".npy"_s;
            const std::vector<std::size_t> got = readIndices(file);
            const QJsonObject expected = m.value(u"expected"_s).toObject();
            if (check != u"properties"_s) {
                const QJsonObject e = cnn ? expected.value(mode).toObject() : expected;
                const QString f = e.value(u"file"_s).toString();
                const auto want = f.endsWith(u"_mask.npy"_s)
                    ? readMask(caseDir + f, dataset(name).rows)
                    : readIndices(caseDir + f);
                QVERIFY2(got == want, qPrintable(describeDiff(got, want)));
            }
            // The metrics record's counts agree with the output and, for the property cases,
            // with the manifest's counts.
            QFile mf(QString::fromStdString(metrics));
            QVERIFY(mf.open(QIODevice::ReadOnly));
            const QJsonObject rec = QJsonDocument::fromJson(mf.readAll()).array().at(0).toObject();
            QCOMPARE(rec.value(u"method"_s).toString(), QString::fromStdString(method));
            const double generated = rec.value(u"generated_rows"_s).toDouble();
            QCOMPARE(rec.value(u"rows_after"_s).toDouble(), double(got.size()) + generated);
            const QJsonObject counts
                = m.value(u"properties"_s).toObject().value(u"counts"_s).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                QCOMPARE(rec.value(u"count_after_"_s + it.key()).toDouble(), it.value().toDouble());
        }
    }

    void infoTable()
    {
        const Run r
            = runTool({ "info", dsltest::dataFile(u"tabular/breast_cancer.csv"_s), "--json" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"kind"_s).toString(), u"table"_s);
        QCOMPARE(o.value(u"shape"_s).toArray(), (QJsonArray { 569, 30 }));
        const QJsonArray classes = o.value(u"classes"_s).toArray();
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes[0].toObject().value(u"label"_s).toInt(), 0);
        QCOMPARE(classes[0].toObject().value(u"count"_s).toInt(), 212);
        QCOMPARE(classes[1].toObject().value(u"count"_s).toInt(), 357);
        QCOMPARE(o.value(u"features"_s).toArray().size(), 30);
        QVERIFY(qAbs(o.value(u"imbalance_ratio"_s).toDouble() - 357.0 / 212.0) < 1e-12);
        // Text form names the classes with their counts; a named label column is used.
        const Run t = runTool({ "info", dsltest::dataFile(u"tabular/iris.csv"_s) });
        QCOMPARE(t.code, 0);
        QVERIFY2(t.out.contains(u"kind:        table (csv)"_s), qPrintable(t.out));
        QVERIFY2(t.out.contains(u"150 x 4"_s), qPrintable(t.out));
        const Run synth = runTool({ "info", "synth:moons:n=300,ratio=5", "--json" });
        QCOMPARE(synth.code, 0);
        QCOMPARE(QJsonDocument::fromJson(synth.out.toUtf8())
                     .object()
                     .value(u"shape"_s)
                     .toArray()
                     .at(0)
                     .toInt(),
            300);
    }

    void nativeCsvKeepsInputRows()
    {
        QTemporaryDir out;
        const std::string input = dsltest::dataFile(u"tabular/breast_cancer.csv"_s);
        const Run r
            = runTool({ "run", input, "--method", "under.enn", "--out", out.path().toStdString() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out.path() + u"/01_under.enn.csv"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines[0].startsWith("row,"));
        // Each row's features are the input's row `row`.
        const dsl::Table t = dsl::loadTable(input);
        RunContext ctx;
        const dsl::SampleResult want
            = dsl::parseSamplerCall("under.enn")
                  .sampler->apply(t, dsl::parseSamplerCall("under.enn").params, ctx);
        QCOMPARE(std::size_t(lines.size() - 1), want.kept.size());
        for (qsizetype i = 1; i < lines.size(); i += 37) {
            const QList<QByteArray> cells = lines[i].split(',');
            const std::size_t row = cells[0].toULongLong();
            QCOMPARE(row, want.kept[std::size_t(i - 1)]);
            QCOMPARE(std::size_t(cells.size()), t.cols + 2);
            for (std::size_t j = 0; j < t.cols; ++j)
                QCOMPARE(cells[qsizetype(j + 1)].toDouble(), t.row(row)[j]);
        }
    }

    void centroidOutputs()
    {
        QTemporaryDir out;
        const std::string input = dsltest::dataFile(u"tabular/breast_cancer.csv"_s);
        const std::string dir = out.path().toStdString();
        Run r = runTool({ "run", input, "--method", "under.centroids:random_state=0", "--format",
            "npy", "--out", dir });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The untouched minority's rows, then 212 generated majority rows of 30 features.
        QCOMPARE(readIndices(out.path() + u"/01_under.centroids.npy"_s).size(), std::size_t(212));
        const Npy c = readNpy(out.path() + u"/01_under.centroids_centroids.npy"_s);
        QCOMPARE(c.descr, std::string("<f8"));
        QCOMPARE(c.shape, (std::vector<std::size_t> { 212, 30 }));
        const Npy l = readNpy(out.path() + u"/01_under.centroids_centroid_labels.npy"_s);
        QCOMPARE(l.shape, (std::vector<std::size_t> { 212 }));
        for (std::size_t i = 0; i < 212; ++i) {
            qint64 v;
            std::memcpy(&v, l.data.constData() + i * 8, 8);
            QCOMPARE(v, qint64(1));
        }
        r = runTool({ "run", input, "--method", "under.centroids:random_state=0", "--out", dir });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out.path() + u"/01_under.centroids_centroids.csv"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 213);
    }

    void crossValidation()
    {
        QTemporaryDir out;
        const std::string metrics = (out.path() + u"/m.json"_s).toStdString();
        const Run r = runTool({ "run", dsltest::dataFile(u"tabular/breast_cancer.csv"_s),
            "--method", "under.random", "--method", "under.nearmiss:version=1", "--cv", "5",
            "--out", out.path().toStdString(), "--metrics", metrics });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"CV balanced accuracy"_s), qPrintable(r.out));
        QFile f(QString::fromStdString(metrics));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray recs = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(recs.size(), 2);
        for (const auto &v : recs) {
            const QJsonObject o = v.toObject();
            const double ba = o.value(u"cv_balanced_accuracy"_s).toDouble();
            QVERIFY2(ba > 0.8 && ba <= 1.0, qPrintable(QString::number(ba)));
            QVERIFY(o.value(u"cv_g_mean"_s).toDouble() <= ba + 1e-12);
            QCOMPARE(o.value(u"cv_folds"_s).toInt(), 5);
            QCOMPARE(o.value(u"rows_after"_s).toInt(), 424);
            QCOMPARE(o.value(u"imbalance_ratio_after"_s).toDouble(), 1.0);
        }
        // Random undersampling is repeated over seeds and reports their spread.
        QCOMPARE(recs[0].toObject().value(u"cv_seeds"_s).toInt(), 5);
        QVERIFY(recs[0].toObject().value(u"cv_balanced_accuracy_seed_sd"_s).toDouble() >= 0.0);
        QVERIFY(recs[1].toObject().value(u"cv_balanced_accuracy_seed_sd"_s).isNull());
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("needle");
        QTest::addRow("ragged") << QByteArray("a,b,label\n1,2,0\n3,0\n") << u"row 2"_s;
        QTest::addRow("text feature") << QByteArray("a,b,label\n1,2,0\n3,x,1\n") << u"column"_s;
        QTest::addRow("one class") << QByteArray("a,label\n1,0\n2,0\n") << u"class"_s;
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("missing label") << QByteArray("a,label\n1,0\n2,\n") << u"label"_s;
    }
    void badTables()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        const QString path = dir.path() + u"/t.csv"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        for (const char *command : { "info", "run" }) {
            const Run r = std::string(command) == "info"
                ? runTool({ "info", path.toStdString() })
                : runTool({ "run", path.toStdString(), "--method", "under.tomek", "--out",
                    (dir.path() + u"/o"_s).toStdString() });
            QCOMPARE(r.code, 1);
            QVERIFY2(oneLine(r).count(u'\n') == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(needle, Qt::CaseInsensitive), qPrintable(r.err));
        }
        QCOMPARE(QFile::exists(dir.path() + u"/o/01_under.tomek.csv"_s), false);
    }

    void usage()
    {
        QTemporaryDir out;
        const std::string dir = out.path().toStdString();
        const std::string table = dsltest::dataFile(u"tabular/iris.csv"_s);
        // A method of another kind on a table, an unknown sampler, a bad parameter: exit 2.
        Run r = runTool({ "run", table, "--method", "decimate.naive:factor=2", "--out", dir });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"not for tables"_s), qPrintable(r.err));
        r = runTool({ "run", table, "--method", "under.nosuch", "--out", dir });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"under.tomek"_s), qPrintable(r.err));
        r = runTool({ "run", table, "--method", "under.enn:n_neighbors=0", "--out", dir });
        QCOMPARE(r.code, 2);
        r = runTool({ "run", table, "--method", "under.enn", "--cv", "1", "--out", dir });
        QCOMPARE(r.code, 2);
        // A table method on a photo: one sentence, exit 1.
        r = runTool({ "run", dsltest::dataFile(u"images/astronaut.png"_s), "--method", "under.enn",
            "--out", dir });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a table"_s), qPrintable(r.err));
        // --cv is for tables.
        r = runTool({ "run", dsltest::dataFile(u"images/astronaut.png"_s), "--method",
            "resize.area:factor=2", "--cv", "5", "--out", dir });
        QCOMPARE(r.code, 2);
        // The sampler list is in `methods`.
        r = runTool({ "methods", "--json" });
        QCOMPARE(r.code, 0);
        int samplers = 0;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            samplers += v.toObject().value(u"family"_s).toString() == u"undersampling"_s;
        QCOMPARE(samplers, 11);
    }

    void neverOverwritesInput()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/01_under.tomek.csv"_s;
        QVERIFY(QFile::copy(dsltest::dataPath(u"tabular/iris.csv"_s), path));
        const Run r = runTool({ "run", path.toStdString(), "--method", "under.tomek", "--out",
            dir.path().toStdString() });
        QCOMPARE(r.code, 1);
        QFile a(path), b(dsltest::dataPath(u"tabular/iris.csv"_s));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
};

QTEST_GUILESS_MAIN(tst_CliTables)
#include "tst_cli_tables.moc"
