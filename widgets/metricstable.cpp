#include "metricstable.h"

#include <QHeaderView>

#include <cmath>

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
    int row, int column, double a, int decimalsA, double b, int decimalsB)
{
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

void MetricsTable::setShift(int row, double meanError, double rollError)
{
    if (m_shift && !m_signal)
        setNumberPair(row, shiftColumn(), meanError, 4, rollError, 4);
}

void MetricsTable::setSliceColumns(bool on)
{
    setOptionalColumns(m_slices, on);
}

void MetricsTable::setSliceMetrics(int row, double psnrDb, double aliasDb)
{
    if (m_slices && !m_signal)
        setNumberPair(row, sliceColumn(), psnrDb, 2, aliasDb, 2);
}

void MetricsTable::setRoundTripColumns(bool on)
{
    setOptionalColumns(m_roundTrip, on);
}

void MetricsTable::setRoundTrip(int row, double psnrDb, double ssim)
{
    if (m_roundTrip && !m_signal)
        setNumberPair(row, roundTripColumn(), psnrDb, 2, ssim, 4);
}

void MetricsTable::setHeaders()
{
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
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
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

void MetricsTable::setRowCountForVariants(int rows)
{
    setSortingEnabled(false);
    setRowCount(rows);
    setSortingEnabled(true);
}

void MetricsTable::setVariant(int row, const QString &name, const QString &outputSize,
    const Metrics *m, const QString &status)
{
    setSortingEnabled(false);
    setItem(row, 0, new QTableWidgetItem(name));
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

QString MetricsTable::cell(const QString &variant, const QString &column) const
{
    int col = -1;
    for (int c = 0; c < columnCount(); ++c)
        if (horizontalHeaderItem(c)->text() == column)
            col = c;
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0) && item(r, 0)->text() == variant && col >= 0 && item(r, col))
            return item(r, col)->text();
    return {};
}

QString MetricsTable::toCsv() const
{
    QStringList lines;
    QStringList head;
    for (int c = 0; c < columnCount(); ++c)
        head << horizontalHeaderItem(c)->text();
    lines << head.join(u',');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c) {
            QString t = item(r, c) ? item(r, c)->text() : QString();
            if (t.contains(u',') || t.contains(u'"'))
                t = u'"' + t.replace(u'"', QStringLiteral("\"\"")) + u'"';
            cells << t;
        }
        lines << cells.join(u',');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace dsl::widgets
