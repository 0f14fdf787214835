#include "session.h"

#include "dsl/error.h"
#include "dsl/method.h"
#include "dsl/sampler.h"
#include "dsl/synth.h"
#include "dsl/table.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace dsl::app {

namespace {

constexpr auto kFormat = "downsample-lab-session";
constexpr qint64 kMaxSessionBytes = 4 << 20;

// The messages' translation context ("Session").
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

const char *sourceKey(SessionSpec::Source s)
{
    switch (s) {
    case SessionSpec::Source::File:
        return "file";
    case SessionSpec::Source::Synthetic:
        return "synthetic";
    case SessionSpec::Source::Demo:
        return "demo";
    case SessionSpec::Source::None:
        break;
    }
    return "";
}

// The presets' titles, for lupdate: the menu translates the title each file holds.
constexpr const char *kPresetTitles[] = {
    QT_TRANSLATE_NOOP("presets", "Zone plate: moiré vs smoothing"),
    QT_TRANSLATE_NOOP("presets", "Chirp to fs/2: the classic fold-back"),
    QT_TRANSLATE_NOOP("presets", "Three tones, one above the new Nyquist"),
    QT_TRANSLATE_NOOP("presets", "White noise"),
    QT_TRANSLATE_NOOP("presets", "Photo: interpolators (camera)"),
    QT_TRANSLATE_NOOP("presets", "Brick texture: interpolators"),
    QT_TRANSLATE_NOOP("presets", "Text: interpolators"),
    QT_TRANSLATE_NOOP(
        "presets", "CNN pooling on a photo (max, strided conv, avg, BlurPool, FLC, ASAP)"),
    QT_TRANSLATE_NOOP("presets", "CNN pooling on a brain scan slice"),
    QT_TRANSLATE_NOOP("presets", "Two max pools deface a scan (depth 2)"),
    QT_TRANSLATE_NOOP("presets", "Resample an anisotropic scan (4 × 4 × 5 mm) to 2 mm isotropic"),
    QT_TRANSLATE_NOOP("presets", "3-d phantom: 3-d pooling and resizing in all three axes"),
    QT_TRANSLATE_NOOP("presets", "Breast cancer table: eight undersampling techniques"),
    QT_TRANSLATE_NOOP(
        "presets", "Imbalanced two moons: Tomek links, ENN and NCR clean the boundary"),
    QT_TRANSLATE_NOOP("presets", "Three classes: NearMiss-1, -2 and -3"),
};

} // namespace

QString takeSessionArgument(int &argc, char **argv)
{
    QString file;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if ((std::strcmp(a, "--session") == 0 || std::strcmp(a, "-session") == 0) && i + 1 < argc)
            file = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(a, "--session=", 10) == 0)
            file = QString::fromLocal8Bit(a + 10);
        else
            argv[out++] = argv[i];
    }
    argc = std::min(argc, out);
    if (argc >= 0)
        argv[argc] = nullptr;
    return file;
}

QStringList translatablePresetTitles()
{
    QStringList titles;
    for (const char *t : kPresetTitles)
        titles << QString::fromUtf8(t);
    return titles;
}

QString presetPath(int number)
{
    const QDir dir(QStringLiteral(":/presets"));
    const QStringList names = dir.entryList(
        { QStringLiteral("%1-*.json").arg(number, 2, 10, QLatin1Char('0')) }, QDir::Files);
    return number >= 0 && names.size() == 1 ? dir.filePath(names.first()) : QString();
}

QJsonObject sessionToJson(const SessionSpec &spec, const QString &sessionDir)
{
    QJsonObject source;
    if (spec.source != SessionSpec::Source::None) {
        QString location = spec.location;
        if (spec.source == SessionSpec::Source::File) {
            location = QFileInfo(location).absoluteFilePath();
            if (!sessionDir.isEmpty())
                source.insert(
                    QStringLiteral("relative"), QDir(sessionDir).relativeFilePath(location));
        }
        source.insert(QLatin1String(sourceKey(spec.source)), location);
    }
    QJsonObject json {
        { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("version"), SessionSpec::kVersion },
        { QStringLiteral("source"), source },
        { QStringLiteral("variants"), QJsonArray::fromStringList(spec.variants) },
        { QStringLiteral("view"), spec.view },
    };
    if (spec.selected >= 0)
        json.insert(QStringLiteral("selected"), spec.selected);
    if (!spec.title.isEmpty()) {
        json.insert(QStringLiteral("title"), spec.title);
        json.insert(QStringLiteral("group"), spec.group);
        json.insert(QStringLiteral("order"), spec.order);
    }
    return json;
}

std::optional<SessionSpec> sessionFromJson(
    const QJsonObject &json, const QString &sessionDir, QString *error, QStringList *warnings)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto warn = [warnings](const QString &message) {
        if (warnings)
            *warnings << message;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(Session::tr("This is not a Downsample Lab session (no \"format\": "
                                "\"downsample-lab-session\")."));
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return fail(Session::tr("The session has no valid version number."));
    if (version.toInt() > SessionSpec::kVersion)
        return fail(
            Session::tr("The session was written by a newer Downsample Lab (format version %1; "
                        "this one reads up to %2).")
                .arg(version.toInt())
                .arg(SessionSpec::kVersion));

    SessionSpec spec;
    const QJsonObject source = json.value(QStringLiteral("source")).toObject();
    for (SessionSpec::Source kind :
        { SessionSpec::Source::File, SessionSpec::Source::Synthetic, SessionSpec::Source::Demo }) {
        const QJsonValue v = source.value(QLatin1String(sourceKey(kind)));
        if (v.isUndefined())
            continue;
        if (!v.isString() || v.toString().isEmpty())
            return fail(Session::tr("The session's source \"%1\" is not a non-empty text.")
                            .arg(QLatin1String(sourceKey(kind))));
        spec.source = kind;
        spec.location = v.toString();
        break;
    }
    if (spec.source == SessionSpec::Source::File) {
        spec.relativePath = source.value(QStringLiteral("relative")).toString();
        // A session moved with its data: the absolute path is gone, the relative one is there.
        if (!QFileInfo::exists(spec.location) && !spec.relativePath.isEmpty()
            && !sessionDir.isEmpty()) {
            const QString moved = QDir(sessionDir).absoluteFilePath(spec.relativePath);
            if (QFileInfo::exists(moved))
                spec.location = QDir::cleanPath(moved);
        }
    }
    if (spec.source == SessionSpec::Source::Synthetic) {
        const std::string id = spec.location.section(u':', 0, 0).toStdString();
        if (!findGenerator(id) && !isTableGeneratorSpec(id))
            return fail(
                Session::tr("The session's synthetic source \"%1\" is not a known generator.")
                    .arg(spec.location));
    }

    const QJsonValue variants = json.value(QStringLiteral("variants"));
    if (!variants.isUndefined() && !variants.isArray())
        warn(Session::tr("The session's \"variants\" is not a list; no variants were added."));
    for (const QJsonValue &v : variants.toArray()) {
        if (!v.isString()) {
            warn(Session::tr("A variant of the session is not a text and was left out."));
            continue;
        }
        try {
            const std::string text = v.toString().toStdString();
            if (SamplerRegistry::instance().find(text.substr(0, text.find(':'))))
                (void)parseSamplerCall(text); // an undersampler (tables)
            else
                (void)parseMethodCall(text);
            spec.variants << v.toString();
        } catch (const std::exception &e) {
            warn(Session::tr("Variant \"%1\" was left out: %2")
                     .arg(v.toString(), QString::fromStdString(e.what())));
        }
    }
    spec.selected = json.value(QStringLiteral("selected")).toInt(-1);
    if (spec.selected >= spec.variants.size())
        spec.selected = -1;
    const QJsonValue view = json.value(QStringLiteral("view"));
    if (!view.isUndefined() && !view.isObject())
        warn(Session::tr("The session's \"view\" is not an object; the view keeps its settings."));
    spec.view = view.toObject();
    spec.title = json.value(QStringLiteral("title")).toString();
    spec.group = json.value(QStringLiteral("group")).toString();
    spec.order = json.value(QStringLiteral("order")).toInt();
    return spec;
}

std::optional<SessionSpec> readSessionFile(
    const QString &path, QString *error, QStringList *warnings)
{
    auto fail = [error, &path](const QString &why) {
        if (error)
            *error = Session::tr("Cannot open session %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxSessionBytes)
        return fail(Session::tr("the file is larger than a session can be (%1 MiB).")
                        .arg(kMaxSessionBytes >> 20));
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxSessionBytes), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(Session::tr("not valid JSON (%1 at byte %2).")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    if (!doc.isObject())
        return fail(Session::tr("the JSON is not an object."));
    QString why;
    auto spec = sessionFromJson(doc.object(), QFileInfo(path).absolutePath(), &why, warnings);
    if (!spec)
        return fail(why);
    return spec;
}

bool writeSessionFile(const QString &path, const SessionSpec &spec, QString *error)
{
    // Atomic: a crash or a full disk never leaves half a session where a good one was.
    QSaveFile file(path);
    const QByteArray bytes
        = QJsonDocument(sessionToJson(spec, QFileInfo(path).absolutePath())).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Session::tr("Cannot write session %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<SessionSpec> builtInPresets()
{
    QList<SessionSpec> presets;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QString error;
        if (auto spec = readSessionFile(dir.filePath(name), &error, nullptr))
            presets << *spec;
    }
    std::stable_sort(presets.begin(), presets.end(),
        [](const SessionSpec &a, const SessionSpec &b) { return a.order < b.order; });
    return presets;
}

} // namespace dsl::app
