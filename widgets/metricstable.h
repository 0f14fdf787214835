// The metrics table: one row per variant, sortable by any column (numbers sort as numbers).
// Rows are keyed by the variant's id (stored in the first column), never by position, so a
// result arriving after the user sorted lands on its own variant's row. Every column carries
// the stable id of dsl::MetricsRecord's writers ("psnr_db", ...) in Qt::UserRole of its header
// item; headers are translated text for people. Exports come from core's record, not from here.
#pragma once

#include "dsl/analysis.h"
#include "dsl/tableeval.h"

#include <QTableWidget>

namespace dsl::widgets {

class MetricsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit MetricsTable(QWidget *parent = nullptr);
    void setSignalMode(bool signal); // SNR instead of PSNR/SSIM
    // Tables: rows kept, counts, imbalance ratio and the cross-validated classifier's figures
    // instead of the signal and image columns. Row 0 is the table without undersampling.
    void setTableMode(bool table);
    bool tableMode() const { return m_table; }
    // `record` null: not computed yet (`status` says why); evaluation figures are "—" until
    // they are computed.
    void setTableVariant(int variantId, const QString &name, const TableRecord *record,
        const Evaluation *evaluation, const QString &status = {});
    // Volumes: two more columns, PSNR and alias energy of the slice through the cursor.
    void setSliceColumns(bool on);
    void setSliceMetrics(int variantId, double psnrDb, double aliasDb);
    // Images and volumes, when a round trip is chosen: PSNR and SSIM of the output brought
    // back to the source's size, against the source.
    void setRoundTripColumns(bool on);
    void setRoundTrip(int variantId, double psnrDb, double ssim);
    // Images and volumes, once the shift explorer's curves are computed: the mean
    // shift-equivariance error E(δ) over one stride period, and the integer-shift figure (a
    // one-pixel roll of the input against the best roll of the output; 0 for APS).
    void setShiftColumns(bool on);
    void setShift(int variantId, double meanError, double rollError);
    // The variants shown, in order: rows of other ids go, rows for new ids are added.
    void setVariantIds(const QList<int> &ids);
    void setVariant(int variantId, const QString &name, const QString &outputSize,
        const Metrics *metrics, const QString &status = {});
    // The row of a variant (-1 if none) and the column of a column id (-1 if not shown).
    int rowOf(int variantId) const;
    int columnOf(const QString &columnId) const;
    // Text of a cell: row by variant id, column by column id ("alias_energy_db", ...).
    QString cell(int variantId, const QString &columnId) const;

private:
    void setHeaders();
    void setOptionalColumns(bool &shown, bool on);
    void setNumberPair(int variantId, int column, double a, int decimalsA, double b, int decimalsB);
    int sliceColumn() const;
    int roundTripColumn() const;
    int shiftColumn() const;
    bool m_signal = false;
    bool m_table = false;
    bool m_slices = false;
    bool m_roundTrip = false;
    bool m_shift = false;
};

} // namespace dsl::widgets
