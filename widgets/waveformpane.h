// A waveform pane: a signal over time in seconds (Qt Charts), drawn as a min/max envelope so
// minutes of audio stay fast, with the original faintly underneath. Linked panes share the
// visible time range through timeRangeChanged/setTimeRange.
#pragma once

#include "dsl/array.h"

#include <QChartView>
#include <QString>

class QLineSeries;
class QValueAxis;

namespace dsl::widgets {

class WaveformPane : public QChartView
{
    Q_OBJECT
public:
    explicit WaveformPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSignal(const Array &signal, const Array *original = nullptr);
    void setStatus(const QString &status);
    void setTimeRange(double start, double end);
    double timeStart() const;
    double timeEnd() const;
    int pointCount() const; // points in the variant's series (tests)

Q_SIGNALS:
    void timeRangeChanged(double start, double end);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    QLineSeries *m_original;
    QLineSeries *m_signal;
    QValueAxis *m_time;
    QValueAxis *m_value;
    double m_duration = 1.0;
    bool m_settingRange = false;
};

} // namespace dsl::widgets
