#include "signalexplorer.h"

#include "audioplayer.h"
#include "scheduler.h"
#include "signalpane.h"
#include "waveformpane.h"

#include "dsl/analysis.h"
#include "dsl/filters.h"
#include "dsl/method.h"

#include <QCursor>
#include <QPromise>
#include <QToolTip>

#include <cmath>
#include <numeric>

namespace dsl::app {

SignalExplorer::SignalExplorer(Comparison *model, ViewState *view, JobService *jobs,
    Scheduler *scheduler, AudioPlayer *player, QObject *parent)
    : Explorer(parent)
    , m_model(model)
    , m_view(view)
    , m_jobs(jobs)
    , m_scheduler(scheduler)
    , m_player(player)
{
    // What only signal panes show follows the view state here; the workspace recomputes the
    // variants when the analysis options change (after this has given them to the scheduler).
    connect(view, &ViewState::changed, this, [this](ViewState::Aspect aspect) {
        switch (aspect) {
        case ViewState::Aspect::SignalTab:
        case ViewState::Aspect::FilterMode:
            syncTabs();
            break;
        case ViewState::Aspect::SpectrumAnalysis:
            applySpectrumOptions();
            break;
        case ViewState::Aspect::SpectrogramDisplay:
            applySpectrogramDisplay();
            break;
        default:
            break;
        }
    });
}

QWidget *SignalExplorer::makePane(int id, QWidget *parent)
{
    Q_UNUSED(id);
    return new widgets::SignalPane(parent);
}

QList<widgets::SignalPane *> SignalExplorer::panes() const
{
    QList<widgets::SignalPane *> list;
    if (auto *r = qobject_cast<widgets::SignalPane *>(m_reference.data()))
        list << r;
    for (const auto &p : m_variants)
        if (auto *sp = qobject_cast<widgets::SignalPane *>(p.data()))
            list << sp;
    return list;
}

void SignalExplorer::panesReady(QWidget *reference, const QHash<int, QPointer<QWidget>> &variants)
{
    m_reference = reference;
    m_variants = variants;
    // Signal panes share one time axis and switch view tabs together.
    const QList<widgets::SignalPane *> all = panes();
    for (widgets::SignalPane *w : all) {
        connect(w->waveform(), &widgets::WaveformPane::timeRangeChanged, this,
            [all, w](double a, double b) {
                for (widgets::SignalPane *o : all)
                    if (o != w)
                        o->waveform()->setTimeRange(a, b);
            });
        connect(w, &widgets::SignalPane::tabChanged, this,
            [this](int tab) { m_view->setSignalTab(SignalTab(std::clamp(tab, 0, 3))); });
        connect(w, &widgets::SignalPane::filterModeChanged, this,
            [this](int mode) { m_view->setFilterMode(FilterMode(std::clamp(mode, 0, 2))); });
    }
    syncTabs();
    applySpectrogramDisplay();
    if (!all.isEmpty())
        connect(all.first(), &widgets::SignalPane::spectrumHovered, this,
            &SignalExplorer::showFoldReadout);
}

void SignalExplorer::syncTabs()
{
    for (widgets::SignalPane *sp : panes()) {
        const QSignalBlocker block(sp);
        sp->setTab(int(m_view->signalTab()));
        sp->setFilterMode(int(m_view->filterMode()));
    }
}

void SignalExplorer::refreshReference(QWidget *pane, const QString &title)
{
    const auto src = m_model->source();
    auto *w = qobject_cast<widgets::SignalPane *>(pane);
    if (!src || !w)
        return;
    w->setTitle(title);
    if (!m_referenceViews) {
        w->waveform()->setSignal(src);
        return;
    }
    w->setData(src, nullptr, *m_referenceViews, {}, {}, 0.0);
    refreshFilters();
}

void SignalExplorer::refreshVariant(int variantId, QWidget *pane, const QString &title)
{
    const auto src = m_model->source();
    auto *w = qobject_cast<widgets::SignalPane *>(pane);
    if (!src || !w)
        return;
    const auto it = m_model->results().constFind(variantId);
    const bool ready = it != m_model->results().constEnd();
    w->setTitle(title);
    if (ready && it->analysis && it->views && m_referenceViews) {
        const Analysis &an = *it->analysis;
        w->setData(std::shared_ptr<const Array>(it->analysis, &an.result.output), src, *it->views,
            m_referenceViews->spectrum, an.result.filter,
            src->sampleRate() / (2.0 * an.result.map[0].step));
    } else if (const auto p = m_model->partials().constFind(variantId);
               !ready && p != m_model->partials().constEnd() && p->analysis) {
        w->waveform()->setSignal(
            std::shared_ptr<const Array>(p->analysis, &p->analysis->result.output), src);
        w->setStatus(tr("analysing…"));
    } else {
        w->setStatus(ready ? it->error : tr("computing…"));
    }
}

void SignalExplorer::applySpectrumOptions()
{
    m_scheduler->setSpectrumOptions(m_view->spectrum().analysisOptions());
    computeReferenceViews();
}

void SignalExplorer::refreshFilters()
{
    // The reference's filter tab overlays every variant's anti-alias filter (cheap: no re-render
    // of the reference's waveform or spectrogram).
    const auto src = m_model->source();
    auto *w = qobject_cast<widgets::SignalPane *>(m_reference.data());
    if (!src || !w || src->kind != Kind::Signal)
        return;
    QList<widgets::SignalPane::FilterEntry> filters;
    for (const VariantSpec &v : m_model->variants()) {
        const auto it = m_model->results().constFind(v.id);
        if (it != m_model->results().constEnd() && it->analysis && it->views
            && !it->views->filterResponse.empty())
            filters.append({ Comparison::title(v), it->views->filterResponse, src->sampleRate(),
                src->sampleRate() / (2.0 * it->analysis->result.map[0].step) });
    }
    w->setFilters(filters);
}

void SignalExplorer::computeReferenceViews()
{
    m_referenceViews.reset();
    const JobKey key { JobKind::ReferenceViews, {} };
    m_jobs->cancel(key);
    const auto src = m_model->source();
    if (!src || src->kind != Kind::Signal || src->rank() != 1)
        return;
    const SpectrumOptions options = m_scheduler->spectrumOptions();
    using Ptr = std::shared_ptr<const dsl::SignalViews>;
    m_jobs->start<Ptr>(
        key,
        [src, options](JobContext &) {
            return std::make_shared<const dsl::SignalViews>(
                dsl::computeSignalViews(*src, nullptr, options));
        },
        [this](Ptr views) {
            m_referenceViews = std::move(views);
            Q_EMIT referenceViewsReady();
        },
        [this](const QString &message) { Q_EMIT error(message); });
}

QFuture<std::shared_ptr<const Array>> SignalExplorer::playbackSignal(int what, int id)
{
    using Ptr = std::shared_ptr<const Array>;
    const auto src = m_model->source();
    if (!src || src->kind != Kind::Signal)
        return QtFuture::makeReadyFuture(Ptr());
    if (what == 0)
        return QtFuture::makeReadyFuture(Ptr(src));
    const auto it = m_model->results().constFind(id);
    if (it == m_model->results().constEnd() || !it->analysis)
        return QtFuture::makeReadyFuture(Ptr());
    const std::shared_ptr<const Analysis> analysis = it->analysis;
    const Array &own = what == 1 ? analysis->result.output : analysis->aliasMap;
    const Ptr atOwnRate(analysis, &own); // shares ownership of the analysis
    // Back to the source's rate when asked and the rates are whole numbers of hertz.
    const double from = own.sampleRate(), to = src->sampleRate();
    const bool whole = from > 0 && to > 0 && from == std::round(from) && to == std::round(to);
    if (!m_view->resampleBack() || !whole || from == to)
        return QtFuture::makeReadyFuture(atOwnRate);
    const std::size_t g = std::gcd(std::size_t(to), std::size_t(from));
    const std::size_t up = std::size_t(to) / g, down = std::size_t(from) / g;
    if (up > 1024 || down > 1024)
        return QtFuture::makeReadyFuture(atOwnRate);
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(id)
                            .arg(it->spec)
                            .arg(what)
                            .arg(quintptr(analysis.get()));
    if (const auto cached = m_playbackCache.constFind(key); cached != m_playbackCache.constEnd())
        return QtFuture::makeReadyFuture(*cached);
    // A job like every other (a newer request supersedes it, Cancel stops it); the caller gets
    // a future of its result, cancelled if the job is.
    auto promise = std::make_shared<QPromise<Ptr>>();
    promise->start();
    QFuture<Ptr> future = promise->future();
    m_jobs->start<Ptr>(
        { JobKind::Playback, {} },
        [atOwnRate, up, down](JobContext &ctx) -> Ptr {
            const MethodCall call = parseMethodCall(
                "resample.rational:up=" + std::to_string(up) + ",down=" + std::to_string(down));
            return std::make_shared<const Array>(
                runMethod(*call.method, *atOwnRate, call.params, ctx).output);
        },
        [this, key, promise](Ptr back) {
            if (m_playbackCache.size() > 8)
                m_playbackCache.clear();
            m_playbackCache.insert(key, back);
            promise->addResult(back);
            promise->finish();
        },
        [this, promise](const QString &message) {
            Q_EMIT error(message);
            promise->addResult(Ptr());
            promise->finish();
        });
    return future;
}

void SignalExplorer::listen(int what, int id)
{
    const auto src = m_model->source();
    if (!src || src->kind != Kind::Signal)
        return;
    if (what > 0) {
        const auto it = m_model->results().constFind(id);
        if (it == m_model->results().constEnd() || !it->analysis) {
            Q_EMIT error(tr("Select a computed variant to listen to."));
            return;
        }
    }
    const int request = ++m_listenRequest;
    playbackSignal(what, id).then(this, [this, request](std::shared_ptr<const Array> signal) {
        if (request != m_listenRequest || !signal)
            return; // a newer request superseded this one
        if (!m_player->switchTo(*signal))
            Q_EMIT error(
                tr("This signal cannot be played on the audio device (rate %1 Hz, %2 channels).")
                    .arg(signal->sampleRate())
                    .arg(signal->channels));
    });
}

void SignalExplorer::applySpectrogramDisplay()
{
    const double range = m_view->spectrum().stftRangeDb;
    const auto map = widgets::Colormap(int(m_view->spectrum().stftColours));
    for (widgets::SignalPane *sp : panes())
        sp->setSpectrogramDisplay(range, map);
}

void SignalExplorer::showFoldReadout(double hz, bool inside)
{
    const auto src = m_model->source();
    if (!inside || !src || src->kind != Kind::Signal) {
        m_foldReadout.clear();
        QToolTip::hideText();
        return;
    }
    // Where a component at hz lands after each variant's rate change, and how strongly.
    QStringList lines;
    lines << tr("%1 Hz in the original:").arg(hz, 0, 'f', 0);
    for (const VariantSpec &v : m_model->variants()) {
        const auto it = m_model->results().constFind(v.id);
        if (it == m_model->results().constEnd() || !it->analysis)
            continue;
        const Result &r = it->analysis->result;
        const double newRate = src->sampleRate() / r.map[0].step;
        const double lands = foldedFrequency(hz, newRate);
        QString gain = tr("no filter: full strength");
        if (!r.filter.empty()) {
            const auto h
                = frequencyResponse(r.filter, { std::min(1.0, hz / (src->sampleRate() / 2.0)) });
            gain = tr("filter gain %1 dB")
                       .arg(20.0 * std::log10(std::max(std::abs(h[0]), 1e-12)), 0, 'f', 1);
        }
        lines << (hz <= newRate / 2.0 ? tr("• %1: stays at %2 Hz (%3)")
                                      : tr("• %1: folds to %2 Hz (%3)"))
                     .arg(Comparison::title(v))
                     .arg(lands, 0, 'f', 0)
                     .arg(gain);
    }
    m_foldReadout = lines.join(u'\n');
    QToolTip::showText(QCursor::pos(), m_foldReadout, m_reference);
    Q_EMIT status(lines.join(QStringLiteral("  ")), 5000);
}

} // namespace dsl::app
