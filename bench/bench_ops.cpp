// Core operators on the workloads of the issues, with the C peers (libsoxr, libsamplerate)
// measured in the same run. CPU time on one core unless the name says threads:2.
#include "dsl/analysis.h"
#include "dsl/axes.h"
#include "dsl/fft.h"
#include "dsl/kspace.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <complex>
#include <cstring>
#include <random>

#ifdef DSL_BENCH_PEERS
#include <samplerate.h>
#include <soxr.h>
#endif

namespace {

using namespace dsl;

// 60 s of 48 kHz stereo: two independent noisy chirps.
const Array &stereo60()
{
    static const Array a = [] {
        Array x = Array::zeros(Kind::Signal, { 48000 * 60 }, 2);
        x.grid[0].spacing = 1.0 / 48000;
        std::mt19937 rng(1);
        std::normal_distribution<float> n(0.0f, 0.05f);
        for (std::size_t i = 0; i < x.shape[0]; ++i) {
            const double t = double(i) / 48000;
            x.values[2 * i] = float(0.4 * std::sin(2 * M_PI * (100 * t + 200 * t * t))) + n(rng);
            x.values[2 * i + 1] = float(0.4 * std::sin(2 * M_PI * 7000 * t)) + n(rng);
        }
        return x;
    }();
    return a;
}

const Array &image4096()
{
    static const Array a = generate("zoneplate:size=4096,frequency=0.5");
    return a;
}

// 64 planes of 512² (a CNN feature map, torch's (1, 64, 512, 512) layout: planes contiguous):
// a zone plate with a little noise, different per plane.
const Array &planes64x512()
{
    static const Array a = [] {
        const Array plate = generate("zoneplate:size=512,frequency=0.5");
        Array x = Array::zeros(Kind::Image, { 64, 512, 512 });
        std::mt19937 rng(2);
        std::normal_distribution<float> n(0.0f, 0.05f);
        for (std::size_t p = 0; p < 64; ++p)
            for (std::size_t i = 0; i < plate.values.size(); ++i)
                x.values[p * plate.values.size() + i] = plate.values[i] + n(rng);
        return x;
    }();
    return a;
}

void runMethod(benchmark::State &state, const Array &in, const std::string &spec, int threads)
{
    const MethodCall call = parseMethodCall(spec);
    RunContext ctx;
    ctx.setThreads(threads);
    for (auto _ : state) {
        Result r = call.method->apply(in, call.params, ctx);
        benchmark::DoNotOptimize(r.output.values.data());
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(in.samplesPerChannel()));
}

void BM_Signal(benchmark::State &state, std::string spec)
{
    runMethod(state, stereo60(), spec, 1);
}
void BM_Image(benchmark::State &state, std::string spec, int threads)
{
    runMethod(state, image4096(), spec, threads);
}

void BM_Planes(benchmark::State &state, std::string spec, int threads)
{
    runMethod(state, planes64x512(), spec, threads);
}

void BM_MemcpyOutput(benchmark::State &state)
{
    // The bandwidth floor for decimation by 4: copying the output's bytes.
    const Array &x = stereo60();
    std::vector<float> out(x.values.size() / 4);
    for (auto _ : state) {
        std::memcpy(out.data(), x.values.data(), out.size() * sizeof(float));
        benchmark::DoNotOptimize(out.data());
    }
}

// The machine's own limit for memory-bound passes: reading the 4096² plane once (a sum of
// every sample, the work split over `threads` like our operators), one and two threads. A
// pooling pass cannot scale better with threads than this does.
void BM_ReadPlane(benchmark::State &state, int threads)
{
    const Array &x = image4096();
    RunContext ctx;
    ctx.setThreads(threads);
    for (auto _ : state) {
        std::vector<double> partial(x.values.size() / 65536, 0.0);
        parallelFor(ctx, partial.size(), 1, [&](std::size_t b, std::size_t e) {
            for (std::size_t c = b; c < e; ++c) {
                float s[8] = {};
                const float *p = x.data() + c * 65536;
                for (std::size_t i = 0; i < 65536; i += 8)
                    for (std::size_t k = 0; k < 8; ++k)
                        s[k] += p[i + k];
                partial[c] = double(s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7]);
            }
        });
        benchmark::DoNotOptimize(partial.data());
    }
}

void BM_MemcpyInput(benchmark::State &state)
{
    // The other floor: keeping one frame in four of interleaved stereo still reads every cache
    // line of the input (4 frames x 2 channels x 4 bytes = 32 bytes < one 64-byte line), so the
    // input's bytes must cross the memory bus once.
    const Array &x = stereo60();
    std::vector<float> out(x.values.size());
    for (auto _ : state) {
        std::memcpy(out.data(), x.values.data(), out.size() * sizeof(float));
        benchmark::DoNotOptimize(out.data());
    }
}

void BM_FFT2D(benchmark::State &state)
{
    const Array &x = image4096();
    fft::Buffer<float> in(x.values.size());
    fft::Buffer<std::complex<float>> out(4096 * 2049);
    for (auto _ : state) {
        std::memcpy(in.data(), x.values.data(), x.values.size() * sizeof(float));
        fft::r2c({ 4096, 4096 }, in.data(), out.data());
        benchmark::DoNotOptimize(out.data());
    }
}

#ifdef DSL_BENCH_PEERS
void BM_Soxr(benchmark::State &state, double outRate, unsigned long recipe)
{
    const Array &x = stereo60();
    const std::size_t frames = x.shape[0];
    std::vector<float> out(std::size_t(double(frames) * outRate / 48000.0 + 16) * 2);
    const soxr_quality_spec_t q = soxr_quality_spec(recipe, 0);
    const soxr_runtime_spec_t rt = soxr_runtime_spec(1);
    for (auto _ : state) {
        size_t odone = 0;
        soxr_oneshot(48000, outRate, 2, x.values.data(), frames, nullptr, out.data(),
            out.size() / 2, &odone, nullptr, &q, &rt);
        benchmark::DoNotOptimize(out.data());
    }
}

void BM_Samplerate(benchmark::State &state, double outRate)
{
    const Array &x = stereo60();
    std::vector<float> out(std::size_t(double(x.shape[0]) * outRate / 48000.0 + 16) * 2);
    for (auto _ : state) {
        SRC_DATA d {};
        d.data_in = x.values.data();
        d.input_frames = long(x.shape[0]);
        d.data_out = out.data();
        d.output_frames = long(out.size() / 2);
        d.src_ratio = outRate / 48000.0;
        src_simple(&d, SRC_SINC_BEST_QUALITY, 2);
        benchmark::DoNotOptimize(out.data());
    }
}
#endif

void registerAll()
{
    for (const char *spec :
        { "decimate.naive:factor=4", "decimate.boxcar:factor=4", "decimate.fir:factor=4",
            "decimate.fir_hamming:factor=4", "decimate.iir:factor=4", "decimate.fft:factor=4",
            "decimate.halfband:factor=4,quality=hq", "decimate.halfband:factor=4,quality=vhq",
            "resample.rational:up=147,down=160", "resample.rational:up=147,down=160,atten_db=120" })
        benchmark::RegisterBenchmark(
            (std::string("signal/") + spec).c_str(), BM_Signal, std::string(spec))
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime();
    benchmark::RegisterBenchmark("signal/memcpy_output", BM_MemcpyOutput)
        ->Unit(benchmark::kMillisecond);
    for (int threads : { 1, 2 })
        benchmark::RegisterBenchmark(
            ("pool/read_plane/threads:" + std::to_string(threads)).c_str(), BM_ReadPlane, threads)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    benchmark::RegisterBenchmark("signal/memcpy_input", BM_MemcpyInput)
        ->Unit(benchmark::kMillisecond);
#ifdef DSL_BENCH_PEERS
    benchmark::RegisterBenchmark("peer/soxr_hq_x4", BM_Soxr, 12000.0, SOXR_HQ)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("peer/soxr_vhq_x4", BM_Soxr, 12000.0, SOXR_VHQ)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("peer/soxr_hq_44100", BM_Soxr, 44100.0, SOXR_HQ)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("peer/libsamplerate_best_x4", BM_Samplerate, 12000.0)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("peer/libsamplerate_best_44100", BM_Samplerate, 44100.0)
        ->Unit(benchmark::kMillisecond);
#endif
    for (const char *factor : { "2", "4", "3.7" })
        for (const char *m :
            { "resize.area", "resize.bilinear:antialias=0", "resize.bilinear:antialias=1",
                "resize.bicubic:antialias=0,a=-0.75", "resize.bicubic:antialias=1",
                "resize.lanczos:antialias=0,a=4", "resize.lanczos:antialias=1" }) {
            const std::string spec
                = std::string(m) + (std::strchr(m, ':') ? "," : ":") + "factor=" + factor;
            for (int threads : { 1, 2 })
                benchmark::RegisterBenchmark(
                    ("image/" + spec + "/threads:" + std::to_string(threads)).c_str(), BM_Image,
                    spec, threads)
                    ->Unit(benchmark::kMillisecond)
                    ->UseRealTime();
        }
    benchmark::RegisterBenchmark("image/fft2d_r2c_4096", BM_FFT2D)->Unit(benchmark::kMillisecond);
    // Pooling on one 4096² plane (issue 5), one and two threads.
    // The same on 64 planes of 512².
    for (const char *spec : { "pool.max", "pool.avg", "pool.blur:filt=3", "pool.blur:filt=5",
             "pool.maxblur:filt=4", "pool.flc", "pool.asap" })
        for (int threads : { 1, 2 }) {
            benchmark::RegisterBenchmark(
                ("pool/" + std::string(spec) + "/threads:" + std::to_string(threads)).c_str(),
                BM_Image, std::string(spec), threads)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
            benchmark::RegisterBenchmark(
                ("pool64/" + std::string(spec) + "/threads:" + std::to_string(threads)).c_str(),
                BM_Planes, std::string(spec), threads)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
        }
}

} // namespace

int main(int argc, char **argv)
{
    registerAll();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
