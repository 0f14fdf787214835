// Sessions in the window: what the current session is (source, variants, view), applying one
// (from a file, a preset or the command line) in the order that keeps every setting, saving,
// the File menu's dialogs and the presets menu built from resources/presets/.
// Ownership: a QObject child of the window. Thread-safety: GUI thread only.
#pragma once

#include "session/session.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

class QMenu;
class QWidget;

namespace dsl::app {

class Comparison;
class VariantsPanel;
class ViewState;

// What applying a session asks of the window.
class SessionHost
{
public:
    virtual ~SessionHost() = default;
    virtual bool openSourceFile(const QString &path) = 0; // false: it said why
    virtual bool openSyntheticSource(const QString &spec) = 0;
    virtual void placeCursor(double k, double j, double i) = 0; // clamped to the scan
    virtual void reportError(const QString &message) = 0;
    virtual void reportStatus(const QString &message) = 0;
};

class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(SessionHost *host, Comparison *model, ViewState *view,
        VariantsPanel *variants, QObject *parent = nullptr);

    // Where the source came from (the window tells when it opens one).
    void noteSource(SessionSpec::Source kind, const QString &location);
    SessionSpec current() const;
    // Variants out, default view, the source, the session's view on top, its variants; false
    // (and a message) if its source cannot be opened. Unusable parts: one message each.
    bool apply(const SessionSpec &session);
    bool save(const QString &path);
    bool open(const QString &path);
    bool openPreset(int number);
    QStringList warnings() const { return m_warnings; }

    void buildPresetsMenu(QMenu *menu);
    void chooseSave(QWidget *parent);
    void chooseOpen(QWidget *parent);
    // An embedded demo file copied out once (ITK reads files, not resources); empty if unknown.
    QString embeddedFile(const QString &name);

private:
    SessionHost *m_host;
    Comparison *m_model;
    ViewState *m_view;
    VariantsPanel *m_variants;
    SessionSpec::Source m_sourceKind = SessionSpec::Source::None;
    QString m_sourceLocation;
    QStringList m_warnings;
    QList<SessionSpec> m_presets;
    QTemporaryDir m_demoDir;
};

} // namespace dsl::app
