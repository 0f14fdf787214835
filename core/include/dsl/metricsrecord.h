// One record of figures per output: what the CLI's --metrics JSON and the GUI's metrics export
// write, in full precision, with stable English column ids (the unit is the id's suffix: _db is
// dB, _ms milliseconds; ssim and the shift errors have none). Translated, rounded table text
// is never exported.
// JSON: an array of objects, keys in the order of metricColumns(); NaN is null, ±inf is
// ±1e999 (read as ±inf by Python's json). CSV: a header row of column ids, then one row per
// record; NaN is an empty cell, ±inf is inf / -inf.
// Thread-safety: pure functions.
#pragma once

#include "dsl/analysis.h"
#include "dsl/array.h"
#include "dsl/method.h"

#include <string>
#include <vector>

namespace dsl {

struct MetricsRecord
{
    std::string variant; // the GUI's variant title, or empty (CLI)
    std::string method; // method id
    std::string spec; // "id:key=value,..." with every parameter resolved
    std::string output; // the output file (CLI), else empty
    std::vector<std::size_t> outputShape; // NumPy order (volumes as nibabel: I, J, K[, T])
    std::vector<AxisMap> map; // per input axis, in the array's order
    Kind kind = Kind::Image; // the source's kind: which figures apply
    Metrics metrics;
    std::string status; // empty when computed, else why not (an error, "computing")
    // GUI extras (NaN when not shown): the slice through the cursor, the round trip, the shift
    // explorer's figures.
    double slicePsnrDb = Metrics::kNone, sliceAliasDb = Metrics::kNone;
    double roundTripPsnrDb = Metrics::kNone, roundTripSsim = Metrics::kNone;
    double shiftMeanError = Metrics::kNone, shiftRollError = Metrics::kNone;
};

// A record for one computed output.
MetricsRecord makeMetricsRecord(const MethodCall &call, const Analysis &analysis, Kind sourceKind);

// Column ids that apply to the records (the union over them; a column is left out when no
// record has a value for it, except the always-present ones).
std::vector<std::string> metricColumns(const std::vector<MetricsRecord> &records);
std::string metricsJson(const std::vector<MetricsRecord> &records);
std::string metricsCsv(const std::vector<MetricsRecord> &records);

// JSON text helpers shared by every writer of JSON in core and the CLI.
std::string jsonString(const std::string &s);
std::string jsonNumber(double v);
// NumPy order of an array's extents (volumes reversed, as nibabel's I, J, K[, T]).
std::vector<std::size_t> numpyShape(const Array &a);

} // namespace dsl
