// Loads a file off the GUI thread as a job of the window's JobService (core's load() with the
// job's RunContext: progress and cancellation like every computation), and the memory budget
// the user set in Preferences.
// Ownership: a QObject child of the window. Thread-safety: used from the GUI thread only.
#pragma once

#include "dsl/array.h"
#include "dsl/io.h"
#include "dsl/table.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace dsl::app {

class JobContext;
class JobService;

class FileLoader final : public QObject
{
    Q_OBJECT
public:
    explicit FileLoader(JobService *jobs, QObject *parent = nullptr);

    // Runs the decode on the compute pool and keeps the event loop running until it ends
    // (the caller disables what must not be used meanwhile). Rethrows what load() threw, on
    // this thread: dsl::Error, dsl::Cancelled (cancel() was called), std::bad_alloc.
    std::shared_ptr<const dsl::Array> load(const QString &path, dsl::LoadOptions options);
    // A labelled table (CSV, or X.npy with its labels), the same way.
    std::shared_ptr<const dsl::Table> loadTable(
        const QString &path, const dsl::TableLoadOptions &options);
    bool isLoading() const { return m_loading; }

    // The decoded-data budget from the settings (Edit → Preferences), in bytes.
    static std::uint64_t memoryBudget();
    static void setMemoryBudget(std::uint64_t bytes);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void run(const std::function<void(JobContext &)> &decode);

    JobService *m_jobs;
    bool m_loading = false;
};

} // namespace dsl::app
