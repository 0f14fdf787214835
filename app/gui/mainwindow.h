// The main window: source dock, the comparison grid (reference + one pane per variant),
// variants dock with a schema-generated parameter form, metrics dock, status bar with progress
// and cancel. Wiring and user intent only; numerics live in core, pictures in widgets.
#pragma once

#include "audioplayer.h"
#include "comparison.h"
#include "dsl/analysis.h"
#include "dsl/kspace.h"
#include "dsl/metricsrecord.h"
#include "explorers/paneservices.h"
#include "panels/metricspanel.h"
#include "render.h"
#include "scheduler.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/viewstate.h"

#include <QFuture>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;
class QChartView;

namespace dsl::widgets {
struct SignalViews;
class ImagePane;
class MetricsTable;
class ParamForm;
class ViewLinker;
class WaveformPane;
} // namespace dsl::widgets

namespace dsl::app {

class FileLoader;
class ShiftExplorer;
class SignalExplorer;
class VolumeExplorer;
class AnalysisCache;
class SourceDocument;
class ImageExplorer;
class RadialSpectrum;
class Explorer;
class SourcePanel;
class VariantsPanel;
struct ShiftFigure;
class ViewPanel;

class MainWindow : public QMainWindow, private PaneServices, private SessionHost
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // User intents, also used by tests.
    bool openFile(const QString &path); // false (and a message) if the file is unusable
    bool openSynthetic(const QString &spec);
    void openDemo();
    // A built-in preset (resources/presets/NN-*.json, N = its number): 0 zone plate, 1 chirp,
    // 2 three tones, 3 white noise, 4-6 photos with interpolators, 7 CNN pooling on camera, 8 on
    // a scan slice, 9 depth-2 pooling of a scan, 10 anisotropic scan to 2 mm, 11 3-d phantom.
    void openPreset(int preset);
    // Sessions: the source, the variants and the whole view state as one JSON file.
    // openSession: false (and a message) if the file is not a usable session or its source
    // cannot be opened; unusable variants or view values are left out with a message.
    bool saveSession(const QString &path);
    bool openSession(const QString &path);
    bool applySession(const SessionSpec &session);
    SessionSpec currentSession() const;
    QStringList lastWarnings() const;
    ViewState *viewState() const { return m_view; }
    int addVariant(const QString &methodId, const std::map<std::string, std::string> &params = {});
    void setVariantParameter(int variantId, const std::string &key, const std::string &value);
    void selectVariant(int variantId);
    void setImageDisplay(int mode); // 0 output, 1 alias map, 2 difference, 3 k-space
    // Shift explorer: input shift in eighths of a pixel; E(delta) curves of every variant.
    void setShift(int eighths);
    void setVolumePlane(int plane); // 0 axial, 1 coronal, 2 sagittal, 3 all three
    void setFrameOnly(bool currentFrameOnly); // 4-d: variants on the frame shown, or on all
    void setFrame(int frame);
    void applyShift();
    void computeShiftCurves();
    QChartView *shiftChart() const;
    int kspaceCount() const;
    QChartView *radialChart() const;
    // Which view signal panes show: 0 waveform, 1 spectrum, 2 spectrogram, 3 filter.
    void setSignalView(int tab);

    Comparison *comparison() const { return m_comparison; }
    Scheduler *scheduler() const { return m_scheduler; }
    JobService *jobs() const { return m_jobs; }
    widgets::MetricsTable *metricsTable() const { return m_metrics; }
    widgets::ParamForm *parameterForm() const;
    QWidget *referencePane() const;
    QWidget *variantPane(int variantId) const;
    // Volumes: the layout (0 axial, 1 coronal, 2 sagittal, 3 all three views), the image pane of
    // one orthogonal view (normal 0..2) of a pane in the three-view layout (variantId 0 is the
    // reference; null otherwise), and the linked 3-d cursor in source voxels (k, j, i).
    widgets::ImagePane *viewPane(int variantId, int normal) const;
    void setCursorVoxel(double k, double j, double i);
    std::array<double, 3> cursorVoxel() const { return m_view->cursor(); }
    QString cursorReadout() const { return m_cursorReadout; }
    // A click at `source` (the pane's coordinates, mm for volumes) in view `normal`.
    void clickView(int normal, const QPointF &source);
    void setRadiological(bool radiological);
    // Display window of single-channel images and scans (width, centre); 0 width = automatic.
    void setWindowLevel(double width, double level);
    ValueWindow currentWindow() const;
    void setColormap(int index); // 0 grey, 1 viridis, 2 magma, 3 cividis
    void setKSpace3d(bool centralSlices); // volumes' k-space: 3-d central slices or per slice

    // Exports without a dialog (the dialogs call these); false and a message on failure.
    bool exportVariantTo(int variantId, const QString &path, bool originalType = false);
    bool exportMetricsTo(const QString &path);
    bool exportViewTo(const QString &path); // the panes as shown, PNG
    // The slice through the cursor of a variant (0: the source) as values: .png (16-bit) or .tif.
    bool exportSliceTo(int variantId, const QString &path);
    QString lastError() const { return m_lastError; }
    QString foldReadout() const;
    AudioPlayer *player() const { return m_player; }
    void listen(int what); // 0 original, 1 selected variant, 2 its alias component
    // What listen(what) plays: the source, or the selected variant's output or alias component,
    // at its own rate or resampled back to the source's (computed off the GUI thread, cached).
    QFuture<std::shared_ptr<const Array>> playbackSignal(int what);
    QCheckBox *resampleBackBox() const;
    // Round trip back to the source's size: "nearest", "bilinear", "bicubic", "lanczos" or ""
    // (off).
    bool setRoundTrip(const QString &resizer);
    const QList<QPushButton *> &listenButtons() const;
    int resultCount() const { return int(m_comparison->results().size()); }
    bool hasResult(int variantId) const { return m_comparison->results().contains(variantId); }

Q_SIGNALS:
    void allResultsReady();
    void shiftCurvesUpdated();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildSourceDock();
    void buildVariantsDock();
    void buildMetricsDock();
    void rebuildPanes();
    Explorer *explorerFor(const Array &source) const;
    void refreshReference();
    void refreshReferenceFilters();
    bool flipColumns(int normal) const;
    void onWindowLevelDrag(double dx, double dy);
    void onViewChanged(ViewState::Aspect aspect);
    // PaneServices, for the explorers.
    ValueWindow displayWindow() const override;
    double signedLimit(bool difference) const override;
    double kspaceTopDb() const override;
    std::shared_ptr<const KSpace> kspace(
        std::function<std::shared_ptr<const Array>()> makePlane, const QString &key) override;
    std::size_t frame() const override;
    // SessionHost, for the session controller.
    bool openSourceFile(const QString &path) override;
    bool openSyntheticSource(const QString &spec) override;
    void placeCursor(double k, double j, double i) override;
    void reportError(const QString &message) override;
    void reportStatus(const QString &message) override;
    std::size_t slice() const override { return sliceIndex(); }
    ValueWindow sourceRange() const override;
    double roundTripLimit() const override;
    std::shared_ptr<const EffectiveKernel> kernel(const QString &spec, QString *error) override
    {
        return kernelFor(spec, error);
    }
    void syncControls(); // every control from the view state, without feedback
    std::size_t currentFrame() const; // the view state's frame within the 4-d scan shown
    std::size_t sliceIndex() const; // the source slice shown (along the plane's normal)
    void refreshAllPanes();
    void updateCursorReadout();
    void refreshVariantPane(int variantId);
    void refreshMetrics();
    // Every variant's figures as core records (what the metrics export writes).
    std::vector<MetricsRecord> metricsRecords() const;
    MetricsContext metricsContext() const;
    void recomputeAll();
    void recompute(int variantId);
    void onResult(int variantId, const VariantResult &result);
    void onPartial(int variantId, const VariantResult &result);
    void refreshVariantList();
    void updateSliceControls();
    void showError(const QString &message);
    void computeReferenceViews();
    void applySpectrumOptions();
    void applySpectrogramDisplay();
    // Image display: 0 output, 1 alias map, 2 difference to the ideal reference, 3 k-space,
    // 4 k-space of the alias component, 5 round trip, 6 kernel, 7 kernel frequency response.
    std::shared_ptr<const KSpace> kspaceFor(
        int variantId, std::shared_ptr<const Array> plane, const QString &key);
    std::shared_ptr<const KSpace> kspaceFor(
        int variantId, std::function<std::shared_ptr<const Array>()> makePlane, const QString &key);
    // The effective kernel of a linear variant (core effectiveKernel), computed off the GUI
    // thread once per method and parameters; null while computing or for non-linear methods
    // (then *error says why).
    std::shared_ptr<const EffectiveKernel> kernelFor(const QString &spec, QString *error);
    void refreshRadialChart();
    void refreshImagePanes();
    void updateColourLimits();
    void buildShiftDock();
    void setBaseSource(std::shared_ptr<const Array> array, const QString &name);
    void updateListenControls();
    void exportMetrics();
    void exportVariant();
    void exportView();
    void exportSlice();
    bool exported(const QString &path, const QString &error); // message either way
    QString variantTitle(const VariantSpec &v) const;
    QString describeSource() const;
    int selectedVariant() const;

    JobService *m_jobs; // first: everything below may start jobs
    Comparison *m_comparison;
    Scheduler *m_scheduler;
    FileLoader *m_loader = nullptr;
    QString m_lastError;
    ViewState *m_view;

    // Comparison area
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QPointer<QWidget> m_referencePane;
    QHash<int, QPointer<QWidget>> m_variantPanes;
    QString m_cursorReadout;
    ViewPanel *m_viewPanel = nullptr;
    SourcePanel *m_sourcePanel = nullptr;
    VariantsPanel *m_variants = nullptr;
    SessionController *m_sessions = nullptr;
    AnalysisCache *m_analysis = nullptr;
    SourceDocument *m_document = nullptr;
    ShiftExplorer *m_shift = nullptr;
    SignalExplorer *m_signal = nullptr;
    VolumeExplorer *m_volume = nullptr;
    ImageExplorer *m_image = nullptr;
    QList<Explorer *> m_explorers; // asked in order which one shows the source

    // Source dock
    RadialSpectrum *m_radialChart = nullptr;
    const ShiftFigure *validShiftFigure(const VariantSpec &v) const;
    AudioPlayer *m_player = nullptr;

    // Variants dock

    // Metrics and status
    widgets::MetricsTable *m_metrics = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace dsl::app
