// The CLI's stable interface, run in-process: info/methods JSON, run outputs and metrics,
// exit codes 0/1/2.
#include "testutil.h"

#include "cli.h"

#include <QTemporaryDir>

#include <sstream>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    std::vector<std::string> a;
    for (const QString &s : args)
        a.push_back(s.toStdString());
    std::ostringstream out, err;
    const int code = dsl::cli::runCli(a, out, err);
    return { code, QString::fromStdString(out.str()), QString::fromStdString(err.str()) };
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void infoJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("dtype");
        QTest::addRow("wav") << u"audio/Front_Center.wav"_s << u"audio"_s << u"68545"_s
                             << u"int16"_s;
        QTest::addRow("png") << u"images/astronaut.png"_s << u"image"_s << u"512,512"_s
                             << u"uint8"_s;
        QTest::addRow("tif16") << u"images/chessboard_GRAY_U16.tif"_s << u"image"_s << u"200,200"_s
                               << u"uint16"_s;
        QTest::addRow("nii") << u"nifti/anatomical.nii"_s << u"volume"_s << u"33,41,25"_s
                             << u"int16"_s;
        QTest::addRow("nii4d") << u"nifti/example4d.nii.gz"_s << u"volume"_s << u"128,96,24,2"_s
                               << u"int16"_s;
    }
    void infoJson()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, shape);
        QFETCH(QString, dtype);
        const Run r = cli({ u"info"_s, dsltest::dataPath(file), u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString expectedKind = kind == u"audio"_s ? u"signal"_s : kind;
        QCOMPARE(o.value(u"kind"_s).toString(), expectedKind);
        QStringList dims;
        for (const auto &v : o.value(u"shape"_s).toArray())
            dims << QString::number(v.toInt());
        QCOMPARE(dims.join(u','), shape);
        QCOMPARE(o.value(u"dtype"_s).toString(), dtype);
        QVERIFY(o.contains(u"channels"_s));
        QVERIFY(o.contains(u"sample_rate"_s));
        QVERIFY(o.contains(u"spacing"_s));
        if (file.endsWith(u".wav"_s))
            QCOMPARE(o.value(u"sample_rate"_s).toDouble(), 48000.0);
        if (file.contains(u"example4d"_s))
            QCOMPARE(o.value(u"spacing"_s).toArray().at(3).toDouble(), 2000.0);
    }
    void methodsJson()
    {
        const Run r = cli({ u"methods"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(a.size() >= 2);
        bool found = false;
        for (const auto &m : a) {
            const QJsonObject o = m.toObject();
            if (o.value(u"id"_s).toString() != u"decimate.naive"_s)
                continue;
            found = true;
            QCOMPARE(o.value(u"family"_s).toString(), u"decimation"_s);
            const QJsonObject factor = o.value(u"parameters"_s).toArray().at(0).toObject();
            QCOMPARE(factor.value(u"key"_s).toString(), u"factor"_s);
            QCOMPARE(factor.value(u"type"_s).toString(), u"int"_s);
            QCOMPARE(factor.value(u"default"_s).toDouble(), 2.0);
            QVERIFY(factor.contains(u"min"_s) && factor.contains(u"max"_s));
        }
        QVERIFY(found);
    }
    void runWritesOutputsAndMetrics()
    {
        QTemporaryDir dir;
        const QString metrics = dir.filePath(u"m.json"_s);
        const Run r = cli({ u"run"_s, dsltest::dataPath(u"audio/Front_Center.wav"_s), u"--method"_s,
            u"decimate.naive:factor=4"_s, u"--method"_s, u"decimate.boxcar:factor=4"_s, u"--out"_s,
            dir.path(), u"--metrics"_s, metrics });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath(u"01_decimate.naive.wav"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"02_decimate.boxcar.wav"_s)));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(u"method"_s).toString(), u"decimate.naive"_s);
        for (const char *key : { "alias_energy_db", "snr_db", "runtime_ms", "worst_alias_dbc" })
            QVERIFY2(first.value(QLatin1String(key)).isDouble(), key);
        // The naive variant folds more than the block mean.
        QVERIFY(first.value(u"alias_energy_db"_s).toDouble()
            > rows.at(1).toObject().value(u"alias_energy_db"_s).toDouble());
        const Run info = cli({ u"info"_s, dir.filePath(u"01_decimate.naive.wav"_s), u"--json"_s });
        QCOMPARE(
            QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"sample_rate"_s).toDouble(),
            12000.0);
    }
    void spectrumCsv()
    {
        QTemporaryDir dir;
        const Run r = cli({ u"run"_s, u"synth:sine:frequency=7000,duration=0.5,amplitude=1"_s,
            u"--method"_s, u"decimate.naive:factor=4"_s, u"--out"_s, dir.path(), u"--spectrum"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(dir.filePath(u"01_decimate.naive.spectrum.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"frequency_hz,magnitude_db,alias_db"_s);
        // The 7 kHz tone folds to 5 kHz at 12 kHz: the peak of the output spectrum is there.
        double bestF = 0, best = -1e9;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines[i].split(u',');
            if (c[1].toDouble() > best) {
                best = c[1].toDouble();
                bestF = c[0].toDouble();
            }
        }
        QVERIFY2(std::abs(bestF - 5000) < 10, qPrintable(QString::number(bestF)));
        QVERIFY(std::abs(best) < 0.5); // full scale
        const Run bad = cli({ u"run"_s, dsltest::dataPath(u"images/camera.png"_s), u"--method"_s,
            u"decimate.naive"_s, u"--out"_s, dir.path(), u"--spectrum"_s });
        QCOMPARE(bad.code, 2);
    }

    void runNpyIsExact()
    {
        QTemporaryDir dir;
        const Run r = cli({ u"run"_s, dsltest::dataPath(u"images/camera.png"_s), u"--method"_s,
            u"decimate.naive:factor=2"_s, u"--out"_s, dir.path(), u"--format"_s, u"npy"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = cli({ u"info"_s, dir.filePath(u"01_decimate.naive.npy"_s), u"--json"_s });
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(u"shape"_s).toArray().at(0).toInt(), 256);
        QCOMPARE(o.value(u"dtype"_s).toString(), u"float32"_s);
    }
    // The command line: a scan, 3-d average pooling by default, in its own datatype.
    void volumeRunPoolsInThreeDimensions()
    {
        QTemporaryDir dir;
        const Run r = cli({ u"run"_s, dsltest::dataPath(u"nifti/anatomical.nii"_s), u"--method"_s,
            u"pool.avg:k=2,stride=2"_s, u"--method"_s, u"resize.lanczos:spacing_mm=3"_s, u"--out"_s,
            dir.path(), u"--dtype"_s, u"original"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject pooled = QJsonDocument::fromJson(
            cli({ u"info"_s, dir.filePath(u"01_pool.avg.nii"_s), u"--json"_s }).out.toUtf8())
                                       .object();
        QCOMPARE(pooled.value(u"shape"_s).toArray().at(2).toInt(), 12); // 25 slices -> 12 (i, j, k)
        QCOMPARE(pooled.value(u"dtype"_s).toString(), u"int16"_s);
        QCOMPARE(pooled.value(u"spacing"_s).toArray().at(2).toDouble(), 4.0);
        const QJsonObject resized = QJsonDocument::fromJson(
            cli({ u"info"_s, dir.filePath(u"02_resize.lanczos.nii"_s), u"--json"_s }).out.toUtf8())
                                        .object();
        QCOMPARE(resized.value(u"shape"_s).toArray().at(0).toInt(), 22); // 33 * 2 / 3
        QCOMPARE(cli({ u"run"_s, dsltest::dataPath(u"nifti/anatomical.nii"_s), u"--method"_s,
                         u"pool.avg"_s, u"--out"_s, dir.path(), u"--dtype"_s, u"int8"_s })
                     .code,
            2);
    }

    void volumeRunKeepsGeometry()
    {
        QTemporaryDir dir;
        const Run r = cli({ u"run"_s, dsltest::dataPath(u"nifti/aniso_vox.nii.gz"_s), u"--method"_s,
            u"decimate.boxcar:factor=2"_s, u"--out"_s, dir.path() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info
            = cli({ u"info"_s, dir.filePath(u"01_decimate.boxcar.nii.gz"_s), u"--json"_s });
        const QJsonArray spacing
            = QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"spacing"_s).toArray();
        QCOMPARE(spacing.at(0).toDouble(), 8.0);
        QCOMPARE(spacing.at(2).toDouble(), 10.0);
    }
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString cam = dsltest::dataPath(u"images/camera.png"_s);
        QTest::addRow("no args") << QStringList {} << 2 << u"usage"_s;
        QTest::addRow("unknown command")
            << QStringList { u"frobnicate"_s } << 2 << u"unknown command"_s;
        QTest::addRow("unknown method")
            << QStringList { u"run"_s, cam, u"--method"_s, u"nope"_s, u"--out"_s, u"/tmp/x"_s } << 2
            << u"Unknown method"_s;
        QTest::addRow("bad parameter") << QStringList { u"run"_s, cam, u"--method"_s,
            u"decimate.naive:factor=0"_s, u"--out"_s, u"/tmp/x"_s }
                                       << 2 << u"factor"_s;
        QTest::addRow("missing file")
            << QStringList { u"info"_s, u"/no/such/file.wav"_s } << 1 << u"file.wav"_s;
        QTest::addRow("damaged jpeg")
            << QStringList { u"info"_s, dsltest::dataPath(u"images/truncated.jpg"_s) } << 1
            << u"truncated.jpg"_s;
        QTest::addRow("bad nifti")
            << QStringList { u"info"_s, dsltest::dataPath(u"bad/nifti/dims_claim_107GB.nii"_s) }
            << 1 << u"memory budget"_s;
        QTest::addRow("help") << QStringList { u"--help"_s } << 0 << u""_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        if (code != 0) {
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }
    void badFilesThroughTheCli_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        for (const QString &folder : { u""_s, u"photos/"_s }) {
            const QJsonObject m = dsltest::readJson(u"bad/"_s + folder + u"MANIFEST.json"_s);
            for (const auto &f : m.value(u"files"_s).toArray()) {
                const QJsonObject o = f.toObject();
                const QString path = folder + o.value(u"path"_s).toString();
                QTest::newRow(qPrintable(path)) << path << o.value(u"expect"_s).toString();
            }
        }
    }
    void badFilesThroughTheCli()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        const Run r = cli({ u"info"_s, dsltest::dataPath(u"bad/"_s + path), u"--json"_s });
        if (expect == u"accept"_s)
            QVERIFY2(r.code == 0, qPrintable(r.err));
        else if (expect == u"reject"_s)
            QCOMPARE(r.code, 1);
        else
            QVERIFY(r.code == 0 || r.code == 1);
        if (r.code == 1) {
            QVERIFY(r.err.contains(QFileInfo(path).fileName()));
            QCOMPARE(r.err.count(u'\n'), 1); // one sentence on one line
        }
    }

    void maxMemory()
    {
        const QString camera = dsltest::dataPath(u"images/camera.png"_s); // 512 x 512 = 1 MiB
        const Run over = cli({ u"info"_s, camera, u"--max-memory"_s, u"0.5M"_s });
        QCOMPARE(over.code, 1);
        QVERIFY2(over.err.contains(u"camera.png"_s) && over.err.contains(u"--max-memory"_s),
            qPrintable(over.err));
        QCOMPARE(cli({ u"info"_s, camera, u"--max-memory"_s, u"1M"_s }).code, 0);
        QCOMPARE(cli({ u"info"_s, camera, u"--max-memory"_s, u"2048"_s }).code, 0);
        const Run bad = cli({ u"info"_s, camera, u"--max-memory"_s, u"lots"_s });
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"--max-memory"_s));
    }

    void synthSource()
    {
        const Run r = cli({ u"info"_s, u"synth:zoneplate:size=64"_s, u"--json"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"kind"_s).toString(),
            u"image"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
