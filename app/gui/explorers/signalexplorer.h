// The signal explorer: the panes of a 1-d signal (waveform, spectrum, spectrogram, filter tabs)
// for the reference and every variant, sharing one time axis and one tab; the reference's
// spectra (a job), the fold readout over the reference spectrum, and listening (the source, a
// variant, or what folded, at its own rate or resampled back, as a job).
// Ownership: a QObject child of the window; the panes belong to the window's grid.
// Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"
#include "dsl/signalviews.h"
#include "explorers/explorer.h"
#include "session/jobservice.h"
#include "session/viewstate.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace dsl::widgets {
class SignalPane;
} // namespace dsl::widgets

namespace dsl::app {

class AudioPlayer;
class Scheduler;

class SignalExplorer : public Explorer
{
    Q_OBJECT
public:
    SignalExplorer(Comparison *model, ViewState *view, JobService *jobs, Scheduler *scheduler,
        AudioPlayer *player, QObject *parent = nullptr);

    bool accepts(const Array &source) const override { return source.kind == Kind::Signal; }
    QWidget *makePane(int id, QWidget *parent) override;
    // Links time axes and tabs of the grid's panes.
    void panesReady(QWidget *reference, const QHash<int, QPointer<QWidget>> &variants) override;
    void refreshReference(QWidget *pane, const QString &title) override;
    void refreshVariant(int variantId, QWidget *pane, const QString &title) override;
    void refreshFilters(); // the reference's filter tab: every variant's anti-alias filter
    void syncTabs(); // tab and filter mode from the view state

    // The reference's own spectra and spectrogram, for a new source or new options.
    void computeReferenceViews();
    bool hasReferenceViews() const { return bool(m_referenceViews); }
    // The view state's spectrum options go to the scheduler (the caller recomputes variants).
    void applySpectrumOptions();
    void applySpectrogramDisplay();

    // What listen(what) plays: the source (0), or variant `id`'s output (1) or alias component
    // (2), at its own rate or resampled back to the source's (a job, cached).
    QFuture<std::shared_ptr<const Array>> playbackSignal(int what, int id);
    void listen(int what, int id);
    QString foldReadout() const { return m_foldReadout; }

Q_SIGNALS:
    void referenceViewsReady();
    void error(const QString &message);
    void status(const QString &message, int milliseconds);

private:
    void showFoldReadout(double hz, bool inside);
    QList<widgets::SignalPane *> panes() const;

    Comparison *m_model;
    ViewState *m_view;
    JobService *m_jobs;
    Scheduler *m_scheduler;
    AudioPlayer *m_player;
    QPointer<QWidget> m_reference;
    QHash<int, QPointer<QWidget>> m_variants;
    std::shared_ptr<const dsl::SignalViews> m_referenceViews;
    QHash<QString, std::shared_ptr<const Array>> m_playbackCache;
    int m_listenRequest = 0;
    QString m_foldReadout;
};

} // namespace dsl::app
