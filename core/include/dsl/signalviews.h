// What a signal pane shows besides the waveform, computed once per signal off the GUI thread:
// its magnitude spectrum (and its alias component's), its STFT spectrogram with a window of the
// same duration at every rate, and its anti-alias filter's response in Hz — magnitude (dB),
// causal unwrapped phase (degrees) and causal group delay (ms).
#pragma once

#include "dsl/array.h"
#include "dsl/filters.h"
#include "dsl/spectrum.h"

#include <vector>

namespace dsl {

struct FilterCurves
{
    std::vector<double> hz; // frequencies, 0 .. rate / 2
    std::vector<double> magnitudeDb; // 20 log10 |H|, at least -200
    std::vector<double> phaseDeg; // run once, causally, unwrapped
    std::vector<double> groupDelayMs; // run once, causally
    double passHz = 0.0, stopHz = 0.0; // designed edges (0: unknown)
    bool empty() const { return hz.empty(); }
};

// The response of `filter` for input rate `rate` (Hz) at points + 1 frequencies over
// [0, rate / 2]; empty for an empty filter.
FilterCurves filterResponseCurves(const FilterDescription &filter, double rate, int points = 1024);

struct SignalViews
{
    Spectrum spectrum; // of the signal shown
    Spectrum aliasSpectrum; // of its alias component (variants only)
    Spectrogram spectrogram;
    FilterCurves filterResponse; // of the anti-alias filter, when there is one
};

// The spectrogram's FFT is the power of two (16 … 16384) at least options.spectrogramMs long at
// the signal's rate, its hop that over options.spectrogramHopDivisor.
SignalViews computeSignalViews(const Array &signal, const Array *alias,
    const SpectrumOptions &options, const FilterDescription *filter = nullptr,
    double inputRate = 0.0);

} // namespace dsl
