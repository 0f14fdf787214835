// FFTW behind a plan cache.
// Plans are created once per (kind, sizes, layout, precision) with FFTW_ESTIMATE and kept for the
// process lifetime; planning is serialised by a mutex (FFTW's planner is not thread-safe),
// execution uses FFTW's new-array functions and is thread-safe. Buffers passed in must come
// from fft::Buffer (FFTW-aligned), so any buffer can execute any cached plan of its shape.
// Transforms are unnormalised, exactly as FFTW defines them.
#pragma once

#include <algorithm>
#include <complex>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace dsl::fft {

void *allocateAligned(std::size_t bytes); // throws std::bad_alloc
void freeAligned(void *p);

template <class T> class Buffer
{
public:
    Buffer() = default;
    explicit Buffer(std::size_t n)
        : m_data(static_cast<T *>(allocateAligned(std::max<std::size_t>(n, 1) * sizeof(T))))
        , m_size(n)
    {
    }
    Buffer(Buffer &&o) noexcept
        : m_data(std::exchange(o.m_data, nullptr))
        , m_size(std::exchange(o.m_size, 0))
    {
    }
    Buffer &operator=(Buffer &&o) noexcept
    {
        std::swap(m_data, o.m_data);
        std::swap(m_size, o.m_size);
        return *this;
    }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer() { freeAligned(m_data); }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    T &operator[](std::size_t i) { return m_data[i]; }
    const T &operator[](std::size_t i) const { return m_data[i]; }

private:
    T *m_data = nullptr;
    std::size_t m_size = 0;
};

enum class R2RKind { Dct2, Dct3 }; // FFTW REDFT10, REDFT01

// `howmany` transforms of length n over double data; element k of transform t is at
// t * dist + k * stride (the same layout in and out). In-place allowed.
void r2r(R2RKind kind, std::size_t n, std::size_t howmany, std::size_t stride, std::size_t dist,
    double *in, double *out);
// Complex-to-complex, length n, `howmany` contiguous transforms (dist n). sign -1 forward, +1 back.
void c2c(int sign, std::size_t n, std::size_t howmany, std::complex<double> *in,
    std::complex<double> *out);
// Multi-dimensional real-to-complex / complex-to-real (row-major dims, last dim halved + 1).
// Destroys the input of c2r, as FFTW does.
void r2c(const std::vector<int> &dims, float *in, std::complex<float> *out);
void c2r(const std::vector<int> &dims, std::complex<float> *in, float *out);
// The same with a plan of its own that splits the transform over `threads` FFTW threads (for
// one large transform when the caller has no other work to run in parallel).
void r2c(const std::vector<int> &dims, float *in, std::complex<float> *out, int threads);
void c2r(const std::vector<int> &dims, std::complex<float> *in, float *out, int threads);
void r2c(const std::vector<int> &dims, double *in, std::complex<double> *out);
void c2r(const std::vector<int> &dims, std::complex<double> *in, double *out);

// In-place complex 2-d DFT of a row-major h x w field (unnormalised; sign -1 forward).
void dft2(std::vector<std::complex<double>> &data, std::size_t h, std::size_t w, int sign);

// Threads new plans may use (FFTW threads); existing plans keep theirs.
void setPlannerThreads(int threads);
std::size_t cachedPlanCount();

} // namespace dsl::fft
