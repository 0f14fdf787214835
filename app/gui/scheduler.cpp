#include "scheduler.h"

#include "dsl/error.h"
#include "dsl/method.h"

#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace dsl::app {

QThreadPool *computePool()
{
    // Owned by the application object, like Qt's global pool: its destructor waits for the
    // tasks still running before the application goes.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    }
    return pool;
}

namespace {

constexpr int kCacheEntries = 32;

// Only the views depend on these: a change recomputes views from the cached analysis.
QString spectrumKey(const SpectrumOptions &o)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(int(o.window))
        .arg(o.fftSize)
        .arg(o.welch)
        .arg(o.spectrogramMs)
        .arg(o.spectrogramHopDivisor);
}

void computeVariant(QPromise<VariantResult> &promise, std::shared_ptr<const Array> source,
    const Method *method, Params params, QString spec, SpectrumOptions spectrum,
    std::shared_ptr<const Analysis> known, QString roundTripMethod)
{
    RunContext ctx([&promise] { return promise.isCanceled(); },
        [&promise](double f) { promise.setProgressValue(int(f * 100)); });
    VariantResult r;
    r.spec = spec;
    try {
        // The output goes out as soon as it exists; the analysis follows in the final result.
        auto sendOutput = [&promise, &spec](const Result &res, double runtimeMs) {
            VariantResult early;
            early.spec = spec;
            early.partial = true;
            auto an = std::make_shared<Analysis>();
            an->result = res;
            an->metrics.runtimeMs = runtimeMs;
            early.analysis = std::move(an);
            promise.addResult(early);
        };
        r.analysis = known
            ? known
            : std::make_shared<const Analysis>(analyse(*method, *source, params, ctx, sendOutput));
        if (source->kind == Kind::Signal && source->rank() == 1) {
            ctx.checkpoint();
            r.views = std::make_shared<const widgets::SignalViews>(
                widgets::computeSignalViews(r.analysis->result.output, &r.analysis->aliasMap,
                    spectrum, &r.analysis->result.filter, source->sampleRate()));
        }
        if (!roundTripMethod.isEmpty() && source->kind != Kind::Signal) {
            ctx.checkpoint();
            try {
                r.roundTrip = std::make_shared<const RoundTrip>(roundTrip(
                    *source, r.analysis->result.output, roundTripMethod.toStdString(), ctx));
            } catch (const Error &e) {
                r.roundTripError = QString::fromStdString(e.what()); // the variant itself stands
            }
        }
    } catch (const Cancelled &) {
        return;
    } catch (const Error &e) {
        r.error = QString::fromStdString(e.what());
    } catch (const std::bad_alloc &) {
        r.error = QCoreApplication::translate("dsl::app::Scheduler", "Out of memory.");
    } catch (const std::exception &e) {
        r.error = QCoreApplication::translate("dsl::app::Scheduler", "Internal error: %1")
                      .arg(QString::fromStdString(e.what()));
    }
    promise.addResult(r);
}

} // namespace

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<VariantResult>();
}

Scheduler::~Scheduler()
{
    cancelAll();
    for (Job &j : m_running)
        j.watcher->waitForFinished();
}

void Scheduler::request(int variantId, std::shared_ptr<const Array> source,
    quint64 sourceGeneration, const std::string &methodId,
    const std::map<std::string, std::string> &given)
{
    cancel(variantId);
    VariantResult failed;
    const Method *method = Registry::instance().find(methodId);
    Params params;
    try {
        params = Registry::instance().get(methodId).resolve(given);
    } catch (const Error &e) {
        failed.error = QString::fromStdString(e.what());
        Q_EMIT resultReady(variantId, failed);
        return;
    }
    const QString spec = QString::fromStdString(methodId + ":" + params.canonical());
    const QString base = QString::number(sourceGeneration) + u'|' + spec + u'|';
    const QString key = base + spectrumKey(m_spectrum) + u'|' + m_roundTrip;
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        Q_EMIT resultReady(variantId, *it);
        return;
    }
    // Same variant, other view settings: reuse the analysis, recompute only the views.
    std::shared_ptr<const Analysis> known;
    for (const QString &k : std::as_const(m_cacheOrder))
        if (k.startsWith(base))
            known = m_cache.value(k).analysis;
    const bool wasBusy = isBusy();
    auto *watcher = new QFutureWatcher<VariantResult>(this);
    const quint64 ticket = m_nextTicket++;
    m_running.insert(variantId, { watcher, ticket });
    connect(watcher, &QFutureWatcher<VariantResult>::finished, this,
        [this, variantId, ticket, key, watcher] {
            const bool current
                = m_running.contains(variantId) && m_running[variantId].ticket == ticket;
            const int count = watcher->future().resultCount();
            const VariantResult r
                = count > 0 ? watcher->future().resultAt(count - 1) : VariantResult {};
            if (current && count > 0 && !r.partial && !watcher->isCanceled()) {
                if (r.analysis) {
                    m_cache.insert(key, r);
                    m_cacheOrder.append(key);
                    while (m_cacheOrder.size() > kCacheEntries)
                        m_cache.remove(m_cacheOrder.takeFirst());
                }
                finish(variantId, ticket);
                Q_EMIT resultReady(variantId, r);
            } else {
                finish(variantId, ticket);
            }
            watcher->deleteLater();
        });
    connect(watcher, &QFutureWatcher<VariantResult>::resultReadyAt, this,
        [this, variantId, ticket, watcher](int index) {
            const bool current
                = m_running.contains(variantId) && m_running[variantId].ticket == ticket;
            if (!current || watcher->isCanceled())
                return;
            const VariantResult r = watcher->future().resultAt(index);
            if (r.partial)
                Q_EMIT partialReady(variantId, r);
        });
    connect(
        watcher, &QFutureWatcher<VariantResult>::progressValueChanged, this, &Scheduler::progress);
    watcher->setFuture(QtConcurrent::run(computePool(), computeVariant, source, method, params,
        spec, m_spectrum, known, m_roundTrip));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void Scheduler::finish(int variantId, quint64 ticket)
{
    if (m_running.contains(variantId) && m_running[variantId].ticket == ticket)
        m_running.remove(variantId);
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void Scheduler::cancel(int variantId)
{
    const auto it = m_running.find(variantId);
    if (it == m_running.end())
        return;
    it->watcher->cancel();
    m_running.erase(it);
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void Scheduler::cancelAll()
{
    const QList<int> ids = m_running.keys();
    for (int id : ids)
        cancel(id);
}

} // namespace dsl::app
