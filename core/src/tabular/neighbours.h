// Nearest neighbours for the undersamplers (spec §0): N_k(i | S), the k members of S nearest to
// row i ranked by (squared distance, row index), i itself excluded by identity. Squared
// distances are accumulated feature by feature in double, so ties are exact comparisons.
// A k-d tree built by nanoflann and searched by our own vectorised leaf scans answers the
// queries for up to 32 dimensions, a brute-force pass otherwise; both give the same answer
// (tst_undersampling checks it on the tie datasets).
#pragma once

#include "dsl/run_context.h"
#include "dsl/table.h"

#include <memory>
#include <vector>

namespace dsl::tabular {

struct Neighbour
{
    double d2; // squared distance
    std::size_t row;
    bool operator<(const Neighbour &o) const { return d2 < o.d2 || (d2 == o.d2 && row < o.row); }
};

double squaredDistance(const double *a, const double *b, std::size_t d);

class NeighbourIndex
{
public:
    enum class Engine { Auto, Tree, Brute };
    // The set S: `members` (row indices of `table`, any order). The table must outlive the index.
    NeighbourIndex(
        const Table &table, std::vector<std::size_t> members, Engine engine = Engine::Auto);
    ~NeighbourIndex();
    NeighbourIndex(const NeighbourIndex &) = delete;
    NeighbourIndex &operator=(const NeighbourIndex &) = delete;

    std::size_t size() const { return m_members.size(); }
    // The k nearest members to row `row` (itself excluded when it is a member), ascending by
    // (distance, row). Fewer when S has fewer. Thread-safe.
    void query(std::size_t row, std::size_t k, std::vector<Neighbour> &out) const;
    // The same for a point that is not a row (nothing excluded).
    void queryPoint(const double *point, std::size_t k, std::vector<Neighbour> &out) const;
    // query() for every row of `rows` on ctx's threads: k neighbours each, row-major (rows × k;
    // missing neighbours have row = SIZE_MAX).
    std::vector<Neighbour> queryAll(
        const std::vector<std::size_t> &rows, std::size_t k, RunContext &ctx) const;

    const Table &table() const { return m_table; }

private:
    void search(
        const double *point, std::size_t exclude, std::size_t k, std::vector<Neighbour> &out) const;
    struct Tree;
    const Table &m_table;
    std::vector<std::size_t> m_members; // ascending
    std::unique_ptr<Tree> m_tree;
};

// V_k(i | S) (spec §0): the labels of N_k(i | S), or, when i ∈ S, i's own label plus those of
// N_{k-1}(i | S); the most frequent wins, ties to the smallest class index.
int vote(const Table &table, std::size_t row, bool rowInSet, const std::vector<Neighbour> &nearest,
    std::size_t k);

} // namespace dsl::tabular
