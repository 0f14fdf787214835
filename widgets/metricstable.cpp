#include "metricstable.h"

#include <QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dsl::widgets {

namespace {

class NumberItem : public QTableWidgetItem
{
public:
    explicit NumberItem(double v, int decimals)
        : QTableWidgetItem(std::isnan(v) ? QStringLiteral("—")
                : std::isinf(v) ? (v < 0 ? QStringLiteral("−∞") : QStringLiteral("∞"))
                                : QString::number(v, 'f', decimals))
        , m_value(v)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setData(Qt::UserRole, v);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const double o = other.data(Qt::UserRole).toDouble();
        if (std::isnan(m_value))
            return false;
        if (std::isnan(o))
            return true;
        return m_value < o;
    }

private:
    double m_value;
};

} // namespace

MetricsTable::MetricsTable(QWidget *parent)
    : QTableWidget(parent)
{
    setSortingEnabled(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setSignalMode(false);
}

void MetricsTable::setSignalMode(bool signal)
{
    m_signal = signal;
    setHeaders();
}

void MetricsTable::setOptionalColumns(bool &shown, bool on)
{
    if (on == shown)
        return;
    shown = on;
    setHeaders();
}

void MetricsTable::setNumberPair(
    int variantId, int column, double a, int decimalsA, double b, int decimalsB)
{
    const int row = rowOf(variantId);
    if (row < 0)
        return;
    setSortingEnabled(false);
    setItem(row, column, new NumberItem(a, decimalsA));
    setItem(row, column + 1, new NumberItem(b, decimalsB));
    setSortingEnabled(true);
}

// Images and volumes: the 8 fixed columns, then the slice pair, the round-trip pair and the
// shift pair, each when shown.
int MetricsTable::sliceColumn() const
{
    return 8;
}

int MetricsTable::roundTripColumn() const
{
    return m_slices ? sliceColumn() + 2 : sliceColumn();
}

int MetricsTable::shiftColumn() const
{
    return m_roundTrip ? roundTripColumn() + 2 : roundTripColumn();
}

void MetricsTable::setShiftColumns(bool on)
{
    setOptionalColumns(m_shift, on);
}

void MetricsTable::setShift(int variantId, double meanError, double rollError)
{
    if (m_shift && !m_signal)
        setNumberPair(variantId, shiftColumn(), meanError, 4, rollError, 4);
}

void MetricsTable::setSliceColumns(bool on)
{
    setOptionalColumns(m_slices, on);
}

void MetricsTable::setSliceMetrics(int variantId, double psnrDb, double aliasDb)
{
    if (m_slices && !m_signal)
        setNumberPair(variantId, sliceColumn(), psnrDb, 2, aliasDb, 2);
}

void MetricsTable::setRoundTripColumns(bool on)
{
    setOptionalColumns(m_roundTrip, on);
}

void MetricsTable::setRoundTrip(int variantId, double psnrDb, double ssim)
{
    if (m_roundTrip && !m_signal)
        setNumberPair(variantId, roundTripColumn(), psnrDb, 2, ssim, 4);
}

void MetricsTable::setTableMode(bool table)
{
    if (table == m_table)
        return;
    m_table = table;
    setRowCount(0);
    setHeaders();
}

void MetricsTable::setTableVariant(int variantId, const QString &name, const TableRecord *record,
    const Evaluation *evaluation, const QString &status)
{
    const int row = rowOf(variantId);
    if (row < 0 || !m_table)
        return;
    setSortingEnabled(false);
    auto *key = new QTableWidgetItem(name);
    key->setData(Qt::UserRole, variantId);
    setItem(row, 0, key);
    const double nan = std::nan("");
    QStringList counts;
    if (record)
        for (std::size_t c = 0; c < record->classes.size() && c < record->countsAfter.size(); ++c)
            counts << QStringLiteral("%1: %2")
                          .arg(QString::fromStdString(record->classes[c]))
                          .arg(record->countsAfter[c]);
    setItem(row, 1, new NumberItem(record ? double(record->rowsAfter()) : nan, 0));
    setItem(row, 2, new NumberItem(record ? 100.0 * record->keptFraction() : nan, 1));
    setItem(row, 3, new QTableWidgetItem(counts.join(QStringLiteral(" · "))));
    setItem(row, 4, new NumberItem(record ? imbalanceRatio(record->countsAfter) : nan, 2));
    const bool cv = evaluation && evaluation->computed();
    auto fig = [cv, nan](const Figure &f) { return cv ? f.mean : nan; };
    setItem(row, 5, new NumberItem(cv ? fig(evaluation->balancedAccuracy) : nan, 3));
    setItem(row, 6, new NumberItem(cv ? evaluation->balancedAccuracy.foldSd : nan, 3));
    setItem(row, 7, new NumberItem(cv ? evaluation->balancedAccuracy.seedSd : nan, 3));
    setItem(row, 8, new NumberItem(cv ? fig(evaluation->minorityRecall) : nan, 3));
    setItem(row, 9, new NumberItem(cv ? fig(evaluation->precision) : nan, 3));
    setItem(row, 10, new NumberItem(cv ? fig(evaluation->gmean) : nan, 3));
    setItem(row, 11, new NumberItem(record ? record->runtimeMs : nan, 2));
    QString state = status;
    if (state.isEmpty() && evaluation && !evaluation->status.empty())
        state = QString::fromStdString(evaluation->status);
    setItem(row, 12, new QTableWidgetItem(state));
    setSortingEnabled(true);
    resizeColumnsToContents();
}

void MetricsTable::setHeaders()
{
    if (m_table) {
        const QStringList headers { tr("Variant"), tr("Rows kept"), tr("Kept (%)"),
            tr("Rows per class after"), tr("Imbalance ratio"), tr("CV balanced accuracy"),
            tr("± folds"), tr("± seeds"), tr("CV minority recall"), tr("CV minority precision"),
            tr("CV G-mean"), tr("Runtime (ms)"), tr("Status") };
        const QStringList ids { u"variant"_s, u"rows_after"_s, u"kept_fraction"_s,
            u"counts_after"_s, u"imbalance_ratio_after"_s, u"cv_balanced_accuracy"_s,
            u"cv_balanced_accuracy_fold_sd"_s, u"cv_balanced_accuracy_seed_sd"_s,
            u"cv_minority_recall"_s, u"cv_minority_precision"_s, u"cv_g_mean"_s, u"runtime_ms"_s,
            u"status"_s };
        setColumnCount(int(headers.size()));
        setHorizontalHeaderLabels(headers);
        for (int c = 0; c < columnCount(); ++c)
            horizontalHeaderItem(c)->setData(Qt::UserRole, ids[c]);
        horizontalHeaderItem(4)->setToolTip(tr("Rows of the largest class over the smallest"));
        horizontalHeaderItem(5)->setToolTip(
            tr("Mean recall over the classes, stratified k-fold cross-validation with the "
               "sampler inside each training fold; the test folds are never resampled"));
        horizontalHeaderItem(6)->setToolTip(tr("Standard deviation over the folds"));
        horizontalHeaderItem(7)->setToolTip(
            tr("Random samplers: standard deviation over five random seeds"));
        horizontalHeaderItem(10)->setToolTip(tr("Geometric mean of the per-class recalls"));
        return;
    }

    const bool signal = m_signal;
    QStringList headers = signal
        ? QStringList { tr("Variant"), tr("Output"), tr("Alias energy (dB)"), tr("SNR (dB)"),
              tr("Worst alias (dBc)"), tr("Stopband (dB)"), tr("Ripple (dB)"), tr("Runtime (ms)"),
              tr("Status") }
        : QStringList { tr("Variant"), tr("Output"), tr("Alias energy (dB)"), tr("PSNR (dB)"),
              tr("SSIM"), tr("Runtime (ms)"), tr("Status"), tr("Foldable HF (dB)") };
    if (m_slices && !signal)
        headers << tr("PSNR, slice (dB)") << tr("Alias, slice (dB)");
    if (m_roundTrip && !signal)
        headers << tr("Round trip PSNR (dB)") << tr("Round trip SSIM");
    if (m_shift && !signal)
        headers << tr("Shift error, mean E(δ)") << tr("1-px roll error");
    QStringList ids = signal
        ? QStringList { u"variant"_s, u"output_shape"_s, u"alias_energy_db"_s, u"snr_db"_s,
              u"worst_alias_dbc"_s, u"stopband_db"_s, u"passband_ripple_db"_s, u"runtime_ms"_s,
              u"status"_s }
        : QStringList { u"variant"_s, u"output_shape"_s, u"alias_energy_db"_s, u"psnr_db"_s,
              u"ssim"_s, u"runtime_ms"_s, u"status"_s, u"foldable_hf_db"_s };
    if (m_slices && !signal)
        ids << u"slice_psnr_db"_s << u"slice_alias_energy_db"_s;
    if (m_roundTrip && !signal)
        ids << u"round_trip_psnr_db"_s << u"round_trip_ssim"_s;
    if (m_shift && !signal)
        ids << u"shift_error_mean"_s << u"shift_roll_error"_s;
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c < columnCount(); ++c)
        horizontalHeaderItem(c)->setData(Qt::UserRole, ids[c]);
    horizontalHeaderItem(2)->setToolTip(tr("Energy of the alias component relative to the output"));
    if (!signal)
        horizontalHeaderItem(7)->setToolTip(
            tr("The source's energy above this output's Nyquist, relative to its AC energy: "
               "what the rate change must remove, or else folds"));
    if (signal)
        horizontalHeaderItem(4)->setToolTip(
            tr("Level of a full-scale tone at 1.005 × the new Nyquist after folding"));
    if (m_roundTrip && !signal)
        for (int c : { roundTripColumn(), roundTripColumn() + 1 })
            horizontalHeaderItem(c)->setToolTip(
                tr("The output brought back to the source's size by the chosen upsampler, "
                   "against the source"));
    if (m_shift && !signal) {
        horizontalHeaderItem(shiftColumn())
            ->setToolTip(tr("E(δ) = |M(shifted x) − shifted M(x)| / |M(x)|, averaged over one "
                            "stride period (shift explorer): 0 for a shift-equivariant operator"));
        horizontalHeaderItem(shiftColumn() + 1)
            ->setToolTip(tr("The input rolled by one pixel, the output compared with its best "
                            "roll: 0 for an operator invariant to integer shifts (APS)"));
    }
    if (m_slices && !signal)
        for (int c : { sliceColumn(), sliceColumn() + 1 })
            horizontalHeaderItem(c)->setToolTip(
                tr("Of the output slice nearest the cursor's axial slice; the other columns are "
                   "for the whole volume"));
}

int MetricsTable::rowOf(int variantId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0) && item(r, 0)->data(Qt::UserRole).toInt() == variantId)
            return r;
    return -1;
}

int MetricsTable::columnOf(const QString &columnId) const
{
    for (int c = 0; c < columnCount(); ++c)
        if (horizontalHeaderItem(c)->data(Qt::UserRole).toString() == columnId)
            return c;
    return -1;
}

void MetricsTable::setVariantIds(const QList<int> &ids)
{
    setSortingEnabled(false);
    for (int r = rowCount(); r-- > 0;)
        if (!item(r, 0) || !ids.contains(item(r, 0)->data(Qt::UserRole).toInt()))
            removeRow(r);
    for (int id : ids) {
        if (rowOf(id) >= 0)
            continue;
        const int r = rowCount();
        insertRow(r);
        auto *key = new QTableWidgetItem;
        key->setData(Qt::UserRole, id);
        setItem(r, 0, key);
    }
    setSortingEnabled(true);
}

void MetricsTable::setVariant(int variantId, const QString &name, const QString &outputSize,
    const Metrics *m, const QString &status)
{
    const int row = rowOf(variantId);
    if (row < 0)
        return;
    setSortingEnabled(false);
    auto *key = new QTableWidgetItem(name);
    key->setData(Qt::UserRole, variantId);
    setItem(row, 0, key);
    setItem(row, 1, new QTableWidgetItem(outputSize));
    const double nan = Metrics::kNone;
    auto number = [m, nan](double Metrics::*field) { return m ? m->*field : nan; };
    setItem(row, 2, new NumberItem(number(&Metrics::aliasEnergyDb), 2));
    if (m_signal) {
        setItem(row, 3, new NumberItem(number(&Metrics::snrDb), 2));
        setItem(row, 4, new NumberItem(number(&Metrics::worstAliasDbc), 1));
        setItem(row, 5, new NumberItem(number(&Metrics::stopbandAttenuationDb), 1));
        setItem(row, 6, new NumberItem(number(&Metrics::passbandRippleDb), 3));
        setItem(row, 7, new NumberItem(number(&Metrics::runtimeMs), 2));
        setItem(row, 8, new QTableWidgetItem(status));
    } else {
        setItem(row, 3, new NumberItem(number(&Metrics::psnrDb), 2));
        setItem(row, 4, new NumberItem(number(&Metrics::ssim), 4));
        setItem(row, 5, new NumberItem(number(&Metrics::runtimeMs), 2));
        setItem(row, 6, new QTableWidgetItem(status));
        setItem(row, 7, new NumberItem(number(&Metrics::foldableEnergyDb), 2));
    }
    setSortingEnabled(true);
    resizeColumnsToContents();
}

QString MetricsTable::cell(int variantId, const QString &columnId) const
{
    const int r = rowOf(variantId), c = columnOf(columnId);
    return r >= 0 && c >= 0 && item(r, c) ? item(r, c)->text() : QString();
}

} // namespace dsl::widgets
