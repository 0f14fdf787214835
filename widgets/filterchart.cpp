#include "filterchart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace dsl::widgets {

FilterChart::FilterChart(QWidget *parent)
    : QChartView(parent)
    , m_freq(new QValueAxis)
    , m_db(new QValueAxis)
{
    auto *chart = new QChart;
    m_freq->setTitleText(tr("frequency (Hz)"));
    m_freq->setLabelFormat(QStringLiteral("%.0f"));
    m_db->setTitleText(tr("gain (dB)"));
    m_db->setRange(-160, 5);
    chart->addAxis(m_freq, Qt::AlignBottom);
    chart->addAxis(m_db, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Anti-alias filter (zero phase: group delay 0)"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRubberBand(QChartView::RectangleRubberBand);
    setMinimumSize(240, 160);
}

void FilterChart::clearFilters()
{
    chart()->removeAllSeries();
    m_count = 0;
}

QList<QPointF> filterResponseCurve(const FilterDescription &filter, double rate)
{
    QList<QPointF> pts;
    if (filter.empty())
        return pts;
    const int n = 1024;
    std::vector<double> f(n + 1);
    for (int i = 0; i <= n; ++i)
        f[std::size_t(i)] = double(i) / n;
    const auto h = frequencyResponse(filter, f);
    for (int i = 0; i <= n; ++i)
        pts.append({ f[std::size_t(i)] * rate / 2.0,
            std::max(-200.0, 20.0 * std::log10(std::max(std::abs(h[std::size_t(i)]), 1e-12))) });
    return pts;
}

void FilterChart::addFilter(
    const QString &name, const FilterDescription &filter, double rate, double newNyquist)
{
    if (!filter.empty())
        addCurve(name, filterResponseCurve(filter, rate), rate, newNyquist);
}

void FilterChart::addCurve(
    const QString &name, const QList<QPointF> &hzDb, double rate, double newNyquist)
{
    static const QColor colours[] = { QColor(31, 119, 180), QColor(255, 127, 14),
        QColor(44, 160, 44), QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75) };
    if (hzDb.isEmpty())
        return;
    auto *s = new QLineSeries;
    s->setName(name);
    s->setPen(QPen(colours[m_count % 6], 1.3));
    s->replace(hzDb);
    chart()->addSeries(s);
    s->attachAxis(m_freq);
    s->attachAxis(m_db);
    if (newNyquist > 0) {
        auto *nyq = new QLineSeries;
        nyq->setName(tr("new Nyquist"));
        nyq->setPen(QPen(colours[m_count % 6], 1, Qt::DashLine));
        nyq->replace({ QPointF(newNyquist, -200), QPointF(newNyquist, 10) });
        chart()->addSeries(nyq);
        nyq->attachAxis(m_freq);
        nyq->attachAxis(m_db);
    }
    m_freq->setRange(0, rate / 2.0);
    ++m_count;
}

} // namespace dsl::widgets
