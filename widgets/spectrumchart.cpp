#include "spectrumchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dsl::widgets {

QList<QPointF> spectrumPoints(const Spectrum &s, int maxPoints)
{
    QList<QPointF> pts;
    const std::size_t n = s.frequencies.size();
    if (n == 0)
        return pts;
    const std::size_t bucket = std::max<std::size_t>(1, n / std::size_t(std::max(1, maxPoints)));
    pts.reserve(qsizetype(n / bucket + 1));
    for (std::size_t i = 0; i < n; i += bucket) {
        double best = -1e300;
        std::size_t at = i;
        for (std::size_t j = i; j < std::min(n, i + bucket); ++j)
            if (s.magnitudeDb[j] > best) {
                best = s.magnitudeDb[j];
                at = j;
            }
        pts.append({ s.frequencies[at], std::max(best, -200.0) });
    }
    return pts;
}

SpectrumChart::SpectrumChart(QWidget *parent)
    : QChartView(parent)
    , m_variant(new QLineSeries)
    , m_original(new QLineSeries)
    , m_alias(new QLineSeries)
    , m_nyquist(new QLineSeries)
    , m_foldLower(new QLineSeries)
    , m_foldUpper(new QLineSeries)
    , m_foldBand(new QAreaSeries(m_foldUpper, m_foldLower))
    , m_freq(new QValueAxis)
    , m_db(new QValueAxis)
{
    auto *chart = new QChart;
    m_foldBand->setName(tr("band that folds"));
    m_foldBand->setBrush(QColor(255, 160, 0, 45));
    m_foldBand->setPen(Qt::NoPen);
    m_original->setName(tr("original"));
    m_original->setPen(QPen(QColor(120, 120, 120, 120), 1));
    m_variant->setName(tr("output"));
    m_variant->setPen(QPen(QColor(31, 119, 180), 1.2));
    m_alias->setName(tr("folded energy"));
    m_alias->setPen(QPen(QColor(214, 39, 40), 1.2));
    m_nyquist->setName(tr("new Nyquist"));
    m_nyquist->setPen(QPen(QColor(0, 0, 0), 1, Qt::DashLine));
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *> {
             m_foldBand, m_original, m_variant, m_alias, m_nyquist })
        chart->addSeries(s);
    m_freq->setTitleText(tr("frequency (Hz)"));
    m_freq->setLabelFormat(QStringLiteral("%.0f"));
    m_db->setTitleText(tr("magnitude (dB)"));
    m_db->setRange(-140, 6);
    chart->addAxis(m_freq, Qt::AlignBottom);
    chart->addAxis(m_db, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_freq);
        s->attachAxis(m_db);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The shading and the dashed line explain themselves (and have tooltips on the view).
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *> { m_foldBand, m_nyquist })
        for (QLegendMarker *marker : chart->legend()->markers(s))
            marker->setVisible(false);
    setToolTip(tr("Orange band: frequencies that fold into the output. Dashed: the new Nyquist "
                  "frequency. Red: the spectrum of the alias component."));
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setMinimumSize(240, 160);
}

void SpectrumChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void SpectrumChart::setSpectra(const Spectrum &variant, const Spectrum &original,
    const Spectrum &alias, double newNyquist, double originalNyquist)
{
    constexpr int kPoints = 1500;
    m_variant->replace(spectrumPoints(variant, kPoints));
    m_original->replace(spectrumPoints(original, kPoints));
    m_alias->replace(spectrumPoints(alias, kPoints));
    m_original->setVisible(!original.frequencies.empty());
    m_alias->setVisible(!alias.frequencies.empty());
    const double top = 10, bottom = -160;
    if (newNyquist > 0) {
        m_nyquist->replace({ QPointF(newNyquist, bottom), QPointF(newNyquist, top) });
        m_foldLower->replace({ QPointF(newNyquist, bottom), QPointF(originalNyquist, bottom) });
        m_foldUpper->replace({ QPointF(newNyquist, top), QPointF(originalNyquist, top) });
    } else {
        m_nyquist->clear();
        m_foldLower->clear();
        m_foldUpper->clear();
    }
    m_nyquist->setVisible(newNyquist > 0);
    m_foldBand->setVisible(newNyquist > 0);
    double maxF = originalNyquist;
    for (const Spectrum *s : { &variant, &original })
        if (!s->frequencies.empty())
            maxF = std::max(maxF, s->frequencies.back());
    m_freq->setRange(0, std::max(maxF, 1e-9));
    double peak = -200;
    for (const Spectrum *s : { &variant, &original })
        for (double v : s->magnitudeDb)
            peak = std::max(peak, v);
    const double hi = std::ceil((peak + 6) / 10) * 10;
    m_db->setRange(std::max(-160.0, hi - 150), hi);
}

void SpectrumChart::setFrequencyRange(double low, double high)
{
    if (high > low)
        m_freq->setRange(low, high);
}

double SpectrumChart::frequencyMax() const
{
    return m_freq->max();
}

int SpectrumChart::seriesPointCount(int which) const
{
    return int((which == 0 ? m_variant : which == 1 ? m_original : m_alias)->count());
}

void SpectrumChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF v = chart()->mapToValue(event->position());
    const bool inside = chart()->plotArea().contains(event->position());
    Q_EMIT hovered(v.x(), inside);
    QChartView::mouseMoveEvent(event);
}

void SpectrumChart::leaveEvent(QEvent *event)
{
    Q_EMIT hovered(0, false);
    QChartView::leaveEvent(event);
}

} // namespace dsl::widgets
