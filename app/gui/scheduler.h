// Computes variants as jobs of the window's JobService (key: the variant id) and caches results
// by (source generation, method, canonical parameters, view options): a newer request for the
// same variant supersedes the older one, whose result is dropped by the service's one rule for
// stale work. The output goes out ahead of its analysis (partialReady).
#pragma once

#include "dsl/analysis.h"
#include "dsl/sampler.h"
#include "dsl/signalviews.h"
#include "dsl/spectrum.h"
#include "dsl/tableeval.h"
#include "session/jobservice.h"
#include "signalpane.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace dsl::app {

// What an undersampler did to a table: its result, the record of its figures and (in the final
// result, when asked for) the cross-validated classifier.
struct TableOutcome
{
    std::shared_ptr<const Table> table; // the source it ran on
    SampleResult sample;
    TableRecord record;
    bool evaluated = false; // record.evaluation holds the cross-validation
};

struct VariantResult
{
    std::shared_ptr<const Analysis> analysis; // null on failure (and for tables)
    std::shared_ptr<const TableOutcome> table; // tables: null on failure
    std::shared_ptr<const dsl::SignalViews> views; // signals: spectra and spectrogram
    QString error;
    QString spec; // "id:canonical params"
    std::shared_ptr<const RoundTrip> roundTrip; // when a round trip is asked for (images)
    QString roundTripError;
    // The output alone, sent ahead of the analysis (partialReady): analysis holds only
    // result and metrics.runtimeMs; alias map, ideal reference and views are not there yet.
    bool partial = false;
    bool ok() const { return analysis || table; }
};

class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(JobService *jobs, QObject *parent = nullptr);

    // Starts (or serves from the cache) the computation of one variant.
    void request(int variantId, std::shared_ptr<const Array> source, quint64 sourceGeneration,
        const std::string &methodId, const std::map<std::string, std::string> &params);
    // Tables: the sampler (sent as partialReady), then, if `evaluate`, its cross-validation
    // (resultReady; without it the sampler's result is final). Cached like the variants.
    void requestTable(int variantId, std::shared_ptr<const Table> table, quint64 sourceGeneration,
        const std::string &methodId, const std::map<std::string, std::string> &params,
        const EvalOptions &evaluation, bool evaluate);
    void cancel(int variantId);
    // Spectrum settings for signal views; part of the cache key.
    void setSpectrumOptions(const SpectrumOptions &options) { m_spectrum = options; }
    SpectrumOptions spectrumOptions() const { return m_spectrum; }
    // Images and volumes: bring each output back with this resizer ("" for none); part of the
    // cache key, computed from the cached analysis when only this changes.
    void setRoundTrip(const QString &upMethod) { m_roundTrip = upMethod; }
    QString roundTrip() const { return m_roundTrip; }
    void cancelAll();
    bool isBusy() const { return m_jobs->runningCount(JobKind::Variant) > 0; }
    int cacheSize() const { return int(m_cache.size()); }

Q_SIGNALS:
    void resultReady(int variantId, const dsl::app::VariantResult &result);
    // The output of a computation still analysing (never from the cache, never an error).
    void partialReady(int variantId, const dsl::app::VariantResult &result);

private:
    // A computed result: cached (unless it failed) and sent; a failure as a result.
    void deliver(int variantId, const QString &key, VariantResult r);
    void fail(int variantId, const QString &spec, const QString &message);

    JobService *m_jobs;
    QHash<QString, VariantResult> m_cache;
    QStringList m_cacheOrder;
    SpectrumOptions m_spectrum;
    QString m_roundTrip;
};

} // namespace dsl::app

Q_DECLARE_METATYPE(dsl::app::VariantResult)
