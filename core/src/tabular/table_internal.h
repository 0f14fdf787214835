// Internal to core's tables: .npy bytes, shared helpers of the samplers.
#pragma once

#include "dsl/sampler.h"
#include "dsl/table.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dsl::tabular {

struct NpyArray
{
    std::string descr;
    char kind = 'f'; // 'f', 'i', 'u', 'b', 'U'
    std::size_t item = 8;
    bool fortran = false, swap = false;
    std::vector<std::size_t> shape;
    std::size_t count = 0;
    const unsigned char *data = nullptr; // into the caller's bytes
};
// Validates the header and that the data is all there; sizes against `maxBytes` first.
NpyArray parseNpy(
    const unsigned char *data, std::size_t size, const std::string &name, std::uint64_t maxBytes);
double npyValue(const NpyArray &a, std::size_t i);
Table tableFromNpy(const NpyArray &X, const NpyArray &Y, const std::string &name);

// The random_state of a sampler: the given seed, or a fresh one for -1.
std::mt19937_64 samplerRandom(const Params &params);

// Fills counts before/after and sorts `kept`.
void finish(const Table &table, SampleResult &result);

} // namespace dsl::tabular
