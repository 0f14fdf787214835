// Every background computation of the window goes through one JobService: variants, k-space,
// kernels, shift curves, the shifted source, reference views, playback and file loading.
//
// One rule for all of them:
// - a job runs under a typed key; starting another job under the same key cancels the first,
//   whose result is then dropped (stale), so only the newest request of a key is ever delivered;
// - every job is cancellable: its work gets a JobContext (a RunContext) whose checkpoint()
//   throws Cancelled once the job is cancelled, superseded or the service shuts down;
// - results and partial results reach the GUI thread only while the job is current;
// - an exception other than Cancelled becomes one sentence (messageFor) for the job's failure
//   handler, or for the failed() signal when it has none;
// - progress of the running jobs is aggregated into one percentage;
// - the destructor cancels everything it started and waits for it.
// No job starts a thread or pool of its own: all run on computePool().
//
// Ownership: a QObject child of the window. Thread-safety: used from the GUI thread; the work
// runs on the compute pool and may only touch what it captured (never the window).
#pragma once

#include "dsl/run_context.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace dsl::app {

// The threads every computation of the application runs on. Not Qt's global pool: QPainter
// scales images on the global pool and waits for it, so long computations there would freeze
// painting (measured: 13 s while six 2048² variants computed).
QThreadPool *computePool();

enum class JobKind {
    Variant,
    KSpace,
    Kernel,
    ShiftCurve,
    ShiftedSource,
    ReferenceViews,
    Playback,
    Load,
    Boundary, // a table variant's decision regions
};

struct JobKey
{
    JobKind kind = JobKind::Variant;
    QString id; // which one of its kind: a variant id, a k-space cache key, a kernel spec, …
    friend bool operator==(const JobKey &, const JobKey &) = default;
};
inline size_t qHash(const JobKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.kind), key.id);
}

class JobService;

namespace detail {
struct JobState
{
    JobKey key;
    quint64 ticket = 0;
    std::atomic<bool> cancelled { false };
    std::atomic<int> progress { -1 }; // percent, -1 until the work reports
};
} // namespace detail

// What a job's work is given: cancellation and progress (RunContext), and a way to hand partial
// results to the GUI thread while the job is current.
class JobContext : public RunContext
{
public:
    JobContext(JobService *service, std::shared_ptr<detail::JobState> state);
    // Runs `fn` on the GUI thread, unless the job is no longer current when it gets there.
    void post(std::function<void()> fn) const;

private:
    JobService *m_service;
    std::shared_ptr<detail::JobState> m_state;
};

class JobService : public QObject
{
    Q_OBJECT
public:
    explicit JobService(QObject *parent = nullptr);
    ~JobService() override;

    // Starts `work` on the compute pool under `key` (cancelling what runs under it). On the GUI
    // thread, `done(result)` runs if the job is still current when it finishes; a failure calls
    // `onFailed(message)` (or emits failed()). The future finishes when the work has returned;
    // waiting on it is only for callers that block (loading), never needed otherwise.
    template <class T>
    QFuture<void> start(const JobKey &key, std::function<T(JobContext &)> work,
        std::function<void(T)> done, std::function<void(const QString &)> onFailed = {});

    void cancel(const JobKey &key);
    void cancelKind(JobKind kind);
    void cancelAll();
    // Cancels everything and waits until every piece of work has returned.
    void shutdown();

    bool isBusy() const { return !m_running.isEmpty(); }
    bool isRunning(const JobKey &key) const { return m_running.contains(key); }
    int runningCount(JobKind kind) const;
    int startedCount() const { return int(m_started); }

    // The one place where an exception becomes what the user reads.
    static QString messageFor(std::exception_ptr error);

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(int percent); // mean over the running jobs that report progress
    void failed(const dsl::app::JobKey &key, const QString &message);
    void jobFinished(const dsl::app::JobKey &key); // delivered, failed or dropped

private:
    friend class JobContext;
    std::shared_ptr<detail::JobState> begin(const JobKey &key);
    // GUI thread, when the work has returned: true if its result is to be delivered.
    bool end(const std::shared_ptr<detail::JobState> &state);
    bool isCurrent(const detail::JobState &state) const;
    void reportProgress();
    void remember(QFuture<void> future);

    QHash<JobKey, std::shared_ptr<detail::JobState>> m_running;
    QList<QFuture<void>> m_futures; // everything started and not yet seen finished
    quint64 m_nextTicket = 1;
    quint64 m_started = 0;
    QTimer m_progressTimer;
};

template <class T>
QFuture<void> JobService::start(const JobKey &key, std::function<T(JobContext &)> work,
    std::function<void(T)> done, std::function<void(const QString &)> onFailed)
{
    std::shared_ptr<detail::JobState> state = begin(key);
    QFuture<void> future = QtConcurrent::run(computePool(),
        [this, state, work = std::move(work), done = std::move(done),
            onFailed = std::move(onFailed)] {
            auto value = std::make_shared<std::optional<T>>();
            QString error;
            bool cancelled = state->cancelled.load();
            if (!cancelled) {
                try {
                    JobContext ctx(this, state);
                    value->emplace(work(ctx));
                } catch (const Cancelled &) {
                    cancelled = true;
                } catch (...) {
                    error = messageFor(std::current_exception());
                }
            }
            // Queued to the GUI thread; dropped by Qt if the service is gone by then (it waits
            // for this function to return before it goes).
            QMetaObject::invokeMethod(
                this,
                [this, state, value, error, cancelled, done, onFailed] {
                    const bool deliver = end(state) && !cancelled;
                    if (deliver && value->has_value())
                        done(std::move(**value));
                    else if (deliver && onFailed)
                        onFailed(error);
                    else if (deliver)
                        Q_EMIT failed(state->key, error);
                    Q_EMIT jobFinished(state->key);
                },
                Qt::QueuedConnection);
        });
    remember(future);
    return future;
}

} // namespace dsl::app
