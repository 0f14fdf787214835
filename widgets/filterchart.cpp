#include "filterchart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dsl::widgets {

FilterChart::FilterChart(QWidget *parent)
    : QChartView(parent)
    , m_freq(new QValueAxis)
    , m_value(new QValueAxis)
{
    auto *chart = new QChart;
    m_freq->setTitleText(tr("frequency (Hz)"));
    m_freq->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_freq, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRubberBand(QChartView::RectangleRubberBand);
    setMinimumSize(240, 160);
    rebuild();
}

void FilterChart::clearFilters()
{
    m_entries.clear();
    rebuild();
}

void FilterChart::addFilter(
    const QString &name, const FilterDescription &filter, double rate, double newNyquist)
{
    if (!filter.empty())
        addCurves(name, filterResponseCurves(filter, rate), rate, newNyquist);
}

void FilterChart::addCurves(
    const QString &name, const FilterCurves &curves, double rate, double newNyquist)
{
    if (curves.empty())
        return;
    m_entries.append({ name, curves, newNyquist });
    m_rate = rate;
    rebuild();
}

void FilterChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
}

QList<QPointF> FilterChart::curvePoints(int filter) const
{
    if (filter < 0 || filter >= m_entries.size())
        return {};
    const FilterCurves &c = m_entries[filter].curves;
    const std::vector<double> &y = m_mode == Mode::Magnitude ? c.magnitudeDb
        : m_mode == Mode::Phase                              ? c.phaseDeg
                                                             : c.groupDelayMs;
    QList<QPointF> points;
    points.reserve(qsizetype(c.hz.size()));
    for (std::size_t k = 0; k < c.hz.size() && k < y.size(); ++k)
        points.append({ c.hz[k], y[k] });
    return points;
}

void FilterChart::rebuild()
{
    static const QColor colours[] = { QColor(31, 119, 180), QColor(255, 127, 14),
        QColor(44, 160, 44), QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75) };
    QChart *c = chart();
    c->removeAllSeries();
    switch (m_mode) {
    case Mode::Magnitude:
        c->setTitle(tr("Anti-alias filter: magnitude (applied zero-phase: output delay 0)"));
        m_value->setTitleText(tr("gain (dB)"));
        break;
    case Mode::Phase:
        c->setTitle(tr("Phase of the filter run once, causally (the method cancels it)"));
        m_value->setTitleText(tr("phase (degrees)"));
        break;
    case Mode::GroupDelay:
        c->setTitle(tr("Group delay of the filter run once, causally (the method cancels it)"));
        m_value->setTitleText(tr("group delay (ms)"));
        break;
    }
    double lo = 1e300, hi = -1e300;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QList<QPointF> pts = curvePoints(i);
        // Phase and delay are meaningless where the filter has no gain: range over the passband.
        const double limitHz = m_mode == Mode::Magnitude ? 1e300
            : m_entries[i].curves.stopHz > 0             ? m_entries[i].curves.stopHz
                                                         : m_entries[i].newNyquist;
        for (const QPointF &p : pts)
            if (p.x() <= limitHz || limitHz <= 0) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
    }
    if (m_mode == Mode::Magnitude) {
        lo = -160.0;
        hi = 5.0;
    } else if (lo > hi) {
        lo = 0.0;
        hi = 1.0;
    } else {
        const double pad = std::max(1e-3, 0.05 * (hi - lo));
        lo -= pad;
        hi += pad;
    }
    m_value->setRange(lo, hi);
    auto addLine = [&](const QString &name, const QColor &colour, Qt::PenStyle style,
                       const QList<QPointF> &pts) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(colour, style == Qt::SolidLine ? 1.3 : 1.0, style));
        s->replace(pts);
        c->addSeries(s);
        s->attachAxis(m_freq);
        s->attachAxis(m_value);
        return s;
    };
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QColor colour = colours[i % 6];
        addLine(e.name, colour, Qt::SolidLine, curvePoints(i));
        // Marker lines: in the legend once (the first filter's), in every filter's colour.
        auto helper = [&](const QString &name, Qt::PenStyle style, const QList<QPointF> &pts) {
            QLineSeries *s = addLine(name, colour, style, pts);
            if (i > 0)
                for (QLegendMarker *m : c->legend()->markers(s))
                    m->setVisible(false);
        };
        if (e.newNyquist > 0)
            helper(tr("new Nyquist"), Qt::DashLine, { { e.newNyquist, lo }, { e.newNyquist, hi } });
        if (m_mode == Mode::Magnitude && e.curves.passHz > 0 && e.curves.stopHz > 0) {
            // The transition band as an open box: up at the pass edge, down at the stop edge.
            const double p = e.curves.passHz, st = e.curves.stopHz;
            helper(tr("pass / stop edges"), Qt::DotLine,
                { { p, lo }, { p, hi }, { st, hi }, { st, lo } });
        }
    }
    m_freq->setRange(0, m_rate > 0 ? m_rate / 2.0 : 1.0);
}

} // namespace dsl::widgets
