#include "jobservice.h"

#include "dsl/error.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <new>

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

JobContext::JobContext(JobService *service, std::shared_ptr<detail::JobState> state)
    : RunContext([s = state.get()] { return s->cancelled.load(std::memory_order_relaxed); },
        [s = state.get()](double fraction) {
            s->progress.store(int(fraction * 100.0), std::memory_order_relaxed);
        })
    , m_service(service)
    , m_state(std::move(state))
{
}

void JobContext::post(std::function<void()> fn) const
{
    JobService *service = m_service;
    QMetaObject::invokeMethod(
        service,
        [service, state = m_state, fn = std::move(fn)] {
            if (service->isCurrent(*state))
                fn();
        },
        Qt::QueuedConnection);
}

JobService::JobService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobKey>();
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, &JobService::reportProgress);
}

JobService::~JobService()
{
    shutdown();
}

std::shared_ptr<detail::JobState> JobService::begin(const JobKey &key)
{
    cancel(key);
    auto state = std::make_shared<detail::JobState>();
    state->key = key;
    state->ticket = m_nextTicket++;
    const bool wasBusy = isBusy();
    m_running.insert(key, state);
    ++m_started;
    if (!wasBusy) {
        m_progressTimer.start();
        Q_EMIT progress(0);
        Q_EMIT busyChanged(true);
    }
    return state;
}

bool JobService::isCurrent(const detail::JobState &state) const
{
    const auto it = m_running.constFind(state.key);
    return it != m_running.constEnd() && (*it)->ticket == state.ticket
        && !state.cancelled.load(std::memory_order_relaxed);
}

bool JobService::end(const std::shared_ptr<detail::JobState> &state)
{
    const bool current = isCurrent(*state);
    if (const auto it = m_running.find(state->key);
        it != m_running.end() && (*it)->ticket == state->ticket) {
        m_running.erase(it);
        if (!isBusy()) {
            m_progressTimer.stop();
            Q_EMIT busyChanged(false);
        }
    }
    return current;
}

void JobService::cancel(const JobKey &key)
{
    const auto it = m_running.find(key);
    if (it == m_running.end())
        return;
    (*it)->cancelled.store(true);
    m_running.erase(it);
    if (!isBusy()) {
        m_progressTimer.stop();
        Q_EMIT busyChanged(false);
    }
}

void JobService::cancelKind(JobKind kind)
{
    QList<JobKey> keys;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        if (it.key().kind == kind)
            keys << it.key();
    for (const JobKey &k : std::as_const(keys))
        cancel(k);
}

void JobService::cancelAll()
{
    const QList<JobKey> keys = m_running.keys();
    for (const JobKey &k : keys)
        cancel(k);
}

void JobService::shutdown()
{
    cancelAll();
    // Every piece of work checks its context at least once per row or block: with the flags
    // set they all return promptly. A task not yet started runs here and returns at once.
    for (QFuture<void> &f : m_futures)
        f.waitForFinished();
    m_futures.clear();
}

int JobService::runningCount(JobKind kind) const
{
    int n = 0;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        n += it.key().kind == kind;
    return n;
}

void JobService::remember(QFuture<void> future)
{
    m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_futures.append(std::move(future));
}

void JobService::reportProgress()
{
    int sum = 0, n = 0;
    for (const auto &s : std::as_const(m_running))
        if (const int p = s->progress.load(std::memory_order_relaxed); p >= 0) {
            sum += p;
            ++n;
        }
    if (n > 0)
        Q_EMIT progress(sum / n);
}

QString JobService::messageFor(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    } catch (const std::bad_alloc &) {
        return QCoreApplication::translate(
            "dsl::app::JobService", "Out of memory: the computation needs more than is free.");
    } catch (const std::exception &e) {
        return QCoreApplication::translate("dsl::app::JobService", "Internal error: %1")
            .arg(QString::fromStdString(e.what()));
    } catch (...) {
        return QCoreApplication::translate("dsl::app::JobService", "Internal error.");
    }
}

} // namespace dsl::app
