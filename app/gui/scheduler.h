// Computes variants off the GUI thread (QtConcurrent + QPromise), caches results by
// (source generation, method, canonical parameters), and cancels stale work: a newer request
// for the same variant cancels the older one, whose result is then dropped by a generation
// check in the watcher's finished handler (GUI thread). Worker exceptions become a message.
#pragma once

#include "dsl/analysis.h"
#include "dsl/spectrum.h"
#include "signalpane.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <string>

class QThreadPool;

namespace dsl::app {

// The threads every computation of the application runs on. Not Qt's global pool: QPainter
// scales images on the global pool and waits for it, so long computations there would freeze
// painting (measured: 13 s while six 2048² variants computed).
QThreadPool *computePool();

struct VariantResult
{
    std::shared_ptr<const Analysis> analysis; // null on failure
    std::shared_ptr<const widgets::SignalViews> views; // signals: spectra and spectrogram
    QString error;
    QString spec; // "id:canonical params"
    std::shared_ptr<const RoundTrip> roundTrip; // when a round trip is asked for (images)
    QString roundTripError;
    // The output alone, sent ahead of the analysis (partialReady): analysis holds only
    // result and metrics.runtimeMs; alias map, ideal reference and views are not there yet.
    bool partial = false;
};

class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(QObject *parent = nullptr);
    ~Scheduler() override;

    // Starts (or serves from the cache) the computation of one variant.
    void request(int variantId, std::shared_ptr<const Array> source, quint64 sourceGeneration,
        const std::string &methodId, const std::map<std::string, std::string> &params);
    void cancel(int variantId);
    // Spectrum settings for signal views; part of the cache key.
    void setSpectrumOptions(const SpectrumOptions &options) { m_spectrum = options; }
    SpectrumOptions spectrumOptions() const { return m_spectrum; }
    // Images and volumes: bring each output back with this resizer ("" for none); part of the
    // cache key, computed from the cached analysis when only this changes.
    void setRoundTrip(const QString &upMethod) { m_roundTrip = upMethod; }
    QString roundTrip() const { return m_roundTrip; }
    void cancelAll();
    bool isBusy() const { return !m_running.isEmpty(); }
    int cacheSize() const { return int(m_cache.size()); }

Q_SIGNALS:
    void resultReady(int variantId, const dsl::app::VariantResult &result);
    // The output of a computation still analysing (never from the cache, never an error).
    void partialReady(int variantId, const dsl::app::VariantResult &result);
    void busyChanged(bool busy);
    void progress(int percent);

private:
    struct Job
    {
        QFutureWatcher<VariantResult> *watcher = nullptr;
        quint64 ticket = 0;
    };
    void finish(int variantId, quint64 ticket);

    QHash<int, Job> m_running;
    QHash<QString, VariantResult> m_cache;
    QStringList m_cacheOrder;
    quint64 m_nextTicket = 1;
    SpectrumOptions m_spectrum;
    QString m_roundTrip;
};

} // namespace dsl::app

Q_DECLARE_METATYPE(dsl::app::VariantResult)
