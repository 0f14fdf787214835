// 2-d spectra ("k-space") of an image plane: centred log-magnitude and the azimuthally averaged
// (radial) power spectrum. Frequencies are in cycles per pixel of the plane itself; divide by the
// grid step to express them per source pixel.
#pragma once

#include "dsl/array.h"

#include <vector>

namespace dsl {

struct KSpace
{
    std::size_t rows = 0, cols = 0;
    std::vector<float>
        magnitudeDb; // rows x cols, DC at (rows / 2, cols / 2), 20 log10 |F| / (rows cols)
    std::vector<double> radialFrequency; // cycles/px, bin centres
    std::vector<double> radialPowerDb; // mean |F|^2 per ring, dB
};

// The plane at `slice` (volumes) and `frame` (4-d), channels averaged; hann = taper the edges.
KSpace kspace(const Array &a, bool hann, std::size_t slice = 0, std::size_t frame = 0);

} // namespace dsl
