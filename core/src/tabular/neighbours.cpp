#include "neighbours.h"

#include "../simd.h"
#include "dsl/axes.h"
#include "dsl/error.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <cstring>
#include <limits>

namespace dsl::tabular {

double squaredDistance(const double *a, const double *b, std::size_t d)
{
    double s = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        const double t = a[j] - b[j];
        s += t * t;
    }
    return s;
}

namespace {

// nanoflann's view of the member rows (local index = position in the ascending member list),
// copied into one contiguous block: the tree reads coordinates without an indirection.
struct MemberRows
{
    std::vector<double> x; // members × cols
    std::size_t cols = 0;
    MemberRows(const Table &t, const std::vector<std::size_t> &m)
        : x(m.size() * t.cols)
        , cols(t.cols)
    {
        for (std::size_t i = 0; i < m.size(); ++i)
            std::copy_n(t.row(m[i]), cols, x.data() + i * cols);
    }
    std::size_t kdtree_get_point_count() const { return x.size() / cols; }
    double kdtree_get_pt(std::size_t i, std::size_t dim) const { return x[i * cols + dim]; }
    template <class Box> bool kdtree_get_bbox(Box &) const { return false; }
};

// Keeps the k best by (distance, row) exactly. The search only offers a point whose distance is
// below worstDist() and prunes branches farther than it; worstDist() is the k-th distance
// widened by a relative margin, so tied points (and branches whose incremental lower bound
// rounds up by an ulp) still reach addPoint, which decides exactly.
class ExactKnn
{
public:
    ExactKnn(std::size_t k, std::size_t excludeLocal, const std::size_t *members,
        std::vector<Neighbour> &out)
        : m_k(k)
        , m_exclude(excludeLocal)
        , m_members(members)
        , m_out(out)
    {
        m_out.clear();
    }
    std::size_t size() const { return m_out.size(); }
    bool full() const { return m_out.size() == m_k; }
    bool addPoint(double d2, std::size_t local)
    {
        if (local == m_exclude)
            return true;
        const Neighbour n { d2, m_members[local] };
        if (full() && !(n < m_out.back()))
            return true;
        auto at = std::upper_bound(m_out.begin(), m_out.end(), n);
        m_out.insert(at, n);
        if (m_out.size() > m_k)
            m_out.pop_back();
        return true;
    }
    double worstDist() const
    {
        if (!full())
            return std::numeric_limits<double>::max();
        const double w = m_out.back().d2;
        return w + w * 1e-9 + std::numeric_limits<double>::min();
    }

private:
    std::size_t m_k, m_exclude;
    const std::size_t *m_members; // local index -> table row
    std::vector<Neighbour> &m_out;
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<
    nanoflann::L2_Simple_Adaptor<double, MemberRows, double, std::size_t>, MemberRows, -1,
    std::size_t>;

// Leaf size measured on the 20 000 × 10 speed set (Tomek links, one thread, vectorised leaf
// scans; single runs on a noisy machine): 16: 391 ms, 32: 301 ms, 64: 267 ms, 128: 371 ms.
constexpr std::size_t kLeafSize = 64;
constexpr std::size_t kLanes = 4, kTile = 2 * kLanes;

typedef double v4d __attribute__((vector_size(32)));

[[gnu::always_inline]] inline v4d load4(const double *p)
{
    v4d v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Squared distances from q to the `count` rows of a leaf stored as tiles of kTile rows, each
// tile feature-major (feature j of the tile's row r at tile[j * kTile + r]), four rows per
// vector. Each lane sums (q_j − x_j)² over j in order with a separate multiply and add, exactly
// as squaredDistance() does, so every engine gives bit-identical distances (the AVX2 clone is
// built without FMA for that reason).
[[gnu::always_inline]] inline void leafDistancesBody(
    const double *tiles, std::size_t count, const double *q, std::size_t d, double *out)
{
    for (std::size_t p = 0; p < count; p += kTile, tiles += kTile * d) {
        v4d a = {}, b = {};
        for (std::size_t j = 0; j < d; ++j) {
            const v4d t = q[j] - load4(tiles + j * kTile),
                      u = q[j] - load4(tiles + j * kTile + kLanes);
            a = a + t * t;
            b = b + u * u;
        }
        std::memcpy(out + p, &a, sizeof a);
        std::memcpy(out + p + kLanes, &b, sizeof b);
    }
}

void leafDistancesPlain(
    const double *tiles, std::size_t count, const double *q, std::size_t d, double *out)
{
    leafDistancesBody(tiles, count, q, d, out);
}

#ifdef DSL_SIMD_DISPATCH
[[gnu::target("avx2")]] void leafDistancesAvx2(
    const double *tiles, std::size_t count, const double *q, std::size_t d, double *out)
{
    leafDistancesBody(tiles, count, q, d, out);
}
#endif

} // namespace

// nanoflann builds the tree; the search is ours. After the build every leaf's rows are copied
// into their own run of tiles (`tiles`, a leaf padded to whole tiles, leaves in tree order) and
// the leaf's range is renumbered to that run's slots, so a leaf scan reads one contiguous block
// as vectors. `rowOf` maps a slot to its table row (SIZE_MAX for padding), `slotOf` a member's
// place in the ascending member list to its slot.
struct NeighbourIndex::Tree
{
    using Node = KdTree::Node;
    MemberRows rows;
    KdTree index;
    std::vector<std::size_t> rowOf, slotOf;
    std::vector<double> tiles;
    std::size_t d = 0, leafMax = 0;
    decltype(&leafDistancesPlain) scan = leafDistancesPlain;

    Tree(const Table &t, const std::vector<std::size_t> &m)
        : rows(t, m)
        , index(t.cols, rows, nanoflann::KDTreeSingleIndexAdaptorParams(kLeafSize))
        , slotOf(m.size())
        , d(t.cols)
    {
        index.buildIndex();
        relayout(index.root_node, m);
        std::vector<double>().swap(rows.x);
#ifdef DSL_SIMD_DISPATCH
        if (simd::hasAvx2())
            scan = leafDistancesAvx2;
#endif
    }

    void relayout(Node *node, const std::vector<std::size_t> &m)
    {
        if (node->child1 != nullptr || node->child2 != nullptr) {
            relayout(node->child1, m);
            relayout(node->child2, m);
            return;
        }
        const std::size_t left = node->node_type.lr.left, right = node->node_type.lr.right;
        const std::size_t count = right - left;
        const std::size_t first = rowOf.size();
        const std::size_t padded = (count + kTile - 1) / kTile * kTile;
        rowOf.resize(first + padded, SIZE_MAX);
        tiles.resize((first + padded) * d, 0.0);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t local = index.vAcc[left + i], slot = first + i;
            double *tile = tiles.data() + (slot / kTile) * kTile * d + slot % kTile;
            for (std::size_t j = 0; j < d; ++j)
                tile[j * kTile] = rows.x[local * d + j];
            rowOf[slot] = m[local];
            slotOf[local] = slot;
        }
        node->node_type.lr.left = first;
        node->node_type.lr.right = first + count;
        leafMax = std::max(leafMax, padded);
    }

    void searchLevel(const Node *node, const double *q, double mindist, double *dists,
        ExactKnn &result, double *buffer) const
    {
        if (node->child1 == nullptr && node->child2 == nullptr) {
            const std::size_t first = node->node_type.lr.left;
            const std::size_t count = node->node_type.lr.right - first;
            scan(tiles.data() + first * d, count, q, d, buffer);
            for (std::size_t i = 0; i < count; ++i)
                if (buffer[i] < result.worstDist())
                    result.addPoint(buffer[i], first + i);
            return;
        }
        const int idx = node->node_type.sub.divfeat;
        const double val = q[idx];
        const double diff1 = val - node->node_type.sub.divlow;
        const double diff2 = val - node->node_type.sub.divhigh;
        const Node *best, *other;
        double cut;
        if (diff1 + diff2 < 0) {
            best = node->child1;
            other = node->child2;
            cut = diff2 * diff2;
        } else {
            best = node->child2;
            other = node->child1;
            cut = diff1 * diff1;
        }
        searchLevel(best, q, mindist, dists, result, buffer);
        const double saved = dists[idx];
        mindist = mindist + cut - saved;
        if (mindist <= result.worstDist()) {
            dists[idx] = cut;
            searchLevel(other, q, mindist, dists, result, buffer);
            dists[idx] = saved;
        }
    }

    void search(const double *q, ExactKnn &result) const
    {
        double stackDists[64], stackBuffer[kLeafSize + 2 * kLanes];
        std::vector<double> heapDists, heapBuffer;
        double *dists = stackDists, *buffer = stackBuffer;
        if (d > 64) {
            heapDists.resize(d);
            dists = heapDists.data();
        }
        // nanoflann keeps leaves at or below the leaf size; guard anyway.
        if (leafMax > kLeafSize + 2 * kLanes) {
            heapBuffer.resize(leafMax);
            buffer = heapBuffer.data();
        }
        // The lower bound starts from the root's bounding box, as nanoflann computed it.
        double mindist = 0.0;
        for (std::size_t j = 0; j < d; ++j) {
            const double lo = index.root_bbox[j].low, hi = index.root_bbox[j].high;
            double e = 0.0;
            if (q[j] < lo)
                e = (lo - q[j]) * (lo - q[j]);
            else if (q[j] > hi)
                e = (q[j] - hi) * (q[j] - hi);
            dists[j] = e;
            mindist += e;
        }
        searchLevel(index.root_node, q, mindist, dists, result, buffer);
    }
};

NeighbourIndex::NeighbourIndex(const Table &table, std::vector<std::size_t> members, Engine engine)
    : m_table(table)
    , m_members(std::move(members))
{
    std::sort(m_members.begin(), m_members.end());
    // k-d trees pay off for sets worth building a tree for; in many dimensions the tree prunes
    // less and its vectorised leaf scans approach a brute-force pass, still ahead of one up to
    // a few dozen dimensions.
    const bool tree = engine == Engine::Tree
        || (engine == Engine::Auto && table.cols <= 32 && m_members.size() > 64);
    if (tree && !m_members.empty() && table.cols > 0)
        m_tree = std::make_unique<Tree>(m_table, m_members);
}

NeighbourIndex::~NeighbourIndex() = default;

void NeighbourIndex::search(
    const double *point, std::size_t exclude, std::size_t k, std::vector<Neighbour> &out) const
{
    std::size_t excludeLocal = std::numeric_limits<std::size_t>::max();
    if (exclude != excludeLocal) {
        const auto it = std::lower_bound(m_members.begin(), m_members.end(), exclude);
        if (it != m_members.end() && *it == exclude)
            excludeLocal = std::size_t(it - m_members.begin());
    }
    if (m_tree) {
        if (excludeLocal != std::numeric_limits<std::size_t>::max())
            excludeLocal = m_tree->slotOf[excludeLocal];
        ExactKnn result(k, excludeLocal, m_tree->rowOf.data(), out);
        if (k == 0)
            return;
        m_tree->search(point, result);
        return;
    }
    ExactKnn result(k, excludeLocal, m_members.data(), out);
    if (k == 0 || m_members.empty())
        return;
    const std::size_t d = m_table.cols;
    for (std::size_t l = 0; l < m_members.size(); ++l) {
        if (l == excludeLocal)
            continue;
        const double d2 = squaredDistance(point, m_table.row(m_members[l]), d);
        if (result.full() && d2 > out.back().d2)
            continue;
        result.addPoint(d2, l);
    }
}

void NeighbourIndex::query(std::size_t row, std::size_t k, std::vector<Neighbour> &out) const
{
    search(m_table.row(row), row, k, out);
}

void NeighbourIndex::queryPoint(
    const double *point, std::size_t k, std::vector<Neighbour> &out) const
{
    search(point, std::numeric_limits<std::size_t>::max(), k, out);
}

std::vector<Neighbour> NeighbourIndex::queryAll(
    const std::vector<std::size_t> &rows, std::size_t k, RunContext &ctx) const
{
    std::vector<Neighbour> all(rows.size() * k, Neighbour { 0.0, SIZE_MAX });
    parallelFor(ctx, rows.size(), 256, [&](std::size_t b, std::size_t e) {
        std::vector<Neighbour> one;
        one.reserve(k + 1);
        for (std::size_t i = b; i < e; ++i) {
            query(rows[i], k, one);
            std::copy(one.begin(), one.end(), all.begin() + long(i * k));
        }
    });
    return all;
}

int vote(const Table &table, std::size_t row, bool rowInSet, const std::vector<Neighbour> &nearest,
    std::size_t k)
{
    std::vector<int> count(table.classCount(), 0);
    std::size_t used = 0;
    if (rowInSet && k > 0) {
        ++count[std::size_t(table.y[row])];
        ++used;
    }
    for (const Neighbour &n : nearest) {
        if (used == k || n.row == SIZE_MAX)
            break;
        ++count[std::size_t(table.y[n.row])];
        ++used;
    }
    return int(std::max_element(count.begin(), count.end()) - count.begin());
}

} // namespace dsl::tabular
