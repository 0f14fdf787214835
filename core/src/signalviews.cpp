#include "dsl/signalviews.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dsl {

FilterCurves filterResponseCurves(const FilterDescription &filter, double rate, int points)
{
    FilterCurves c;
    if (filter.empty() || points < 1 || !(rate > 0.0))
        return c;
    const std::size_t n = std::size_t(points);
    std::vector<double> f(n + 1);
    for (std::size_t i = 0; i <= n; ++i)
        f[i] = double(i) / double(n);
    const auto h = frequencyResponse(filter, f);
    const CausalResponse causal = causalResponse(filter, f);
    c.hz.resize(n + 1);
    c.magnitudeDb.resize(n + 1);
    c.phaseDeg.resize(n + 1);
    c.groupDelayMs.resize(n + 1);
    for (std::size_t k = 0; k <= n; ++k) {
        c.hz[k] = f[k] * rate / 2.0;
        c.magnitudeDb[k] = std::max(-200.0, 20.0 * std::log10(std::max(std::abs(h[k]), 1e-12)));
        c.phaseDeg[k] = causal.phaseRad[k] * 180.0 / std::numbers::pi;
        c.groupDelayMs[k] = causal.groupDelaySamples[k] / rate * 1e3;
    }
    c.passHz = filter.passEdge * rate / 2.0;
    c.stopHz = filter.stopEdge * rate / 2.0;
    return c;
}

SignalViews computeSignalViews(const Array &signal, const Array *alias,
    const SpectrumOptions &options, const FilterDescription *filter, double inputRate)
{
    SignalViews v;
    v.spectrum = magnitudeSpectrum(signal, options);
    if (alias)
        v.aliasSpectrum = magnitudeSpectrum(*alias, options);
    // The same window duration whatever the rate, so panes at different rates share time
    // resolution.
    const double rate = signal.sampleRate() > 0 ? signal.sampleRate() : 1.0;
    std::size_t fft = 16;
    while (double(fft) < rate * options.spectrogramMs / 1e3 && fft < 16384)
        fft <<= 1;
    const std::size_t hop
        = std::max<std::size_t>(1, fft / std::max<std::size_t>(1, options.spectrogramHopDivisor));
    v.spectrogram = spectrogram(signal, fft, hop, options.window);
    if (filter && !filter->empty())
        v.filterResponse = filterResponseCurves(*filter, inputRate);
    return v;
}

} // namespace dsl
