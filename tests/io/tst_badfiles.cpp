// The malformed-input contract of tests/data/bad/MANIFEST.json (the public corpus) and
// tests/data/bad/photos/MANIFEST.json (ours, made by tests/make_bad_photos.py) through the real
// loaders: every file gets its expected outcome (accept, reject, either with a condition), an
// accepted photo has the declared shape, channels, sample type and mean, a rejection names the
// file, and nothing allocates what a header merely claims.
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
        QTest::addColumn<QJsonObject>("entry");
        for (const QString &folder : { u"bad/"_s, u"bad/photos/"_s }) {
            const QJsonObject m = dsltest::readJson(folder + u"MANIFEST.json"_s);
            for (const auto &f : m.value(QStringLiteral("files")).toArray()) {
                const QJsonObject o = f.toObject();
                const QString path = folder.mid(4) + o.value(QStringLiteral("path")).toString();
                QTest::newRow(qPrintable(path))
                    << path << o.value(QStringLiteral("expect")).toString() << o;
            }
        }
    }
    void manifest()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        QFETCH(QJsonObject, entry);
        const std::string file = dsltest::dataFile(QStringLiteral("bad/") + path);
        QFile f(QString::fromStdString(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        bool accepted = false;
        try {
            const Array a = load(file);
            accepted = true;
            if (entry.contains(u"shape"_s)) {
                QCOMPARE(a.shape, dsltest::shapeOf(entry.value(u"shape"_s).toArray()));
                QCOMPARE(int(a.channels), entry.value(u"channels"_s).toInt());
                QCOMPARE(QString::fromLatin1(sampleTypeName(a.source.sampleType)),
                    entry.value(u"sample_type"_s).toString());
            }
            if (entry.contains(u"checksum_hint"_s)) {
                double sum = 0;
                for (float v : a.values)
                    sum += v;
                const double mean = sum / double(a.values.size());
                const double hint = entry.value(u"checksum_hint"_s).toDouble();
                QVERIFY2(std::abs(mean - hint) <= 1e-3 + 1e-6 * std::abs(hint),
                    qPrintable(u"mean %1, expected %2"_s.arg(mean).arg(hint)));
            }
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
