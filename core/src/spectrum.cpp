#include "dsl/spectrum.h"

#include "dsl/error.h"
#include "dsl/fft.h"
#include "dsl/filters.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace dsl {

SpectrumWindow spectrumWindowFromName(const std::string &name)
{
    if (name == "rect" || name == "rectangular")
        return SpectrumWindow::Rectangular;
    if (name == "blackmanharris")
        return SpectrumWindow::BlackmanHarris;
    if (name == "kaiser")
        return SpectrumWindow::Kaiser;
    return SpectrumWindow::Hann;
}

std::vector<double> spectrumWindow(SpectrumWindow window, std::size_t n, double kaiserBeta)
{
    std::vector<double> w(n, 1.0);
    const double pi = std::numbers::pi;
    // Periodic (DFT-even) windows: the right choice for spectral analysis.
    for (std::size_t i = 0; i < n; ++i) {
        const double x = 2.0 * pi * double(i) / double(n);
        switch (window) {
        case SpectrumWindow::Rectangular:
            break;
        case SpectrumWindow::Hann:
            w[i] = 0.5 - 0.5 * std::cos(x);
            break;
        case SpectrumWindow::BlackmanHarris:
            w[i] = 0.35875 - 0.48829 * std::cos(x) + 0.14128 * std::cos(2 * x)
                - 0.01168 * std::cos(3 * x);
            break;
        case SpectrumWindow::Kaiser:
            break;
        }
    }
    if (window == SpectrumWindow::Kaiser) {
        std::vector<double> k = kaiserWindow(n + 1, kaiserBeta);
        std::copy_n(k.begin(), n, w.begin());
    }
    return w;
}

static std::size_t nextPow2(std::size_t n)
{
    std::size_t p = 1;
    while (p < n)
        p <<= 1;
    return p;
}

Spectrum magnitudeSpectrum(const Array &signal, const SpectrumOptions &options)
{
    if (signal.rank() != 1 || signal.values.empty())
        throw Error(ErrorCode::InvalidArgument, "A spectrum needs a 1-d signal.");
    const std::size_t n = signal.shape[0];
    const std::size_t ch = signal.channels;
    std::size_t nfft = options.fftSize ? options.fftSize : nextPow2(std::min<std::size_t>(n, 8192));
    nfft = std::max<std::size_t>(nfft, 8);
    const std::size_t seg = std::min(nfft, n);
    const std::vector<double> w = spectrumWindow(options.window, seg, options.kaiserBeta);
    double wsum = 0.0;
    for (double v : w)
        wsum += v;
    const std::size_t hop = std::max<std::size_t>(1, seg / 2);
    std::vector<std::size_t> starts;
    if (!options.welch || n <= seg)
        starts.push_back(0);
    else
        for (std::size_t s = 0; s + seg <= n; s += hop)
            starts.push_back(s);
    const std::size_t bins = nfft / 2 + 1;
    std::vector<double> power(bins, 0.0);
    fft::Buffer<double> buf(nfft);
    fft::Buffer<std::complex<double>> spec(bins);
    for (std::size_t c = 0; c < ch; ++c)
        for (std::size_t s : starts) {
            std::fill(buf.data(), buf.data() + nfft, 0.0);
            for (std::size_t i = 0; i < seg; ++i)
                buf[i] = w[i] * double(signal.values[(s + i) * ch + c]);
            fft::r2c({ int(nfft) }, buf.data(), spec.data());
            for (std::size_t k = 0; k < bins; ++k)
                power[k] += std::norm(spec[k]);
        }
    const double count = double(starts.size() * ch);
    const double rate = signal.sampleRate() > 0 ? signal.sampleRate() : 1.0;
    Spectrum out;
    out.segments = starts.size();
    out.frequencies.resize(bins);
    out.magnitudeDb.resize(bins);
    for (std::size_t k = 0; k < bins; ++k) {
        // One-sided amplitude: 2 |X| / sum(w) (DC and Nyquist once).
        const double edge = (k == 0 || (nfft % 2 == 0 && k == bins - 1)) ? 1.0 : 2.0;
        const double amp = edge * std::sqrt(power[k] / count) / wsum;
        out.frequencies[k] = double(k) * rate / double(nfft);
        out.magnitudeDb[k] = 20.0 * std::log10(std::max(amp, 1e-15));
    }
    return out;
}

Spectrogram spectrogram(const Array &signal, std::size_t fftSize, std::size_t hop,
    SpectrumWindow window, RunContext *ctx)
{
    if (signal.rank() != 1 || signal.values.empty())
        throw Error(ErrorCode::InvalidArgument, "A spectrogram needs a 1-d signal.");
    const std::size_t n = signal.shape[0], ch = signal.channels;
    fftSize = std::max<std::size_t>(8, fftSize);
    hop = std::max<std::size_t>(1, hop);
    const std::vector<double> w = spectrumWindow(window, fftSize, 14.0);
    double wsum = 0.0;
    for (double v : w)
        wsum += v;
    Spectrogram s;
    s.bins = fftSize / 2 + 1;
    s.frames = n >= fftSize ? (n - fftSize) / hop + 1 : 1;
    const double rate = signal.sampleRate() > 0 ? signal.sampleRate() : 1.0;
    s.frameSeconds = double(hop) / rate;
    s.binHz = rate / double(fftSize);
    s.db.assign(s.frames * s.bins, -300.0f);
    fft::Buffer<double> buf(fftSize);
    fft::Buffer<std::complex<double>> spec(s.bins);
    for (std::size_t f = 0; f < s.frames; ++f) {
        if (ctx && f % 64 == 0)
            ctx->checkpoint();
        std::vector<double> power(s.bins, 0.0);
        for (std::size_t c = 0; c < ch; ++c) {
            for (std::size_t i = 0; i < fftSize; ++i) {
                const std::size_t at = f * hop + i;
                buf[i] = at < n ? w[i] * double(signal.values[at * ch + c]) : 0.0;
            }
            fft::r2c({ int(fftSize) }, buf.data(), spec.data());
            for (std::size_t k = 0; k < s.bins; ++k)
                power[k] += std::norm(spec[k]);
        }
        for (std::size_t k = 0; k < s.bins; ++k) {
            const double amp = 2.0 * std::sqrt(power[k] / double(ch)) / wsum;
            s.db[f * s.bins + k] = float(20.0 * std::log10(std::max(amp, 1e-15)));
        }
    }
    return s;
}

double foldedFrequency(double f, double newRate)
{
    return std::abs(f - newRate * std::round(f / newRate));
}

} // namespace dsl
