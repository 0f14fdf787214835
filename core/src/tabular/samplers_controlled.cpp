// Controlled undersamplers (a target count per class): random, NearMiss 1–3, cluster centroids
// and instance hardness threshold (spec §1, §2).
#include "classifiers.h"
#include "samplers_common.h"

#include "dsl/axes.h"
#include "dsl/error.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <numeric>

namespace dsl::tabular {

namespace {

std::string className(const Table &t, std::size_t c)
{
    return t.classes[c];
}

class RandomUnder : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.random", DSL_TR_NOOP("dsl", "Random undersampling"),
            DSL_TR_NOOP("dsl",
                "Keeps the target count of each targeted class, drawn uniformly at random "
                "(imblearn RandomUnderSampler)."),
            true, true,
            { strategyParam(),
                ParamSpec::boolean("replacement", false, DSL_TR_NOOP("dsl", "With replacement"),
                    DSL_TR_NOOP("dsl", "Draw with replacement (a row may repeat).")),
                randomStateParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &) const override
    {
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), true);
        std::mt19937_64 random = samplerRandom(p);
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                r.kept.insert(r.kept.end(), rows.begin(), rows.end());
                continue;
            }
            const std::size_t n = std::size_t(r.targets[c]);
            if (p.boolean("replacement")) {
                std::uniform_int_distribution<std::size_t> pick(0, rows.size() - 1);
                for (std::size_t s = 0; s < n; ++s)
                    r.kept.push_back(rows[pick(random)]);
            } else {
                for (std::size_t s = 0; s < n; ++s) {
                    std::uniform_int_distribution<std::size_t> pick(s, rows.size() - 1);
                    std::swap(rows[s], rows[pick(random)]);
                }
                r.kept.insert(r.kept.end(), rows.begin(), rows.begin() + long(n));
            }
        }
        finish(t, r);
        return r;
    }
};

// Rows `rows` ordered by score (ascending, or descending), ties by row: a stable sort.
std::vector<std::size_t> rankBy(
    const std::vector<std::size_t> &rows, const std::vector<double> &score, bool largestFirst)
{
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return largestFirst ? score[a] > score[b] : score[a] < score[b];
    });
    std::vector<std::size_t> out(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        out[i] = rows[order[i]];
    return out;
}

class NearMiss : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.nearmiss", DSL_TR_NOOP("dsl", "NearMiss"),
            DSL_TR_NOOP("dsl",
                "Keeps the rows nearest to the minority (version 1: to its nearest rows, 2: to "
                "its farthest, 3: the farthest of the minority's nearest) (imblearn NearMiss)."),
            true, false,
            { strategyParam(),
                ParamSpec::integer("version", 1, 1, 3, DSL_TR_NOOP("dsl", "Version")),
                neighboursParam(3, DSL_TR_NOOP("dsl", "Minority rows each score averages over.")),
                ParamSpec::integer("n_neighbors_ver3", 3, 1, 1000,
                    DSL_TR_NOOP("dsl", "Candidates per minority row"),
                    DSL_TR_NOOP(
                        "dsl", "Version 3: rows of the class nearest to each minority row.")) } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.nearmiss");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), true);
        const int version = p.integer("version");
        const std::size_t k = std::size_t(p.integer("n_neighbors"));
        const int mf = methodMinority(t.y, t.classCount());
        const std::vector<std::size_t> minority = t.rowsOf(mf);
        if (minority.size() < k)
            throw Error(ErrorCode::InvalidArgument,
                "under.nearmiss: n_neighbors=" + std::to_string(k) + " is more than the "
                    + std::to_string(minority.size()) + " rows of the minority class "
                    + className(t, std::size_t(mf)) + ".");
        const NeighbourIndex toMinority(t, minority);
        // Sum of the k smallest distances to the minority, in ascending order.
        auto nearScores = [&](const std::vector<std::size_t> &rows) {
            std::vector<double> score(rows.size());
            parallelFor(ctx, rows.size(), 128, [&](std::size_t b, std::size_t e) {
                std::vector<Neighbour> nn;
                for (std::size_t i = b; i < e; ++i) {
                    toMinority.queryPoint(t.row(rows[i]), k, nn);
                    double s = 0.0;
                    for (const Neighbour &n : nn)
                        s += std::sqrt(n.d2);
                    score[i] = s;
                }
            });
            return score;
        };
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                r.kept.insert(r.kept.end(), rows.begin(), rows.end());
                continue;
            }
            const std::size_t target = std::size_t(r.targets[c]);
            std::vector<std::size_t> ranked;
            if (version == 1) {
                ranked = rankBy(rows, nearScores(rows), false);
            } else if (version == 2) {
                // Sum of the k largest distances to the minority (every distance computed, k
                // kept per row), from the k-th largest up.
                std::vector<double> score(rows.size());
                parallelFor(ctx, rows.size(), 64, [&](std::size_t b, std::size_t e) {
                    std::vector<double> far;
                    for (std::size_t i = b; i < e; ++i) {
                        far.clear();
                        const double *x = t.row(rows[i]);
                        for (std::size_t m : minority) {
                            const double dist = std::sqrt(squaredDistance(x, t.row(m), t.cols));
                            if (far.size() < k) {
                                far.push_back(dist);
                                std::push_heap(far.begin(), far.end(), std::greater<>());
                            } else if (dist > far.front()) {
                                std::pop_heap(far.begin(), far.end(), std::greater<>());
                                far.back() = dist;
                                std::push_heap(far.begin(), far.end(), std::greater<>());
                            }
                        }
                        std::sort(far.begin(), far.end());
                        double s = 0.0;
                        for (double v : far)
                            s += v;
                        score[i] = s;
                    }
                });
                ranked = rankBy(rows, score, false);
            } else {
                const std::size_t k3 = std::size_t(p.integer("n_neighbors_ver3"));
                if (rows.size() < k3)
                    throw Error(ErrorCode::InvalidArgument,
                        "under.nearmiss: n_neighbors_ver3=" + std::to_string(k3)
                            + " is more than the " + std::to_string(rows.size()) + " rows of class "
                            + className(t, c) + ".");
                const NeighbourIndex inClass(t, rows);
                std::vector<bool> candidate(t.rows, false);
                std::vector<Neighbour> nn;
                for (std::size_t m : minority) {
                    inClass.queryPoint(t.row(m), k3, nn);
                    for (const Neighbour &n : nn)
                        candidate[n.row] = true;
                }
                std::vector<std::size_t> candidates;
                for (std::size_t row : rows)
                    if (candidate[row])
                        candidates.push_back(row);
                ranked = rankBy(candidates, nearScores(candidates), true);
                if (ranked.size() < target) {
                    r.figures.push_back(
                        { "shortfall_" + className(t, c), double(target - ranked.size()) });
                    r.warnings.push_back("NearMiss-3 found only " + std::to_string(ranked.size())
                        + " candidates of class " + className(t, c) + " for a target of "
                        + std::to_string(target) + "; the class ends below its target.");
                }
            }
            ranked.resize(std::min(ranked.size(), target));
            r.kept.insert(r.kept.end(), ranked.begin(), ranked.end());
        }
        finish(t, r);
        return r;
    }
};

// k-means (k-means++ seeding with 2 + ln k local trials, Lloyd iterations) as scikit-learn's
// KMeans: tol relative to the mean feature variance, best of nInit runs by inertia.
struct KMeansResult
{
    std::vector<double> centres; // k × d
    double inertia = 0.0;
};

std::vector<std::size_t> nearestCentre(const std::vector<double> &x, std::size_t n, std::size_t d,
    const std::vector<double> &centres, std::size_t k, std::vector<double> &d2, RunContext &ctx)
{
    std::vector<std::size_t> label(n);
    d2.assign(n, 0.0);
    Table ct;
    ct.rows = k;
    ct.cols = d;
    ct.x = centres;
    ct.y.assign(k, 0);
    std::vector<std::size_t> ids(k);
    std::iota(ids.begin(), ids.end(), std::size_t(0));
    const NeighbourIndex index(ct, ids);
    parallelFor(ctx, n, 256, [&](std::size_t b, std::size_t e) {
        std::vector<Neighbour> nn;
        for (std::size_t i = b; i < e; ++i) {
            index.queryPoint(x.data() + i * d, 1, nn);
            label[i] = nn[0].row;
            d2[i] = nn[0].d2;
        }
    });
    return label;
}

KMeansResult kmeansOnce(const std::vector<double> &x, std::size_t n, std::size_t d, std::size_t k,
    std::mt19937_64 &random, double tol, int maxIter, RunContext &ctx)
{
    KMeansResult r;
    r.centres.resize(k * d);
    // k-means++ (greedy): each new centre the best of 2 + ln k candidates drawn ∝ D².
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::size_t first = std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    std::copy(x.begin() + long(first * d), x.begin() + long((first + 1) * d), r.centres.begin());
    std::vector<double> closest(n);
    for (std::size_t i = 0; i < n; ++i)
        closest[i] = squaredDistance(x.data() + i * d, r.centres.data(), d);
    const std::size_t trials = 2 + std::size_t(std::log(double(k)));
    std::vector<double> candidateD(trials * n);
    for (std::size_t c = 1; c < k; ++c) {
        ctx.checkpoint();
        double total = 0.0;
        for (double v : closest)
            total += v;
        std::vector<std::size_t> cand(trials);
        for (std::size_t tr = 0; tr < trials; ++tr) {
            double u = uniform(random) * total, acc = 0.0;
            std::size_t pick = n - 1;
            for (std::size_t i = 0; i < n; ++i) {
                acc += closest[i];
                if (acc > u) {
                    pick = i;
                    break;
                }
            }
            cand[tr] = pick;
        }
        std::vector<double> potential(trials, 0.0);
        parallelFor(ctx, trials, 1, [&](std::size_t b, std::size_t e) {
            for (std::size_t tr = b; tr < e; ++tr) {
                double s = 0.0;
                const double *cx = x.data() + cand[tr] * d;
                for (std::size_t i = 0; i < n; ++i) {
                    const double v = std::min(closest[i], squaredDistance(x.data() + i * d, cx, d));
                    candidateD[tr * n + i] = v;
                    s += v;
                }
                potential[tr] = s;
            }
        });
        const std::size_t best
            = std::size_t(std::min_element(potential.begin(), potential.end()) - potential.begin());
        std::copy(x.begin() + long(cand[best] * d), x.begin() + long((cand[best] + 1) * d),
            r.centres.begin() + long(c * d));
        std::copy(candidateD.begin() + long(best * n), candidateD.begin() + long((best + 1) * n),
            closest.begin());
    }
    std::vector<double> d2;
    std::vector<std::size_t> label, previous;
    for (int it = 0; it < maxIter; ++it) {
        ctx.checkpoint();
        label = nearestCentre(x, n, d, r.centres, k, d2, ctx);
        if (label == previous)
            break;
        std::vector<double> sum(k * d, 0.0);
        std::vector<std::size_t> count(k, 0);
        for (std::size_t i = 0; i < n; ++i) {
            ++count[label[i]];
            for (std::size_t j = 0; j < d; ++j)
                sum[label[i] * d + j] += x[i * d + j];
        }
        double shift = 0.0;
        // An empty cluster takes the point farthest from its centre (scikit-learn relocates
        // empty clusters to far points too).
        std::vector<std::size_t> byDistance;
        for (std::size_t c = 0; c < k; ++c) {
            if (count[c] == 0) {
                if (byDistance.empty()) {
                    byDistance.resize(n);
                    std::iota(byDistance.begin(), byDistance.end(), std::size_t(0));
                    std::sort(byDistance.begin(), byDistance.end(),
                        [&](std::size_t a, std::size_t b) { return d2[a] > d2[b]; });
                }
                const std::size_t far = byDistance.front();
                byDistance.erase(byDistance.begin());
                for (std::size_t j = 0; j < d; ++j) {
                    const double v = x[far * d + j];
                    shift += (v - r.centres[c * d + j]) * (v - r.centres[c * d + j]);
                    r.centres[c * d + j] = v;
                }
                continue;
            }
            for (std::size_t j = 0; j < d; ++j) {
                const double v = sum[c * d + j] / double(count[c]);
                shift += (v - r.centres[c * d + j]) * (v - r.centres[c * d + j]);
                r.centres[c * d + j] = v;
            }
        }
        previous = label;
        if (shift <= tol)
            break;
    }
    nearestCentre(x, n, d, r.centres, k, d2, ctx);
    r.inertia = std::accumulate(d2.begin(), d2.end(), 0.0);
    return r;
}

class ClusterCentroids : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.centroids", DSL_TR_NOOP("dsl", "Cluster centroids"),
            DSL_TR_NOOP("dsl",
                "Replaces each targeted class by the centres of k-means clusters, k = its target "
                "(soft), or by the row nearest to each centre (hard) (imblearn ClusterCentroids)."),
            true, true,
            { strategyParam(),
                ParamSpec::choice("voting", { "auto", "soft", "hard" }, "auto",
                    DSL_TR_NOOP("dsl", "Voting"),
                    DSL_TR_NOOP("dsl",
                        "soft: the centres themselves (auto for a table); hard: the "
                        "row nearest to each centre.")),
                ParamSpec::integer("n_init", 1, 1, 1000, DSL_TR_NOOP("dsl", "k-means runs"),
                    DSL_TR_NOOP("dsl",
                        "k-means runs, the best kept (scikit-learn ≥ 1.4: 1; older versions: "
                        "10).")),
                randomStateParam() } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        requireFinite(t, "under.centroids");
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), true);
        std::mt19937_64 random = samplerRandom(p);
        const bool hard = p.text("voting") == "hard";
        const std::size_t d = t.cols;
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                r.kept.insert(r.kept.end(), rows.begin(), rows.end());
                continue;
            }
            const std::size_t k = std::size_t(r.targets[c]);
            if (k == 0)
                continue;
            std::vector<double> x(rows.size() * d);
            for (std::size_t i = 0; i < rows.size(); ++i)
                std::copy(t.row(rows[i]), t.row(rows[i]) + d, x.begin() + long(i * d));
            // scikit-learn's tol is relative: tol × the mean of the features' variances.
            double tol = 0.0;
            for (std::size_t j = 0; j < d; ++j) {
                double m = 0.0, v = 0.0;
                for (std::size_t i = 0; i < rows.size(); ++i)
                    m += x[i * d + j];
                m /= double(rows.size());
                for (std::size_t i = 0; i < rows.size(); ++i)
                    v += (x[i * d + j] - m) * (x[i * d + j] - m);
                tol += v / double(rows.size());
            }
            tol = tol / double(std::max<std::size_t>(d, 1)) * 1e-4;
            KMeansResult best;
            best.inertia = std::numeric_limits<double>::infinity();
            for (int run = 0; run < p.integer("n_init"); ++run) {
                KMeansResult one = kmeansOnce(x, rows.size(), d, k, random, tol, 300, ctx);
                if (one.inertia < best.inertia)
                    best = std::move(one);
            }
            if (!hard) {
                r.generated.insert(r.generated.end(), best.centres.begin(), best.centres.end());
                r.generatedLabels.insert(r.generatedLabels.end(), k, int(c));
                r.figures.push_back({ "inertia_" + className(t, c), best.inertia });
                continue;
            }
            const NeighbourIndex inClass(t, rows);
            std::vector<Neighbour> nn;
            std::vector<std::size_t> chosen;
            for (std::size_t j = 0; j < k; ++j) {
                inClass.queryPoint(best.centres.data() + j * d, 1, nn);
                chosen.push_back(nn[0].row);
            }
            // Inertia of what is returned: every row of c to its nearest chosen row.
            Table sub;
            sub.rows = t.rows;
            double inertia = 0.0;
            const NeighbourIndex chosenIndex(t, chosen);
            for (std::size_t row : rows) {
                chosenIndex.queryPoint(t.row(row), 1, nn);
                inertia += nn[0].d2;
            }
            r.figures.push_back({ "inertia_" + className(t, c), inertia });
            r.kept.insert(r.kept.end(), chosen.begin(), chosen.end());
        }
        finish(t, r);
        return r;
    }
};

// numpy's linear percentile (spec §2, IHT step 2).
double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = q / 100.0 * double(v.size() - 1);
    const std::size_t lo = std::size_t(std::floor(h));
    const double g = h - double(lo);
    const double a = v[lo], b = lo + 1 < v.size() ? v[lo + 1] : a;
    return g < 0.5 ? a + (b - a) * g : b - (b - a) * (1.0 - g);
}

class InstanceHardness : public Sampler
{
public:
    const SamplerInfo &info() const override
    {
        static const SamplerInfo i { "under.iht", DSL_TR_NOOP("dsl", "Instance hardness threshold"),
            DSL_TR_NOOP("dsl",
                "Keeps the rows a cross-validated classifier finds easiest (highest probability of "
                "their own class), at least the target (imblearn InstanceHardnessThreshold; our "
                "classifier is logistic regression or k-NN, not a random forest)."),
            true, true,
            { strategyParam(),
                ParamSpec::choice("estimator", { "logistic", "knn" }, "logistic",
                    DSL_TR_NOOP("dsl", "Classifier"),
                    DSL_TR_NOOP("dsl", "What judges how hard each row is.")),
                ParamSpec::integer("cv", 5, 2, 100, DSL_TR_NOOP("dsl", "Folds")),
                randomStateParam(),
                ParamSpec::text("probabilities", "", DSL_TR_NOOP("dsl", "Given probabilities"),
                    DSL_TR_NOOP("dsl",
                        "A .npy file with each row's probability of its own class, used instead "
                        "of the classifier.")) } };
        return i;
    }
    SampleResult apply(const Table &t, const Params &p, RunContext &ctx) const override
    {
        SampleResult r;
        r.targets = resolveStrategy(t, t.y, p.text("sampling_strategy"), true);
        const std::vector<double> own = p.text("probabilities").empty()
            ? outOfFold(t, p, ctx)
            : given(t, p.text("probabilities"));
        const std::vector<std::size_t> counts = t.counts();
        for (std::size_t c = 0; c < t.classCount(); ++c) {
            const std::vector<std::size_t> rows = t.rowsOf(int(c));
            if (r.targets[c] < 0) {
                r.kept.insert(r.kept.end(), rows.begin(), rows.end());
                continue;
            }
            std::vector<double> pc;
            for (std::size_t row : rows)
                pc.push_back(own[row]);
            const double q = (1.0 - double(r.targets[c]) / double(counts[c])) * 100.0;
            const double tau = percentile(pc, q);
            for (std::size_t row : rows)
                if (own[row] >= tau)
                    r.kept.push_back(row);
            r.figures.push_back({ "threshold_" + className(t, c), tau });
        }
        finish(t, r);
        return r;
    }

private:
    static std::vector<double> given(const Table &t, const std::string &path)
    {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in)
            throw Error(
                ErrorCode::UnreadableFile, "The probabilities file " + path + " cannot be read.");
        const std::streamoff size = in.tellg();
        if (size < 0 || std::uint64_t(size) > 16 * t.rows + 4096)
            throw Error(ErrorCode::MalformedFile,
                "The probabilities file " + path + " does not hold one value per row.");
        std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
        in.seekg(0);
        in.read(reinterpret_cast<char *>(bytes.data()), size);
        const NpyArray a = parseNpy(bytes.data(), bytes.size(), path, std::uint64_t(1) << 30);
        if (a.kind != 'f' || a.count != t.rows)
            throw Error(ErrorCode::MalformedFile,
                "The probabilities file " + path + " must hold " + std::to_string(t.rows)
                    + " floating-point values, one per row.");
        std::vector<double> v(t.rows);
        for (std::size_t i = 0; i < t.rows; ++i)
            v[i] = npyValue(a, i);
        return v;
    }

    static std::vector<double> outOfFold(const Table &t, const Params &p, RunContext &ctx)
    {
        requireFinite(t, "under.iht");
        const int folds = p.integer("cv");
        const std::vector<std::size_t> counts = t.counts();
        for (std::size_t c = 0; c < counts.size(); ++c)
            if (counts[c] < std::size_t(folds))
                throw Error(ErrorCode::InvalidArgument,
                    "under.iht: class " + className(t, c) + " has " + std::to_string(counts[c])
                        + " rows, fewer than cv=" + std::to_string(folds) + " folds.");
        std::mt19937_64 random = samplerRandom(p);
        const std::vector<int> fold = stratifiedFolds(t.y, t.classCount(), folds, random());
        std::vector<double> own(t.rows, 0.0);
        const ClassifierKind kind
            = p.text("estimator") == "knn" ? ClassifierKind::Knn : ClassifierKind::Logistic;
        for (int f = 0; f < folds; ++f) {
            std::vector<std::size_t> train, test;
            for (std::size_t i = 0; i < t.rows; ++i)
                (fold[i] == f ? test : train).push_back(i);
            const std::vector<double> prob = predictProbabilities(t, train, test, kind, 5, ctx);
            for (std::size_t i = 0; i < test.size(); ++i)
                own[test[i]] = prob[i * t.classCount() + std::size_t(t.y[test[i]])];
        }
        return own;
    }
};

} // namespace
} // namespace dsl::tabular

using dsl::tabular::ClusterCentroids;
using dsl::tabular::InstanceHardness;
using dsl::tabular::NearMiss;
using dsl::tabular::RandomUnder;
DSL_REGISTER_SAMPLER(RandomUnder)
DSL_REGISTER_SAMPLER(NearMiss)
DSL_REGISTER_SAMPLER(ClusterCentroids)
DSL_REGISTER_SAMPLER(InstanceHardness)
