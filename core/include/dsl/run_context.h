// Toolkit-free cancellation, progress and thread budget, passed into every operator.
// checkpoint() is called at least once per row, line or block; it throws dsl::Cancelled.
// The callbacks may be called from worker threads: they must be thread-safe.
#pragma once

#include "dsl/error.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

namespace dsl {

class RunContext
{
public:
    using CancelQuery = std::function<bool()>;
    using ProgressSink = std::function<void(double)>;

    RunContext() = default;
    explicit RunContext(CancelQuery cancelled, ProgressSink progress = {}, int threads = 0)
        : m_cancelled(std::move(cancelled))
        , m_progress(std::move(progress))
        , m_threads(threads)
    {
    }

    bool isCancelled() const
    {
        return m_cancelFlag.load(std::memory_order_relaxed) || (m_cancelled && m_cancelled());
    }
    void checkpoint() const
    {
        if (isCancelled())
            throw Cancelled {};
    }
    void cancel() { m_cancelFlag.store(true, std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (m_progress)
            m_progress(std::clamp(fraction, 0.0, 1.0));
    }
    // Threads an operator may use; 0 means all hardware threads.
    int threads() const
    {
        const int hw = std::max(1, int(std::thread::hardware_concurrency()));
        return m_threads > 0 ? std::min(m_threads, hw) : hw;
    }
    void setThreads(int n) { m_threads = n; }

private:
    CancelQuery m_cancelled;
    ProgressSink m_progress;
    int m_threads = 0;
    std::atomic<bool> m_cancelFlag { false };
};

} // namespace dsl
