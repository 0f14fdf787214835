// The metrics dock: every variant's figures as core's MetricsRecord (the same record the CLI
// writes and the exports use; full precision, stable column ids), shown in the metrics table
// keyed by variant id. For scans the record also carries the axial slice through the cursor.
#pragma once

#include "comparison.h"
#include "dsl/metricsrecord.h"
#include "dsl/plane.h"

#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace dsl::widgets {
class MetricsTable;
}

namespace dsl::app {

struct ShiftFigure;

// "512 × 512", "33 × 41 × 25" (scans in x, y, z order), " × 3 ch" for colour.
QString shapeText(const Array &a);

struct MetricsContext
{
    ValueWindow sourceRange; // the per-slice PSNR's peak for scans
    std::array<double, 3> cursor {}; // (k, j, i): the slice the per-slice figures use
    std::size_t frame = 0;
    bool roundTrip = false; // a round trip is chosen (its columns are shown)
    // The shift explorer's figures of a variant, if they still hold.
    std::function<const ShiftFigure *(const VariantSpec &)> shiftFigure;
};

std::vector<MetricsRecord> metricsRecords(const Comparison &model, const MetricsContext &context);
// The table from the records, one row per variant (by id), columns as the source needs.
void showMetrics(
    widgets::MetricsTable *table, const Comparison &model, const MetricsContext &context);

} // namespace dsl::app
