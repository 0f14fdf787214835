// Filter response chart: one or several variants' anti-alias filters over input frequency (Hz),
// as magnitude (dB, with each filter's designed passband/stopband edges and the new Nyquist
// frequency), unwrapped phase (degrees) or group delay (ms). Our decimators apply their filters
// zero-phase (centred FIR, forward-backward IIR), so outputs are not delayed; phase and delay
// show what the same filter would do run once, causally (a streaming implementation).
#pragma once

#include "dsl/filters.h"

#include <QChartView>

class QValueAxis;

namespace dsl::widgets {

// Curves of one filter, computed off the GUI thread (filterResponseCurves).
struct FilterCurves
{
    QList<QPointF> magnitudeDb; // (Hz, dB)
    QList<QPointF> phaseDeg; // (Hz, degrees), causal, unwrapped
    QList<QPointF> groupDelayMs; // (Hz, ms), causal
    double passHz = 0.0, stopHz = 0.0; // designed edges (0: unknown)
    bool isEmpty() const { return magnitudeDb.isEmpty(); }
};

// |H|, phase and group delay over [0, rate / 2] at 1025 points.
FilterCurves filterResponseCurves(const FilterDescription &filter, double rate);

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
