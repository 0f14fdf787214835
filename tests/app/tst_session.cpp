// Session files without a window: JSON round trip, validation (not a session, newer version,
// unknown generator, unusable variants), paths relative to the session, atomic writes, and the
// built-in presets (every one parses, has a translatable title and a number).
#include "session/session.h"
#include "session/viewstate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({"format": "downsample-lab-session", "version": 1,
        "source": {"synthetic": "chirp.linear:rate=8000,duration=1"},
        "variants": ["decimate.naive:factor=2"], "view": {"signal_tab": "spectrum"}})")
        .object();
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughAFile()
    {
        QTemporaryDir dir;
        SessionSpec s;
        s.source = SessionSpec::Source::Synthetic;
        s.location = u"zoneplate:size=256,frequency=0.5"_s;
        s.variants = QStringList { u"decimate.naive:factor=4,phase=1"_s, u"pool.max:k=3"_s };
        s.selected = 1;
        ViewState v;
        v.setDisplayMode(DisplayMode::Difference);
        v.setColourMap(ColourMap::Cividis);
        s.view = v.toJson();
        const QString path = dir.filePath(u"a.dslab.json"_s);
        QString error;
        QVERIFY2(writeSessionFile(path, s, &error), qPrintable(error));
        QStringList warnings;
        const auto back = readSessionFile(path, &error, &warnings);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(warnings, QStringList());
        QCOMPARE(back->source, s.source);
        QCOMPARE(back->location, s.location);
        QCOMPARE(back->variants, s.variants);
        QCOMPARE(back->selected, 1);
        QCOMPARE(back->view, s.view);
        QCOMPARE(sessionToJson(*back), sessionToJson(s));
        // Written atomically: no temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"a.dslab.json"_s });
    }

    void notASessionOrNewer()
    {
        QString error;
        QJsonObject j = minimal();
        j.remove(u"format"_s);
        QVERIFY(!sessionFromJson(j, {}, &error, nullptr));
        QVERIFY2(error.contains(u"not a Downsample Lab session"_s), qPrintable(error));
        j = minimal();
        j.insert(u"version"_s, 7);
        QVERIFY(!sessionFromJson(j, {}, &error, nullptr));
        QVERIFY2(error.contains(u"newer"_s) && error.contains(u'7'), qPrintable(error));
        j.insert(u"version"_s, u"one"_s);
        QVERIFY(!sessionFromJson(j, {}, &error, nullptr));
        j = minimal();
        j.insert(u"source"_s, QJsonObject { { u"synthetic"_s, u"hologram:size=3"_s } });
        QVERIFY(!sessionFromJson(j, {}, &error, nullptr));
        QVERIFY2(error.contains(u"hologram"_s), qPrintable(error));
    }

    void unusableVariantsAreLeftOutWithAMessage()
    {
        QJsonObject j = minimal();
        j.insert(u"variants"_s,
            QJsonArray { u"decimate.naive:factor=2"_s, u"pool.nonsense"_s,
                u"decimate.fir:factor=-3"_s, 42, u"resize.area:factor=2,colour=blue"_s });
        j.insert(u"selected"_s, 3);
        QString error;
        QStringList warnings;
        const auto s = sessionFromJson(j, {}, &error, &warnings);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->variants, QStringList { u"decimate.naive:factor=2"_s });
        QCOMPARE(warnings.size(), 4);
        QVERIFY2(warnings[0].contains(u"pool.nonsense"_s), qPrintable(warnings[0]));
        QVERIFY2(warnings[1].contains(u"factor"_s), qPrintable(warnings[1]));
        QVERIFY2(warnings[3].contains(u"colour"_s), qPrintable(warnings[3]));
        QCOMPARE(s->selected, -1); // pointed past the variants that are left
    }

    void garbledFiles()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(writeText(path, "{\"format\": \"downsample-lab-session\", \"vers"));
        QVERIFY(!readSessionFile(path, &error, nullptr));
        QVERIFY2(
            error.contains(u"not valid JSON"_s) && error.contains(u"s.json"_s), qPrintable(error));
        QVERIFY(writeText(path, "[1, 2, 3]"));
        QVERIFY(!readSessionFile(path, &error, nullptr));
        QVERIFY(writeText(path, QByteArray(5 << 20, ' ')));
        QVERIFY(!readSessionFile(path, &error, nullptr));
        QVERIFY2(error.contains(u"MiB"_s), qPrintable(error));
        QVERIFY(!readSessionFile(dir.filePath(u"missing.json"_s), &error, nullptr));
        QVERIFY(!error.isEmpty());
        // Never a half-written file in place of a good one: an unwritable target fails cleanly.
        SessionSpec s;
        QVERIFY(!writeSessionFile(dir.filePath(u"no/such/folder/s.json"_s), s, &error));
        QVERIFY(error.contains(u"Cannot write session"_s));
    }

    void malformedSessionsOfOurOwn()
    {
        // A good session truncated at every byte, with bytes flipped, and with every field of the
        // wrong type: each read ends in a session or one sentence, never a crash.
        SessionSpec good;
        good.source = SessionSpec::Source::Synthetic;
        good.location = u"zoneplate:size=64"_s;
        good.variants = QStringList { u"decimate.naive:factor=2"_s, u"pool.max"_s };
        good.selected = 1;
        good.view = ViewState().toJson();
        const QByteArray bytes = QJsonDocument(sessionToJson(good)).toJson();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        int opened = 0, refused = 0;
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            QVERIFY(writeText(path, bytes.left(n)));
            QString error;
            QStringList warnings;
            if (readSessionFile(path, &error, &warnings)) {
                ++opened;
                QVERIFY2(bytes.mid(n).trimmed().isEmpty(), qPrintable(QString::number(n)));
            } else {
                ++refused;
                QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
            }
        }
        // A cut JSON text is never half a session: only cutting trailing white space opens.
        QVERIFY(opened <= 1);
        QVERIFY(refused >= int(bytes.size()) - 1);
        for (qsizetype i = 0; i < bytes.size(); i += 3) {
            QByteArray flipped = bytes;
            flipped[i] = char(flipped[i] ^ 0x5a);
            QVERIFY(writeText(path, flipped));
            QString error;
            QStringList warnings;
            const auto s = readSessionFile(path, &error, &warnings);
            QVERIFY(s || !error.isEmpty());
            if (s) {
                ViewState v; // whatever survived applies without trouble
                warnings << v.applyJson(s->view);
                QVERIFY(s->selected < s->variants.size());
            }
        }
        // Every field with a value of every wrong type.
        const QJsonObject base = sessionToJson(good);
        const QList<QJsonValue> wrong { QJsonValue(), QJsonValue(true), QJsonValue(1e308),
            QJsonValue(-1), QJsonValue(u"x"_s), QJsonValue(QJsonArray { 1, u"a"_s }),
            QJsonValue(QJsonObject { { u"k"_s, 1 } }) };
        QStringList keys = base.keys();
        const QStringList viewKeys = good.view.keys();
        for (const QString &k : viewKeys)
            keys << u"view."_s + k;
        for (const QString &key : std::as_const(keys))
            for (const QJsonValue &w : wrong) {
                QJsonObject j = base;
                if (key.startsWith(u"view."_s)) {
                    QJsonObject view = j[u"view"_s].toObject();
                    view[key.mid(5)] = w;
                    j[u"view"_s] = view;
                } else {
                    j[key] = w;
                }
                QString error;
                QStringList warnings;
                const auto s = sessionFromJson(j, dir.path(), &error, &warnings);
                QVERIFY(s || !error.isEmpty());
                if (s) {
                    ViewState v;
                    v.applyJson(s->view);
                    QVERIFY(s->selected < s->variants.size());
                }
            }
    }

    void filesMoveWithTheirSession()
    {
        // A session and its data moved together: the relative path finds the file again.
        QTemporaryDir a, b;
        QVERIFY(writeText(a.filePath(u"data.wav"_s), "RIFF"));
        SessionSpec s;
        s.source = SessionSpec::Source::File;
        s.location = a.filePath(u"data.wav"_s);
        const QJsonObject json = sessionToJson(s, a.path());
        QCOMPARE(json[u"source"_s][u"relative"_s].toString(), u"data.wav"_s);
        QVERIFY(QFile::rename(a.filePath(u"data.wav"_s), b.filePath(u"data.wav"_s)));
        QString error;
        const auto moved = sessionFromJson(json, b.path(), &error, nullptr);
        QVERIFY(moved);
        QCOMPARE(moved->location, QDir::cleanPath(b.filePath(u"data.wav"_s)));
        // Neither there: the absolute path stays (opening it then says the file is missing).
        const auto gone = sessionFromJson(json, a.path(), &error, nullptr);
        QCOMPARE(gone->location, s.location);
    }

    void sessionArgumentBeforeQt()
    {
        // QGuiApplication eats -session/--session: the GUI takes it out of argv first.
        QByteArray a0("downsample-lab"), a1("--no-dialogs"), a2("--session"), a3("/tmp/x.json"),
            a4("--preset"), a5("3");
        char *argv[]
            = { a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), a5.data(), nullptr };
        int argc = 6;
        QCOMPARE(takeSessionArgument(argc, argv), u"/tmp/x.json"_s);
        QCOMPARE(argc, 4);
        QCOMPARE(QByteArray(argv[1]), QByteArray("--no-dialogs"));
        QCOMPARE(QByteArray(argv[2]), QByteArray("--preset"));
        QCOMPARE(QByteArray(argv[3]), QByteArray("3"));
        QVERIFY(argv[4] == nullptr);
        QByteArray b1("--session=/a b.json");
        char *argv2[] = { a0.data(), b1.data(), nullptr };
        argc = 2;
        QCOMPARE(takeSessionArgument(argc, argv2), u"/a b.json"_s);
        QCOMPARE(argc, 1);
        // A trailing --session without a file is left for the parser to complain about.
        char *argv3[] = { a0.data(), a2.data(), nullptr };
        argc = 2;
        QCOMPARE(takeSessionArgument(argc, argv3), QString());
        QCOMPARE(argc, 2);
    }

    void builtInPresets_()
    {
        const QList<SessionSpec> presets = builtInPresets();
        QCOMPARE(presets.size(), 15);
        const QStringList titles = translatablePresetTitles();
        for (int n = 0; n < 15; ++n) {
            const QString path = presetPath(n);
            QVERIFY2(!path.isEmpty(), qPrintable(QString::number(n)));
            QString error;
            QStringList warnings;
            const auto s = readSessionFile(path, &error, &warnings);
            QVERIFY2(s, qPrintable(error));
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
            QVERIFY2(!s->variants.isEmpty(), qPrintable(path));
            QVERIFY2(titles.contains(s->title), qPrintable(s->title));
            QVERIFY(s->source == SessionSpec::Source::Synthetic
                || s->source == SessionSpec::Source::Demo);
            ViewState v;
            QCOMPARE(v.applyJson(s->view), QStringList());
        }
        QVERIFY(presetPath(15).isEmpty());
        QVERIFY(presetPath(-1).isEmpty());
        for (int i = 1; i < presets.size(); ++i)
            QVERIFY(presets[i - 1].order <= presets[i].order);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
