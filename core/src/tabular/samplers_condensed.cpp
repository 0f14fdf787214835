// Condensed nearest neighbours (Hart) and one-sided selection (Kubat & Matwin), spec §2.
#include "samplers_common.h"

#include "dsl/error.h"

#include <algorithm>
#include <map>
#include <set>

namespace dsl::tabular {

namespace {

// A set of rows that grows one row at a time and answers k-NN queries exactly: k-d tree blocks
// of doubling size (rebuilt by merging, as a binary counter) plus a short brute-force tail, so
// n additions cost O(n log² n) and a query O(log n) blocks.
class GrowingSet
{
public:
    GrowingSet(const Table &t, std::vector<std::size_t> initial)
        : m_table(t)
    {
        if (!initial.empty())
            m_blocks.push_back(std::make_unique<Block>(t, std::move(initial)));
    }
    void add(std::size_t row)
    {
        m_tail.push_back(row);
        if (m_tail.size() < kTail)
            return;
        std::vector<std::size_t> rows;
        rows.swap(m_tail);
        // Merge with the blocks no larger than the new one (the first block, the initial set,
        // stays as it is).
        while (m_blocks.size() > 1 && m_blocks.back()->rows.size() <= rows.size()) {
            rows.insert(rows.end(), m_blocks.back()->rows.begin(), m_blocks.back()->rows.end());
            m_blocks.pop_back();
        }
        m_blocks.push_back(std::make_unique<Block>(m_table, std::move(rows)));
    }
    // N_k(row | set) with row excluded once by identity if it is a member.
    void query(std::size_t row, std::size_t k, std::vector<Neighbour> &out) const
    {
        out.clear();
        std::vector<Neighbour> part;
        for (const auto &b : m_blocks) {
            b->index.query(row, k, part);
            out.insert(out.end(), part.begin(), part.end());
        }
        const double *p = m_table.row(row);
        bool excluded = false;
        for (std::size_t r : m_tail) {
            if (r == row && !excluded) {
                excluded = true;
                continue;
            }
            out.push_back({ squaredDistance(p, m_table.row(r), m_table.cols), r });
        }
        std::sort(out.begin(), out.end());
        if (out.size() > k)
            out.resize(k);
    }

private:
    static constexpr std::size_t kTail = 64;
    struct Block
    {
        std::vector<std::size_t> rows;
        NeighbourIndex index;
        Block(const Table &t, std::vector<std::size_t> r)
            : rows(std::move(r))
            , index(t, rows)
        {
        }
    };
    const Table &m_table;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<std::size_t> m_tail;
};

ParamSpec seedsParam()
{
    return ParamSpec::text("seeds", "", DSL_TR_NOOP("dsl", "Seed rows"),
        DSL_TR_NOOP("dsl",
            "Replays given seeds instead of drawing them: class:row,row;class:row (0-based "
            "rows)."));
}

// The seeds of every targeted class: given (class:row,…;…) or drawn with replacement.
std::map<int, std::vector<std::size_t>> drawSeeds(const Table &t, const Params &p,
    const std::vector<long> &targets, bool distinct, const std::string &method)
{
    std::map<int, std::vector<std::size_t>> seeds;
    const std::string given = p.text("seeds");
    if (!given.empty()) {
        std::size_t b = 0;
        while (b <= given.size()) {
            const std::size_t e = std::min(given.find(';', b), given.size());
            const std::string item = given.substr(b, e - b);
            b = e + 1;
            if (item.empty())
                continue;
            const auto colon = item.rfind(':');
            const int c = colon == std::string::npos ? -1 : t.classOf(item.substr(0, colon));
            if (c < 0)
                throw Error(ErrorCode::InvalidArgument,
                    method + ": seeds \"" + item
                        + "\" must be class:row,row with a class of the table.");
            std::size_t s = colon + 1;
            while (s <= item.size()) {
                const std::size_t f = std::min(item.find(',', s), item.size());
                const std::string num = item.substr(s, f - s);
                s = f + 1;
                if (num.empty())
                    continue;
                std::size_t row = 0;
                try {
                    row = std::stoull(num);
                } catch (const std::exception &) {
                    row = SIZE_MAX;
                }
                if (row >= t.rows || t.y[row] != c)
                    throw Error(ErrorCode::InvalidArgument,
                        method + ": seed row " + num + " is not a row of class "
                            + t.classes[std::size_t(c)] + ".");
                seeds[c].push_back(row);
            }
        }
        for (std::size_t c = 0; c < t.classCount(); ++c)
            if (targets[c] >= 0 && seeds[int(c)].empty())
                throw Error(ErrorCode::InvalidArgument,
                    method + ": seeds name no row of targeted class " + t.classes[c] + ".");
    } else {
        std::mt19937_64 random = samplerRandom(p);
        const std::size_t n = std::size_t(p.integer("n_seeds_S"));
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            if (targets[c] < 0)
                continue;
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (distinct && n > rows.size())
                throw Error(ErrorCode::InvalidArgument,
                    method + ": n_seeds_S=" + std::to_string(n) + " is more than class "
                        + t.classes[c] + "'s " + std::to_string(rows.size()) + " rows.");
            std::vector<std::size_t> drawn;
            if (distinct) {
                std::vector<std::size_t> pool = rows;
                for (std::size_t s = 0; s < n; ++s) {
                    std::uniform_int_distribution<std::size_t> pick(s, pool.size() - 1);
                    std::swap(pool[s], pool[pick(random)]);
                    drawn.push_back(pool[s]);
                }
            } else {
                std::uniform_int_distribution<std::size_t> pick(0, rows.size() - 1);
                for (std::size_t s = 0; s < n; ++s)
                    drawn.push_back(rows[pick(random)]);
            }
            seeds[int(c)] = drawn;
        }
    }
    if (distinct)
        for (auto &[c, rows] : seeds) {
            std::sort(rows.begin(), rows.end());
            rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        }
    return seeds;
}

std::vector<ParamSpec> condensedParams(bool withMode)
{
    std::vector<ParamSpec> p { strategyParam(),
        neighboursParam(
            1, DSL_TR_NOOP("dsl", "Neighbours of the classifier that judges each row.")),
        ParamSpec::integer("n_seeds_S", 1, 1, 100000, DSL_TR_NOOP("dsl", "Seeds per class"),
            DSL_TR_NOOP("dsl", "Rows of each targeted class the kept set starts from.")),
        randomStateParam(), seedsParam() };
    if (withMode)
        p.push_back(ParamSpec::choice("mode", { "corrected", "faithful" }, "corrected",
            DSL_TR_NOOP("dsl", "Mode"),
            DSL_TR_NOOP("dsl",
                "corrected: every misclassified row joins; faithful: imbalanced-learn 0.10's "
                "skip test, which mixes row numbers and class positions.")));
    return p;
}

class Cnn : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.cnn",
            DSL_TR_NOOP("dsl", "Condensed nearest neighbours"),
            DSL_TR_NOOP("dsl",
                "Keeps the minority, seeds, and every row the kept set misclassifies, in one pass "
                "(imblearn CondensedNearestNeighbour)."),
            false, true, condensedParams(true) };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.cnn");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        r.seeds = drawSeeds(t, p, r.targets, false, "under.cnn");
        const int mf = methodMinority(t.y, t.classCount());
        const std::vector<std::size_t> minority = t.rowsOf(mf);
        const std::size_t k = std::size_t(p.integer("n_neighbors"));
        const bool faithful = p.text("mode") == "faithful";
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                r.kept.insert(r.kept.end(), rows.begin(), rows.end());
                continue;
            }
            const std::vector<std::size_t> &seeds = r.seeds[int(c)];
            std::vector<std::size_t> initial = minority;
            initial.insert(initial.end(), seeds.begin(), seeds.end());
            if (initial.size() < k)
                throw Error(ErrorCode::InvalidArgument,
                    "under.cnn: n_neighbors=" + std::to_string(k)
                        + " needs at least as many rows "
                          "in the starting set (minority and seeds).");
            std::vector<std::size_t> kept = seeds;
            if (faithful)
                keepFaithful(t, rows, initial, int(c), k, kept, ctx);
            else
                keepCorrected(t, rows, initial, int(c), k, kept, ctx);
            std::sort(kept.begin(), kept.end());
            kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
            r.kept.insert(r.kept.end(), kept.begin(), kept.end());
        }
        finish(t, r);
        return r;
    }

private:
    static void keepCorrected(const Table &t, const std::vector<std::size_t> &rows,
        const std::vector<std::size_t> &initial, int c, std::size_t k,
        std::vector<std::size_t> &kept, RunContext &ctx)
    {
        GrowingSet set(t, initial);
        std::set<std::size_t> inSet(initial.begin(), initial.end());
        std::vector<Neighbour> nn;
        for (std::size_t n = 0; n < rows.size(); ++n) {
            if (n % 256 == 0)
                ctx.checkpoint();
            const std::size_t row = rows[n];
            if (inSet.count(row))
                continue;
            set.query(row, k, nn);
            if (vote(t, row, false, nn, k) != c) {
                set.add(row);
                kept.push_back(row);
                inSet.insert(row);
            }
        }
    }

    // imbalanced-learn 0.10, as the spec describes it: the skip set mixes row numbers (of kept
    // rows) and class positions (of rows the updated set classifies as c).
    static void keepFaithful(const Table &t, const std::vector<std::size_t> &rows,
        const std::vector<std::size_t> &initial, int c, std::size_t k,
        std::vector<std::size_t> &kept, RunContext &ctx)
    {
        // Every row of the class keeps its k nearest in the (multi)set C, updated per addition.
        const NeighbourIndex start(t, initial);
        std::vector<std::vector<Neighbour>> near(rows.size());
        for (std::size_t n = 0; n < rows.size(); ++n)
            start.queryPoint(t.row(rows[n]), k, near[n]);
        auto predicted = [&](std::size_t n) {
            // predict() of a point of C: its k nearest including itself at distance 0.
            std::vector<Neighbour> &l = near[n];
            std::vector<int> count(t.classCount(), 0);
            for (std::size_t j = 0; j < std::min(k, l.size()); ++j)
                ++count[std::size_t(t.y[l[j].row])];
            return int(std::max_element(count.begin(), count.end()) - count.begin());
        };
        // G before the first addition: the seeds' row numbers; after each: the kept rows'
        // numbers and the positions the updated set classifies as c (kept current in `pred`).
        std::set<std::size_t> keptRows(kept.begin(), kept.end());
        std::vector<int> pred(rows.size());
        for (std::size_t n = 0; n < rows.size(); ++n)
            pred[n] = predicted(n);
        bool added = false;
        for (std::size_t n = 0; n < rows.size(); ++n) {
            if (n % 256 == 0)
                ctx.checkpoint();
            if (keptRows.count(n) || (added && pred[n] == c))
                continue;
            if (pred[n] == c)
                continue;
            const std::size_t row = rows[n];
            kept.push_back(row);
            keptRows.insert(row);
            added = true;
            const double *a = t.row(row);
            for (std::size_t m = 0; m < rows.size(); ++m) {
                std::vector<Neighbour> &l = near[m];
                const Neighbour add { squaredDistance(t.row(rows[m]), a, t.cols), row };
                if (l.size() < k || add < l.back()) {
                    l.insert(std::upper_bound(l.begin(), l.end(), add), add);
                    if (l.size() > k)
                        l.pop_back();
                    pred[m] = predicted(m);
                }
            }
        }
    }
};

class Oss : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.oss", DSL_TR_NOOP("dsl", "One-sided selection"),
            DSL_TR_NOOP("dsl",
                "Keeps the minority, seeds and the rows they misclassify, then removes Tomek "
                "links among what is kept (imblearn OneSidedSelection)."),
            false, true, condensedParams(false) };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.oss");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), false);
        r.seeds = drawSeeds(t, p, r.targets, true, "under.oss");
        const int mf = methodMinority(t.y, t.classCount());
        const std::vector<std::size_t> minority = t.rowsOf(mf);
        const std::size_t k = std::size_t(p.integer("n_neighbors"));
        std::vector<std::size_t> kept;
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                kept.insert(kept.end(), rows.begin(), rows.end());
                continue;
            }
            const std::vector<std::size_t> &seeds = r.seeds[int(c)];
            std::vector<std::size_t> initial = minority;
            initial.insert(initial.end(), seeds.begin(), seeds.end());
            if (initial.size() < k)
                throw Error(ErrorCode::InvalidArgument,
                    "under.oss: n_neighbors=" + std::to_string(k)
                        + " needs at least as many rows "
                          "in the starting set (minority and seeds).");
            const NeighbourIndex set(t, initial);
            std::vector<std::size_t> others;
            for (std::size_t row : rows)
                if (!std::binary_search(seeds.begin(), seeds.end(), row))
                    others.push_back(row);
            const std::vector<Neighbour> nn = set.queryAll(others, k, ctx);
            kept.insert(kept.end(), seeds.begin(), seeds.end());
            std::vector<Neighbour> one;
            for (std::size_t q = 0; q < others.size(); ++q) {
                one.assign(nn.begin() + long(q * k), nn.begin() + long((q + 1) * k));
                if (vote(t, others[q], false, one, k) != int(c))
                    kept.push_back(others[q]);
            }
        }
        std::sort(kept.begin(), kept.end());
        r.links = tomekLinks(t, kept, ctx);
        std::set<std::size_t> removed;
        for (const auto &[a, b] : r.links) {
            if (r.targets[std::size_t(t.y[a])] >= 0)
                removed.insert(a);
            if (r.targets[std::size_t(t.y[b])] >= 0)
                removed.insert(b);
        }
        for (std::size_t row : kept)
            if (!removed.count(row))
                r.kept.push_back(row);
        finish(t, r);
        return r;
    }
};

} // namespace
} // namespace dsl::tabular

using dsl::tabular::Cnn;
using dsl::tabular::Oss;
DSL_REGISTER_SAMPLER(Cnn)
DSL_REGISTER_SAMPLER(Oss)
