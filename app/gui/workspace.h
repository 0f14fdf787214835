// The application without its window: the source document, the comparison model, the view
// state, the one job service (variants, analyses, loading, playback), the explorers that show
// each kind of source, the comparison grid and the panels the window docks. Every user intent
// (open, add and change variants, change what is shown, export) is a function here, so the
// window only arranges docks, menus and the status bar, and tests drive the same functions.
// Ownership: a QObject child of the window; its panels are the window's widgets.
// Thread-safety: GUI thread only; the work runs in the job service.
#pragma once

#include "comparison.h"
#include "explorers/paneservices.h"
#include "session/session.h"
#include "session/sessioncontroller.h"
#include "session/viewstate.h"

#include "dsl/metricsrecord.h"
#include "dsl/table.h"
#include "dsl/tableeval.h"

#include <QFuture>
#include <QObject>

#include <array>
#include <map>
#include <memory>
#include <string>

class QCheckBox;
class QChartView;
class QPushButton;

namespace dsl::widgets {
class ImagePane;
class MetricsTable;
class ParamForm;
} // namespace dsl::widgets

namespace dsl::app {

class AnalysisCache;
class AudioPlayer;
class ComparisonGrid;
class Explorer;
class FileLoader;
class ImageExplorer;
class JobService;
class RadialSpectrum;
class Scheduler;
class ShiftExplorer;
class SignalExplorer;
class SourceDocument;
class SourcePanel;
class TableExplorer;
class TablePanel;
class VariantsPanel;
class ViewPanel;
class VolumeExplorer;
struct ShiftFigure;
struct MetricsContext;

class Workspace : public QObject, private PaneServices, private SessionHost
{
    Q_OBJECT
public:
    // `window` parents the panels (until the window docks them) and the dialogs.
    explicit Workspace(QWidget *window);
    ~Workspace() override; // cancels every job and waits for it

    // Sources. false (and a message) if the file or the spec is unusable.
    bool openFile(const QString &path);
    bool openSynthetic(const QString &spec);
    void openDemo(); // preset 0, the zone plate
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
    SessionController *sessions() const { return m_sessions; }

    // Variants.
    int addVariant(const QString &methodId, const std::map<std::string, std::string> &params = {});
    void setVariantParameter(int variantId, const std::string &key, const std::string &value);
    void selectVariant(int variantId);
    int selectedVariant() const;
    int resultCount() const { return int(m_comparison->results().size()); }
    bool hasResult(int variantId) const { return m_comparison->results().contains(variantId); }

    // What is shown (each writes the view state; the panes follow).
    void setImageDisplay(int mode); // DisplayMode: 0 output, 1 alias map, 2 difference, 3 k-space…
    void setSignalView(int tab); // 0 waveform, 1 spectrum, 2 spectrogram, 3 filter
    void setVolumePlane(int plane); // 0 axial, 1 coronal, 2 sagittal, 3 all three
    void setFrameOnly(bool currentFrameOnly); // 4-d: variants on the frame shown, or on all
    void setFrame(int frame);
    void setRadiological(bool radiological);
    // Display window of single-channel images and scans (width, centre); 0 width = automatic.
    void setWindowLevel(double width, double level);
    ValueWindow currentWindow() const;
    void setColormap(int index); // 0 grey, 1 viridis, 2 magma, 3 cividis
    void setKSpace3d(bool centralSlices); // volumes' k-space: 3-d central slices or per slice
    // Tables: the 2-d view, the decision regions and the cross-validated classifier.
    void setTableView(const TableView &view);
    // Round trip back to the source's size: "nearest", "bilinear", "bicubic", "lanczos" or ""
    // (off).
    bool setRoundTrip(const QString &resizer);
    // The linked 3-d cursor in source voxels (k, j, i), clamped to the scan.
    void setCursorVoxel(double k, double j, double i);
    std::array<double, 3> cursorVoxel() const { return m_view->cursor(); }
    QString cursorReadout() const { return m_cursorReadout; }
    // A click at `source` (the pane's coordinates, mm for volumes) in view `normal`.
    void clickView(int normal, const QPointF &source);

    // Shift explorer: input shift in eighths of a pixel; E(delta) curves of every variant.
    void setShift(int eighths);
    void computeShiftCurves();

    // Listening: 0 original, 1 selected variant, 2 its alias component.
    void listen(int what);
    // What listen(what) plays, computed off the GUI thread and cached.
    QFuture<std::shared_ptr<const Array>> playbackSignal(int what);

    // Exports (the window's dialogs call these); false and a message on failure.
    bool exportVariantTo(int variantId, const QString &path, bool originalType = false);
    bool exportMetricsTo(const QString &path);
    bool exportViewTo(const QString &path); // the panes as shown, PNG
    // The slice through the cursor of a variant (0: the source) as values: .png (16-bit) or .tif.
    bool exportSliceTo(int variantId, const QString &path);
    std::vector<MetricsRecord> metricsRecords() const; // what the metrics export writes
    std::vector<TableRecord> tableRecords() const; // the same for tables

    QString lastError() const { return m_lastError; }
    QString foldReadout() const;
    int kspaceCount() const;

    // The parts, for the window (to dock them) and for tests.
    Comparison *comparison() const { return m_comparison; }
    ViewState *viewState() const { return m_view; }
    JobService *jobs() const { return m_jobs; }
    Scheduler *scheduler() const { return m_scheduler; }
    FileLoader *loader() const { return m_loader; }
    AudioPlayer *player() const { return m_player; }
    ComparisonGrid *grid() const { return m_grid; }
    SourcePanel *sourcePanel() const { return m_sourcePanel; }
    ViewPanel *viewPanel() const { return m_viewPanel; }
    VariantsPanel *variantsPanel() const { return m_variants; }
    ShiftExplorer *shiftExplorer() const { return m_shift; }
    RadialSpectrum *radialSpectrum() const { return m_radialChart; }
    widgets::MetricsTable *metricsTable() const { return m_metrics; }
    TableExplorer *tableExplorer() const { return m_tables; }
    TablePanel *tablePanel() const { return m_tablePanel; }
    widgets::ParamForm *parameterForm() const;
    QWidget *referencePane() const;
    QWidget *variantPane(int variantId) const;
    // Volumes in the three-view layout: the image pane of orthogonal view `normal` (0..2) of a
    // pane (variantId 0 is the reference); null otherwise.
    widgets::ImagePane *viewPane(int variantId, int normal) const;
    QChartView *shiftChart() const;
    QChartView *radialChart() const;
    QCheckBox *resampleBackBox() const;
    const QList<QPushButton *> &listenButtons() const;

Q_SIGNALS:
    void allResultsReady();
    void shiftCurvesUpdated();
    void error(const QString &message); // one sentence for the user
    void status(const QString &message, int milliseconds); // 0: until replaced
    void loadingChanged(bool loading); // a file is being opened: the rest waits
    void sourceShown(Kind kind);
    void tableShown(); // a table is the source

private:
    void wireExplorers();
    void wireModel();
    void showError(const QString &message);
    void onViewChanged(ViewState::Aspect aspect);
    void onSourceChanged();
    bool openTable(std::shared_ptr<const Table> table, const QString &name, bool defaults);
    // Variants of the other kind of source (samplers on an array, methods on a table) go; the
    // list gets the kind's default variants if that emptied it, or if `defaults` and it is empty.
    void adaptVariants(bool defaults);
    void refreshTableMetrics();
    void rebuildPanes();
    Explorer *explorerFor(const Array &source) const;
    void refreshReference();
    void refreshVariantPane(int variantId);
    void refreshImagePanes();
    void refreshAllPanes();
    void refreshRadialChart();
    void refreshMetrics();
    void updateColourLimits();
    void updateSliceControls();
    void updateCursorReadout();
    void syncControls();
    void recomputeAll();
    void recompute(int variantId);
    void onResult(int variantId, const VariantResult &result);
    void onPartial(int variantId, const VariantResult &result);
    void onWindowLevelDrag(double dx, double dy);
    MetricsContext metricsContext() const;
    const ShiftFigure *validShiftFigure(const VariantSpec &v) const;
    bool exported(const QString &path, const QString &error); // a message either way
    std::size_t sliceIndex() const; // the source slice shown (along the plane's normal)

    // PaneServices, for the explorers.
    ValueWindow displayWindow() const override { return currentWindow(); }
    double signedLimit(bool difference) const override;
    double kspaceTopDb() const override;
    std::shared_ptr<const KSpace> kspace(
        std::function<std::shared_ptr<const Array>()> makePlane, const QString &key) override;
    std::size_t frame() const override;
    std::size_t slice() const override { return sliceIndex(); }
    ValueWindow sourceRange() const override;
    double roundTripLimit() const override;
    std::shared_ptr<const EffectiveKernel> kernel(const QString &spec, QString *error) override;
    // SessionHost, for the session controller.
    bool openSourceFile(const QString &path) override { return openFile(path); }
    bool openSyntheticSource(const QString &spec) override { return openSynthetic(spec); }
    void placeCursor(double k, double j, double i) override { setCursorVoxel(k, j, i); }
    void reportError(const QString &message) override { showError(message); }
    void reportStatus(const QString &message) override { Q_EMIT status(message, 4000); }

    QWidget *m_window;
    JobService *m_jobs; // first: everything below may start jobs
    Comparison *m_comparison;
    Scheduler *m_scheduler;
    ViewState *m_view;
    SourceDocument *m_document;
    AnalysisCache *m_analysis;
    FileLoader *m_loader;
    AudioPlayer *m_player;
    ComparisonGrid *m_grid;
    SourcePanel *m_sourcePanel;
    ViewPanel *m_viewPanel;
    VariantsPanel *m_variants;
    SessionController *m_sessions;
    ShiftExplorer *m_shift;
    RadialSpectrum *m_radialChart;
    widgets::MetricsTable *m_metrics;
    SignalExplorer *m_signal;
    ImageExplorer *m_image;
    VolumeExplorer *m_volume;
    TableExplorer *m_tables; // tables are not arrays: chosen by the source's kind
    TablePanel *m_tablePanel;
    QList<Explorer *> m_explorers; // asked in order which one shows the source
    QString m_lastError;
    QString m_cursorReadout;
};

} // namespace dsl::app
