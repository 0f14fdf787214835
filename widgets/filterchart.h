// Filter response chart: magnitude (dB) over input frequency (Hz) of one or several variants'
// anti-alias filters, with the new Nyquist frequency marked. All our decimators are zero-phase
// (group delay 0 after alignment), which the title states.
#pragma once

#include "dsl/filters.h"

#include <QChartView>

class QValueAxis;

namespace dsl::widgets {

class FilterChart : public QChartView
{
    Q_OBJECT
public:
    explicit FilterChart(QWidget *parent = nullptr);
    void clearFilters();
    // rate: the input sample rate (Hz); newNyquist in Hz (0: none).
    void addFilter(
        const QString &name, const FilterDescription &filter, double rate, double newNyquist);
    // A precomputed magnitude response (Hz, dB), e.g. from filterResponseCurve() in a worker.
    void addCurve(const QString &name, const QList<QPointF> &hzDb, double rate, double newNyquist);
    int filterCount() const { return m_count; }

private:
    QValueAxis *m_freq;
    QValueAxis *m_db;
    int m_count = 0;
};

// |H| in dB over [0, rate / 2] at 1025 points: heavy enough to keep off the GUI thread.
QList<QPointF> filterResponseCurve(const FilterDescription &filter, double rate);

} // namespace dsl::widgets
