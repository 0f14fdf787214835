#include "dsl/fft.h"

#include <fftw3.h>

#include <map>
#include <mutex>
#include <new>
#include <tuple>
#include <vector>

namespace dsl::fft {

void *allocateAligned(std::size_t bytes)
{
    void *p = fftw_malloc(bytes);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void freeAligned(void *p)
{
    if (p)
        fftw_free(p);
}

namespace {

enum class PlanKind { R2R, C2C, R2C, C2R };
enum class Precision { Single, Double };

// ..., in place, threads (0: the planner's default, setPlannerThreads).
using PlanKey = std::tuple<PlanKind, Precision, int, std::vector<int>, std::size_t, std::size_t,
    std::size_t, bool, int>;

struct Planner
{
    std::mutex mutex;
    std::map<PlanKey, void *> plans;
    int threads = 1;
    bool threadsInitialised = false;

    void ensureThreads(int n)
    {
        if (!threadsInitialised) {
            fftw_init_threads();
            fftwf_init_threads();
            threadsInitialised = true;
        }
        fftw_plan_with_nthreads(n > 0 ? n : threads);
        fftwf_plan_with_nthreads(n > 0 ? n : threads);
    }
};

// Never destroyed: plans stay valid for work still running at exit, and a static object's
// destructor would free the map but not the plans (LeakSanitizer rightly reported them).
Planner &planner()
{
    static Planner *p = new Planner;
    return *p;
}

// Creates the plan on first use with scratch buffers of the right size and alignment.
template <class Make> void *cachedPlan(const PlanKey &key, Make make)
{
    Planner &pl = planner();
    const std::lock_guard lock(pl.mutex);
    auto it = pl.plans.find(key);
    if (it != pl.plans.end())
        return it->second;
    pl.ensureThreads(std::get<8>(key));
    void *plan = make();
    if (!plan)
        throw std::bad_alloc();
    pl.plans.emplace(key, plan);
    return plan;
}

std::size_t total(const std::vector<int> &dims)
{
    std::size_t n = 1;
    for (int d : dims)
        n *= std::size_t(d);
    return n;
}

std::size_t halfTotal(const std::vector<int> &dims)
{
    std::size_t n = 1;
    for (std::size_t i = 0; i + 1 < dims.size(); ++i)
        n *= std::size_t(dims[i]);
    return n * (std::size_t(dims.back()) / 2 + 1);
}

} // namespace

namespace {

// Long single DCTs through a real FFT of the same length (Makhoul 1980): FFTW's own REDFT plans
// from FFTW_ESTIMATE are several times slower for lengths in the millions, and a single long
// transform bounds how fast a computation can be cancelled. Same unnormalised conventions as
// FFTW's REDFT10 (DCT-II) and REDFT01 (DCT-III).
void dct2Long(std::size_t n, const double *in, double *out)
{
    Buffer<double> v(n);
    for (std::size_t j = 0; 2 * j < n; ++j)
        v[j] = in[2 * j];
    for (std::size_t j = 0; 2 * j + 1 < n; ++j)
        v[n - 1 - j] = in[2 * j + 1];
    Buffer<std::complex<double>> V(n / 2 + 1);
    r2c({ int(n) }, v.data(), V.data());
    const double pi = 3.14159265358979323846;
    for (std::size_t k = 0; k < n; ++k) {
        const std::complex<double> vk = k <= n / 2 ? V[k] : std::conj(V[n - k]);
        out[k] = 2.0 * (std::polar(1.0, -pi * double(k) / (2.0 * double(n))) * vk).real();
    }
}

void dct3Long(std::size_t n, const double *in, double *out)
{
    Buffer<std::complex<double>> V(n / 2 + 1);
    const double pi = 3.14159265358979323846;
    for (std::size_t k = 0; k <= n / 2; ++k) {
        const double yk = in[k], ynk = k == 0 ? 0.0 : in[n - k];
        V[k] = 0.5 * std::polar(1.0, pi * double(k) / (2.0 * double(n)))
            * std::complex<double>(yk, -ynk);
    }
    Buffer<double> v(n);
    c2r({ int(n) }, V.data(), v.data());
    for (std::size_t j = 0; 2 * j < n; ++j)
        out[2 * j] = 2.0 * v[j];
    for (std::size_t j = 0; 2 * j + 1 < n; ++j)
        out[2 * j + 1] = 2.0 * v[n - 1 - j];
}

} // namespace

void r2r(R2RKind kind, std::size_t n, std::size_t howmany, std::size_t stride, std::size_t dist,
    double *in, double *out)
{
    if (howmany == 1 && stride == 1 && n >= 65536) {
        std::vector<double> tmp(in, in + n);
        if (kind == R2RKind::Dct2)
            dct2Long(n, tmp.data(), out);
        else
            dct3Long(n, tmp.data(), out);
        return;
    }
    const PlanKey key { PlanKind::R2R, Precision::Double, int(kind), { int(n) }, howmany, stride,
        dist, in == out, 0 };
    void *plan = cachedPlan(key, [&]() -> void * {
        const std::size_t span = (howmany - 1) * dist + (n - 1) * stride + 1;
        Buffer<double> a(span), b(span);
        int len = int(n);
        fftw_r2r_kind k = kind == R2RKind::Dct2 ? FFTW_REDFT10 : FFTW_REDFT01;
        return fftw_plan_many_r2r(1, &len, int(howmany), a.data(), nullptr, int(stride), int(dist),
            in == out ? a.data() : b.data(), nullptr, int(stride), int(dist), &k, FFTW_ESTIMATE);
    });
    fftw_execute_r2r(static_cast<fftw_plan>(plan), in, out);
}

void c2c(int sign, std::size_t n, std::size_t howmany, std::complex<double> *in,
    std::complex<double> *out)
{
    const PlanKey key { PlanKind::C2C, Precision::Double, sign, { int(n) }, howmany, 1, n,
        in == out, 0 };
    void *plan = cachedPlan(key, [&]() -> void * {
        Buffer<fftw_complex> a(n * howmany), b(n * howmany);
        int len = int(n);
        return fftw_plan_many_dft(1, &len, int(howmany), a.data(), nullptr, 1, int(n),
            in == out ? a.data() : b.data(), nullptr, 1, int(n), sign, FFTW_ESTIMATE);
    });
    fftw_execute_dft(static_cast<fftw_plan>(plan), reinterpret_cast<fftw_complex *>(in),
        reinterpret_cast<fftw_complex *>(out));
}

void r2c(const std::vector<int> &dims, float *in, std::complex<float> *out)
{
    r2c(dims, in, out, 0);
}

void r2c(const std::vector<int> &dims, float *in, std::complex<float> *out, int threads)
{
    const PlanKey key { PlanKind::R2C, Precision::Single, 0, dims, 1, 1, 1, false, threads };
    void *plan = cachedPlan(key, [&]() -> void * {
        Buffer<float> a(total(dims));
        Buffer<fftwf_complex> b(halfTotal(dims));
        return fftwf_plan_dft_r2c(int(dims.size()), dims.data(), a.data(), b.data(), FFTW_ESTIMATE);
    });
    fftwf_execute_dft_r2c(
        static_cast<fftwf_plan>(plan), in, reinterpret_cast<fftwf_complex *>(out));
}

void c2r(const std::vector<int> &dims, std::complex<float> *in, float *out)
{
    c2r(dims, in, out, 0);
}

void c2r(const std::vector<int> &dims, std::complex<float> *in, float *out, int threads)
{
    const PlanKey key { PlanKind::C2R, Precision::Single, 0, dims, 1, 1, 1, false, threads };
    void *plan = cachedPlan(key, [&]() -> void * {
        Buffer<fftwf_complex> a(halfTotal(dims));
        Buffer<float> b(total(dims));
        return fftwf_plan_dft_c2r(int(dims.size()), dims.data(), a.data(), b.data(), FFTW_ESTIMATE);
    });
    fftwf_execute_dft_c2r(
        static_cast<fftwf_plan>(plan), reinterpret_cast<fftwf_complex *>(in), out);
}

void r2c(const std::vector<int> &dims, double *in, std::complex<double> *out)
{
    const PlanKey key { PlanKind::R2C, Precision::Double, 0, dims, 1, 1, 1, false, 0 };
    void *plan = cachedPlan(key, [&]() -> void * {
        Buffer<double> a(total(dims));
        Buffer<fftw_complex> b(halfTotal(dims));
        return fftw_plan_dft_r2c(int(dims.size()), dims.data(), a.data(), b.data(), FFTW_ESTIMATE);
    });
    fftw_execute_dft_r2c(static_cast<fftw_plan>(plan), in, reinterpret_cast<fftw_complex *>(out));
}

void c2r(const std::vector<int> &dims, std::complex<double> *in, double *out)
{
    const PlanKey key { PlanKind::C2R, Precision::Double, 0, dims, 1, 1, 1, false, 0 };
    void *plan = cachedPlan(key, [&]() -> void * {
        Buffer<fftw_complex> a(halfTotal(dims));
        Buffer<double> b(total(dims));
        return fftw_plan_dft_c2r(int(dims.size()), dims.data(), a.data(), b.data(), FFTW_ESTIMATE);
    });
    fftw_execute_dft_c2r(static_cast<fftw_plan>(plan), reinterpret_cast<fftw_complex *>(in), out);
}

void dft2(std::vector<std::complex<double>> &data, std::size_t h, std::size_t w, int sign)
{
    Buffer<std::complex<double>> rows(h * w), cols(h * w);
    std::copy(data.begin(), data.end(), rows.data());
    c2c(sign, w, h, rows.data(), rows.data());
    for (std::size_t y = 0; y < h; ++y)
        for (std::size_t x = 0; x < w; ++x)
            cols[x * h + y] = rows[y * w + x];
    c2c(sign, h, w, cols.data(), cols.data());
    for (std::size_t y = 0; y < h; ++y)
        for (std::size_t x = 0; x < w; ++x)
            data[y * w + x] = cols[x * h + y];
}

void setPlannerThreads(int threads)
{
    Planner &pl = planner();
    const std::lock_guard lock(pl.mutex);
    pl.threads = std::max(1, threads);
}

std::size_t cachedPlanCount()
{
    Planner &pl = planner();
    const std::lock_guard lock(pl.mutex);
    return pl.plans.size();
}

} // namespace dsl::fft
