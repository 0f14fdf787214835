// Every case of tests/data/golden/signal-image whose method is registered, against its
// reference (scipy, OpenCV, Pillow, torch, scikit-image) within 1e-5 max abs.
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/method.h"

using namespace dsl;

class tst_Golden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalImage_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject m
            = dsltest::readJson(QStringLiteral("golden/signal-image/manifest.json"));
        int registered = 0;
        for (const auto &c : m.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject o = c.toObject();
            const QString op = o.value(QStringLiteral("op")).toString();
            if (!Registry::instance().find(op.toStdString()))
                continue; // methods of later issues; the count below keeps this honest
            ++registered;
            QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString())) << o;
        }
        QVERIFY(registered >= 12);
    }

    void signalImage()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject m
            = dsltest::readJson(QStringLiteral("golden/signal-image/manifest.json"));
        const QJsonObject input = m.value(QStringLiteral("inputs"))
                                      .toObject()
                                      .value(testCase.value(QStringLiteral("input")).toString())
                                      .toObject();
        const Array x = dsltest::readF32(
            QStringLiteral("golden/signal-image/") + input.value(QStringLiteral("file")).toString(),
            dsltest::shapeOf(input.value(QStringLiteral("shape")).toArray()));
        std::map<std::string, std::string> given;
        const QJsonObject params = testCase.value(QStringLiteral("params")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            given[it.key().toStdString()] = it.value().isString()
                ? it.value().toString().toStdString()
                : QString::number(it.value().toDouble(), 'g', 17).toStdString();
        const Method &method = Registry::instance().get(
            testCase.value(QStringLiteral("op")).toString().toStdString());
        RunContext ctx;
        const Result r = runMethod(method, x, method.resolve(given), ctx);
        const auto shape = dsltest::shapeOf(testCase.value(QStringLiteral("shape")).toArray());
        QCOMPARE(r.output.shape, shape);
        const Array ref = dsltest::readF32(QStringLiteral("golden/signal-image/")
                + testCase.value(QStringLiteral("file")).toString(),
            shape);
        const double err = dsltest::maxAbsDiff(r.output, ref);
        qInfo("max abs error %.3g", err);
        QVERIFY2(err <= 1e-5, qPrintable(QStringLiteral("max abs error %1").arg(err)));
    }
};

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
