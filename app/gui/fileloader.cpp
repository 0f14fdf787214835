#include "fileloader.h"

#include "scheduler.h" // computePool()

#include "dsl/error.h"
#include "dsl/run_context.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent>

#include <exception>

namespace {

constexpr auto kBudgetKey = "loading/maxMemoryMiB";

struct Loaded
{
    std::shared_ptr<const dsl::Array> array;
    std::exception_ptr error;
};

} // namespace

namespace dsl::app {

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
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
    if (m_cancel)
        m_cancel->store(true);
}

std::shared_ptr<const dsl::Array> FileLoader::load(const QString &path, dsl::LoadOptions options)
{
    if (m_loading)
        throw dsl::Error(dsl::ErrorCode::InvalidArgument, "Another file is still loading.");
    m_loading = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT loadingChanged(true);
    Q_EMIT progress(0);
    // The progress callback runs on the worker: it only posts to this object.
    QPointer<FileLoader> self(this);
    auto cancelFlag = m_cancel;
    QFuture<Loaded> f = QtConcurrent::run(
        computePool(), [p = path.toStdString(), options, cancelFlag, self]() mutable {
            int last = -1;
            dsl::RunContext ctx([cancelFlag] { return cancelFlag->load(); },
                [&last, self](double fraction) {
                    const int percent = int(fraction * 100);
                    if (percent == last || !self)
                        return;
                    last = percent;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, percent] {
                            if (self)
                                Q_EMIT self->progress(percent);
                        },
                        Qt::QueuedConnection);
                });
            options.context = &ctx;
            Loaded r;
            try {
                r.array = std::make_shared<const dsl::Array>(dsl::load(p, options));
            } catch (...) {
                r.error = std::current_exception();
            }
            return r;
        });
    QFutureWatcher<Loaded> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(f);
    if (!f.isFinished())
        loop.exec();
    const Loaded r = f.result();
    m_loading = false;
    m_cancel.reset();
    Q_EMIT loadingChanged(false);
    if (r.error)
        std::rethrow_exception(r.error);
    return r.array;
}

} // namespace dsl::app
