#include "dsl/plane.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dsl {

ValueWindow fullRange(const Array &a)
{
    if (a.values.empty())
        return {};
    const auto [lo, hi] = std::minmax_element(a.values.begin(), a.values.end());
    if (!(*hi > *lo))
        return { double(*lo) - 0.5, double(*lo) + 0.5 };
    return { double(*lo), double(*hi) };
}

ValueWindow percentileRange(const Array &a, double low, double high)
{
    if (a.values.empty())
        return {};
    const std::size_t step = std::max<std::size_t>(1, a.values.size() / (1u << 20));
    std::vector<float> sample;
    sample.reserve(a.values.size() / step + 1);
    for (std::size_t i = 0; i < a.values.size(); i += step)
        sample.push_back(a.values[i]);
    auto quantile = [&sample](double q) {
        const std::size_t k = std::size_t(std::clamp(q, 0.0, 1.0) * double(sample.size() - 1));
        std::nth_element(sample.begin(), sample.begin() + long(k), sample.end());
        return double(sample[k]);
    };
    const double lo = quantile(low), hi = quantile(high);
    if (!(hi > lo))
        return fullRange(a);
    return { lo, hi };
}

ValueWindow displayWindow(const Array &a)
{
    if (a.kind == Kind::Volume || a.source.sampleType == SampleType::UInt16
        || a.source.sampleType == SampleType::Int16 || a.source.format == "npy")
        return percentileRange(a, 0.005, 0.995);
    return fullRange(a);
}

std::size_t normalAxis(const Array &volume, int normal)
{
    const std::size_t base = volume.rank() == 4 ? 1 : 0;
    return base + std::size_t(std::clamp(normal, 0, 2));
}

std::size_t nearestOutputIndex(
    std::size_t sourceIndex, double origin, double step, std::size_t extent)
{
    if (extent == 0)
        return 0;
    const double i = std::round((double(sourceIndex) - origin) / (step > 0.0 ? step : 1.0));
    return std::size_t(std::clamp(i, 0.0, double(extent) - 1.0));
}

VolumePlane volumePlane(
    const Array &volume, int normal, std::size_t index, std::size_t frame, bool flipColumns)
{
    const std::size_t base = volume.rank() == 4 ? 1 : 0;
    const std::size_t k = base, j = base + 1, i = base + 2;
    VolumePlane p;
    const std::size_t n = normalAxis(volume, normal);
    p.rowAxis = normal == 0 ? j : k;
    p.colAxis = normal == 2 ? j : i;
    p.rowsFlipped = normal != 0;
    p.colsFlipped = flipColumns;
    const std::size_t rows = volume.shape[p.rowAxis], cols = volume.shape[p.colAxis];
    index = std::min(index, volume.shape[n] - 1);
    p.image = Array::zeros(Kind::Image, { rows, cols }, volume.channels);
    const std::size_t ch = volume.channels;
    const std::size_t f = volume.rank() == 4 ? std::min(frame, volume.shape[0] - 1) : 0;
    std::vector<std::size_t> idx(volume.rank(), 0);
    if (volume.rank() == 4)
        idx[0] = f;
    idx[n] = index;
    for (std::size_t r = 0; r < rows; ++r) {
        idx[p.rowAxis] = p.rowsFlipped ? rows - 1 - r : r;
        for (std::size_t c = 0; c < cols; ++c) {
            idx[p.colAxis] = p.colsFlipped ? cols - 1 - c : c;
            std::size_t offset = 0;
            for (std::size_t a = 0; a < volume.rank(); ++a)
                offset += idx[a] * volume.stride(a);
            for (std::size_t q = 0; q < ch; ++q)
                p.image.values[(r * cols + c) * ch + q] = volume.values[offset + q];
        }
    }
    p.image.source = volume.source;
    return p;
}

VolumePlane volumeProjection(const Array &volume, int normal, std::size_t frame, bool flipColumns)
{
    const std::size_t n = normalAxis(volume, normal);
    VolumePlane sum = volumePlane(volume, normal, 0, frame, flipColumns);
    for (std::size_t index = 1; index < volume.shape[n]; ++index) {
        const VolumePlane p = volumePlane(volume, normal, index, frame, flipColumns);
        for (std::size_t i = 0; i < sum.image.values.size(); ++i)
            sum.image.values[i] += p.image.values[i];
    }
    return sum;
}

} // namespace dsl
