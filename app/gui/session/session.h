// A session: the source (a file, a synthetic spec or an embedded demo file), the variants as
// "id:key=value,..." specs and the whole view state, saved as one versioned JSON file. The
// built-in presets are session files too (resources/presets/*.json).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsl::app {

struct SessionSpec
{
    static constexpr int kVersion = 1;

    enum class Source { None, File, Synthetic, Demo };
    Source source = Source::None;
    // File: an absolute path (relativePath: the same file relative to the session's folder, tried
    // when the absolute path is gone); Synthetic: "generator:key=value,..."; Demo: the name of
    // an embedded demo file ("camera.png").
    QString location;
    QString relativePath;
    QStringList variants; // "decimate.fir:factor=4,atten_db=80"
    int selected = -1; // index into variants, -1: the first
    QJsonObject view; // ViewState::toJson()

    // Presets only: their menu entry (English; translated through the "presets" context), group
    // (menu section) and position.
    QString title;
    QString group;
    int order = 0;
};

// JSON of a session; paths are stored absolute and relative to `sessionDir` (if given).
QJsonObject sessionToJson(const SessionSpec &spec, const QString &sessionDir = {});

// Reads a session's JSON. A file that is not a session, or of a newer version, is an error
// (nullopt and *error set); a variant whose spec is unusable (unknown method, bad value) is left
// out with one sentence in *warnings, and the rest of the session still opens.
std::optional<SessionSpec> sessionFromJson(
    const QJsonObject &json, const QString &sessionDir, QString *error, QStringList *warnings);

// Files: reads (size-checked, at most 4 MiB) or writes atomically; false and *error on failure.
std::optional<SessionSpec> readSessionFile(
    const QString &path, QString *error, QStringList *warnings);
bool writeSessionFile(const QString &path, const SessionSpec &spec, QString *error);

// The built-in presets, from the embedded resources/presets/ folder, sorted by order.
QList<SessionSpec> builtInPresets();
// The embedded file of preset `number` (resources/presets/NN-*.json), or empty.
QString presetPath(int number);
// Takes "--session FILE", "-session FILE" or "--session=FILE" out of argv (compacting it) and
// returns FILE (the last one given), or empty. Needed before QApplication is built:
// QGuiApplication consumes -session/--session itself (X11 session management).
QString takeSessionArgument(int &argc, char **argv);

// The preset titles marked for translation (context "presets"); every preset's title is one.
QStringList translatablePresetTitles();

} // namespace dsl::app
