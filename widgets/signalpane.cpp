#include "signalpane.h"

#include "filterchart.h"
#include "spectrogramview.h"
#include "spectrumchart.h"
#include "waveformpane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dsl::widgets {

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

SignalPane::SignalPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_waveform(new WaveformPane(this))
    , m_spectrum(new SpectrumChart(this))
    , m_spectrogram(new SpectrogramView(this))
    , m_filter(new FilterChart(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->addTab(m_waveform, tr("Waveform"));
    m_tabs->addTab(m_spectrum, tr("Spectrum"));
    m_tabs->addTab(m_spectrogram, tr("Spectrogram"));
    auto *filterTab = new QWidget(this);
    auto *filterLayout = new QVBoxLayout(filterTab);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto *modeRow = new QHBoxLayout;
    modeRow->setContentsMargins(4, 2, 4, 0);
    m_filterMode = new QComboBox(filterTab);
    m_filterMode->addItems(
        { tr("Magnitude (dB)"), tr("Phase (causal)"), tr("Group delay (causal)") });
    m_filterMode->setToolTip(tr("Phase and group delay of the filter run once, forward: what a "
                                "streaming implementation would add. The methods here apply it "
                                "zero-phase, so their outputs are not delayed."));
    auto *modeLabel = new QLabel(tr("Show"), filterTab);
    modeLabel->setBuddy(m_filterMode);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_filterMode);
    modeRow->addStretch(1);
    filterLayout->addLayout(modeRow);
    filterLayout->addWidget(m_filter, 1);
    m_tabs->addTab(filterTab, tr("Filter"));
    connect(m_filterMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_filter->setMode(FilterChart::Mode(mode));
        Q_EMIT filterModeChanged(mode);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignalPane::tabChanged);
    setMinimumSize(320, 240);
}

void SignalPane::setTitle(const QString &title)
{
    m_title = title;
    m_waveform->setTitle(title);
    m_spectrum->setTitle(title);
    m_spectrogram->setTitle(title);
}

void SignalPane::setStatus(const QString &status)
{
    m_waveform->setStatus(status);
}

void SignalPane::setData(const Array &signal, const Array *original, const SignalViews &views,
    const Spectrum &originalSpectrum, const FilterDescription &filter, double newNyquist)
{
    m_waveform->setSignal(signal, original);
    const double originalNyquist
        = original ? original->sampleRate() / 2.0 : signal.sampleRate() / 2.0;
    m_spectrum->setSpectra(views.spectrum, original ? originalSpectrum : Spectrum {},
        views.aliasSpectrum, newNyquist, originalNyquist);
    m_spectrogram->setSpectrogram(views.spectrogram);
    if (original) {
        m_filter->clearFilters();
        if (!views.filterResponse.isEmpty())
            m_filter->addCurves(m_title, views.filterResponse, original->sampleRate(), newNyquist);
        else if (!filter.empty())
            m_filter->addFilter(m_title, filter, original->sampleRate(), newNyquist);
    }
    updateFilterTab();
}

void SignalPane::updateFilterTab()
{
    m_tabs->setTabEnabled(3, m_filter->filterCount() > 0);
    if (m_wantedTab == 3 && m_tabs->isTabEnabled(3))
        m_tabs->setCurrentIndex(3);
}

void SignalPane::setTab(int index)
{
    m_wantedTab = index;
    if (m_tabs->isTabEnabled(index))
        m_tabs->setCurrentIndex(index);
}

void SignalPane::setFilterMode(int mode)
{
    m_filterMode->setCurrentIndex(std::clamp(mode, 0, 2));
}

int SignalPane::filterMode() const
{
    return m_filterMode->currentIndex();
}

int SignalPane::tab() const
{
    return m_tabs->currentIndex();
}

} // namespace dsl::widgets
