#include "metricspanel.h"

#include "appcommon.h"

#include "explorers/shiftexplorer.h"
#include "metricstable.h"

#include "dsl/analysis.h"
#include "dsl/io.h"

#include <QCoreApplication>

#include <cmath>

namespace dsl::app {

namespace {

// The metrics' translation context.
struct Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

} // namespace

QString shapeText(const Array &a)
{
    QStringList parts;
    if (a.kind == Kind::Volume)
        for (auto it = a.shape.rbegin(); it != a.shape.rend(); ++it)
            parts << QString::number(*it);
    else
        for (std::size_t e : a.shape)
            parts << QString::number(e);
    QString s = parts.join(QStringLiteral(" × "));
    if (a.channels > 1)
        s += Metrics::tr(" × %1 ch").arg(a.channels);
    return s;
}

std::vector<MetricsRecord> metricsRecords(const Comparison &model, const MetricsContext &context)
{
    std::vector<MetricsRecord> records;
    const auto src = model.source();
    if (!src)
        return records;
    const bool volume = src->kind == Kind::Volume && src->rank() >= 3;
    const double peak = volume ? context.sourceRange.high - context.sourceRange.low : 1.0;
    for (const VariantSpec &v : model.variants()) {
        MetricsRecord r;
        r.variant = Comparison::title(v).toStdString();
        r.method = v.methodId;
        r.kind = src->kind;
        const auto it = model.results().constFind(v.id);
        if (it == model.results().constEnd()) {
            r.status = "computing";
        } else if (!it->analysis) {
            r.status = it->error.toStdString();
        } else {
            const Analysis &an = *it->analysis;
            r.spec = it->spec.toStdString();
            r.outputShape = numpyShape(an.result.output);
            r.map = an.result.map;
            r.metrics = an.metrics;
            if (it->roundTrip) {
                r.roundTripPsnrDb = it->roundTrip->psnrDb;
                r.roundTripSsim = it->roundTrip->ssim;
            }
            if (const ShiftFigure *f = context.shiftFigure ? context.shiftFigure(v) : nullptr) {
                r.shiftMeanError = f->meanError;
                r.shiftRollError = f->rollError;
            }
            if (volume && an.result.output.rank() == src->rank()
                && an.ideal.shape == an.result.output.shape) {
                // The axial slice of the output nearest the cursor, against the same slice of
                // the ideal reference (metrics as for images, on that slice alone).
                const std::size_t kAxis = normalAxis(*src, 0);
                const std::size_t k = mapIndex(std::size_t(std::max(0.0, context.cursor[0])),
                    an.result.map[kAxis], an.result.output.shape[kAxis]);
                const std::size_t f = src->rank() == 4
                    ? mapIndex(context.frame, an.result.map[0], an.result.output.shape[0])
                    : 0;
                const Array out = volumePlane(an.result.output, 0, k, f).image;
                const Array ideal = volumePlane(an.ideal, 0, k, f).image;
                const Array alias = volumePlane(an.aliasMap, 0, k, f).image;
                r.slicePsnrDb = psnrDb(out, ideal, peak);
                r.sliceAliasDb = aliasEnergyDb(alias, out);
            }
        }
        records.push_back(std::move(r));
    }
    return records;
}

void showMetrics(
    widgets::MetricsTable *table, const Comparison &model, const MetricsContext &context)
{
    const auto &vs = model.variants();
    const auto src = model.source();
    const bool volume = src && src->kind == Kind::Volume && src->rank() >= 3;
    table->setSliceColumns(volume);
    table->setRoundTripColumns(src && src->kind != Kind::Signal && context.roundTrip);
    bool anyShift = false;
    for (const VariantSpec &v : vs)
        anyShift = anyShift || (context.shiftFigure && context.shiftFigure(v));
    table->setShiftColumns(src && src->kind != Kind::Signal && anyShift);
    QList<int> ids;
    for (const VariantSpec &v : vs)
        ids << v.id;
    table->setVariantIds(ids);
    const std::vector<MetricsRecord> records = metricsRecords(model, context);
    for (qsizetype i = 0; i < vs.size() && std::size_t(i) < records.size(); ++i) {
        const VariantSpec &v = vs[i];
        const MetricsRecord &r = records[std::size_t(i)];
        const auto it = model.results().constFind(v.id);
        if (it == model.results().constEnd()) {
            table->setVariant(
                v.id, Comparison::title(v), QString(), nullptr, Metrics::tr("computing…"));
        } else if (!it->analysis) {
            table->setVariant(v.id, Comparison::title(v), QString(), nullptr, it->error);
        } else {
            table->setVariant(v.id, Comparison::title(v), shapeText(it->analysis->result.output),
                &r.metrics, Metrics::tr("ok"));
            if (!std::isnan(r.roundTripPsnrDb))
                table->setRoundTrip(v.id, r.roundTripPsnrDb, r.roundTripSsim);
            if (!std::isnan(r.shiftMeanError))
                table->setShift(v.id, r.shiftMeanError, r.shiftRollError);
            if (!std::isnan(r.slicePsnrDb) || !std::isnan(r.sliceAliasDb))
                table->setSliceMetrics(v.id, r.slicePsnrDb, r.sliceAliasDb);
        }
    }
}

} // namespace dsl::app
