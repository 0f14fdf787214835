// The job service without a window, on fake jobs: delivery on the GUI thread, the newest job of
// a key wins, cancellation reaches the work's RunContext, exceptions become one sentence,
// partial results and progress, and the destructor waits for every piece of work.
#include "session/jobservice.h"

#include "dsl/error.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace dsl;
using namespace dsl::app;
using namespace Qt::StringLiterals;

namespace {

// Work that runs until cancelled (checking its context like an operator does), or until
// `release` is set; it records that it ran and how it ended.
struct Probe
{
    std::atomic<bool> release { false };
    std::atomic<bool> started { false };
    std::atomic<bool> sawCancel { false };
    std::atomic<bool> returned { false };
};

std::function<int(JobContext &)> waitingWork(std::shared_ptr<Probe> p, int value)
{
    return [p, value](JobContext &ctx) {
        p->started = true;
        struct Done
        {
            Probe &p;
            ~Done() { p.returned = true; }
        } done { *p };
        while (!p->release) {
            if (ctx.isCancelled()) {
                p->sawCancel = true;
                ctx.checkpoint(); // throws Cancelled
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return value;
    };
}

} // namespace

class TestJobService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOnTheGuiThread()
    {
        JobService jobs;
        QThread *deliveredOn = nullptr;
        int got = 0;
        QSignalSpy busy(&jobs, &JobService::busyChanged);
        jobs.start<int>(
            { JobKind::Variant, u"1"_s }, [](JobContext &) { return 42; },
            [&](int v) {
                got = v;
                deliveredOn = QThread::currentThread();
            });
        QVERIFY(jobs.isBusy());
        QVERIFY(jobs.isRunning({ JobKind::Variant, u"1"_s }));
        QCOMPARE(jobs.runningCount(JobKind::Variant), 1);
        QCOMPARE(jobs.runningCount(JobKind::KSpace), 0);
        QTRY_COMPARE(got, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!jobs.isBusy());
        QCOMPARE(busy.count(), 2); // true, then false
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void newestOfAKeyWins()
    {
        JobService jobs;
        auto first = std::make_shared<Probe>();
        QList<int> delivered;
        const JobKey key { JobKind::KSpace, u"a|3"_s };
        jobs.start<int>(key, waitingWork(first, 1), [&](int v) { delivered << v; });
        QTRY_VERIFY(first->started);
        // The same key again: the first is superseded (its work sees the cancel), the second
        // is the one delivered.
        jobs.start<int>(
            key, [](JobContext &) { return 2; }, [&](int v) { delivered << v; });
        QTRY_VERIFY(first->returned);
        QVERIFY(first->sawCancel);
        QTRY_VERIFY(!jobs.isBusy());
        QTest::qWait(20);
        QCOMPARE(delivered, QList<int> { 2 });
        // Another key runs beside it and is not touched.
        auto other = std::make_shared<Probe>();
        jobs.start<int>(
            { JobKind::KSpace, u"b"_s }, waitingWork(other, 3), [&](int v) { delivered << v; });
        jobs.start<int>(
            key, [](JobContext &) { return 4; }, [&](int v) { delivered << v; });
        QTRY_VERIFY(delivered.contains(4));
        other->release = true;
        QTRY_VERIFY(delivered.contains(3));
        QVERIFY(!other->sawCancel);
    }

    void cancelReachesTheWork()
    {
        JobService jobs;
        auto p = std::make_shared<Probe>();
        bool delivered = false, failed = false;
        QSignalSpy finished(&jobs, &JobService::jobFinished);
        const JobKey key { JobKind::ShiftCurve, u"7"_s };
        jobs.start<int>(
            key, waitingWork(p, 1), [&](int) { delivered = true; },
            [&](const QString &) { failed = true; });
        QTRY_VERIFY(p->started);
        jobs.cancel(key);
        QVERIFY(!jobs.isBusy()); // at once, without waiting for the work
        QTRY_VERIFY(p->returned);
        QVERIFY(p->sawCancel);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!delivered && !failed); // a cancelled job says nothing
        // By kind, and all.
        auto a = std::make_shared<Probe>(), b = std::make_shared<Probe>(),
             c = std::make_shared<Probe>();
        jobs.start<int>({ JobKind::Kernel, u"x"_s }, waitingWork(a, 1), [](int) {});
        jobs.start<int>({ JobKind::Kernel, u"y"_s }, waitingWork(b, 1), [](int) {});
        jobs.start<int>({ JobKind::Playback, {} }, waitingWork(c, 1), [](int) {});
        jobs.cancelKind(JobKind::Kernel);
        QCOMPARE(jobs.runningCount(JobKind::Kernel), 0);
        QVERIFY(jobs.isRunning({ JobKind::Playback, {} }));
        jobs.cancelAll();
        QVERIFY(!jobs.isBusy());
        jobs.shutdown(); // waits; work still queued when cancelled never begins
        for (const auto &probe : { a, b, c })
            QVERIFY(!probe->started || (probe->returned && probe->sawCancel));
    }

    void cancelledBeforeItStartsNeverRuns()
    {
        // More jobs than threads: the ones still queued see the cancel before they begin.
        JobService jobs;
        std::atomic<int> ran { 0 };
        for (int i = 0; i < 64; ++i)
            jobs.start<int>(
                { JobKind::Variant, QString::number(i) },
                [&ran](JobContext &ctx) {
                    ++ran;
                    for (int k = 0; k < 200; ++k) {
                        ctx.checkpoint();
                        std::this_thread::sleep_for(std::chrono::microseconds(100));
                    }
                    return 0;
                },
                [](int) {});
        jobs.cancelAll();
        jobs.shutdown();
        QVERIFY2(ran < 64, qPrintable(QString::number(ran)));
    }

    void errorsBecomeOneSentence()
    {
        JobService jobs;
        QString message;
        jobs.start<int>(
            { JobKind::Load, {} },
            [](JobContext &) -> int {
                throw Error(ErrorCode::MalformedFile, "damaged PNG: IHDR checksum does not match");
            },
            [](int) {}, [&](const QString &m) { message = m; });
        QTRY_VERIFY(!message.isEmpty());
        QCOMPARE(message, u"damaged PNG: IHDR checksum does not match"_s);
        message.clear();
        jobs.start<int>(
            { JobKind::Load, {} }, [](JobContext &) -> int { throw std::bad_alloc(); }, [](int) {},
            [&](const QString &m) { message = m; });
        QTRY_VERIFY(message.startsWith(u"Out of memory"_s));
        // Without a handler: the failed() signal, with the job's key.
        QSignalSpy failed(&jobs, &JobService::failed);
        jobs.start<int>(
            { JobKind::Kernel, u"k"_s },
            [](JobContext &) -> int { throw std::runtime_error("boom"); }, [](int) {});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<JobKey>(), (JobKey { JobKind::Kernel, u"k"_s }));
        QCOMPARE(failed.at(0).at(1).toString(), u"Internal error: boom"_s);
    }

    void partialResultsOnlyWhileCurrent()
    {
        JobService jobs;
        QList<int> partials;
        auto release = std::make_shared<std::atomic<bool>>(false);
        const JobKey key { JobKind::Variant, u"1"_s };
        jobs.start<int>(
            key,
            [&partials, release](JobContext &ctx) {
                ctx.post([&partials] { partials << 1; });
                while (!*release)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ctx.post([&partials] { partials << 2; }); // after the cancel: dropped
                return 0;
            },
            [](int) {});
        QTRY_COMPARE(partials, QList<int> { 1 });
        jobs.cancel(key);
        *release = true;
        jobs.shutdown();
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QCOMPARE(partials, QList<int> { 1 });
    }

    void progressIsAggregated()
    {
        JobService jobs;
        QSignalSpy progress(&jobs, &JobService::progress);
        auto release = std::make_shared<std::atomic<bool>>(false);
        for (double f : { 0.2, 0.6 })
            jobs.start<int>(
                { JobKind::Variant, QString::number(f) },
                [f, release](JobContext &ctx) {
                    ctx.report(f);
                    while (!*release)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    return 0;
                },
                [](int) {});
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() == 40);
        *release = true;
        QTRY_VERIFY(!jobs.isBusy());
    }

    void destructorWaitsForEverything()
    {
        auto p = std::make_shared<Probe>();
        bool delivered = false;
        {
            JobService jobs;
            jobs.start<int>(
                { JobKind::Variant, u"1"_s }, waitingWork(p, 1), [&](int) { delivered = true; });
            QTRY_VERIFY(p->started);
        } // cancels and waits
        QVERIFY(p->returned);
        QVERIFY(p->sawCancel);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestJobService)
#include "tst_jobservice.moc"
