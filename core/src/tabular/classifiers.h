// The simple classifiers the table explorer evaluates with and instance hardness uses: k-NN
// (the spec's vote) and L2-regularised logistic regression (C = 1, as scikit-learn's default,
// on standardised features; one-vs-rest Newton iterations). Probabilities per class, classes in
// the table's order.
#pragma once

#include "dsl/run_context.h"
#include "dsl/table.h"

#include <vector>

namespace dsl::tabular {

enum class ClassifierKind { Knn, Logistic };

// Trains on `train` and returns, for each row of `test`, the probability of every class
// (test.size() × classCount, row-major). k: neighbours for k-NN.
std::vector<double> predictProbabilities(const Table &t, const std::vector<std::size_t> &train,
    const std::vector<std::size_t> &test, ClassifierKind kind, std::size_t k, RunContext &ctx);

// The same on explicit training rows (features and labels, e.g. a sampler's kept rows plus its
// generated centroids) for points given as features.
std::vector<double> predictProbabilities(const std::vector<double> &trainX,
    const std::vector<int> &trainY, std::size_t cols, std::size_t classCount,
    const std::vector<double> &testX, ClassifierKind kind, std::size_t k, RunContext &ctx);

// Stratified k-fold with shuffling: the fold of every row.
std::vector<int> stratifiedFolds(
    const std::vector<int> &y, std::size_t classCount, int folds, std::uint64_t seed);

} // namespace dsl::tabular
