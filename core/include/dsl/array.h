// The one N-d container of the core library, and its geometry.
//
// Conventions
// - Values are float32, contiguous, row-major: axis 0 is the slowest, channels are interleaved
//   and fastest. Signals are (N) or (N)+channels, images (H, W)+channels with row 0 at the top,
//   volumes (K, J, I) or (T, K, J, I): NIfTI voxel index i is the fastest axis in memory,
//   exactly as the file stores it (numpy/nibabel see the same data as (I, J, K[, T])).
// - Sample i of an axis has its centre at coordinate i and covers [i - 1/2, i + 1/2).
// - AxisGrid gives the physical position of sample 0 and the spacing per axis, in `unit`
//   (s for signals, px for images, mm for volume axes, s for a volume's time axis).
// - For scans, SpaceGeometry holds ITK's world frame (LPS, mm): world = origin + D * diag(spacing)
//   * (i, j, k). Axis grids then have origin 0 and the NIfTI spacing.
// - SourceInfo remembers what the values came from (sample type, scaling) so exports can
//   write the same kind of file back.
// Arrays are values; share immutable ones across threads as std::shared_ptr<const Array>.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace dsl {

enum class Kind { Signal, Image, Volume };

enum class SampleType {
    UInt8,
    Int8,
    UInt16,
    Int16,
    UInt32,
    Int32,
    UInt64,
    Int64,
    Float32,
    Float64,
};

const char *kindName(Kind kind); // "signal", "image", "volume"
const char *sampleTypeName(SampleType type); // numpy-like: "uint8", "float32", ...
int sampleTypeBits(SampleType type);
bool isIntegerType(SampleType type);

struct AxisGrid
{
    double origin = 0.0;
    double spacing = 1.0;
    std::string unit = "px";
};

struct SpaceGeometry
{
    std::array<double, 3> origin { 0.0, 0.0, 0.0 }; // mm, ITK/LPS
    std::array<double, 9> direction { 1, 0, 0, 0, 1, 0, 0, 0,
        1 }; // row-major 3x3, columns = axes i, j, k
};

struct SourceInfo
{
    std::string path; // empty for synthetic sources
    std::string format; // "wav", "flac", "png", "nifti1", "npy", "synthetic", ...
    SampleType sampleType = SampleType::Float32;
    double sclSlope = 1.0; // values = stored * sclSlope + sclInter (already applied)
    double sclInter = 0.0;
    std::vector<std::string>
        warnings; // things a user should know (damaged data, sanitised geometry)
};

// An allocator that leaves new floats uninitialised (default-init instead of value-init), so an
// operator that writes every output sample does not first pay for zeroing it.
template <class T> struct DefaultInitAllocator : std::allocator<T>
{
    template <class U> struct rebind
    {
        using other = DefaultInitAllocator<U>;
    };
    DefaultInitAllocator() = default;
    template <class U> DefaultInitAllocator(const DefaultInitAllocator<U> &) noexcept { }
    template <class U> void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template <class U, class... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
using FloatBuffer = std::vector<float, DefaultInitAllocator<float>>;

struct Array
{
    Kind kind = Kind::Image;
    std::vector<std::size_t> shape; // spatial/temporal axes, slowest first
    std::size_t channels = 1;
    FloatBuffer values;
    std::vector<AxisGrid> grid; // one per axis of `shape`
    std::optional<SpaceGeometry> space; // scans only
    SourceInfo source;

    // A zero-filled array with default grids (spacing 1, unit by kind).
    static Array zeros(Kind kind, std::vector<std::size_t> shape, std::size_t channels = 1);
    // The same kind, channels and source description with a new shape, zero-filled.
    Array like(std::vector<std::size_t> newShape) const;
    // As like(), with the values left uninitialised: for operators that write every one (saves
    // zeroing, and lets the pages be first touched by the threads that fill them).
    Array likeUninitialised(std::vector<std::size_t> newShape) const;

    std::size_t rank() const { return shape.size(); }
    std::size_t samplesPerChannel() const; // product of shape
    std::size_t size() const { return values.size(); } // samplesPerChannel() * channels
    std::size_t stride(std::size_t axis) const; // in floats, channels included
    float *data() { return values.data(); }
    const float *data() const { return values.data(); }

    // The axes a volume's spatial operators act on (the last three); every axis otherwise.
    std::vector<std::size_t> spatialAxes() const;
    double sampleRate() const; // signals: 1 / grid[0].spacing
    // Throws dsl::Error if shape, channels, values and grid disagree.
    void checkInvariants() const;
};

// Index helpers for multi-dimensional loops.
std::size_t product(const std::vector<std::size_t> &extents);

} // namespace dsl
