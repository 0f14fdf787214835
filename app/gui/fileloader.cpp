#include "fileloader.h"

#include "session/jobservice.h"

#include "dsl/error.h"
#include "dsl/run_context.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QSettings>

#include <exception>

namespace {

constexpr auto kBudgetKey = "loading/maxMemoryMiB";

} // namespace

namespace dsl::app {

FileLoader::FileLoader(JobService *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
}

std::uint64_t FileLoader::memoryBudget()
{
    const qint64 mib = QSettings()
                           .value(QLatin1String(kBudgetKey), qint64(dsl::kDefaultMaxBytes >> 20))
                           .toLongLong();
    return std::uint64_t(std::clamp<qint64>(mib, 16, qint64(1) << 24)) << 20;
}

void FileLoader::setMemoryBudget(std::uint64_t bytes)
{
    QSettings().setValue(QLatin1String(kBudgetKey), qint64(bytes >> 20));
}

void FileLoader::cancel()
{
    m_jobs->cancel({ JobKind::Load, {} });
}

void FileLoader::run(const std::function<void(JobContext &)> &decode)
{
    if (m_loading)
        throw dsl::Error(dsl::ErrorCode::InvalidArgument, "Another file is still loading.");
    m_loading = true;
    Q_EMIT loadingChanged(true);
    // The outcome is written by the work itself (a cancelled job delivers nothing, but its
    // work still returns and says so here).
    auto error = std::make_shared<std::exception_ptr>();
    QFuture<void> f = m_jobs->start<int>(
        { JobKind::Load, {} },
        [decode, error](JobContext &ctx) {
            try {
                decode(ctx);
            } catch (...) {
                *error = std::current_exception();
            }
            return 0;
        },
        [](int) {});
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(f);
    if (!f.isFinished())
        loop.exec();
    m_loading = false;
    Q_EMIT loadingChanged(false);
    if (*error)
        std::rethrow_exception(*error);
}

std::shared_ptr<const dsl::Array> FileLoader::load(const QString &path, dsl::LoadOptions options)
{
    auto array = std::make_shared<std::shared_ptr<const dsl::Array>>();
    run([p = path.toStdString(), options, array](JobContext &ctx) mutable {
        options.context = &ctx;
        *array = std::make_shared<const dsl::Array>(dsl::load(p, options));
    });
    if (!*array)
        throw dsl::Cancelled {}; // cancelled before the decode began
    return *array;
}

std::shared_ptr<const dsl::Table> FileLoader::loadTable(
    const QString &path, const dsl::TableLoadOptions &options)
{
    auto table = std::make_shared<std::shared_ptr<const dsl::Table>>();
    run([p = path.toStdString(), options, table](JobContext &ctx) {
        ctx.checkpoint();
        *table = std::make_shared<const dsl::Table>(dsl::loadTable(p, options));
    });
    if (!*table)
        throw dsl::Cancelled {};
    return *table;
}

} // namespace dsl::app
