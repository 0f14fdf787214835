// What the panes draw besides the results themselves, computed on demand as jobs and kept:
// spectra (k-space) of planes, effective kernels of linear variants, and the colour scales all
// panes share for the signed fields (alias, output − ideal, round trip).
// The spectra are bounded (the least recently used go first), so stepping through a scan's slices
// does not grow without end. Ownership: a QObject child of the window. Thread-safety: GUI thread
// only.
#pragma once

#include "comparison.h"
#include "session/jobservice.h"
#include "session/viewstate.h"

#include "dsl/analysis.h"
#include "dsl/kspace.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace dsl::app {

class AnalysisCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxSpectra = 96;

    AnalysisCache(JobService *jobs, ViewState *view, QObject *parent = nullptr);

    // The spectrum of the plane `makePlane` gives (run in the job, with the view's Hann flag;
    // the key ends in "|slice|frame|hann"), or null while it computes (spectraChanged follows).
    std::shared_ptr<const KSpace> kspace(
        std::function<std::shared_ptr<const Array>()> makePlane, const QString &key);
    const QHash<QString, std::shared_ptr<const KSpace>> &spectra() const { return m_kspace; }
    // Their keys, least recently used first (a lookup counts as a use).
    const QStringList &spectraByUse() const { return m_kspaceOrder; }
    // A linear variant's effective kernel (by its spec), null while computing or when there is
    // none (then *error says why: not linear, or the computation's failure).
    std::shared_ptr<const EffectiveKernel> kernel(const QString &spec, QString *error);

    // The shared scales from the computed results: the largest 99.5th percentile of |alias| and
    // |output − ideal| over the variants, the median variant's for round trips. True if changed.
    bool updateScales(const Comparison &model);
    double aliasLimit() const { return m_aliasLimit; }
    double errorLimit() const { return m_errorLimit; }
    double roundTripLimit() const { return m_roundTripLimit; }

Q_SIGNALS:
    void spectraChanged();
    void kernelsChanged();
    void error(const QString &message);

private:
    JobService *m_jobs;
    ViewState *m_view;
    QHash<QString, std::shared_ptr<const KSpace>> m_kspace;
    QStringList m_kspaceOrder;
    QHash<QString, std::shared_ptr<const EffectiveKernel>> m_kernels;
    QHash<QString, QString> m_kernelErrors;
    double m_aliasLimit = 0.0, m_errorLimit = 0.0, m_roundTripLimit = 0.0;
};

} // namespace dsl::app
