// Fuzz target: the labelled-table readers (core/src/tabular/table_io.cpp) on untrusted bytes.
// The first byte chooses the path: CSV text (label column last, or named "label"), or the bytes
// split into an X.npy and a y.npy; a table that parses is then cleaned by Tomek links and ENN.
// Contract: a valid table (consistent sizes, at least two classes) or one dsl::Error; nothing
// else escapes, nothing reads out of bounds, nothing allocates beyond the 16 MiB budget.
#include "../../core/src/tabular/table_internal.h"
#include "fuzz_common.h"

#include "dsl/sampler.h"
#include "dsl/table.h"

#include <cstdlib>

namespace {

void check(const dsl::Table &t)
{
    if (t.x.size() != t.rows * t.cols || t.y.size() != t.rows || t.classes.size() < 2
        || t.featureNames.size() != t.cols)
        std::abort();
    for (int c : t.y)
        if (c < 0 || std::size_t(c) >= t.classes.size())
            std::abort();
    if (t.rows > 400 || !t.allFinite())
        return; // the samplers' own limits are tested elsewhere; keep each input fast
    dsl::RunContext ctx;
    for (const char *spec : { "under.tomek", "under.enn" }) {
        const dsl::SamplerCall call = dsl::parseSamplerCall(spec);
        const dsl::SampleResult r = call.sampler->apply(t, call.params, ctx);
        for (std::size_t k : r.kept)
            if (k >= t.rows)
                std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    ++data;
    --size;
    dsl::TableLoadOptions options;
    options.maxBytes = std::uint64_t(16) << 20;
    try {
        if (mode % 3 == 2) {
            // Two .npy files: the split point from the next two bytes.
            const std::size_t split
                = size < 2 ? 0 : (std::size_t(data[0]) << 8 | data[1]) % (size - 1);
            const auto *rest = data + 2;
            const std::size_t n = size < 2 ? 0 : size - 2;
            const std::size_t cut = std::min(split, n);
            const dsl::tabular::NpyArray x
                = dsl::tabular::parseNpy(rest, cut, "X.npy", options.maxBytes);
            const dsl::tabular::NpyArray y
                = dsl::tabular::parseNpy(rest + cut, n - cut, "y.npy", options.maxBytes);
            check(dsl::tabular::tableFromNpy(x, y, "X.npy"));
        } else {
            if (mode % 3 == 1)
                options.labelColumn = "label";
            const std::string text(reinterpret_cast<const char *>(data), size);
            check(dsl::parseTableCsv(text, "fuzz.csv", options));
        }
    } catch (const dsl::Error &) {
    }
    return 0;
}
