#include "analysiscache.h"

#include "dsl/method.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dsl::app {

namespace {

double absPercentile(const FloatBuffer &a, const FloatBuffer *b, double q)
{
    if (a.empty())
        return 0.0;
    const std::size_t step = std::max<std::size_t>(1, a.size() / 262144);
    std::vector<float> v;
    for (std::size_t i = 0; i < a.size(); i += step)
        v.push_back(std::abs(b ? a[i] - (*b)[i] : a[i]));
    const std::size_t k = std::size_t(q * double(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + long(k), v.end());
    return double(v[k]);
}

} // namespace

AnalysisCache::AnalysisCache(JobService *jobs, ViewState *view, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_view(view)
{
}

std::shared_ptr<const KSpace> AnalysisCache::kspace(
    std::function<std::shared_ptr<const Array>()> makePlane, const QString &key)
{
    // makePlane runs in the worker with the transform (a 3-d projection reads a whole volume).
    if (const auto it = m_kspace.constFind(key); it != m_kspace.constEnd()) {
        if (m_kspaceOrder.last() != key) { // least recently used goes first when full
            m_kspaceOrder.removeOne(key);
            m_kspaceOrder.append(key);
        }
        return *it;
    }
    if (m_jobs->isRunning({ JobKind::KSpace, key }))
        return nullptr; // a cancelled one is asked for again on the next refresh
    const bool hann = m_view->kspaceHann();
    const QStringList parts = key.split(u'|');
    const std::size_t slice = std::size_t(parts.value(parts.size() - 3).toULongLong());
    const std::size_t frame = std::size_t(parts.value(parts.size() - 2).toULongLong());
    using Ptr = std::shared_ptr<const KSpace>;
    m_jobs->start<Ptr>(
        { JobKind::KSpace, key },
        [makePlane, hann, slice, frame](JobContext &ctx) {
            const std::shared_ptr<const Array> plane = makePlane();
            ctx.checkpoint();
            return std::make_shared<const KSpace>(dsl::kspace(*plane, hann, slice, frame));
        },
        [this, key](Ptr k) {
            m_kspace.insert(key, std::move(k));
            m_kspaceOrder.removeAll(key);
            m_kspaceOrder.append(key);
            while (m_kspaceOrder.size() > kMaxSpectra)
                m_kspace.remove(m_kspaceOrder.takeFirst());
            Q_EMIT spectraChanged();
        },
        [this](const QString &message) { Q_EMIT error(message); });
    return nullptr;
}

std::shared_ptr<const EffectiveKernel> AnalysisCache::kernel(const QString &spec, QString *error)
{
    if (const auto it = m_kernels.constFind(spec); it != m_kernels.constEnd())
        return *it;
    if (const auto e = m_kernelErrors.constFind(spec); e != m_kernelErrors.constEnd()) {
        *error = *e;
        return nullptr;
    }
    if (m_jobs->isRunning({ JobKind::Kernel, spec }))
        return nullptr;
    MethodCall call;
    try {
        call = parseMethodCall(spec.toStdString());
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
        return nullptr;
    }
    if (!call.method->info().linear) {
        *error = tr("%1 is not linear: it has no kernel.")
                     .arg(QCoreApplication::translate("dsl", call.method->info().name.c_str()));
        return nullptr;
    }
    using Ptr = std::shared_ptr<const EffectiveKernel>;
    m_jobs->start<Ptr>(
        { JobKind::Kernel, spec },
        [call](JobContext &ctx) {
            return std::make_shared<const EffectiveKernel>(
                effectiveKernel(*call.method, call.params, 8, 128, ctx));
        },
        [this, spec](Ptr k) {
            m_kernels.insert(spec, std::move(k));
            Q_EMIT kernelsChanged();
        },
        [this, spec](const QString &message) {
            // Shown in the kernel panes (a method without a kernel says why there).
            m_kernelErrors.insert(spec, message);
            Q_EMIT kernelsChanged();
        });
    return nullptr;
}

bool AnalysisCache::updateScales(const Comparison &model)
{
    const auto src = model.source();
    if (!src || src->kind == Kind::Signal)
        return false;
    double alias = 0.0, error = 0.0, trip = 0.0;
    // Round trips can differ by orders of magnitude (a random strided kernel does not come back
    // at all): one shared scale at the median variant's 99.5th percentile, so the typical
    // differences stay visible and the outliers saturate, instead of the largest one washing
    // every other pane out.
    std::vector<double> trips;
    for (const auto &r : std::as_const(model.results()))
        if (r.analysis) {
            if (r.roundTrip)
                trips.push_back(absPercentile(r.roundTrip->difference.values, nullptr, 0.995));
            alias = std::max(alias, absPercentile(r.analysis->aliasMap.values, nullptr, 0.995));
            error = std::max(error,
                absPercentile(r.analysis->result.output.values, &r.analysis->ideal.values, 0.995));
        }
    if (!trips.empty()) {
        std::nth_element(trips.begin(), trips.begin() + long(trips.size() / 2), trips.end());
        trip = trips[trips.size() / 2];
    }
    const bool changed = alias != m_aliasLimit || error != m_errorLimit || trip != m_roundTripLimit;
    m_aliasLimit = alias;
    m_errorLimit = error;
    m_roundTripLimit = trip;
    return changed;
}

} // namespace dsl::app
