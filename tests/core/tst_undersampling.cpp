// The undersamplers against the golden cases of ../shared/golden/undersampling (copied into
// tests/data): exact index sets where the manifest says exact (CNN/OSS with the manifest's
// seeds, in both CNN modes; IHT with the given probabilities), the properties otherwise
// (counts, subset, untouched classes, count tolerance, the k-means inertia bound, CNN's
// consistency); the k-d tree and brute force agree on the tie datasets; strategies and bad
// tables give one clear sentence.
#include "testutil.h"
#include "undersamplingcases.h"

#include "dsl/error.h"
#include "dsl/sampler.h"
#include "dsl/table.h"
#include "tabular/neighbours.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

#include <numeric>
#include <set>

using namespace dsl;
using namespace goldenunder;

namespace {

// The properties every case has: a subset, untouched classes whole, and what the manifest
// bounds (counts, count tolerance, at least the target).
void checkProperties(const Table &t, const QJsonObject &m, const SampleResult &r)
{
    const QJsonObject props = m.value(u"properties"_qs).toObject();
    const bool repeats = m.value(u"params"_qs).toObject().value(u"replacement"_qs).toBool()
        || m.value(u"params"_qs).toObject().value(u"voting"_qs).toString() == u"hard";
    for (std::size_t i = 0; i < r.kept.size(); ++i) {
        QVERIFY(r.kept[i] < t.rows);
        if (i > 0 && !repeats)
            QVERIFY2(r.kept[i] > r.kept[i - 1], "kept indices repeat");
    }
    std::vector<std::size_t> after(t.classCount(), 0);
    for (std::size_t k : r.kept)
        ++after[std::size_t(t.y[k])];
    for (int c : r.generatedLabels)
        ++after[std::size_t(c)];
    const std::vector<std::size_t> before = t.counts();
    for (const auto &u : props.value(u"untouched_classes"_qs).toArray()) {
        const int c = t.classOf(valueText(u));
        QCOMPARE(after[std::size_t(c)], before[std::size_t(c)]);
    }
    const QJsonObject counts = props.value(u"counts"_qs).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        QCOMPARE(
            after[std::size_t(t.classOf(it.key().toStdString()))], std::size_t(it.value().toInt()));
    const QJsonObject tol = props.value(u"count_tolerance"_qs).toObject();
    for (auto it = tol.begin(); it != tol.end(); ++it) {
        const std::size_t n = after[std::size_t(t.classOf(it.key().toStdString()))];
        const QJsonArray range = it.value().toArray();
        QVERIFY2(n >= std::size_t(range[0].toInt()) && n <= std::size_t(range[1].toInt()),
            qPrintable(QStringLiteral("class %1 kept %2, allowed %3..%4")
                           .arg(it.key())
                           .arg(n)
                           .arg(range[0].toInt())
                           .arg(range[1].toInt())));
    }
    const QJsonObject least = props.value(u"at_least_target"_qs).toObject();
    for (auto it = least.begin(); it != least.end(); ++it)
        QVERIFY(after[std::size_t(t.classOf(it.key().toStdString()))]
            >= std::size_t(it.value().toInt()));
}

double sq(const double *a, const double *b, std::size_t d)
{
    double s = 0.0;
    for (std::size_t j = 0; j < d; ++j)
        s += (a[j] - b[j]) * (a[j] - b[j]);
    return s;
}

} // namespace

class tst_Undersampling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("caseName");
        const QJsonObject index = dsltest::readJson(kRoot + u"index.json"_qs);
        QVERIFY(index.value(u"failed"_qs).toArray().isEmpty());
        for (const auto &c : index.value(u"cases"_qs).toArray()) {
            const QString name = c.toObject().value(u"case"_qs).toString();
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void golden()
    {
        QFETCH(QString, caseName);
        const QString dir = kRoot + u"cases/"_qs + caseName + u"/"_qs;
        const QJsonObject m = dsltest::readJson(dir + u"manifest.json"_qs);
        const Table &t = dataset(m.value(u"dataset"_qs).toString());
        const std::string method = m.value(u"method"_qs).toString().toStdString();
        const QString check = m.value(u"check"_qs).toString();
        const QString caseDir = dsltest::dataPath(dir);
        auto expected = [&](const QJsonObject &e) {
            const QString file = e.value(u"file"_qs).toString();
            return file.endsWith(u"_mask.npy"_qs) ? readMask(caseDir + file, t.rows)
                                                  : readIndices(caseDir + file);
        };
        if (check == u"exact") {
            const SampleResult r = run(t, method, paramsOf(m, caseDir, false));
            const auto want = expected(m.value(u"expected"_qs).toObject());
            QVERIFY2(r.kept == want, qPrintable(describeDiff(r.kept, want)));
            return;
        }
        if (check == u"exact_given_seeds+properties") {
            const QJsonObject e = m.value(u"expected"_qs).toObject();
            const bool cnn = method == "under.cnn";
            for (const QString &mode : { u"corrected"_qs, u"faithful"_qs }) {
                if (!cnn && mode == u"faithful")
                    continue;
                auto p = paramsOf(m, caseDir, true);
                if (cnn)
                    p["mode"] = mode.toStdString();
                const SampleResult r = run(t, method, p);
                const auto want = expected(cnn ? e.value(mode).toObject() : e);
                QVERIFY2(r.kept == want, qPrintable(mode + u": "_qs + describeDiff(r.kept, want)));
            }
            // Free-running: the properties, and for CNN with k = 1 consistency.
            const SampleResult free = run(t, method, paramsOf(m, caseDir, false));
            checkProperties(t, m, free);
            if (QTest::currentTestFailed())
                return;
            if (cnn && m.value(u"params"_qs).toObject().value(u"n_neighbors"_qs).toInt() == 1) {
                const int mf = methodMinority(t.y, t.classCount());
                std::vector<std::size_t> keptSet(free.kept);
                for (std::size_t c = 0; c < t.classCount(); ++c) {
                    if (free.targets[c] < 0)
                        continue;
                    std::vector<std::size_t> ref;
                    for (std::size_t k : keptSet)
                        if (t.y[k] == int(c) || t.y[k] == mf)
                            ref.push_back(k);
                    for (std::size_t row : t.rowsOf(int(c))) {
                        if (std::binary_search(keptSet.begin(), keptSet.end(), row))
                            continue;
                        std::size_t best = ref[0];
                        for (std::size_t k : ref) {
                            const double a = sq(t.row(row), t.row(k), t.cols);
                            const double b = sq(t.row(row), t.row(best), t.cols);
                            if (a < b || (a == b && k < best))
                                best = k;
                        }
                        QVERIFY2(t.y[best] == int(c),
                            qPrintable(QStringLiteral("removed row %1 is misclassified").arg(row)));
                    }
                }
            }
            return;
        }
        if (check == u"exact_given_probabilities+properties") {
            const SampleResult r = run(t, method, paramsOf(m, caseDir, true));
            const auto want = expected(m.value(u"expected"_qs).toObject());
            QVERIFY2(r.kept == want, qPrintable(describeDiff(r.kept, want)));
            // Free-running: the count tolerance comes from the manifest's estimator's ties (a
            // forest gives many p = 1); it binds only when that estimator is one of ours.
            QJsonObject free = m;
            const QString estimator
                = m.value(u"params"_qs).toObject().value(u"estimator"_qs).toString();
            if (estimator != u"logistic"_qs && estimator != u"knn"_qs) {
                QJsonObject props = free.value(u"properties"_qs).toObject();
                props.remove(u"count_tolerance"_qs);
                free[u"properties"_qs] = props;
            }
            checkProperties(t, free, run(t, method, paramsOf(m, caseDir, false)));
            return;
        }
        QCOMPARE(check, u"properties"_qs);
        const SampleResult r = run(t, method, paramsOf(m, caseDir, false));
        checkProperties(t, m, r);
        if (method != "under.centroids")
            return;
        // Per class: inertia of the returned rows within the bound.
        const QJsonObject perClass
            = m.value(u"properties"_qs).toObject().value(u"per_class"_qs).toObject();
        for (auto it = perClass.begin(); it != perClass.end(); ++it) {
            const int c = t.classOf(it.key().toStdString());
            std::vector<const double *> returned;
            for (std::size_t k : r.kept)
                if (t.y[k] == c)
                    returned.push_back(t.row(k));
            for (std::size_t g = 0; g < r.generatedLabels.size(); ++g)
                if (r.generatedLabels[g] == c)
                    returned.push_back(r.generated.data() + g * t.cols);
            double inertia = 0.0;
            for (std::size_t row : t.rowsOf(c)) {
                double best = INFINITY;
                for (const double *q : returned)
                    best = std::min(best, sq(t.row(row), q, t.cols));
                inertia += best;
            }
            const double bound = it.value().toObject().value(u"max_allowed_inertia"_qs).toDouble();
            QVERIFY2(inertia <= bound,
                qPrintable(QStringLiteral("inertia %1 > %2").arg(inertia).arg(bound)));
        }
    }

    // The k-d tree and brute force give the same neighbours, ties included (by distance, then
    // row), on the tie datasets and with exact duplicates.
    void treeAndBruteForceAgree_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : { "grid14", "blobs_dup", "iris_int_imb", "digits_3v8", "line1d" })
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void treeAndBruteForceAgree()
    {
        QFETCH(QString, name);
        const Table &t = dataset(name);
        std::vector<std::size_t> all(t.rows), half;
        std::iota(all.begin(), all.end(), std::size_t(0));
        for (std::size_t i = 0; i < t.rows; i += 2)
            half.push_back(i);
        for (const auto *members : { &all, &half }) {
            const tabular::NeighbourIndex tree(t, *members, tabular::NeighbourIndex::Engine::Tree);
            const tabular::NeighbourIndex brute(
                t, *members, tabular::NeighbourIndex::Engine::Brute);
            std::vector<tabular::Neighbour> a, b;
            for (std::size_t k : { std::size_t(1), std::size_t(4), std::size_t(11) })
                for (std::size_t row = 0; row < t.rows; ++row) {
                    tree.query(row, k, a);
                    brute.query(row, k, b);
                    QCOMPARE(a.size(), b.size());
                    for (std::size_t j = 0; j < a.size(); ++j) {
                        QCOMPARE(a[j].row, b[j].row);
                        QCOMPARE(a[j].d2, b[j].d2);
                    }
                    // The rule itself: ascending (distance, row), never the row itself.
                    for (std::size_t j = 0; j < b.size(); ++j) {
                        QVERIFY(b[j].row != row);
                        if (j > 0)
                            QVERIFY(b[j - 1] < b[j]);
                    }
                }
        }
    }

    // The same on generated tables whose leaves end mid-tile, in 13 and 70 dimensions (more
    // than the search keeps on its stack), for rows and for points that are not rows (inside
    // and far outside the data's box).
    void treeAndBruteForceAgreeGenerated_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("splitmix 13-d") << u"splitmix:n=1500,d=13"_qs;
        QTest::newRow("splitmix 70-d") << u"splitmix:n=400,d=70"_qs;
        QTest::newRow("blobs") << u"blobs:n=900"_qs;
    }
    void treeAndBruteForceAgreeGenerated()
    {
        QFETCH(QString, spec);
        const Table t = generateTable(spec.toStdString());
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < t.rows; ++i)
            if (i % 3 != 1)
                members.push_back(i);
        const tabular::NeighbourIndex tree(t, members, tabular::NeighbourIndex::Engine::Tree);
        const tabular::NeighbourIndex brute(t, members, tabular::NeighbourIndex::Engine::Brute);
        std::vector<tabular::Neighbour> a, b;
        auto same = [&] {
            QCOMPARE(a.size(), b.size());
            for (std::size_t j = 0; j < a.size(); ++j) {
                QCOMPARE(a[j].row, b[j].row);
                QCOMPARE(a[j].d2, b[j].d2);
            }
        };
        for (std::size_t row = 0; row < t.rows; ++row) {
            tree.query(row, 5, a);
            brute.query(row, 5, b);
            same();
        }
        std::vector<double> point(t.cols);
        for (std::size_t i = 0; i < 200; ++i) {
            for (std::size_t j = 0; j < t.cols; ++j)
                point[j] = t.row(i)[j] * (i % 2 ? 0.5 : 40.0) + double(j % 3) - 1.0;
            tree.queryPoint(point.data(), 3, a);
            brute.queryPoint(point.data(), 3, b);
            same();
        }
    }

    void strategies()
    {
        const Table &t = dataset(u"tiedmin"_qs); // counts 40 / 120 / 40; m_s = 0, m_f = 2
        QCOMPARE(methodMinority(t.y, t.classCount()), 2);
        auto targets = [&](const char *s, bool controlled) {
            return resolveStrategy(t, t.y, s, controlled);
        };
        QCOMPARE(targets("auto", true), (std::vector<long> { -1, 40, 40 }));
        QCOMPARE(targets("majority", true), (std::vector<long> { -1, 40, -1 }));
        QCOMPARE(targets("not majority", true), (std::vector<long> { 40, -1, 40 }));
        QCOMPARE(targets("all", false), (std::vector<long> { 40, 40, 40 }));
        QCOMPARE(targets("1:30;2:10", true), (std::vector<long> { -1, 30, 10 }));
        QCOMPARE(targets("0;1", false), (std::vector<long> { 40, 40, -1 }));
        for (const auto &[bad, controlled] :
            { std::pair { "1:121", true }, std::pair { "1:30", false }, std::pair { "0.5", true },
                std::pair { "7", false }, std::pair { "banana", true } }) {
            try {
                targets(bad, controlled);
                QFAIL(bad);
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
                QVERIFY2(
                    QString::fromStdString(e.what()).contains(u"sampling_strategy"_qs), e.what());
            }
        }
        // A ratio on two classes: the other class to ⌊n_min / α⌋.
        const Table &two = dataset(u"docstring1000"_qs);
        const auto r = resolveStrategy(two, two.y, "0.5", true);
        QCOMPARE(r[1], long(2 * two.counts()[0]));
    }

    // Bad tables: one sentence naming the problem (row and column where there is one).
    void badTables_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expect");
        QTest::newRow("empty") << QByteArray() << u"is empty"_qs;
        QTest::newRow("header only") << QByteArray("a,b,label\n") << u"no rows"_qs;
        QTest::newRow("one column") << QByteArray("label\n1\n2\n") << u"header row"_qs;
        QTest::newRow("ragged") << QByteArray("a,b,label\n1,2,0\n1,1\n") << u"row 2"_qs;
        QTest::newRow("text feature")
            << QByteArray("a,b,label\n1,2,0\n1,x,1\n") << u"column \"b\""_qs;
        QTest::newRow("missing label") << QByteArray("a,b,label\n1,2,0\n1,3,\n") << u"no label"_qs;
        QTest::newRow("single class") << QByteArray("a,label\n1,0\n2,0\n") << u"single class"_qs;
        QTest::newRow("open quote") << QByteArray("a,label\n\"1,0\n2,1\n") << u"quote"_qs;
        QTest::newRow("binary") << QByteArray("a,label\n1\0,0\n", 12) << u"NUL"_qs;
    }
    void badTables()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expect);
        try {
            parseTableCsv(text.toStdString(), "t.csv");
            QFAIL("accepted");
        } catch (const Error &e) {
            const QString m = QString::fromStdString(e.what());
            QVERIFY2(m.contains(expect) && m.contains(u"t.csv"_qs) && m.count(u'.') >= 1, e.what());
        }
    }

    void nonFiniteValuesAreNamed()
    {
        const Table t = parseTableCsv("a,b,label\n1,2,0\n1,nan,1\n3,4,1\n", "t.csv");
        QVERIFY(!t.allFinite());
        try {
            run(t, "under.enn", {});
            QFAIL("accepted NaN");
        } catch (const Error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(u"row 2, column \"b\" is NaN"_qs),
                e.what());
        }
        // Random undersampling does not look at the values.
        QCOMPARE(run(t, "under.random", { { "random_state", "1" } }).kept.size(), std::size_t(2));
    }

    void budgetIsCheckedBeforeAllocating()
    {
        TableLoadOptions small;
        small.maxBytes = 1000;
        std::string text = "a,b,label\n";
        for (int i = 0; i < 200; ++i)
            text += "1,2," + std::to_string(i % 2) + "\n";
        try {
            parseTableCsv(text, "big.csv", small);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::ResourceLimit);
        }
        // A .npy whose header promises more than the file holds, or than the budget allows.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &header, qsizetype payload) {
            QByteArray h = header;
            while ((10 + h.size() + 1) % 64)
                h += ' ';
            h += '\n';
            QByteArray all("\x93NUMPY\x01\x00", 8);
            all += char(h.size() & 0xFF);
            all += char(h.size() >> 8);
            all += h + QByteArray(payload, '\0');
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(all);
        };
        write(u"X.npy"_qs,
            "{'descr': '<f8', 'fortran_order': False, 'shape': (100000000000, 10), }", 80);
        write(u"y.npy"_qs, "{'descr': '<i8', 'fortran_order': False, 'shape': (10,), }", 80);
        try {
            loadTable(dir.filePath(u"X.npy"_qs).toStdString());
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.code() == ErrorCode::ResourceLimit || e.code() == ErrorCode::MalformedFile,
                e.what());
        }
        write(u"X.npy"_qs, "{'descr': '<f8', 'fortran_order': False, 'shape': (10, 2), }", 80);
        try {
            loadTable(dir.filePath(u"X.npy"_qs).toStdString());
            QFAIL("accepted a truncated X");
        } catch (const Error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(u"truncated"_qs), e.what());
        }
    }

    void csvRoundTripAndStringLabels()
    {
        const Table &pets = dataset(u"pets_str"_qs);
        QVERIFY(!pets.integerLabels);
        QVERIFY(std::is_sorted(pets.classes.begin(), pets.classes.end()));
        QTemporaryDir dir;
        std::vector<std::size_t> some { 0, 3, 5 };
        const std::string path = dir.filePath(u"kept.csv"_qs).toStdString();
        saveTableRowsCsv(pets, some, path);
        TableLoadOptions o;
        o.labelColumn = "label";
        const Table back = loadTable(path, o);
        QCOMPARE(back.rows, std::size_t(3));
        QCOMPARE(back.cols, pets.cols + 1); // the row column is a feature now
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(back.x[i * back.cols], double(some[i]));
            for (std::size_t j = 0; j < pets.cols; ++j)
                QCOMPARE(back.x[i * back.cols + 1 + j], pets.x[some[i] * pets.cols + j]);
            QCOMPARE(
                back.classes[std::size_t(back.y[i])], pets.classes[std::size_t(pets.y[some[i]])]);
        }
    }

    void realTablesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("classes");
        QTest::newRow("breast cancer") << u"breast_cancer.csv"_qs << 569 << 2;
        QTest::newRow("iris") << u"iris.csv"_qs << 150 << 3;
        QTest::newRow("wine") << u"wine.csv"_qs << 178 << 3;
        QTest::newRow("digits") << u"digits.csv"_qs << 1797 << 10;
    }
    void realTablesLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, classes);
        const Table t = loadTable(dsltest::dataFile(u"tabular/"_qs + file));
        QCOMPARE(int(t.rows), rows);
        QCOMPARE(int(t.classCount()), classes);
        QVERIFY(t.allFinite());
    }
};

QTEST_APPLESS_MAIN(tst_Undersampling)
#include "tst_undersampling.moc"
