#include "dsl/array.h"

#include "dsl/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dsl {

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Signal:
        return "signal";
    case Kind::Image:
        return "image";
    case Kind::Volume:
        return "volume";
    }
    return "?";
}

const char *sampleTypeName(SampleType type)
{
    switch (type) {
    case SampleType::UInt8:
        return "uint8";
    case SampleType::Int8:
        return "int8";
    case SampleType::UInt16:
        return "uint16";
    case SampleType::Int16:
        return "int16";
    case SampleType::UInt32:
        return "uint32";
    case SampleType::Int32:
        return "int32";
    case SampleType::UInt64:
        return "uint64";
    case SampleType::Int64:
        return "int64";
    case SampleType::Float32:
        return "float32";
    case SampleType::Float64:
        return "float64";
    }
    return "?";
}

int sampleTypeBits(SampleType type)
{
    switch (type) {
    case SampleType::UInt8:
    case SampleType::Int8:
        return 8;
    case SampleType::UInt16:
    case SampleType::Int16:
        return 16;
    case SampleType::UInt32:
    case SampleType::Int32:
    case SampleType::Float32:
        return 32;
    case SampleType::UInt64:
    case SampleType::Int64:
    case SampleType::Float64:
        return 64;
    }
    return 0;
}

bool isIntegerType(SampleType type)
{
    return type != SampleType::Float32 && type != SampleType::Float64;
}

std::size_t product(const std::vector<std::size_t> &extents)
{
    std::size_t n = 1;
    for (std::size_t e : extents) {
        if (e != 0 && n > std::numeric_limits<std::size_t>::max() / e)
            throw Error(ErrorCode::ResourceLimit, "The array size overflows the address space.");
        n *= e;
    }
    return n;
}

static AxisGrid defaultGrid(Kind kind)
{
    switch (kind) {
    case Kind::Signal:
        return { 0.0, 1.0, "s" };
    case Kind::Image:
        return { 0.0, 1.0, "px" };
    case Kind::Volume:
        return { 0.0, 1.0, "mm" };
    }
    return {};
}

Array Array::zeros(Kind kind, std::vector<std::size_t> shape, std::size_t channels)
{
    if (shape.empty() || shape.size() > 4)
        throw Error(ErrorCode::InvalidArgument, "An array needs 1 to 4 axes.");
    if (channels == 0)
        throw Error(ErrorCode::InvalidArgument, "An array needs at least one channel.");
    Array a;
    a.kind = kind;
    a.channels = channels;
    a.shape = std::move(shape);
    a.grid.assign(a.shape.size(), defaultGrid(kind));
    a.values.assign(product({ product(a.shape), channels }), 0.0f);
    return a;
}

Array Array::like(std::vector<std::size_t> newShape) const
{
    Array a = likeUninitialised(std::move(newShape));
    std::fill(a.values.begin(), a.values.end(), 0.0f);
    return a;
}

Array Array::likeUninitialised(std::vector<std::size_t> newShape) const
{
    if (newShape.empty() || newShape.size() > 4)
        throw Error(ErrorCode::InvalidArgument, "An array needs 1 to 4 axes.");
    Array a;
    a.kind = kind;
    a.channels = channels;
    a.shape = std::move(newShape);
    a.grid = a.rank() == rank() ? grid : std::vector<AxisGrid>(a.rank(), defaultGrid(kind));
    a.values.resize(product({ product(a.shape), channels }));
    a.space = space;
    a.source = source;
    return a;
}

std::size_t Array::samplesPerChannel() const
{
    return product(shape);
}

std::size_t Array::stride(std::size_t axis) const
{
    std::size_t s = channels;
    for (std::size_t a = shape.size(); a-- > axis + 1;)
        s *= shape[a];
    return s;
}

std::vector<std::size_t> Array::spatialAxes() const
{
    std::vector<std::size_t> axes;
    const std::size_t first = (kind == Kind::Volume && rank() == 4) ? 1 : 0;
    for (std::size_t a = first; a < rank(); ++a)
        axes.push_back(a);
    return axes;
}

double Array::sampleRate() const
{
    if (grid.empty() || !(grid[0].spacing > 0.0))
        return 0.0;
    return 1.0 / grid[0].spacing;
}

void Array::checkInvariants() const
{
    if (shape.empty() || shape.size() > 4)
        throw Error(ErrorCode::Internal, "Array rank must be 1 to 4.");
    for (std::size_t e : shape)
        if (e == 0)
            throw Error(ErrorCode::Internal, "Array has an empty axis.");
    if (channels == 0 || values.size() != samplesPerChannel() * channels)
        throw Error(ErrorCode::Internal, "Array values do not match its shape.");
    if (grid.size() != shape.size())
        throw Error(ErrorCode::Internal, "Array grid does not match its rank.");
    for (const AxisGrid &g : grid)
        if (!std::isfinite(g.origin) || !std::isfinite(g.spacing) || g.spacing <= 0.0)
            throw Error(
                ErrorCode::Internal, "Array grid has a non-finite or non-positive spacing.");
}

} // namespace dsl
