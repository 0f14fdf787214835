// The undersamplers on the golden speed set's recipe (splitmix, 20 000 × 10 and 200 000 × 20,
// 5 % minority) against imbalanced-learn (peers_tables.py, same tables, same parameters), on one
// and two threads. `--scaling` instead prints one thread's time per method for n = 10^3 … 10^6
// (d = 10) and the peak resident memory, as JSON.
#include "dsl/run_context.h"
#include "dsl/sampler.h"
#include "dsl/table.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

// The same parameters as the golden speed cases (IHT: logistic regression on both sides).
const std::vector<std::pair<std::string, std::string>> kMethods {
    { "random", "under.random:random_state=0" },
    { "tomek", "under.tomek" },
    { "enn", "under.enn" },
    { "renn", "under.renn" },
    { "allknn", "under.allknn" },
    { "cnn", "under.cnn:random_state=0" },
    { "oss", "under.oss:random_state=0" },
    { "ncr", "under.ncr" },
    { "nearmiss1", "under.nearmiss:version=1" },
    { "nearmiss2", "under.nearmiss:version=2" },
    { "nearmiss3", "under.nearmiss:version=3" },
    { "centroids", "under.centroids:random_state=0" },
    { "iht", "under.iht:random_state=0,estimator=logistic" },
};

const dsl::Table &table(std::size_t n, std::size_t d)
{
    static std::map<std::pair<std::size_t, std::size_t>, std::unique_ptr<dsl::Table>> cache;
    auto &t = cache[{ n, d }];
    if (!t)
        t = std::make_unique<dsl::Table>(
            dsl::generateTable("splitmix:n=" + std::to_string(n) + ",d=" + std::to_string(d)));
    return *t;
}

void run(
    benchmark::State &state, const std::string &spec, std::size_t n, std::size_t d, int threads)
{
    const dsl::Table &t = table(n, d);
    const dsl::SamplerCall call = dsl::parseSamplerCall(spec);
    dsl::RunContext ctx({}, {}, threads);
    std::size_t kept = 0;
    for (auto _ : state) {
        const dsl::SampleResult r = call.sampler->apply(t, call.params, ctx);
        kept = r.kept.size();
        benchmark::DoNotOptimize(kept);
    }
    state.counters["kept"] = double(kept);
}

double seconds(const std::string &spec, const dsl::Table &t)
{
    const dsl::SamplerCall call = dsl::parseSamplerCall(spec);
    dsl::RunContext ctx({}, {}, 1);
    const auto start = std::chrono::steady_clock::now();
    const dsl::SampleResult r = call.sampler->apply(t, call.params, ctx);
    benchmark::DoNotOptimize(r.kept.data());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int scaling()
{
    std::printf("{\n");
    bool first = true;
    for (std::size_t n : { 1000u, 10000u, 100000u, 1000000u }) {
        const dsl::Table &t = table(n, 10);
        for (const auto &[name, spec] : kMethods) {
            // The quadratic-in-the-worst-case methods stop at 10^5 rows on one thread.
            if (n > 100000 && (name == "cnn" || name == "oss" || name == "iht" || name == "renn"))
                continue;
            const double s = seconds(spec, t);
            std::printf("%s  \"%s/%zu\": %.6f", first ? "" : ",\n", name.c_str(), n, s);
            first = false;
            std::fflush(stdout);
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(",\n  \"peak_rss_mib\": %.1f\n}\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--scaling") == 0)
            return scaling();
    for (const auto &[name, spec] : kMethods)
        for (const auto &[n, d] :
            { std::pair<std::size_t, std::size_t> { 20000, 10 }, { 200000, 20 } })
            for (int threads : { 1, 2 }) {
                const std::string label = "tables/" + name + "/" + std::to_string(n) + "x"
                    + std::to_string(d) + "/threads:" + std::to_string(threads);
                benchmark::RegisterBenchmark(label.c_str(),
                    [spec, n, d, threads](benchmark::State &s) { run(s, spec, n, d, threads); })
                    ->Unit(benchmark::kMillisecond)
                    ->UseRealTime();
            }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
