// Labelled tables, the fourth data kind: n rows × d float64 features and one label per row,
// for class-imbalance undersampling (../shared/operators/undersampling.md §0).
//
// Conventions
// - Features are row-major doubles; rows are addressed by their 0-based position in the input.
// - Labels are integers or strings. `classes` holds the distinct labels in sorted label order
//   (ascending integers, or code-point order for strings) and `y[i]` is the position of row i's
//   label in it, so "the smallest label" is always the smallest class index.
#pragma once

#include "dsl/array.h"
#include "dsl/io.h"
#include "dsl/params.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dsl {

struct Table
{
    std::size_t rows = 0, cols = 0;
    std::vector<double> x; // rows × cols, row-major
    std::vector<int> y; // class index of each row (into `classes`)
    std::vector<std::string> classes; // labels in sorted label order, as text
    bool integerLabels = true; // every label parsed as an integer
    std::vector<std::string> featureNames; // cols names (CSV header, or f0 … f{d-1})
    std::string labelName = "label";
    SourceInfo source; // format "csv" or "npy"

    const double *row(std::size_t i) const { return x.data() + i * cols; }
    std::size_t classCount() const { return classes.size(); }
    std::vector<std::size_t> counts() const; // rows per class, in class order
    // The rows of class c, ascending.
    std::vector<std::size_t> rowsOf(int c) const;
    // The class whose label text is `label` (integers compared by value), or -1.
    int classOf(const std::string &label) const;
    bool allFinite() const;
};

// From features and labels given as text (what the readers produce): sorts the classes, sets y.
// Throws dsl::Error (InvalidArgument, naming `name`) for fewer than two classes.
Table makeTable(std::vector<double> features, std::size_t cols,
    const std::vector<std::string> &labels, std::vector<std::string> featureNames = {},
    const std::string &name = {});

struct TableLoadOptions
{
    std::string labelColumn; // CSV: the label column by name (default: the last column)
    std::string labelsPath; // .npy features: the labels file (default: y.npy beside X.npy)
    std::uint64_t maxBytes = std::uint64_t(1) << 30; // budget for the decoded table
};

// A CSV table (header row, numeric features, one label column) or X.npy (float64/float32,
// n × d) with its y.npy (integer, n). Every problem is one dsl::Error naming the file and, for
// CSV, the row and column; sizes are checked against the budget before allocating.
Table loadTable(const std::string &path, const TableLoadOptions &options = {});
Table loadTableCsv(const std::string &path, const TableLoadOptions &options = {});
Table loadTableNpy(const std::string &path, const TableLoadOptions &options = {});
// Parses CSV text (for tests and fuzzing); `name` is used in messages.
Table parseTableCsv(
    const std::string &text, const std::string &name, const TableLoadOptions &options = {});
// True for .csv / .tsv / .txt names, or an .npy whose labels file exists.
bool looksLikeTable(const std::string &path);

// Writes int64 indices / float64 matrix / int64 or string labels (.npy, atomically).
void saveIndicesNpy(const std::vector<std::size_t> &indices, const std::string &path,
    const SaveOptions &options = {});
void saveMatrixNpy(const std::vector<double> &values, std::size_t rows, std::size_t cols,
    const std::string &path, const SaveOptions &options = {});
// The rows `indices` of the table as CSV: first column `row`, then the features and the label.
void saveTableRowsCsv(const Table &table, const std::vector<std::size_t> &indices,
    const std::string &path, const SaveOptions &options = {});
// Generated rows (under.centroids) as CSV: the features and the label, no `row` column.
void saveGeneratedRowsCsv(const Table &table, const std::vector<double> &generated,
    const std::vector<int> &labels, const std::string &path, const SaveOptions &options = {});
// Labels as .npy: int64 for integer labels, else fixed-width unicode.
void saveLabelsNpy(const Table &table, const std::vector<int> &classes, const std::string &path,
    const SaveOptions &options = {});

// Synthetic tables: "blobs:n=600,ratio=9,overlap=1,seed=0", "moons:…", "xor:…" (and the golden
// speed set's "splitmix:…"). Their ids, names, descriptions and parameters (translatable).
struct TableGeneratorInfo
{
    std::string id, name, description;
    std::vector<ParamSpec> params;
};
const std::vector<TableGeneratorInfo> &tableGenerators();
bool isTableGeneratorSpec(const std::string &spec);
Table generateTable(const std::string &spec);

} // namespace dsl
