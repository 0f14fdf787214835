// Cleaning undersamplers (spec §1): Tomek links, ENN, repeated ENN, AllKNN and the
// neighbourhood cleaning rule.
#include "samplers_common.h"

#include "dsl/error.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace dsl::tabular {

ParamSpec strategyParam()
{
    return ParamSpec::text("sampling_strategy", "auto", DSL_TR_NOOP("dsl", "Sampling strategy"),
        DSL_TR_NOOP("dsl",
            "Which classes are undersampled: auto (all but the minority), majority, not "
            "minority, not majority, all; a ratio such as 0.5 or label:count;label:count for "
            "controlled methods; label;label for cleaning methods."));
}

ParamSpec neighboursParam(int def, const char *help)
{
    return ParamSpec::integer("n_neighbors", def, 1, 1000, DSL_TR_NOOP("dsl", "Neighbours"), help);
}

ParamSpec kindSelParam()
{
    return ParamSpec::choice("kind_sel", { "all", "mode" }, "all", DSL_TR_NOOP("dsl", "Selection"),
        DSL_TR_NOOP("dsl",
            "all: remove a row unless every neighbour shares its class; mode: unless most do."));
}

ParamSpec randomStateParam()
{
    return ParamSpec::integer("random_state", -1, -1, 2147483647, DSL_TR_NOOP("dsl", "Seed"),
        DSL_TR_NOOP("dsl", "Seed of the random draws; -1 draws a fresh one each run."));
}

void requireFinite(const Table &t, const std::string &method)
{
    for (std::size_t i = 0; i < t.x.size(); ++i)
        if (!std::isfinite(t.x[i]))
            throw Error(ErrorCode::InvalidArgument,
                method + " needs finite feature values; row " + std::to_string(i / t.cols + 1)
                    + ", column \"" + t.featureNames[i % t.cols] + "\" is "
                    + (std::isnan(t.x[i]) ? "NaN" : "infinite") + ".");
}

std::vector<int> labelsOf(const Table &t, const std::vector<std::size_t> &rows)
{
    std::vector<int> y(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        y[i] = t.y[rows[i]];
    return y;
}

std::vector<bool> ennRemoves(const Table &t, const std::vector<std::size_t> &rows, std::size_t k,
    bool modeVote, const std::vector<long> &targets, RunContext &ctx)
{
    std::vector<bool> remove(rows.size(), false);
    std::vector<std::size_t> queried, at;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (targets[std::size_t(t.y[rows[i]])] >= 0) {
            queried.push_back(rows[i]);
            at.push_back(i);
        }
    if (queried.empty())
        return remove;
    if (rows.size() <= k)
        throw Error(ErrorCode::InvalidArgument,
            "n_neighbors=" + std::to_string(k) + " needs more than " + std::to_string(k) + " rows; "
                + std::to_string(rows.size()) + " are left.");
    const NeighbourIndex index(t, rows);
    const std::vector<Neighbour> nn = index.queryAll(queried, k, ctx);
    std::vector<Neighbour> one(k);
    for (std::size_t q = 0; q < queried.size(); ++q) {
        const int own = t.y[queried[q]];
        const Neighbour *n = nn.data() + q * k;
        bool keep;
        if (modeVote) {
            one.assign(n, n + k);
            keep = vote(t, queried[q], false, one, k) == own;
        } else {
            keep = std::all_of(n, n + k, [&](const Neighbour &m) { return t.y[m.row] == own; });
        }
        remove[at[q]] = !keep;
    }
    return remove;
}

std::vector<std::pair<std::size_t, std::size_t>> tomekLinks(
    const Table &t, const std::vector<std::size_t> &rows, RunContext &ctx)
{
    std::vector<std::pair<std::size_t, std::size_t>> links;
    if (rows.size() < 2)
        return links;
    const NeighbourIndex index(t, rows);
    const std::vector<Neighbour> nn = index.queryAll(rows, 1, ctx);
    // rows is ascending: the position of a row by binary search.
    auto nearest = [&](std::size_t row) {
        const auto it = std::lower_bound(rows.begin(), rows.end(), row);
        return nn[std::size_t(it - rows.begin())].row;
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t a = rows[i], b = nn[i].row;
        if (a < b && t.y[a] != t.y[b] && nearest(b) == a)
            links.emplace_back(a, b);
    }
    return links;
}

namespace {

std::vector<std::size_t> allRows(const Table &t)
{
    std::vector<std::size_t> r(t.rows);
    for (std::size_t i = 0; i < t.rows; ++i)
        r[i] = i;
    return r;
}

// Rows of `rows` that `remove` does not mark.
std::vector<std::size_t> survivors(
    const std::vector<std::size_t> &rows, const std::vector<bool> &remove)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!remove[i])
            out.push_back(rows[i]);
    return out;
}

// RENN/AllKNN's stops (b) and (c) after a round: a class other than m_f below m_f's original
// count, or a class gone.
void roundStops(const Table &t, const std::vector<std::size_t> &rows, int mf, std::size_t mfCount,
    bool &belowMinority, bool &vanished)
{
    std::vector<std::size_t> count(t.classCount(), 0);
    for (std::size_t r : rows)
        ++count[std::size_t(t.y[r])];
    belowMinority = vanished = false;
    for (std::size_t c = 0; c < count.size(); ++c) {
        vanished = vanished || count[c] == 0;
        if (int(c) != mf && count[c] < mfCount)
            belowMinority = true;
    }
}

class Tomek : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.tomek", DSL_TR_NOOP("dsl", "Tomek links"),
            DSL_TR_NOOP("dsl",
                "Removes the targeted end of every pair of mutual nearest neighbours of "
                "different classes (imblearn TomekLinks)."),
            false, false, { strategyParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.tomek");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        const std::vector<std::size_t> rows = allRows(t);
        r.links = tomekLinks(t, rows, ctx);
        std::vector<bool> remove(t.rows, false);
        for (const auto &[a, b] : r.links) {
            remove[a] = remove[a] || r.targets[std::size_t(t.y[a])] >= 0;
            remove[b] = remove[b] || r.targets[std::size_t(t.y[b])] >= 0;
        }
        r.kept = survivors(rows, remove);
        r.figures.push_back({ "links", double(r.links.size()) });
        finish(t, r);
        return r;
    }
};

class Enn : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.enn", DSL_TR_NOOP("dsl", "Edited nearest neighbours"),
            DSL_TR_NOOP("dsl",
                "Removes targeted rows whose nearest neighbours disagree with their class "
                "(imblearn EditedNearestNeighbours)."),
            false, false,
            { strategyParam(),
                neighboursParam(3, DSL_TR_NOOP("dsl", "Neighbours that judge each row.")),
                kindSelParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.enn");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        const std::vector<std::size_t> rows = allRows(t);
        r.kept = survivors(rows,
            ennRemoves(t, rows, std::size_t(p.integer("n_neighbors")), p.text("kind_sel") == "mode",
                r.targets, ctx));
        finish(t, r);
        return r;
    }
};

class Renn : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.renn",
            DSL_TR_NOOP("dsl", "Repeated edited nearest neighbours"),
            DSL_TR_NOOP("dsl",
                "Edited nearest neighbours again on what is left until nothing changes, a class "
                "falls below the minority or max_iter rounds ran (imblearn "
                "RepeatedEditedNearestNeighbours)."),
            false, false,
            { strategyParam(),
                neighboursParam(3, DSL_TR_NOOP("dsl", "Neighbours that judge each row.")),
                ParamSpec::integer(
                    "max_iter", 100, 1, 100000, DSL_TR_NOOP("dsl", "Rounds at most")),
                kindSelParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.renn");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        const int mf = methodMinority(t.y, t.classCount());
        const std::size_t mfCount = t.counts()[std::size_t(mf)];
        std::vector<std::size_t> rows = allRows(t);
        const int maxIter = p.integer("max_iter");
        int rounds = 0;
        for (; rounds < maxIter;) {
            ctx.checkpoint();
            const std::vector<long> targets
                = resolveStrategy(t, labelsOf(t, rows), p.text("sampling_strategy"), false);
            const std::vector<bool> remove = ennRemoves(t, rows,
                std::size_t(p.integer("n_neighbors")), p.text("kind_sel") == "mode", targets, ctx);
            std::vector<std::size_t> next = survivors(rows, remove);
            ++rounds;
            const bool unchanged = next.size() == rows.size();
            rows = std::move(next);
            bool below, vanished;
            roundStops(t, rows, mf, mfCount, below, vanished);
            if (unchanged || below || vanished)
                break;
        }
        r.kept = rows;
        r.figures.push_back({ "n_iter", double(rounds) });
        finish(t, r);
        return r;
    }
};

class AllKnn : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.allknn", DSL_TR_NOOP("dsl", "All k-NN"),
            DSL_TR_NOOP("dsl",
                "Edited nearest neighbours with 1, 2, … n_neighbors neighbours in turn, each on "
                "what the last left (imblearn AllKNN)."),
            false, false,
            { strategyParam(),
                neighboursParam(3, DSL_TR_NOOP("dsl", "The last round's neighbours.")),
                kindSelParam(),
                ParamSpec::boolean("allow_minority", false,
                    DSL_TR_NOOP("dsl", "Allow below minority"),
                    DSL_TR_NOOP("dsl", "Go on when a class falls below the minority's count.")) } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.allknn");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        const int mf = methodMinority(t.y, t.classCount());
        const std::size_t mfCount = t.counts()[std::size_t(mf)];
        std::vector<std::size_t> rows = allRows(t);
        int rounds = 0;
        for (int k = 1; k <= p.integer("n_neighbors"); ++k) {
            ctx.checkpoint();
            const std::vector<long> targets
                = resolveStrategy(t, labelsOf(t, rows), p.text("sampling_strategy"), false);
            rows = survivors(rows,
                ennRemoves(t, rows, std::size_t(k), p.text("kind_sel") == "mode", targets, ctx));
            ++rounds;
            bool below, vanished;
            roundStops(t, rows, mf, mfCount, below, vanished);
            if ((below && !p.boolean("allow_minority")) || vanished)
                break;
        }
        r.kept = rows;
        r.figures.push_back({ "rounds", double(rounds) });
        finish(t, r);
        return r;
    }
};

class Ncr : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.ncr", DSL_TR_NOOP("dsl", "Neighbourhood cleaning rule"),
            DSL_TR_NOOP("dsl",
                "Edited nearest neighbours (mode), then the targeted neighbours of every "
                "misclassified minority row (imblearn NeighbourhoodCleaningRule)."),
            false, false,
            { strategyParam(),
                neighboursParam(3, DSL_TR_NOOP("dsl", "Neighbours that judge each row.")),
                ParamSpec::real("threshold_cleaning", 0.5, 0.0, 1e6,
                    DSL_TR_NOOP("dsl", "Cleaning threshold"),
                    DSL_TR_NOOP("dsl",
                        "A class is cleaned around the minority only if it has more than this "
                        "times the minority's rows.")),
                ParamSpec::choice("variant", { "current", "legacy010" }, "current",
                    DSL_TR_NOOP("dsl", "Variant"),
                    DSL_TR_NOOP("dsl",
                        "current: imbalanced-learn ≥ 0.12; legacy010: 0.10/0.11 (threshold over "
                        "the whole table, kind_sel in the second step).")),
                kindSelParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.ncr");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        const std::size_t k = std::size_t(p.integer("n_neighbors"));
        const bool legacy = p.text("variant") == "legacy010";
        const std::vector<std::size_t> rows = allRows(t);
        std::vector<bool> remove = ennRemoves(t, rows, k, true, r.targets, ctx);
        const int mf = methodMinority(t.y, t.classCount());
        const std::vector<std::size_t> counts = t.counts();
        const double threshold = p.real("threshold_cleaning");
        std::vector<bool> eligible(t.classCount(), false);
        for (std::size_t c = 0; c < t.classCount(); ++c)
            eligible[c] = r.targets[c] >= 0
                && double(counts[c])
                    > threshold * double(legacy ? t.rows : counts[std::size_t(mf)]);
        const std::vector<std::size_t> minority = t.rowsOf(mf);
        const NeighbourIndex index(t, rows);
        const std::vector<Neighbour> nn = index.queryAll(minority, k, ctx);
        std::vector<Neighbour> one;
        for (std::size_t q = 0; q < minority.size(); ++q) {
            const std::size_t i = minority[q];
            one.assign(nn.begin() + long(q * k), nn.begin() + long((q + 1) * k));
            bool misfit;
            if (!legacy) {
                misfit = vote(t, i, true, one, k) != t.y[i];
            } else if (p.text("kind_sel") == "mode") {
                misfit = vote(t, i, false, one, k) != t.y[i];
            } else {
                // 0.10 tests the labels' truthiness: some neighbour's label is 0 (integers only).
                misfit = t.integerLabels
                    && std::any_of(one.begin(), one.end(), [&](const Neighbour &n) {
                           return t.classes[std::size_t(t.y[n.row])] == "0";
                       });
            }
            if (misfit)
                for (const Neighbour &n : one)
                    if (eligible[std::size_t(t.y[n.row])])
                        remove[n.row] = true;
        }
        r.kept = survivors(rows, remove);
        finish(t, r);
        return r;
    }
};

} // namespace

} // namespace dsl::tabular

using dsl::tabular::AllKnn;
using dsl::tabular::Enn;
using dsl::tabular::Ncr;
using dsl::tabular::Renn;
using dsl::tabular::Tomek;
DSL_REGISTER_SAMPLER(Tomek)
DSL_REGISTER_SAMPLER(Enn)
DSL_REGISTER_SAMPLER(Renn)
DSL_REGISTER_SAMPLER(AllKnn)
DSL_REGISTER_SAMPLER(Ncr)
