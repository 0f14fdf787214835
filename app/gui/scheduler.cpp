#include "scheduler.h"

#include "dsl/error.h"
#include "dsl/method.h"

#include <QCoreApplication>

#include <chrono>

namespace dsl::app {

namespace {

constexpr int kCacheEntries = 32;

// Only the views depend on these: a change recomputes views from the cached analysis.
QString spectrumKey(const SpectrumOptions &o)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(int(o.window))
        .arg(o.fftSize)
        .arg(o.welch)
        .arg(o.spectrogramMs)
        .arg(o.spectrogramHopDivisor);
}

VariantResult computeVariant(JobContext &ctx, const std::function<void(VariantResult)> &partial,
    std::shared_ptr<const Array> source, const Method *method, const Params &params,
    const QString &spec, const SpectrumOptions &spectrum, std::shared_ptr<const Analysis> known,
    const QString &roundTripMethod)
{
    VariantResult r;
    r.spec = spec;
    {
        // The output goes out as soon as it exists; the analysis follows in the final result.
        auto sendOutput = [&partial, &spec](const Result &res, double runtimeMs) {
            VariantResult early;
            early.spec = spec;
            early.partial = true;
            auto an = std::make_shared<Analysis>();
            an->result = res;
            an->metrics.runtimeMs = runtimeMs;
            early.analysis = std::move(an);
            partial(std::move(early));
        };
        r.analysis = known
            ? known
            : std::make_shared<const Analysis>(analyse(*method, *source, params, ctx, sendOutput));
        if (source->kind == Kind::Signal && source->rank() == 1) {
            ctx.checkpoint();
            r.views = std::make_shared<const dsl::SignalViews>(
                dsl::computeSignalViews(r.analysis->result.output, &r.analysis->aliasMap, spectrum,
                    &r.analysis->result.filter, source->sampleRate()));
        }
        if (!roundTripMethod.isEmpty() && source->kind != Kind::Signal) {
            ctx.checkpoint();
            try {
                r.roundTrip = std::make_shared<const RoundTrip>(roundTrip(
                    *source, r.analysis->result.output, roundTripMethod.toStdString(), ctx));
            } catch (const Error &e) {
                r.roundTripError = QString::fromStdString(e.what()); // the variant itself stands
            }
        }
    }
    return r;
}

} // namespace

Scheduler::Scheduler(JobService *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    qRegisterMetaType<VariantResult>();
}

void Scheduler::request(int variantId, std::shared_ptr<const Array> source,
    quint64 sourceGeneration, const std::string &methodId,
    const std::map<std::string, std::string> &given)
{
    cancel(variantId);
    VariantResult failed;
    const Method *method = Registry::instance().find(methodId);
    Params params;
    try {
        params = Registry::instance().get(methodId).resolve(given);
    } catch (const Error &e) {
        failed.error = QString::fromStdString(e.what());
        Q_EMIT resultReady(variantId, failed);
        return;
    }
    const QString spec = QString::fromStdString(methodId + ":" + params.canonical());
    const QString base = QString::number(sourceGeneration) + u'|' + spec + u'|';
    const QString key = base + spectrumKey(m_spectrum) + u'|' + m_roundTrip;
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        Q_EMIT resultReady(variantId, *it);
        return;
    }
    // Same variant, other view settings: reuse the analysis, recompute only the views.
    std::shared_ptr<const Analysis> known;
    for (const QString &k : std::as_const(m_cacheOrder))
        if (k.startsWith(base))
            known = m_cache.value(k).analysis;
    const SpectrumOptions spectrum = m_spectrum;
    const QString roundTripMethod = m_roundTrip;
    m_jobs->start<VariantResult>(
        { JobKind::Variant, QString::number(variantId) },
        [this, variantId, source, method, params, spec, spectrum, known, roundTripMethod](
            JobContext &ctx) {
            auto partial = [this, variantId, &ctx](VariantResult early) {
                ctx.post([this, variantId, early] { Q_EMIT partialReady(variantId, early); });
            };
            return computeVariant(
                ctx, partial, source, method, params, spec, spectrum, known, roundTripMethod);
        },
        [this, variantId, key](VariantResult r) { deliver(variantId, key, std::move(r)); },
        [this, variantId, spec](const QString &message) { fail(variantId, spec, message); });
}

void Scheduler::requestTable(int variantId, std::shared_ptr<const Table> table,
    quint64 sourceGeneration, const std::string &methodId,
    const std::map<std::string, std::string> &given, const EvalOptions &evaluation, bool evaluate)
{
    cancel(variantId);
    SamplerCall call;
    try {
        call.sampler = &SamplerRegistry::instance().get(methodId);
        call.params = call.sampler->resolve(given);
    } catch (const Error &e) {
        VariantResult failed;
        failed.error = QString::fromStdString(e.what());
        Q_EMIT resultReady(variantId, failed);
        return;
    }
    const QString spec = QString::fromStdString(call.spec());
    const QString key = QStringLiteral("%1|%2|%3/%4/%5/%6")
                            .arg(sourceGeneration)
                            .arg(spec)
                            .arg(evaluate ? evaluation.folds : 0)
                            .arg(QLatin1String(tableClassifierName(evaluation.classifier)))
                            .arg(evaluation.k)
                            .arg(evaluation.foldSeed);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        Q_EMIT resultReady(variantId, *it);
        return;
    }
    m_jobs->start<VariantResult>(
        { JobKind::Variant, QString::number(variantId) },
        [this, variantId, table, call, spec, evaluation, evaluate](JobContext &ctx) {
            auto outcome = std::make_shared<TableOutcome>();
            outcome->table = table;
            const auto start = std::chrono::steady_clock::now();
            outcome->sample = call.sampler->apply(*table, call.params, ctx);
            const double ms = std::chrono::duration<double, std::milli>(
                std::chrono::steady_clock::now() - start)
                                  .count();
            outcome->record = makeTableRecord(*table, call, outcome->sample, ms);
            VariantResult r;
            r.spec = spec;
            if (evaluate) {
                // What was removed is drawn now; the classifier's figures follow.
                VariantResult early = r;
                early.partial = true;
                early.table = std::make_shared<const TableOutcome>(*outcome);
                ctx.post([this, variantId, early] { Q_EMIT partialReady(variantId, early); });
                outcome->record.evaluation = crossValidate(*table, &call, evaluation, ctx);
                outcome->evaluated = true;
            }
            r.table = std::move(outcome);
            return r;
        },
        [this, variantId, key](VariantResult r) { deliver(variantId, key, std::move(r)); },
        [this, variantId, spec](const QString &message) { fail(variantId, spec, message); });
}

void Scheduler::deliver(int variantId, const QString &key, VariantResult r)
{
    if (r.ok()) {
        m_cache.insert(key, r);
        m_cacheOrder.append(key);
        while (m_cacheOrder.size() > kCacheEntries)
            m_cache.remove(m_cacheOrder.takeFirst());
    }
    Q_EMIT resultReady(variantId, r);
}

void Scheduler::fail(int variantId, const QString &spec, const QString &message)
{
    VariantResult r;
    r.spec = spec;
    r.error = message;
    Q_EMIT resultReady(variantId, r);
}

void Scheduler::cancel(int variantId)
{
    m_jobs->cancel({ JobKind::Variant, QString::number(variantId) });
}

void Scheduler::cancelAll()
{
    m_jobs->cancelKind(JobKind::Variant);
}

} // namespace dsl::app
