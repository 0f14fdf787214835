// 1-d spectra for the signal views: magnitude spectrum (Welch-averaged for long signals) and
// STFT spectrogram, through FFTW with cached plans.
// Scaling: amplitude in dBFS-like units, so a sine of amplitude A reads 20 log10(A) dB at its
// frequency whatever the window (coherent-gain normalised). Channels are averaged in power.
#pragma once

#include "dsl/array.h"
#include "dsl/run_context.h"

#include <string>
#include <vector>

namespace dsl {

enum class SpectrumWindow { Rectangular, Hann, BlackmanHarris, Kaiser };
SpectrumWindow spectrumWindowFromName(
    const std::string &name); // "hann", "rect", "blackmanharris", "kaiser"

struct SpectrumOptions
{
    SpectrumWindow window = SpectrumWindow::Hann;
    std::size_t fftSize = 0; // 0: next power of two >= min(N, 8192)
    bool welch = true; // average 50 %-overlapping segments when the signal is longer than fftSize
    double kaiserBeta = 14.0;
    // STFT spectrogram: window length in milliseconds (rounded up to a power of two of samples,
    // at each signal's own rate, so panes at different rates share time resolution) and hop as
    // a fraction of the window (1 / hopDivisor).
    double spectrogramMs = 21.0;
    std::size_t spectrogramHopDivisor = 4;
};

struct Spectrum
{
    std::vector<double> frequencies; // Hz (cycles per sample if the signal has no rate)
    std::vector<double> magnitudeDb;
    std::size_t segments = 0;
};

std::vector<double> spectrumWindow(SpectrumWindow window, std::size_t n, double kaiserBeta);
Spectrum magnitudeSpectrum(const Array &signal, const SpectrumOptions &options = {});

struct Spectrogram
{
    std::size_t frames = 0;
    std::size_t bins = 0;
    double frameSeconds = 0.0; // hop in seconds
    double binHz = 0.0;
    std::vector<float> db; // frames x bins, row-major
};
Spectrogram spectrogram(const Array &signal, std::size_t fftSize, std::size_t hop,
    SpectrumWindow window = SpectrumWindow::Hann, RunContext *ctx = nullptr);

// f_alias = |f - fs' round(f / fs')|: where a tone at f lands after resampling to fs'.
double foldedFrequency(double f, double newRate);

} // namespace dsl
