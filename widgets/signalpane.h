// A signal pane: one variant (or the reference) of a 1-d signal seen four ways, in tabs:
// waveform over time, magnitude spectrum with the folded energy, STFT spectrogram, and the
// anti-alias filter's response. Linked panes switch tabs together (tabChanged / setTab).
#pragma once

#include "dsl/array.h"
#include "dsl/filters.h"
#include "dsl/spectrum.h"
#include "filterchart.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace dsl::widgets {

class WaveformPane;
class SpectrumChart;
class SpectrogramView;
class FilterChart;

struct SignalViews
{
    Spectrum spectrum; // of the signal shown
    Spectrum aliasSpectrum; // of its alias component (variants only)
    Spectrogram spectrogram;
    FilterCurves filterResponse; // of the anti-alias filter, when there is one
};

class SignalPane : public QWidget
{
    Q_OBJECT
public:
    explicit SignalPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setStatus(const QString &status);
    // original: the source (drawn faintly); filter may be empty; newNyquist 0 for the reference.
    void setData(const Array &signal, const Array *original, const SignalViews &views,
        const Spectrum &originalSpectrum, const FilterDescription &filter, double newNyquist);
    void setTab(int index);
    // How the Filter tab draws the filters: 0 magnitude, 1 phase, 2 group delay.
    void setFilterMode(int mode);
    int filterMode() const;
    void updateFilterTab(); // enables the Filter tab when the chart shows any filter
    int tab() const;

    WaveformPane *waveform() const { return m_waveform; }
    SpectrumChart *spectrum() const { return m_spectrum; }
    SpectrogramView *spectrogram() const { return m_spectrogram; }
    FilterChart *filter() const { return m_filter; }

Q_SIGNALS:
    void tabChanged(int index);
    void filterModeChanged(int mode);

private:
    QTabWidget *m_tabs;
    WaveformPane *m_waveform;
    SpectrumChart *m_spectrum;
    SpectrogramView *m_spectrogram;
    FilterChart *m_filter;
    QComboBox *m_filterMode;
    QString m_title;
    int m_wantedTab = 0;
};

// The per-signal computations behind the views (run off the GUI thread by the caller).
SignalViews computeSignalViews(const Array &signal, const Array *alias,
    const SpectrumOptions &options, const FilterDescription *filter = nullptr,
    double inputRate = 0.0);

} // namespace dsl::widgets
