// Class-imbalance undersamplers (../shared/operators/undersampling.md) and their registry.
// A sampler is one class deriving from Sampler plus DSL_REGISTER_SAMPLER(Class); ids are
// "under.*", parameters and defaults imbalanced-learn 0.10's. apply() is a pure function of
// (table, parameters): thread-safe, honours ctx.checkpoint().
#pragma once

#include "dsl/params.h"
#include "dsl/run_context.h"
#include "dsl/table.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dsl {

struct SamplerInfo
{
    std::string id; // "under.enn"
    std::string name; // translatable
    std::string description; // one translatable sentence
    bool controlled = false; // a target count per class (random, nearmiss, centroids, iht)
    bool random = false; // uses random numbers (random_state)
    std::vector<ParamSpec> params;
};

struct SampleResult
{
    std::vector<std::size_t> kept; // ascending (repeats only for random with replacement and
                                   // centroids with hard voting)
    // under.centroids, soft voting: the generated rows (targeted classes in class order).
    std::vector<double> generated; // generatedLabels.size() × cols
    std::vector<int> generatedLabels;
    std::vector<std::size_t> countsBefore, countsAfter; // per class
    std::vector<long> targets; // per class: the target count, -1 if not targeted
    // Method figures: "n_iter" (RENN), "rounds" (AllKNN), "inertia_<class>", "shortfall_<class>",
    // "threshold_<class>" (IHT), …
    std::vector<std::pair<std::string, double>> figures;
    std::map<int, std::vector<std::size_t>> seeds; // CNN/OSS: seed rows per targeted class
    std::vector<std::pair<std::size_t, std::size_t>> links; // Tomek links (row pairs)
    std::vector<std::string> warnings; // what the user should know (NearMiss-3 shortfall, …)
};

class Sampler
{
public:
    virtual ~Sampler() = default;
    virtual const SamplerInfo &info() const = 0;
    virtual SampleResult apply(const Table &table, const Params &params, RunContext &ctx) const = 0;
    // Defaults filled in; `seed` is accepted as an alias of `random_state`.
    Params resolve(std::map<std::string, std::string> given) const;
};

class SamplerRegistry
{
public:
    static SamplerRegistry &instance();
    void add(std::unique_ptr<Sampler> sampler);
    const Sampler *find(std::string_view id) const;
    const Sampler &get(std::string_view id) const; // throws, listing the known ids
    std::vector<const Sampler *> all() const; // sorted by id

private:
    std::vector<std::unique_ptr<Sampler>> m_samplers;
};

struct SamplerCall
{
    const Sampler *sampler = nullptr;
    Params params;
    std::string spec() const; // "id:canonical params"
};
// "under.enn:n_neighbors=5,kind_sel=mode". Values may hold ';' and ':' (sampling_strategy,
// seeds) but not ','.
SamplerCall parseSamplerCall(std::string_view text);

// sampling_strategy resolved on a table's labels (§0): the target count per class, -1 for
// classes not targeted. Throws dsl::Error (InvalidArgument) naming what is wrong.
// `y`: the class indices (of `table`'s classes) of the rows considered — the table's own, or
// the survivors' in repeated methods. Keywords, a ratio "0.5" and "label:count;…" (controlled
// methods), a list "label;label" (cleaning methods).
std::vector<long> resolveStrategy(
    const Table &table, const std::vector<int> &y, const std::string &strategy, bool controlled);
// The method minority m_f: smallest count, ties to the label met first in y (-1 if y is empty).
int methodMinority(const std::vector<int> &y, std::size_t classCount);

} // namespace dsl

#define DSL_REGISTER_SAMPLER(Class)                                                                \
    namespace {                                                                                    \
    [[maybe_unused]] const bool kRegistered##Class                                                 \
        = (::dsl::SamplerRegistry::instance().add(std::make_unique<Class>()), true);               \
    }
