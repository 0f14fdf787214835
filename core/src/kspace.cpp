#include "dsl/kspace.h"

#include "dsl/error.h"
#include "dsl/fft.h"

#include <cmath>
#include <complex>
#include <numbers>

namespace dsl {

KSpace kspace(const Array &a, bool hann, std::size_t slice, std::size_t frame)
{
    const std::size_t r = a.rank();
    if (r < 2)
        throw Error(ErrorCode::InvalidArgument, "k-space needs an image or a volume.");
    const std::size_t rows = a.shape[r - 2], cols = a.shape[r - 1];
    std::size_t plane = 0;
    if (r == 3)
        plane = std::min(slice, a.shape[0] - 1);
    else if (r == 4)
        plane = std::min(frame, a.shape[0] - 1) * a.shape[1] + std::min(slice, a.shape[1] - 1);
    const std::size_t ch = a.channels;
    const float *src = a.data() + plane * rows * cols * ch;
    fft::Buffer<double> in(rows * cols);
    const double pi = std::numbers::pi;
    for (std::size_t y = 0; y < rows; ++y) {
        const double wy = hann ? 0.5 - 0.5 * std::cos(2 * pi * double(y) / double(rows)) : 1.0;
        for (std::size_t x = 0; x < cols; ++x) {
            const double wx = hann ? 0.5 - 0.5 * std::cos(2 * pi * double(x) / double(cols)) : 1.0;
            double v = 0.0;
            for (std::size_t c = 0; c < ch; ++c)
                v += src[(y * cols + x) * ch + c];
            in[y * cols + x] = wy * wx * v / double(ch);
        }
    }
    const std::size_t half = cols / 2 + 1;
    fft::Buffer<std::complex<double>> out(rows * half);
    fft::r2c({ int(rows), int(cols) }, in.data(), out.data());
    KSpace k;
    k.rows = rows;
    k.cols = cols;
    k.magnitudeDb.resize(rows * cols);
    const double norm = 1.0 / double(rows * cols);
    const double df = 1.0 / double(std::min(rows, cols));
    const std::size_t bins = std::size_t(std::ceil(0.5 * std::sqrt(2.0) / df)) + 1;
    std::vector<double> ring(bins, 0.0);
    std::vector<std::size_t> count(bins, 0);
    for (std::size_t y = 0; y < rows; ++y)
        for (std::size_t x = 0; x < cols; ++x) {
            // Hermitian symmetry fills the half FFTW leaves out.
            std::complex<double> v;
            if (x < half)
                v = out[y * half + x];
            else
                v = std::conj(out[((rows - y) % rows) * half + (cols - x)]);
            const double mag = std::abs(v) * norm;
            // Centre: frequency index (y, x) goes to ((y + rows/2) % rows, (x + cols/2) % cols).
            const std::size_t cy = (y + rows / 2) % rows, cx = (x + cols / 2) % cols;
            k.magnitudeDb[cy * cols + cx] = float(20.0 * std::log10(std::max(mag, 1e-12)));
            const double fy = (y <= rows / 2 ? double(y) : double(y) - double(rows)) / double(rows);
            const double fx = (x <= cols / 2 ? double(x) : double(x) - double(cols)) / double(cols);
            const std::size_t b = std::size_t(std::sqrt(fy * fy + fx * fx) / df + 0.5);
            if (b < bins) {
                ring[b] += mag * mag;
                ++count[b];
            }
        }
    for (std::size_t b = 0; b < bins; ++b)
        if (count[b]) {
            k.radialFrequency.push_back(double(b) * df);
            k.radialPowerDb.push_back(
                10.0 * std::log10(std::max(ring[b] / double(count[b]), 1e-24)));
        }
    return k;
}

} // namespace dsl
