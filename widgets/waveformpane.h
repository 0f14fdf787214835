// A waveform pane: a signal over time in seconds (Qt Charts), drawn as a min/max envelope of the
// visible range at about one bucket per pixel column (recomputed on zoom and resize), so minutes
// of audio stay fast and zooming shows every sample; the original faintly underneath. Linked
// panes share the visible time range through timeRangeChanged/setTimeRange.
#pragma once

#include "dsl/array.h"

#include <QChartView>
#include <QString>

#include <memory>

class QLineSeries;
class QValueAxis;

namespace dsl::widgets {

class WaveformPane : public QChartView
{
    Q_OBJECT
public:
    explicit WaveformPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // The pane keeps the arrays (shared) to redraw the envelope of whatever range is shown.
    void setSignal(std::shared_ptr<const Array> signal, std::shared_ptr<const Array> original = {});
    void setSignal(const Array &signal, const Array *original = nullptr); // copies
    void setStatus(const QString &status);
    void setTimeRange(double start, double end);
    double timeStart() const;
    double timeEnd() const;
    int pointCount() const; // points in the variant's series (tests)

Q_SIGNALS:
    void timeRangeChanged(double start, double end);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleEnvelope();
    void updateEnvelope();

    std::shared_ptr<const Array> m_signalData, m_originalData;
    bool m_envelopePending = false;
    QLineSeries *m_original;
    QLineSeries *m_signal;
    QValueAxis *m_time;
    QValueAxis *m_value;
    double m_duration = 1.0;
    bool m_settingRange = false;
};

} // namespace dsl::widgets
