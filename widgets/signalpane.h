// A signal pane: one variant (or the reference) of a 1-d signal seen four ways, in tabs:
// waveform over time, magnitude spectrum with the folded energy, STFT spectrogram, and the
// anti-alias filter's response. Linked panes switch tabs together (tabChanged / setTab).
// Only the waveform is built up front: the chart of every other tab is created when the tab is
// first shown (or asked for), from the data the pane keeps — building a dozen Qt charts each
// time the comparison changes was the GUI thread's longest stall.
#pragma once

#include "dsl/array.h"
#include "dsl/filters.h"
#include "dsl/signalviews.h"
#include "dsl/spectrum.h"
#include "filterchart.h"
#include "render.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QTabWidget;
class QVBoxLayout;

namespace dsl::widgets {

class WaveformPane;
class SpectrumChart;
class SpectrogramView;
class FilterChart;

using dsl::SignalViews; // computed in core (dsl/signalviews.h), off the GUI thread

class SignalPane : public QWidget
{
    Q_OBJECT
public:
    explicit SignalPane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setStatus(const QString &status);
    // original: the source (drawn faintly); filter may be empty; newNyquist 0 for the reference.
    void setData(std::shared_ptr<const Array> signal, std::shared_ptr<const Array> original,
        const SignalViews &views, const Spectrum &originalSpectrum, const FilterDescription &filter,
        double newNyquist);
    // The filters the Filter tab overlays (the reference shows every variant's).
    struct FilterEntry
    {
        QString name;
        FilterCurves curves;
        double rate = 0.0, newNyquist = 0.0;
    };
    void setFilters(const QList<FilterEntry> &filters);
    int filterCount() const { return int(m_filters.size()); }
    void setTab(int index);
    int tab() const;
    // How the Filter tab draws the filters: 0 magnitude, 1 phase, 2 group delay.
    void setFilterMode(int mode);
    int filterMode() const { return m_filterModeIndex; }
    void setSpectrogramDisplay(double rangeDb, Colormap map);

    WaveformPane *waveform() const { return m_waveform; }
    // The other views; each is created on first use.
    SpectrumChart *spectrum();
    SpectrogramView *spectrogram();
    FilterChart *filter();

Q_SIGNALS:
    void tabChanged(int index);
    void filterModeChanged(int mode);
    void spectrumHovered(double hz, bool inside); // from the Spectrum tab

private:
    void updateFilterTab();
    void applyFilters();

    QTabWidget *m_tabs;
    WaveformPane *m_waveform;
    QVBoxLayout *m_spectrumPage, *m_spectrogramPage, *m_filterPage;
    SpectrumChart *m_spectrum = nullptr;
    SpectrogramView *m_spectrogram = nullptr;
    FilterChart *m_filter = nullptr;
    QComboBox *m_filterMode = nullptr;
    QString m_title;
    int m_wantedTab = 0;
    int m_filterModeIndex = 0;
    double m_rangeDb = 100.0;
    Colormap m_map = Colormap::Viridis;
    // What the lazily built views show.
    struct Data
    {
        SignalViews views;
        Spectrum originalSpectrum;
        bool hasOriginal = false;
        double newNyquist = 0.0, originalNyquist = 0.0;
    };
    std::optional<Data> m_data;
    QList<FilterEntry> m_filters;
};

} // namespace dsl::widgets
