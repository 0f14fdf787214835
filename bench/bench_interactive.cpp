// Interactive latency of the GUI (issues 3 and 4): the wall time from a parameter change to every
// variant's output, spectra / k-space, alias maps and metrics being shown, and the longest time
// the GUI thread was blocked meanwhile (a 5 ms timer measures the gaps between its ticks).
// Offscreen Qt, the real MainWindow. Not a test: run from bench/run.sh or by hand.
#include "mainwindow.h"
#include "scheduler.h"

#include "dsl/array.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

namespace {

struct Probe
{
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
};

// Sets `key` of every variant to each of `values` in turn (each one new: nothing comes from the
// cache); prints the median latency and the worst GUI stall.
void measure(const char *label, dsl::app::Workspace &w, const std::vector<int> &ids,
    const std::string &key, const std::vector<std::string> &values)
{
    const int rounds = int(values.size());
    QSignalSpy ready(&w, &dsl::app::Workspace::allResultsReady);
    ready.wait(60000); // the first computation
    std::vector<double> latencies, firstOutputs;
    auto *scheduler = w.scheduler();
    std::set<int> shown;
    QElapsedTimer roundClock;
    double firstOutput = -1;
    auto seen = [&](int id) {
        shown.insert(id);
        if (firstOutput < 0 && shown.size() == ids.size())
            firstOutput = double(roundClock.nsecsElapsed()) / 1e6;
    };
    QObject::connect(scheduler, &dsl::app::Scheduler::partialReady,
        [&](int id, const dsl::app::VariantResult &) { seen(id); });
    QObject::connect(scheduler, &dsl::app::Scheduler::resultReady,
        [&](int id, const dsl::app::VariantResult &) { seen(id); });
    Probe probe;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&probe] {
        const qint64 now = probe.clock.elapsed();
        probe.worst = std::max(probe.worst, now - probe.last);
        probe.last = now;
    });
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        ready.clear();
        shown.clear();
        firstOutput = -1;
        roundClock.start();
        probe.clock.start();
        probe.last = 0;
        tick.start();
        t.start();
        for (int id : ids)
            w.setVariantParameter(id, key, values[std::size_t(r)]);
        if (ready.isEmpty())
            ready.wait(60000);
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
        firstOutputs.push_back(firstOutput);
        tick.stop();
        QApplication::processEvents();
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(firstOutputs.begin(), firstOutputs.end());
    std::printf("%s: parameter change -> every variant's output drawn: median %.1f ms (max %.1f)\n",
        label, firstOutputs[firstOutputs.size() / 2], firstOutputs.back());
    std::printf("%s: parameter change -> all views ready (new values, not cached): median %.1f "
                "ms (min %.1f, max %.1f), longest GUI stall %lld ms\n",
        label, latencies[latencies.size() / 2], latencies.front(), latencies.back(), probe.worst);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    {
        // Issue 3: 60 s of 48 kHz stereo, three decimators, the factor changed.
        dsl::app::MainWindow window;
        window.resize(1400, 900);
        window.show();
        dsl::app::Workspace &w = *window.workspace();
        w.openSynthetic(QStringLiteral("noise:duration=60,rate=48000"));
        std::vector<int> ids { w.addVariant(
                                   QStringLiteral("decimate.naive"), { { "factor", "4" } }),
            w.addVariant(QStringLiteral("decimate.fir"), { { "factor", "4" } }),
            w.addVariant(QStringLiteral("decimate.halfband"), { { "factor", "4" } }) };
        measure("60 s 48 kHz signal, 3 decimators", w, ids, "factor", { "2", "8", "16", "2", "8" });
    }
    {
        // Issue 4: a 2048² image, six resizers, the factor changed; k-space view on.
        dsl::app::MainWindow window;
        window.resize(1400, 900);
        window.show();
        dsl::app::Workspace &w = *window.workspace();
        w.openSynthetic(QStringLiteral("zoneplate:size=2048"));
        std::vector<int> ids;
        for (const char *m : { "resize.nearest", "resize.bilinear", "resize.bicubic", "resize.area",
                 "resize.lanczos", "resize.gaussian" })
            ids.push_back(w.addVariant(QString::fromLatin1(m), { { "factor", "4" } }));
        measure("2048² image, 6 resizers (output view)", w, ids, "factor",
            { "2", "3", "5", "8", "3.5" });
    }
    return 0;
}
