// Filter response chart: one or several variants' anti-alias filters over input frequency (Hz),
// as magnitude (dB, with each filter's designed passband/stopband edges and the new Nyquist
// frequency), unwrapped phase (degrees) or group delay (ms). Our decimators apply their filters
// zero-phase (centred FIR, forward-backward IIR), so outputs are not delayed; phase and delay
// show what the same filter would do run once, causally (a streaming implementation).
#pragma once

#include "dsl/filters.h"
#include "dsl/signalviews.h"

#include <QChartView>

class QValueAxis;

namespace dsl::widgets {

using dsl::FilterCurves; // computed in core (dsl/signalviews.h), off the GUI thread

class FilterChart : public QChartView
{
    Q_OBJECT
public:
    enum class Mode { Magnitude, Phase, GroupDelay };

    explicit FilterChart(QWidget *parent = nullptr);
    void clearFilters();
    // rate: the input sample rate (Hz); newNyquist in Hz (0: none).
    void addFilter(
        const QString &name, const FilterDescription &filter, double rate, double newNyquist);
    void addCurves(const QString &name, const FilterCurves &curves, double rate, double newNyquist);
    int filterCount() const { return int(m_entries.size()); }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Points of the series drawn for filter i in the current mode (for tests and export).
    QList<QPointF> curvePoints(int filter) const;

private:
    struct Entry
    {
        QString name;
        FilterCurves curves;
        double newNyquist = 0.0;
    };
    void rebuild();

    QValueAxis *m_freq;
    QValueAxis *m_value;
    QList<Entry> m_entries;
    double m_rate = 0.0;
    Mode m_mode = Mode::Magnitude;
};

} // namespace dsl::widgets
