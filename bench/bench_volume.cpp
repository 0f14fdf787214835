// Volumes (issue 6): a synthetic 256³ int16 scan through the 3-d operators, one and two
// threads, and loading it from .nii.gz against ITK's own NiftiImageIO read in the same run.
// `bench_volume --memory FILE` instead loads FILE once and prints the peak resident memory
// over the decoded volume (run in its own process, so nothing else is resident).
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <itkImageIOBase.h>
#include <itkNiftiImageIO.h>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <sys/resource.h>

namespace {

using namespace dsl;

// The Shepp–Logan phantom scaled to int16 values with a little noise: 256³, 1 mm.
const Array &volume256()
{
    static const Array a = [] {
        Array v = generate("phantom3d:size=256,spacing=1");
        std::mt19937 rng(6);
        std::normal_distribution<float> n(0.0f, 8.0f);
        for (float &x : v.values)
            x = std::round(x * 1000.0f + n(rng));
        v.source.sampleType = SampleType::Int16;
        return v;
    }();
    return a;
}

const std::string &niftiFile()
{
    static const std::string path = [] {
        const std::string p
            = (std::filesystem::temp_directory_path() / "dsl_bench_256_int16.nii.gz").string();
        SaveOptions so;
        so.type = SaveOptions::Type::Original; // int16 on disk
        save(volume256(), p, so);
        return p;
    }();
    return path;
}

void BM_Volume(benchmark::State &state, std::string spec, int threads)
{
    const Array &in = volume256();
    const MethodCall call = parseMethodCall(spec);
    RunContext ctx;
    ctx.setThreads(threads);
    for (auto _ : state) {
        Result r = call.method->apply(in, call.params, ctx);
        benchmark::DoNotOptimize(r.output.values.data());
    }
}

void BM_LoadOurs(benchmark::State &state)
{
    const std::string &p = niftiFile();
    for (auto _ : state) {
        Array a = load(p);
        benchmark::DoNotOptimize(a.values.data());
    }
}

// ITK's own read of the same file (header, then the voxels into a buffer): what our loader
// wraps, without our validation and conversion to float.
void BM_LoadItk(benchmark::State &state)
{
    const std::string &p = niftiFile();
    for (auto _ : state) {
        itk::NiftiImageIO::Pointer io = itk::NiftiImageIO::New();
        io->SetFileName(p);
        io->ReadImageInformation();
        itk::ImageIORegion region(io->GetNumberOfDimensions());
        for (unsigned d = 0; d < io->GetNumberOfDimensions(); ++d) {
            region.SetIndex(d, 0);
            region.SetSize(d, io->GetDimensions(d));
        }
        io->SetIORegion(region);
        std::vector<char> buffer(io->GetImageSizeInBytes());
        io->Read(buffer.data());
        benchmark::DoNotOptimize(buffer.data());
    }
}

long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--memory") == 0) {
        const long before = peakRssKb();
        const Array a = load(argv[2]);
        const double decoded = double(a.values.size() * sizeof(float)) / 1024.0;
        const long after = peakRssKb();
        std::printf("{\"decoded_mb\": %.1f, \"peak_rss_mb\": %.1f, \"baseline_mb\": %.1f, "
                    "\"ratio\": %.2f}\n",
            decoded / 1024.0, double(after) / 1024.0, double(before) / 1024.0,
            double(after - before) / decoded);
        return 0;
    }
    for (const char *spec : { "pool.avg:k=2,stride=2", "pool.max:k=2,stride=2", "pool.blur:filt=3",
             "resize.bilinear:antialias=0,factor=2", "resize.bilinear:antialias=1,factor=2",
             "resize.gaussian:factor=2" })
        for (int threads : { 1, 2 })
            benchmark::RegisterBenchmark(
                ("volume/" + std::string(spec) + "/threads:" + std::to_string(threads)).c_str(),
                BM_Volume, std::string(spec), threads)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
    benchmark::RegisterBenchmark("volume/load_nii_gz", BM_LoadOurs)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("peer/itk_read_nii_gz", BM_LoadItk)->Unit(benchmark::kMillisecond);
    niftiFile(); // written once, before anything is timed
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
