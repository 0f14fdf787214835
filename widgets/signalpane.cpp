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

SignalPane::SignalPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_waveform(new WaveformPane(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->addTab(m_waveform, tr("Waveform"));
    auto page = [this](const QString &name) {
        auto *w = new QWidget(m_tabs);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(w, name);
        return l;
    };
    m_spectrumPage = page(tr("Spectrum"));
    m_spectrogramPage = page(tr("Spectrogram"));
    m_filterPage = page(tr("Filter"));
    m_tabs->setTabEnabled(3, false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Build the view when it is first shown.
        if (index == 1)
            spectrum();
        else if (index == 2)
            spectrogram();
        else if (index == 3)
            filter();
        Q_EMIT tabChanged(index);
    });
    setMinimumSize(320, 240);
}

SpectrumChart *SignalPane::spectrum()
{
    if (!m_spectrum) {
        m_spectrum = new SpectrumChart(this);
        m_spectrumPage->addWidget(m_spectrum);
        m_spectrum->setTitle(m_title);
        connect(m_spectrum, &SpectrumChart::hovered, this, &SignalPane::spectrumHovered);
        if (m_data)
            m_spectrum->setSpectra(m_data->views.spectrum,
                m_data->hasOriginal ? m_data->originalSpectrum : Spectrum {},
                m_data->views.aliasSpectrum, m_data->newNyquist, m_data->originalNyquist);
    }
    return m_spectrum;
}

SpectrogramView *SignalPane::spectrogram()
{
    if (!m_spectrogram) {
        m_spectrogram = new SpectrogramView(this);
        m_spectrogramPage->addWidget(m_spectrogram);
        m_spectrogram->setTitle(m_title);
        m_spectrogram->setDisplay(m_rangeDb, m_map);
        if (m_data)
            m_spectrogram->setSpectrogram(m_data->views.spectrogram);
    }
    return m_spectrogram;
}

FilterChart *SignalPane::filter()
{
    if (!m_filter) {
        auto *modeRow = new QHBoxLayout;
        modeRow->setContentsMargins(4, 2, 4, 0);
        m_filterMode = new QComboBox(this);
        m_filterMode->addItems(
            { tr("Magnitude (dB)"), tr("Phase (causal)"), tr("Group delay (causal)") });
        m_filterMode->setToolTip(
            tr("Phase and group delay of the filter run once, forward: what a streaming "
               "implementation would add. The methods here apply it zero-phase, so their "
               "outputs are not delayed."));
        auto *modeLabel = new QLabel(tr("Show"), this);
        modeLabel->setBuddy(m_filterMode);
        modeRow->addWidget(modeLabel);
        modeRow->addWidget(m_filterMode);
        modeRow->addStretch(1);
        m_filterPage->addLayout(modeRow);
        m_filter = new FilterChart(this);
        m_filterPage->addWidget(m_filter, 1);
        m_filterMode->setCurrentIndex(m_filterModeIndex);
        m_filter->setMode(FilterChart::Mode(m_filterModeIndex));
        connect(m_filterMode, &QComboBox::currentIndexChanged, this, [this](int mode) {
            m_filterModeIndex = mode;
            m_filter->setMode(FilterChart::Mode(mode));
            Q_EMIT filterModeChanged(mode);
        });
        applyFilters();
    }
    return m_filter;
}

void SignalPane::setTitle(const QString &title)
{
    m_title = title;
    m_waveform->setTitle(title);
    if (m_spectrum)
        m_spectrum->setTitle(title);
    if (m_spectrogram)
        m_spectrogram->setTitle(title);
}

void SignalPane::setStatus(const QString &status)
{
    m_waveform->setStatus(status);
}

void SignalPane::setData(std::shared_ptr<const Array> signalData,
    std::shared_ptr<const Array> originalData, const SignalViews &views,
    const Spectrum &originalSpectrum, const FilterDescription &filter, double newNyquist)
{
    if (!signalData)
        return;
    const Array &signal = *signalData;
    const Array *original = originalData.get();
    m_waveform->setSignal(signalData, originalData);
    Data d;
    d.views = views;
    d.hasOriginal = original != nullptr;
    if (original)
        d.originalSpectrum = originalSpectrum;
    d.newNyquist = newNyquist;
    d.originalNyquist = original ? original->sampleRate() / 2.0 : signal.sampleRate() / 2.0;
    m_data = std::move(d);
    if (m_spectrum)
        m_spectrum->setSpectra(m_data->views.spectrum,
            m_data->hasOriginal ? m_data->originalSpectrum : Spectrum {},
            m_data->views.aliasSpectrum, m_data->newNyquist, m_data->originalNyquist);
    if (m_spectrogram)
        m_spectrogram->setSpectrogram(m_data->views.spectrogram);
    if (original) {
        m_filters.clear();
        FilterCurves curves = views.filterResponse;
        if (curves.empty() && !filter.empty())
            curves = filterResponseCurves(filter, original->sampleRate());
        if (!curves.empty())
            m_filters.append({ m_title, curves, original->sampleRate(), newNyquist });
        applyFilters();
    }
    updateFilterTab();
}

void SignalPane::setFilters(const QList<FilterEntry> &filters)
{
    m_filters = filters;
    applyFilters();
    updateFilterTab();
}

void SignalPane::applyFilters()
{
    if (!m_filter)
        return;
    m_filter->clearFilters();
    for (const FilterEntry &f : std::as_const(m_filters))
        m_filter->addCurves(f.name, f.curves, f.rate, f.newNyquist);
}

void SignalPane::setSpectrogramDisplay(double rangeDb, Colormap map)
{
    m_rangeDb = rangeDb;
    m_map = map;
    if (m_spectrogram)
        m_spectrogram->setDisplay(rangeDb, map);
}

void SignalPane::updateFilterTab()
{
    m_tabs->setTabEnabled(3, !m_filters.isEmpty());
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
    m_filterModeIndex = std::clamp(mode, 0, 2);
    if (m_filterMode)
        m_filterMode->setCurrentIndex(m_filterModeIndex); // also sets the chart's mode
}

int SignalPane::tab() const
{
    return m_tabs->currentIndex();
}

} // namespace dsl::widgets
