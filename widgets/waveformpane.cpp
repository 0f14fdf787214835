#include "waveformpane.h"

#include "render.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <QWheelEvent>

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
    const int buckets = 1600;
    m_signal->setName(tr("%1 Hz").arg(signal.sampleRate(), 0, 'g', 6));
    m_signal->replace(envelope(signal, 0, buckets));
    m_original->replace(original ? envelope(*original, 0, buckets) : QList<QPointF> {});
    m_original->setVisible(original != nullptr);
    double peak = 1e-6;
    for (float v : signal.values)
        peak = std::max(peak, double(std::abs(v)));
    if (original)
        for (float v : original->values)
            peak = std::max(peak, double(std::abs(v)));
    m_value->setRange(-peak * 1.05, peak * 1.05);
    m_duration = double(signal.shape[0]) * signal.grid[0].spacing + signal.grid[0].origin;
    if (original)
        m_duration = std::max(m_duration, double(original->shape[0]) * original->grid[0].spacing);
    const bool keep = m_time->max() > m_time->min() && m_time->max() <= m_duration * 1.0001
        && !(m_time->min() == 0 && m_time->max() == 1);
    if (!keep)
        setTimeRange(0.0, m_duration);
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
