// Writing what the user exports: metrics (from core's record, CSV or JSON), a variant's output
// (native, NumPy or NIfTI in float32 or the scan's datatype), the panes as shown (PNG) and one
// slice's values (16-bit PNG or float32 TIFF). Every file goes through core's atomic writer and
// never replaces the source file. Each function returns an empty string on success, otherwise
// the one sentence to show. No widgets are read: callers pass what is shown.
#pragma once

#include "dsl/array.h"
#include "dsl/method.h"
#include "dsl/metricsrecord.h"
#include "dsl/tableeval.h"

#include <QImage>
#include <QString>

#include <vector>

class QWidget;

namespace dsl::app {
struct TableOutcome;
}

namespace dsl::app::exporter {

QString writeMetrics(const std::vector<MetricsRecord> &records, const QString &path);
QString writeVariant(
    const Array &output, const Array *source, const QString &path, bool originalType);
QString writeView(const QImage &view, const Array *source, const QString &path);
// Tables: the records as CSV or JSON (core's writers, as the CLI's --metrics); a variant's rows
// (.csv: the kept rows with their input row, and the generated centroids; .npy: int64 kept row
// indices, centroids beside it as the CLI writes them).
QString writeTableMetrics(const std::vector<TableRecord> &records, const QString &path);
QString writeTableVariant(const TableOutcome &outcome, const QString &path);

// The plane of `volume` (the source, or a variant's output mapped by `map`; empty map: the
// source) through source slice `sourceSlice` and frame `sourceFrame`, seen along `normal`.
QString writeSlice(const Array &volume, const Array &source, const std::vector<AxisMap> &map,
    int normal, std::size_t sourceSlice, std::size_t sourceFrame, bool flipColumns,
    const QString &path);

// File dialogs; an empty path if the user cancelled.
QString askMetricsPath(QWidget *parent);
QString askVariantPath(QWidget *parent, const Array &output, bool *originalType);
QString askViewPath(QWidget *parent);
QString askTableRowsPath(QWidget *parent);
QString askSlicePath(QWidget *parent);

} // namespace dsl::app::exporter
