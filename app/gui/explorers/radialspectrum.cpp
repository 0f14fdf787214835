#include "radialspectrum.h"

#include "comparison.h"
#include "session/analysiscache.h"
#include "session/viewstate.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QSet>
#include <QValueAxis>

namespace dsl::app {

RadialSpectrum::RadialSpectrum(
    const Comparison *model, const ViewState *view, const AnalysisCache *cache, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_view(view)
    , m_cache(cache)
{
    // The dock is short: legend at the side in a smaller font and thin margins, so the plot and
    // its axis labels keep the room (at the bottom they were squeezed to "…").
    chart()->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart()->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart()->legend()->setFont(small);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    setMinimumHeight(200);
}

void RadialSpectrum::refresh(std::size_t slice, std::size_t frame, int normal)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const auto src = m_model->source();
    const int mode = int(m_view->displayMode());
    if (!src || src->kind == Kind::Signal || (mode != 3 && mode != 4)) {
        chart->setTitle(tr("Radial spectrum: choose a k-space view"));
        return;
    }
    chart->setTitle(mode == 4 ? tr("Radial power spectrum of what folded (reference: source)")
                              : tr("Radial (azimuthally averaged) power spectrum"));
    auto addCurve = [chart](const QString &name, const KSpace &k, double step) {
        auto *series = new QLineSeries;
        series->setName(name);
        QList<QPointF> pts;
        for (std::size_t i = 0; i < k.radialFrequency.size(); ++i)
            pts.append({ k.radialFrequency[i] / step, k.radialPowerDb[i] });
        series->replace(pts);
        // Qt's default theme repeats its colours after five series; ten distinct ones.
        static const QColor colours[] = { QColor(31, 119, 180), QColor(255, 127, 14),
            QColor(44, 160, 44), QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75),
            QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
            QColor(23, 190, 207) };
        series->setPen(QPen(colours[chart->series().size() % std::size(colours)], 1.5));
        chart->addSeries(series);
    };
    // Keys: "<id or a<id>>|<generation, spec or analysis>|<plane>|<frame>|<hann>", the plane
    // field being (normal + 3 if mirrored) * 100000 + slice (99999: 3-d central slice).
    auto planeOf = [](const QString &field) { return int((field.toLongLong() / 100000) % 3); };
    const QString hann = QString::number(m_view->kspaceHann());
    const QStringList &byUse = m_cache->spectraByUse();
    QSet<int> drawn;
    for (auto k = byUse.crbegin(); k != byUse.crend(); ++k) { // most recently used first
        const QStringList parts = k->split(u'|');
        if (parts.size() < 5 || parts.last() != hann || planeOf(parts[2]) != normal)
            continue;
        const auto spectrum = m_cache->spectra().value(*k);
        // Alias-component spectra ("a<id>") in mode 4, output spectra otherwise.
        const bool aliasKey = parts.first().startsWith(u'a');
        if (!spectrum || (aliasKey != (mode == 4) && parts.first() != QLatin1String("0")))
            continue;
        const int id = aliasKey ? parts.first().mid(1).toInt() : parts.first().toInt();
        if (drawn.contains(id))
            continue;
        if (id == 0) {
            const long long field = parts[2].toLongLong() % 100000;
            if (parts[1].toULongLong() == m_model->sourceGeneration()
                && (field == static_cast<long long>(slice) || field == 99999)
                && parts[3] == QString::number(frame)) {
                addCurve(tr("reference"), *spectrum, 1.0);
                drawn.insert(id);
            }
        } else if (const VariantSpec *v = m_model->variant(id)) {
            const auto res = m_model->results().constFind(id);
            if (res != m_model->results().constEnd() && res->analysis
                && (parts[1] == res->spec
                    || parts[1] == QString::number(quintptr(res->analysis.get())))) {
                addCurve(Comparison::title(*v), *spectrum, res->analysis->result.map.back().step);
                drawn.insert(id);
            }
        }
    }
    chart->createDefaultAxes();
    for (QAbstractAxis *axis : chart->axes())
        if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            value->setTickCount(5);
            value->setLabelFormat(QStringLiteral("%.3g"));
        }
    const auto axes = chart->axes(Qt::Horizontal);
    if (!axes.isEmpty())
        axes.first()->setTitleText(tr("frequency (cycles per source pixel)"));
    const auto vaxes = chart->axes(Qt::Vertical);
    if (!vaxes.isEmpty())
        vaxes.first()->setTitleText(tr("power (dB)"));
}

} // namespace dsl::app
