#include "sessioncontroller.h"

#include "dsl/sampler.h"
#include "methodcatalog.h"

#include "comparison.h"
#include "panels/variantspanel.h"
#include "session/viewstate.h"

#include "dsl/method.h"
#include "dsl/params.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMenu>

namespace dsl::app {

SessionController::SessionController(
    SessionHost *host, Comparison *model, ViewState *view, VariantsPanel *variants, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_model(model)
    , m_view(view)
    , m_variants(variants)
{
}

void SessionController::noteSource(SessionSpec::Source kind, const QString &location)
{
    m_sourceKind = kind;
    m_sourceLocation = location;
}

QString SessionController::embeddedFile(const QString &name)
{
    // ITK reads files, not Qt resources: copy the embedded demo file out once per session.
    if (!m_demoDir.isValid() || name.contains(u'/') || name.contains(u'\\'))
        return {};
    const QString path = m_demoDir.filePath(name);
    if (!QFile::exists(path) && !QFile::copy(QStringLiteral(":/demo/") + name, path))
        return {};
    return path;
}

SessionSpec SessionController::current() const
{
    SessionSpec s;
    s.source = m_sourceKind;
    s.location = m_sourceLocation;
    for (const VariantSpec &v : m_model->variants()) {
        std::string spec;
        try {
            spec = canonicalSpec(v.methodId, v.params);
        } catch (const std::exception &) {
            continue; // a variant whose parameters do not resolve cannot be replayed
        }
        if (spec.back() == ':')
            spec.pop_back();
        s.variants << QString::fromStdString(spec);
    }
    s.selected = m_model->indexOf(m_variants->selected());
    s.view = m_view->toJson();
    return s;
}

bool SessionController::apply(const SessionSpec &session)
{
    // Variants first out (nothing recomputes on the old source), then the default view, the
    // source (which sets what a new source sets: cursor, layout, window), the session's view on
    // top, and its variants.
    QStringList warnings = m_warnings;
    m_warnings.clear();
    m_model->clearVariants();
    m_view->reset();
    bool opened = true;
    switch (session.source) {
    case SessionSpec::Source::File:
        if (!QFileInfo::exists(session.location)) {
            m_host->reportError(tr("The session's source %1 does not exist (any more).")
                                    .arg(QDir::toNativeSeparators(session.location)));
            return false;
        }
        opened = m_host->openSourceFile(session.location);
        break;
    case SessionSpec::Source::Synthetic:
        opened = m_host->openSyntheticSource(session.location);
        break;
    case SessionSpec::Source::Demo: {
        const QString file = embeddedFile(session.location);
        if (file.isEmpty()) {
            m_host->reportError(tr("The session's demo file %1 is not part of this Downsample Lab.")
                                    .arg(session.location));
            return false;
        }
        opened = m_host->openSourceFile(file);
        if (opened) {
            m_sourceKind = SessionSpec::Source::Demo;
            m_sourceLocation = session.location;
        }
        break;
    }
    case SessionSpec::Source::None:
        break;
    }
    if (!opened)
        return false;
    m_model->clearVariants(); // opening a file adds two default variants to an empty list
    // Frame and frame-only first: choosing a frame re-sources a 4-d scan, which resets what a
    // new source resets; the rest of the view then applies on top.
    QJsonObject frame;
    for (const char *key : { "frame", "frame_only" })
        if (session.view.contains(QLatin1String(key)))
            frame.insert(QLatin1String(key), session.view.value(QLatin1String(key)));
    m_view->applyJson(frame);
    warnings << m_view->applyJson(session.view);
    if (const auto src = m_model->source(); src && src->kind == Kind::Volume) {
        const auto c = m_view->cursor();
        m_host->placeCursor(c[0], c[1], c[2]); // within this scan
    }
    QList<int> ids;
    for (const QString &spec : session.variants) {
        try {
            // Checked as the CLI checks it (unknown ids and bad values are errors).
            const std::string text = spec.toStdString();
            const std::string id = text.substr(0, text.find(':'));
            if (SamplerRegistry::instance().find(id))
                (void)parseSamplerCall(text);
            else
                (void)parseMethodCall(text);
            ids << m_variants->addVariant(
                QString::fromStdString(id), Params::parseList(spec.section(u':', 1).toStdString()));
        } catch (const std::exception &e) {
            warnings << tr("Variant \"%1\" was left out: %2")
                            .arg(spec, QString::fromStdString(e.what()));
        }
    }
    if (session.selected >= 0 && session.selected < ids.size())
        m_variants->select(ids[session.selected]);
    m_warnings = warnings;
    if (!warnings.isEmpty())
        m_host->reportError(warnings.join(u'\n'));
    return true;
}

bool SessionController::save(const QString &path)
{
    if (m_sourceKind == SessionSpec::Source::None) {
        m_host->reportError(
            tr("There is nothing to save yet: open a file or generate a source first."));
        return false;
    }
    QString error;
    if (!writeSessionFile(path, current(), &error)) {
        m_host->reportError(error);
        return false;
    }
    m_host->reportStatus(tr("Saved session %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SessionController::open(const QString &path)
{
    QString error;
    QStringList warnings;
    const auto session = readSessionFile(path, &error, &warnings);
    if (!session) {
        m_host->reportError(error);
        return false;
    }
    m_warnings = warnings;
    return apply(*session);
}

bool SessionController::openPreset(int preset)
{
    const QString path = presetPath(preset);
    if (path.isEmpty()) {
        m_host->reportError(tr("There is no demo preset %1.").arg(preset));
        return false;
    }
    QString error;
    const auto session = readSessionFile(path, &error, &m_warnings);
    if (!session) {
        m_host->reportError(error);
        return false;
    }
    return apply(*session);
}

void SessionController::chooseSave(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save session"), QString(), tr("Downsample Lab sessions (*.dslab.json *.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".dslab.json");
    save(path);
}

void SessionController::chooseOpen(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open session"), QString(),
        tr("Downsample Lab sessions (*.dslab.json *.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void SessionController::buildPresetsMenu(QMenu *menu)
{
    m_presets = builtInPresets();
    QString group;
    for (const SessionSpec &preset : std::as_const(m_presets)) {
        if (!group.isEmpty() && preset.group != group)
            menu->addSeparator();
        group = preset.group;
        menu->addAction(QCoreApplication::translate("presets", preset.title.toUtf8().constData()),
            this, [this, preset] { apply(preset); });
    }
}

} // namespace dsl::app
