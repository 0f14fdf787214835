// Synthetic labelled tables: Gaussian blobs with an imbalance ratio, two moons, XOR.
#include "dsl/table.h"

#include "dsl/error.h"
#include "dsl/params.h"

#include <cmath>
#include <numbers>
#include <random>

namespace dsl {

namespace {

// The golden speed set's recipe (../shared/golden/undersampling/inputs/large20k/RECIPE.md),
// bit-exact: splitmix64 uniforms, a label per row, each feature a sum of four uniforms − 2.
Table splitmixTable(const std::string &params)
{
    const Params p = Params::resolve("table splitmix",
        { ParamSpec::integer("seed", 20240601, 0, 2147483647, "Seed"),
            ParamSpec::integer("n", 20000, 4, 100000000, "Rows"),
            ParamSpec::integer("d", 10, 1, 1000, "Features"),
            ParamSpec::real("p_min", 0.05, 0.0, 1.0, "Minority share"),
            ParamSpec::real("shift", 1.5, -1e6, 1e6, "Shift"),
            ParamSpec::integer("n_shift", 3, 0, 1000, "Shifted features") },
        Params::parseList(params));
    const std::size_t n = std::size_t(p.integer("n")), d = std::size_t(p.integer("d"));
    const std::uint64_t seed = std::uint64_t(p.integer("seed"));
    std::uint64_t t = 0;
    auto next = [&] {
        const std::uint64_t state = seed + (++t) * 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return double(z >> 11) * 0x1.0p-53;
    };
    std::vector<double> x(n * d);
    std::vector<std::string> labels(n);
    const double pMin = p.real("p_min"), shift = p.real("shift");
    const std::size_t nShift = std::size_t(p.integer("n_shift"));
    for (std::size_t i = 0; i < n; ++i) {
        const bool minority = next() < pMin;
        labels[i] = minority ? "1" : "0";
        for (std::size_t j = 0; j < d; ++j) {
            const double a = next(), b = next(), c = next(), e = next();
            double v = (((a + b) + c) + e) - 2.0;
            if (j < nShift && minority)
                v += shift;
            x[i * d + j] = v;
        }
    }
    Table table = makeTable(std::move(x), d, labels);
    table.source.format = "synthetic";
    return table;
}

} // namespace

namespace {
std::vector<ParamSpec> tableSchema(bool blobs)
{
    std::vector<ParamSpec> schema {
        ParamSpec::integer("n", 600, 4, 10000000, DSL_TR_NOOP("dsl", "Rows"),
            DSL_TR_NOOP("dsl", "How many rows the table has.")),
        ParamSpec::real("ratio", 9.0, 1.0, 1000.0, DSL_TR_NOOP("dsl", "Imbalance ratio"),
            DSL_TR_NOOP("dsl", "Rows of the largest class over rows of the smallest.")),
        ParamSpec::real("overlap", 1.0, 0.0, 100.0, DSL_TR_NOOP("dsl", "Overlap"),
            DSL_TR_NOOP(
                "dsl", "How far the classes spread into each other (1: the default noise).")),
    };
    if (blobs) {
        schema.push_back(ParamSpec::integer("classes", 2, 2, 10, DSL_TR_NOOP("dsl", "Classes"),
            DSL_TR_NOOP("dsl", "Classes, their sizes falling geometrically.")));
        schema.push_back(ParamSpec::integer("d", 2, 2, 1000, DSL_TR_NOOP("dsl", "Features"),
            DSL_TR_NOOP("dsl", "Feature columns (the class centres differ in the first two).")));
    }
    schema.push_back(ParamSpec::integer("seed", 0, 0, 2147483647, DSL_TR_NOOP("dsl", "Seed"),
        DSL_TR_NOOP("dsl", "The random seed; the same seed gives the same table.")));
    return schema;
}
} // namespace

const std::vector<TableGeneratorInfo> &tableGenerators()
{
    static const std::vector<TableGeneratorInfo> list {
        { "blobs", DSL_TR_NOOP("dsl", "Gaussian blobs (table)"),
            DSL_TR_NOOP(
                "dsl", "Gaussian clusters on a circle, the classes in a chosen imbalance ratio."),
            tableSchema(true) },
        { "moons", DSL_TR_NOOP("dsl", "Two moons (table)"),
            DSL_TR_NOOP("dsl",
                "Two interleaved half circles, the second class smaller: a curved class boundary."),
            tableSchema(false) },
        { "xor", DSL_TR_NOOP("dsl", "XOR (table)"),
            DSL_TR_NOOP(
                "dsl", "Four quadrants, the class set where the signs differ: no linear boundary."),
            tableSchema(false) },
    };
    return list;
}

bool isTableGeneratorSpec(const std::string &spec)
{
    const std::string id = spec.substr(0, spec.find(':'));
    if (id == "splitmix")
        return true;
    for (const TableGeneratorInfo &g : tableGenerators())
        if (g.id == id)
            return true;
    return false;
}

Table generateTable(const std::string &spec)
{
    const auto colon = spec.find(':');
    const std::string id = spec.substr(0, colon);
    const std::vector<ParamSpec> schema = tableSchema(id == "blobs");
    if (id == "splitmix")
        return splitmixTable(spec.substr(colon == std::string::npos ? spec.size() : colon + 1));
    if (id != "blobs" && id != "moons" && id != "xor")
        throw Error(ErrorCode::InvalidArgument,
            "Unknown synthetic table \"" + id + "\" (known: blobs, moons, xor, splitmix).");
    const Params p = Params::resolve("table " + id, schema,
        colon == std::string::npos ? std::map<std::string, std::string> {}
                                   : Params::parseList(spec.substr(colon + 1)));
    const std::size_t n = std::size_t(p.integer("n"));
    const double ratio = p.real("ratio"), overlap = p.real("overlap");
    const std::size_t classes = id == "blobs" ? std::size_t(p.integer("classes")) : 2;
    const std::size_t d = id == "blobs" ? std::size_t(p.integer("d")) : 2;
    std::mt19937_64 random(std::uint64_t(p.integer("seed")));
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    // Class sizes: class 0 the largest, each next one `ratio` times smaller overall (geometric).
    std::vector<double> weight(classes);
    for (std::size_t c = 0; c < classes; ++c)
        weight[c] = std::pow(ratio, -double(c) / double(classes - 1));
    double total = 0.0;
    for (double w : weight)
        total += w;
    std::vector<std::size_t> size(classes);
    std::size_t used = 0;
    for (std::size_t c = 1; c < classes; ++c) {
        size[c] = std::max<std::size_t>(2, std::size_t(std::round(double(n) * weight[c] / total)));
        used += size[c];
    }
    size[0] = n > used + 2 ? n - used : 2;
    std::vector<double> x;
    std::vector<std::string> labels;
    for (std::size_t c = 0; c < classes; ++c)
        for (std::size_t i = 0; i < size[c]; ++i) {
            if (id == "blobs") {
                // Centres on a circle of radius 3; overlap scales the spread.
                const double a = 2.0 * std::numbers::pi * double(c) / double(classes);
                for (std::size_t j = 0; j < d; ++j) {
                    const double centre = j == 0 ? 3.0 * std::cos(a)
                        : j == 1                 ? 3.0 * std::sin(a)
                                                 : 0.0;
                    x.push_back(centre + overlap * normal(random));
                }
            } else if (id == "moons") {
                const double t = std::numbers::pi * uniform(random);
                const double noise = 0.15 * overlap;
                if (c == 0) {
                    x.push_back(std::cos(t) + noise * normal(random));
                    x.push_back(std::sin(t) + noise * normal(random));
                } else {
                    x.push_back(1.0 - std::cos(t) + noise * normal(random));
                    x.push_back(0.5 - std::sin(t) + noise * normal(random));
                }
            } else {
                // XOR: class 1 in the quadrants where the signs differ.
                double a, b;
                do {
                    a = 2.0 * uniform(random) - 1.0;
                    b = 2.0 * uniform(random) - 1.0;
                } while ((a * b < 0) != (c == 1));
                x.push_back(a + 0.1 * overlap * normal(random));
                x.push_back(b + 0.1 * overlap * normal(random));
            }
            labels.push_back(std::to_string(c));
        }
    Table t = makeTable(std::move(x), d, labels);
    t.source.format = "synthetic";
    return t;
}

} // namespace dsl
