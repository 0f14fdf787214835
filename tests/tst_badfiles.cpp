// The malformed-input contract of tests/data/bad/MANIFEST.json through the real loaders:
// every file gets its expected outcome (accept, reject, either with a condition), a rejection
// names the file, and nothing allocates what a header merely claims.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"

#include <sys/resource.h>

using namespace dsl;
using namespace Qt::StringLiterals;

class tst_BadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifest_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        const QJsonObject m = dsltest::readJson(QStringLiteral("bad/MANIFEST.json"));
        for (const auto &f : m.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = f.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("path")).toString()))
                << o.value(QStringLiteral("path")).toString()
                << o.value(QStringLiteral("expect")).toString();
        }
    }
    void manifest()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        const std::string file = dsltest::dataFile(QStringLiteral("bad/") + path);
        QFile f(QString::fromStdString(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        bool accepted = false;
        try {
            const Array a = load(file);
            accepted = true;
            // Downstream stays finite-safe: every value finite, a method runs or refuses clearly.
            for (float v : a.values)
                QVERIFY(std::isfinite(v));
            for (const AxisGrid &g : a.grid)
                QVERIFY(std::isfinite(g.spacing) && g.spacing > 0);
            const Method &m = Registry::instance().get("decimate.boxcar");
            RunContext ctx;
            try {
                const Analysis an = analyse(m, a, m.resolve({}), ctx);
                for (float v : an.result.output.values)
                    QVERIFY(std::isfinite(v));
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument); // e.g. 1x1 image, factor 2
            }
            if (path.contains(u"pixdim_zero") || path.contains(u"scl_slope_nan")
                || path.contains(u"truncated"))
                QVERIFY2(!a.source.warnings.empty(), "accepted a defective file without a warning");
        } catch (const Error &e) {
            QVERIFY2(e.isInputProblem(), e.what());
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.contains(QFileInfo(path).fileName()), e.what());
        }
        if (expect == u"accept")
            QVERIFY2(accepted, "a valid file was rejected");
        else if (expect == u"reject")
            QVERIFY2(!accepted, "a malformed file was accepted");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // the input is never modified
    }
    void peakMemoryStaysSmall()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        QVERIFY2(
            usage.ru_maxrss < 512 * 1024, qPrintable(QString::number(usage.ru_maxrss) + u" KiB"_s));
    }
};

QTEST_GUILESS_MAIN(tst_BadFiles)
#include "tst_badfiles.moc"
