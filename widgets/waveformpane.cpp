#include "waveformpane.h"

#include "render.h"

#include <QChart>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dsl::widgets {

WaveformPane::WaveformPane(QWidget *parent)
    : QChartView(parent)
    , m_original(new QLineSeries)
    , m_signal(new QLineSeries)
    , m_time(new QValueAxis)
    , m_value(new QValueAxis)
{
    auto *chart = new QChart;
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_original->setName(tr("original"));
    m_original->setPen(QPen(QColor(150, 150, 150, 110), 1));
    m_signal->setPen(QPen(QColor(31, 119, 180), 1));
    chart->addSeries(m_original);
    chart->addSeries(m_signal);
    m_time->setTitleText(tr("time (s)"));
    m_value->setTitleText(tr("amplitude"));
    m_value->setRange(-1, 1);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    for (QLineSeries *s : { m_original, m_signal }) {
        s->attachAxis(m_time);
        s->attachAxis(m_value);
        s->setUseOpenGL(false);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMinimumSize(240, 160);
    connect(m_time, &QValueAxis::rangeChanged, this, [this](qreal a, qreal b) {
        scheduleEnvelope();
        if (!m_settingRange)
            Q_EMIT timeRangeChanged(a, b);
    });
}

void WaveformPane::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void WaveformPane::setStatus(const QString &status)
{
    if (!status.isEmpty())
        chart()->setTitle(
            chart()->title().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n') + status);
}

void WaveformPane::setSignal(const Array &signal, const Array *original)
{
    setSignal(std::make_shared<const Array>(signal),
        original ? std::make_shared<const Array>(*original) : nullptr);
}

void WaveformPane::setSignal(
    std::shared_ptr<const Array> signal, std::shared_ptr<const Array> original)
{
    if (!signal)
        return;
    m_signalData = std::move(signal);
    m_originalData = std::move(original);
    const Array &s = *m_signalData;
    m_signal->setName(tr("%1 Hz").arg(s.sampleRate(), 0, 'g', 6));
    m_original->setVisible(m_originalData != nullptr);
    double peak = 1e-6;
    for (float v : s.values)
        peak = std::max(peak, double(std::abs(v)));
    if (m_originalData)
        for (float v : m_originalData->values)
            peak = std::max(peak, double(std::abs(v)));
    m_value->setRange(-peak * 1.05, peak * 1.05);
    m_duration = double(s.shape[0]) * s.grid[0].spacing + s.grid[0].origin;
    if (m_originalData)
        m_duration = std::max(
            m_duration, double(m_originalData->shape[0]) * m_originalData->grid[0].spacing);
    const bool keep = m_time->max() > m_time->min() && m_time->max() <= m_duration * 1.0001
        && !(m_time->min() == 0 && m_time->max() == 1);
    if (!keep)
        setTimeRange(0.0, m_duration);
    updateEnvelope();
}

void WaveformPane::scheduleEnvelope()
{
    // Coalesced: a drag or a linked zoom changes the range many times per frame.
    if (m_envelopePending)
        return;
    m_envelopePending = true;
    QTimer::singleShot(0, this, [this] {
        m_envelopePending = false;
        updateEnvelope();
    });
}

void WaveformPane::updateEnvelope()
{
    if (!m_signalData)
        return;
    // About one bucket (two points) per pixel column of the plot.
    const int buckets = std::clamp(int(chart()->plotArea().width()), 100, 1600);
    const double a = m_time->min(), b = m_time->max();
    m_signal->replace(envelope(*m_signalData, 0, buckets, a, b));
    m_original->replace(
        m_originalData ? envelope(*m_originalData, 0, buckets, a, b) : QList<QPointF> {});
}

void WaveformPane::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    scheduleEnvelope();
}

void WaveformPane::setTimeRange(double start, double end)
{
    if (!(end > start))
        return;
    m_settingRange = true;
    m_time->setRange(start, end);
    m_settingRange = false;
}

double WaveformPane::timeStart() const
{
    return m_time->min();
}
double WaveformPane::timeEnd() const
{
    return m_time->max();
}
int WaveformPane::pointCount() const
{
    return int(m_signal->count());
}

void WaveformPane::wheelEvent(QWheelEvent *event)
{
    // Zoom the time axis about the mouse, clamped to the signal.
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const QPointF value = chart()->mapToValue(event->position());
    const double a = m_time->min(), b = m_time->max();
    double start = value.x() - (value.x() - a) * factor;
    double end = value.x() + (b - value.x()) * factor;
    start = std::max(0.0, start);
    end = std::min(m_duration, end);
    if (end > start) {
        m_time->setRange(start, end);
    }
    event->accept();
}

} // namespace dsl::widgets
