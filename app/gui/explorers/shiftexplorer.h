// The shift explorer: shifts the input by fractions of a pixel (the view state's shift, which
// the window applies to the source) and plots every variant's shift-equivariance error E(δ) over
// one stride period, computed as jobs; each variant's mean E(δ) and its one-pixel roll figure go
// to the metrics while they still match the variant, source and shift axes.
// Ownership: the shift dock's widget. Thread-safety: GUI thread only.
#pragma once

#include "dsl/array.h"
#include "session/jobservice.h"
#include "session/viewstate.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <map>
#include <memory>
#include <string>

class QChartView;
class QCheckBox;
class QLabel;
class QSlider;

namespace dsl::app {

// One variant as the explorer sees it.
struct ShiftVariant
{
    int id = 0;
    std::string methodId;
    std::map<std::string, std::string> params;
    QString title;
};

// A variant's figures, with what they were computed for.
struct ShiftFigure
{
    std::string methodId;
    std::map<std::string, std::string> params;
    std::shared_ptr<const Array> source;
    bool x = true, y = false;
    double meanError = 0.0, rollError = 0.0;
};

class ShiftExplorer : public QWidget
{
    Q_OBJECT
public:
    ShiftExplorer(ViewState *view, JobService *jobs, QWidget *parent = nullptr);

    // E(δ) of every variant on the unshifted source `base` (replacing the curves shown).
    void computeCurves(std::shared_ptr<const Array> base, const QList<ShiftVariant> &variants);
    void clear();
    void sync(); // the slider and axes from the view state
    QChartView *chart() const { return m_chart; }
    // The figures of a variant if they still hold for it, its source and the shift axes.
    const ShiftFigure *figure(int variantId, const std::string &methodId,
        const std::map<std::string, std::string> &params,
        const std::shared_ptr<const Array> &base) const;

Q_SIGNALS:
    void computeRequested();
    void curveAdded();
    void figuresChanged();
    void error(const QString &message);

private:
    ViewState *m_view;
    JobService *m_jobs;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    QCheckBox *m_x = nullptr, *m_y = nullptr;
    QChartView *m_chart = nullptr;
    QHash<int, ShiftFigure> m_figures;
};

} // namespace dsl::app
