// The radial spectrum dock: the azimuthally averaged power of every spectrum the panes show
// (the reference and each variant, or in "k-space of what folded" the alias components against
// the source), in cycles per source pixel, from the analysis cache.
// Ownership: the dock's widget. Thread-safety: GUI thread only.
#pragma once

#include <QChartView>

namespace dsl::app {

class AnalysisCache;
class Comparison;
class ViewState;

class RadialSpectrum : public QChartView
{
    Q_OBJECT
public:
    RadialSpectrum(const Comparison *model, const ViewState *view, const AnalysisCache *cache,
        QWidget *parent = nullptr);

    // The curves of the plane shown: its slice and frame, and for scans the view's normal (0 for
    // images). One curve per variant: the spectrum its pane used last.
    void refresh(std::size_t slice, std::size_t frame, int normal);

private:
    const Comparison *m_model;
    const ViewState *m_view;
    const AnalysisCache *m_cache;
};

} // namespace dsl::app
