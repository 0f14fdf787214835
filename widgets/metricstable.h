// The metrics table: one row per variant, sortable by any column (numbers sort as numbers).
#pragma once

#include "dsl/analysis.h"

#include <QTableWidget>

namespace dsl::widgets {

class MetricsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit MetricsTable(QWidget *parent = nullptr);
    void setSignalMode(bool signal); // SNR instead of PSNR/SSIM
    // Volumes: two more columns, PSNR and alias energy of the slice through the cursor.
    void setSliceColumns(bool on);
    void setSliceMetrics(int row, double psnrDb, double aliasDb);
    // Images and volumes, when a round trip is chosen: PSNR and SSIM of the output brought
    // back to the source's size, against the source.
    void setRoundTripColumns(bool on);
    void setRoundTrip(int row, double psnrDb, double ssim);
    // Images and volumes, once the shift explorer's curves are computed: the mean
    // shift-equivariance error E(δ) over one stride period, and the integer-shift figure (a
    // one-pixel roll of the input against the best roll of the output; 0 for APS).
    void setShiftColumns(bool on);
    void setShift(int row, double meanError, double rollError);
    void setRowCountForVariants(int rows);
    void setVariant(int row, const QString &name, const QString &outputSize, const Metrics *metrics,
        const QString &status = {});
    // Text of a cell (tests): row by variant name, column by header.
    QString cell(const QString &variant, const QString &column) const;
    QString toCsv() const;

private:
    void setHeaders();
    void setOptionalColumns(bool &shown, bool on);
    void setNumberPair(int row, int column, double a, int decimalsA, double b, int decimalsB);
    int sliceColumn() const;
    int roundTripColumn() const;
    int shiftColumn() const;
    bool m_signal = false;
    bool m_slices = false;
    bool m_roundTrip = false;
    bool m_shift = false;
};

} // namespace dsl::widgets
