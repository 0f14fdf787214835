// What undersampling does to a classifier, and the figures of one sampler's result: stratified
// k-fold cross-validation with the sampler run inside each training fold only, and the metrics
// record the CLI's --metrics and the GUI's export write for tables (stable English column ids,
// full precision).
//
// Conventions
// - The minority class is the table's smallest class (ties: the smallest label). Minority
//   recall and precision are that class's; balanced accuracy is the mean of the per-class
//   recalls; G-mean their geometric mean (imbalanced-learn's geometric_mean_score, multi-class).
// - Each figure is the mean over folds with the fold-to-fold standard deviation (ddof 1). For
//   random samplers the cross-validation is repeated with `seedRepeats` seeds (random_state
//   0, 1, …) and `seedSd` is the standard deviation of the per-seed means.
// Thread-safety: pure functions; cancellable through ctx.
#pragma once

#include "dsl/run_context.h"
#include "dsl/sampler.h"
#include "dsl/table.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace dsl {

enum class TableClassifier { Knn, Logistic };
const char *tableClassifierName(TableClassifier kind); // "knn", "logistic"

struct EvalOptions
{
    int folds = 5; // 2 … 20 (fewer when the smallest class has fewer rows)
    TableClassifier classifier = TableClassifier::Knn;
    int k = 5; // neighbours of the k-NN classifier
    std::uint64_t foldSeed = 0; // the shuffle of the stratified folds
    int seedRepeats = 5; // random samplers: the seeds cross-validated
};

struct Figure
{
    double mean = std::numeric_limits<double>::quiet_NaN();
    double foldSd = std::numeric_limits<double>::quiet_NaN(); // over folds (ddof 1)
    double seedSd = std::numeric_limits<double>::quiet_NaN(); // over seeds (random samplers)
};

struct Evaluation
{
    Figure balancedAccuracy, minorityRecall, precision, gmean;
    int folds = 0, seeds = 0; // what was run
    std::string minority; // the minority label
    std::string status; // empty when computed, else why not (one sentence)
    bool computed() const { return status.empty() && folds > 0; }
};

// `call` null: the classifier on the unsampled training folds (the baseline row).
Evaluation crossValidate(
    const Table &table, const SamplerCall *call, const EvalOptions &options, RunContext &ctx);

// A classifier trained on rows (trainX: n × cols, class indices trainY of `classCount`
// classes) predicting the class of each point (points: m × cols); ties to the smallest class.
std::vector<int> predictClasses(const std::vector<double> &trainX, const std::vector<int> &trainY,
    std::size_t cols, std::size_t classCount, const std::vector<double> &points,
    TableClassifier classifier, int k, RunContext &ctx);

// The rows a sampler's result keeps as features and labels (kept rows, then generated ones).
void resultRows(
    const Table &table, const SampleResult &result, std::vector<double> &x, std::vector<int> &y);

// The record of one sampler's result.
struct TableRecord
{
    std::string variant; // the GUI's variant title, or empty (CLI)
    std::string method, spec, output;
    std::vector<std::string> classes; // labels, class order
    std::vector<std::size_t> countsBefore, countsAfter;
    std::size_t generated = 0;
    double runtimeMs = 0.0;
    std::vector<std::pair<std::string, double>> figures; // the sampler's own figures
    Evaluation evaluation;
    std::string status; // empty when computed, else why not
    std::size_t rowsBefore() const;
    std::size_t rowsAfter() const;
    double keptFraction() const; // rowsAfter / rowsBefore
};
// Largest over smallest class count (classes with no rows left out; inf when one is empty).
double imbalanceRatio(const std::vector<std::size_t> &counts);
TableRecord makeTableRecord(
    const Table &table, const SamplerCall &call, const SampleResult &result, double runtimeMs);
std::vector<std::string> tableMetricColumns(const std::vector<TableRecord> &records);
std::string tableMetricsJson(const std::vector<TableRecord> &records);
std::string tableMetricsCsv(const std::vector<TableRecord> &records);

// The first two principal components of the standardised table (features scaled to unit
// variance; constant features left at zero): coordinates rows × 2 and each component's share of
// the total variance.
struct Projection
{
    std::vector<double> xy; // rows × 2
    double explained[2] = { 0.0, 0.0 };
    std::vector<double> mean, scale; // per feature
    std::vector<double> axes; // 2 × cols, the unit components
    // The projection of any point (features in the table's order).
    void project(const double *point, std::size_t cols, double &u, double &v) const;
};
Projection principalComponents(const Table &table);

// The k nearest rows to `row` among all rows (itself excluded), by (distance, row).
struct NearRow
{
    std::size_t row;
    double distance;
};
std::vector<NearRow> nearestRows(const Table &table, std::size_t row, std::size_t k);

} // namespace dsl
