// What the user looks at, apart from the data: display mode, volume layout, window/level,
// colours, overlay, k-space and spectrum options, the 3-d cursor, frame, shift, round trip.
// One object, not widget state: controls write into it, panes and jobs read from it, and a
// session saves it as JSON. Every setter emits changed(aspect) only when the value changes.
#pragma once

#include "dsl/spectrum.h"
#include "dsl/tableeval.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dsl::app {

// What image and volume panes show.
enum class DisplayMode {
    Output,
    Alias, // what folded: output minus the ideal band-limited reference
    Difference, // output minus the ideal reference
    KSpace,
    AliasKSpace, // k-space of the alias component
    RoundTrip, // back to the source's size, minus the source
    Kernel, // effective kernel of linear variants
    KernelResponse, // its frequency response
};
inline constexpr int kDisplayModeCount = 8;
QString displayModeName(DisplayMode mode); // "output", "alias", … (stable, used by --view)
std::optional<DisplayMode> displayModeFromName(const QString &name);
inline bool isKSpaceMode(DisplayMode m)
{
    return m == DisplayMode::KSpace || m == DisplayMode::AliasKSpace;
}
inline bool isKernelMode(DisplayMode m)
{
    return m == DisplayMode::Kernel || m == DisplayMode::KernelResponse;
}

// What a scan pane shows: one plane, or the three orthogonal views around the cursor.
enum class VolumeLayout { Axial, Coronal, Sagittal, ThreeViews };
QString volumeLayoutName(VolumeLayout layout);
std::optional<VolumeLayout> volumeLayoutFromName(const QString &name);

enum class SignalTab { Waveform, Spectrum, Spectrogram, Filter };
QString signalTabName(SignalTab tab);
std::optional<SignalTab> signalTabFromName(const QString &name);

enum class FilterMode { Magnitude, Phase, GroupDelay };

// The colour maps of single-channel pictures (same order as widgets::Colormap).
enum class ColourMap { Grey, Viridis, Magma, Cividis };
QString colourMapName(ColourMap map);
std::optional<ColourMap> colourMapFromName(const QString &name);

// Display window of single-channel images and scans, in one representation: a preset, and
// width/level (the window's span and centre) that only a Custom preset uses. Auto and Full are
// per source (resolved against its values); the CT presets are fixed.
struct WindowLevel
{
    enum class Preset { Auto, Full, CtBrain, CtSoftTissue, CtBone, Custom };
    Preset preset = Preset::Auto;
    double width = 0.0, level = 0.0; // Custom only
    friend bool operator==(const WindowLevel &, const WindowLevel &) = default;
    // Width/level of the fixed presets; nullopt for Auto, Full (source-dependent).
    static std::optional<std::pair<double, double>> fixedWindow(Preset preset);
};
QString windowPresetName(WindowLevel::Preset preset);
std::optional<WindowLevel::Preset> windowPresetFromName(const QString &name);

// The signal views' spectrum and spectrogram analysis (recomputed) and display (re-rendered).
struct SpectrumView
{
    SpectrumWindow window = SpectrumWindow::Hann;
    int fftSize = 0; // 0: automatic
    double stftWindowMs = 21.0;
    int stftHopDivisor = 4;
    int stftRangeDb = 100;
    ColourMap stftColours = ColourMap::Viridis;
    friend bool operator==(const SpectrumView &, const SpectrumView &) = default;
    SpectrumOptions analysisOptions() const;
};

// The shift explorer's input shift: eighths of a pixel, along x and/or y.
struct ShiftState
{
    int eighths = 0;
    bool x = true, y = false;
    friend bool operator==(const ShiftState &, const ShiftState &) = default;
};

// What table panes show and how the variants are judged: the 2-d view (the first two principal
// components of the standardised table, or two chosen features), the decision-boundary
// background, and the cross-validated classifier.
struct TableView
{
    bool pca = true;
    int featureX = 0, featureY = 1; // when !pca
    bool boundary = false; // decision-boundary background of each variant's classifier
    bool links = true; // Tomek links as segments
    bool evaluate = true; // cross-validate each variant
    TableClassifier classifier = TableClassifier::Knn;
    int folds = 5; // 2 … 20
    int k = 5; // k-NN classifier's neighbours
    friend bool operator==(const TableView &, const TableView &) = default;
    EvalOptions evalOptions() const;
};

class ViewState : public QObject
{
    Q_OBJECT
public:
    enum class Aspect {
        Display,
        Layout,
        Orientation, // radiological / neurological
        Window,
        Colours,
        Overlay,
        KSpace,
        Cursor,
        Frame,
        FrameOnly,
        SignalTab,
        FilterMode,
        SpectrumAnalysis,
        SpectrogramDisplay,
        RoundTrip,
        Listening,
        Shift,
        TableProjection, // which 2-d view of a table (redrawn)
        TableDisplay, // boundary background, links (redrawn; the boundary computed once)
        TableEvaluation, // the classifier or the folds (recomputed)
    };
    Q_ENUM(Aspect)

    explicit ViewState(QObject *parent = nullptr);

    DisplayMode displayMode() const { return m_display; }
    VolumeLayout layout() const { return m_layout; }
    bool radiological() const { return m_radiological; }
    WindowLevel windowLevel() const { return m_window; }
    ColourMap colourMap() const { return m_colours; }
    bool overlay() const { return m_overlay; }
    int overlayOpacity() const { return m_overlayOpacity; } // percent
    bool kspaceHann() const { return m_hann; }
    bool kspaceCentralSlices() const { return m_central; }
    std::array<double, 3> cursor() const { return m_cursor; } // source voxels (k, j, i)
    int frame() const { return m_frame; }
    bool frameOnly() const { return m_frameOnly; }
    SignalTab signalTab() const { return m_signalTab; }
    FilterMode filterMode() const { return m_filterMode; }
    SpectrumView spectrum() const { return m_spectrum; }
    QString roundTrip() const { return m_roundTrip; } // a resize method id, or empty (off)
    bool resampleBack() const { return m_resampleBack; }
    ShiftState shift() const { return m_shift; }
    TableView table() const { return m_table; }

    void setDisplayMode(DisplayMode mode);
    void setLayout(VolumeLayout layout);
    void setRadiological(bool radiological);
    void setWindowLevel(const WindowLevel &window);
    void setColourMap(ColourMap map);
    void setOverlay(bool on);
    void setOverlayOpacity(int percent);
    void setKSpaceHann(bool hann);
    void setKSpaceCentralSlices(bool central);
    void setCursor(const std::array<double, 3> &kji);
    void setFrame(int frame);
    void setFrameOnly(bool frameOnly);
    void setSignalTab(SignalTab tab);
    void setFilterMode(FilterMode mode);
    void setSpectrum(const SpectrumView &spectrum);
    void setRoundTrip(const QString &methodId);
    void setResampleBack(bool on);
    void setShift(const ShiftState &shift);
    void setTable(const TableView &table); // emits the one aspect that changed

    // Everything as JSON (names, not indices, so files stay readable and stable).
    QJsonObject toJson() const;
    // Applies what `json` holds; a key missing keeps its current value, a bad value keeps it
    // too and adds one sentence to the returned list (the rest still applies).
    QStringList applyJson(const QJsonObject &json);
    // Back to the defaults (a new window's view).
    void reset();

Q_SIGNALS:
    void changed(dsl::app::ViewState::Aspect aspect);

private:
    template <class T> void set(T &field, const T &value, Aspect aspect);

    DisplayMode m_display = DisplayMode::Output;
    VolumeLayout m_layout = VolumeLayout::Axial;
    bool m_radiological = true;
    WindowLevel m_window;
    ColourMap m_colours = ColourMap::Grey;
    bool m_overlay = false;
    int m_overlayOpacity = 70;
    bool m_hann = true;
    bool m_central = false;
    std::array<double, 3> m_cursor { 0.0, 0.0, 0.0 };
    int m_frame = 0;
    bool m_frameOnly = false;
    SignalTab m_signalTab = SignalTab::Waveform;
    FilterMode m_filterMode = FilterMode::Magnitude;
    SpectrumView m_spectrum;
    QString m_roundTrip;
    bool m_resampleBack = true;
    ShiftState m_shift;
    TableView m_table;
};

} // namespace dsl::app
