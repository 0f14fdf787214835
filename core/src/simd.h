// Internal: 8-float vectors (GCC/Clang vector extensions) for the hot loops, and the run-time
// choice of an AVX2+FMA clone of a loop body. Bodies are written once as always-inline
// functions; a [[gnu::target("avx2,fma")]] wrapper and a plain one instantiate them, and
// hasAvx2() picks one per call.
#pragma once

#include <cstring>

// The helpers taking and returning vectors are internal and inlined, so GCC's note that their
// ABI differs with and without AVX does not concern any real call.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DSL_SIMD_DISPATCH 1
#endif

namespace dsl::simd {

typedef float v8 __attribute__((vector_size(32)));
typedef int v8i __attribute__((vector_size(32)));

[[gnu::always_inline]] inline v8 load8(const float *p)
{
    v8 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

[[gnu::always_inline]] inline void store8(float *p, const v8 &v)
{
    std::memcpy(p, &v, sizeof v);
}

// mask ? a : b, lane by lane (mask lanes are all ones or all zeros, as comparisons give).
[[gnu::always_inline]] inline v8 select(const v8i &mask, const v8 &a, const v8 &b)
{
    return reinterpret_cast<v8>(
        (reinterpret_cast<v8i>(a) & mask) | (reinterpret_cast<v8i>(b) & ~mask));
}

// The larger of the running value `a` and a new value `b` with torch's rule: a NaN wins and
// stays (the scalar form is kernels::MaxOp::pair).
[[gnu::always_inline]] inline v8 maxNaN(const v8 &a, const v8 &b)
{
    const v8i take = ((b > a) | (b != b)) & (a == a);
    return select(take, b, a);
}

[[gnu::always_inline]] inline float maxNaN(float a, float b)
{
    return (b > a || b != b) && a == a ? b : a;
}

// Even and odd lanes of the 16 floats lo:hi.
[[gnu::always_inline]] inline v8 evens(const v8 &lo, const v8 &hi)
{
    return __builtin_shufflevector(lo, hi, 0, 2, 4, 6, 8, 10, 12, 14);
}
[[gnu::always_inline]] inline v8 odds(const v8 &lo, const v8 &hi)
{
    return __builtin_shufflevector(lo, hi, 1, 3, 5, 7, 9, 11, 13, 15);
}

#ifdef DSL_SIMD_DISPATCH
inline bool hasAvx2()
{
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
}
#else
inline bool hasAvx2()
{
    return false;
}
#endif

} // namespace dsl::simd
