// What the undersamplers share: parameter specs, ENN and Tomek passes over a subset of rows.
#pragma once

#include "neighbours.h"
#include "table_internal.h"

#include "dsl/sampler.h"

#include <vector>

namespace dsl::tabular {

ParamSpec strategyParam();
ParamSpec neighboursParam(int def, const char *help);
ParamSpec kindSelParam();
ParamSpec randomStateParam();

// Which rows of `rows` (a subset, ascending) ENN removes: rows of targeted classes whose k
// nearest among `rows` disagree with them (kind_sel all: any; mode: the vote). `targets`: per
// class, -1 = not targeted.
std::vector<bool> ennRemoves(const Table &t, const std::vector<std::size_t> &rows, std::size_t k,
    bool modeVote, const std::vector<long> &targets, RunContext &ctx);
// The labels of `rows` (class indices).
std::vector<int> labelsOf(const Table &t, const std::vector<std::size_t> &rows);
// Tomek links among `rows` (ascending): mutual 1-NN pairs of different classes.
std::vector<std::pair<std::size_t, std::size_t>> tomekLinks(
    const Table &t, const std::vector<std::size_t> &rows, RunContext &ctx);
// Finite features, or one sentence naming the first row and column that is not.
void requireFinite(const Table &t, const std::string &method);

} // namespace dsl::tabular
