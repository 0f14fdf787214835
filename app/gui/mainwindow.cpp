#include "mainwindow.h"

#include "appcommon.h"

#include "explorers/imageexplorer.h"
#include "explorers/radialspectrum.h"
#include "explorers/shiftexplorer.h"
#include "explorers/signalexplorer.h"
#include "explorers/volumeexplorer.h"
#include "export/exporter.h"
#include "fileloader.h"
#include "layers/panelayers.h"
#include "panels/metricspanel.h"
#include "panels/sourcepanel.h"
#include "panels/variantspanel.h"
#include "panels/viewpanel.h"
#include "preferences.h"
#include "session/analysiscache.h"
#include "session/sessioncontroller.h"
#include "session/sourcedocument.h"

#include "filterchart.h"
#include "imagepane.h"
#include "metricstable.h"
#include "paramform.h"
#include "render.h"
#include "signalpane.h"
#include "spectrogramview.h"
#include "spectrumchart.h"
#include "viewlinker.h"
#include "waveformpane.h"

#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/metricsrecord.h"
#include "dsl/synth.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace dsl::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_jobs(new JobService(this))
    , m_comparison(new Comparison(this))
    , m_scheduler(new Scheduler(m_jobs, this))
    , m_view(new ViewState(this))
{
    setWindowTitle(tr("Downsample Lab"));
    setAcceptDrops(true);
    m_document = new SourceDocument(m_comparison, m_view, m_jobs, this);
    m_analysis = new AnalysisCache(m_jobs, m_view, this);
    connect(m_analysis, &AnalysisCache::spectraChanged, this, [this] {
        refreshImagePanes();
        refreshRadialChart();
    });
    connect(m_analysis, &AnalysisCache::kernelsChanged, this, &MainWindow::refreshImagePanes);
    connect(m_analysis, &AnalysisCache::error, this, &MainWindow::showError);
    m_image = new ImageExplorer(m_comparison, m_view, this, this);
    m_volume = new VolumeExplorer(m_comparison, m_view, this, m_image, this);
    resize(1400, 900);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setSpacing(6);
    scroll->setWidget(m_grid);
    setCentralWidget(scroll);

    buildSourceDock();
    buildVariantsDock();
    m_sessions = new SessionController(this, m_comparison, m_view, m_variants, this);
    buildMetricsDock();
    buildShiftDock();
    buildMenus();
    connect(m_view, &ViewState::changed, this, &MainWindow::onViewChanged);
    connect(m_document, &SourceDocument::baseChanged, this, [this] {
        syncControls();
        m_shift->clear();
    });
    connect(m_document, &SourceDocument::scanChanged, m_viewPanel, &ViewPanel::resetSliceRange);
    connect(m_document, &SourceDocument::error, this, &MainWindow::showError);
    // The explorers, asked in this order which one shows a source (images take the rest).
    m_explorers = { m_signal, m_volume, m_image };
    for (Explorer *e : std::as_const(m_explorers))
        e->setPaneWiring([this](widgets::ImagePane *p, int normal) {
            connect(p, &widgets::ImagePane::clicked, this,
                [this, normal](const QPointF &pos) { clickView(normal, pos); });
            connect(
                p, &widgets::ImagePane::windowLevelDragged, this, &MainWindow::onWindowLevelDrag);
        });

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("statusCancel"));
    m_cancelButton->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    // Every background job: one progress bar, one Cancel, one error sink.
    connect(m_cancelButton, &QPushButton::clicked, m_jobs, &JobService::cancelAll);
    connect(m_jobs, &JobService::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancelButton->setVisible(busy);
        if (busy && !m_loader->isLoading())
            statusBar()->showMessage(tr("Computing…"));
        else if (!busy)
            statusBar()->showMessage(tr("Ready"), 3000);
    });
    connect(m_jobs, &JobService::progress, m_progress, &QProgressBar::setValue);
    connect(m_jobs, &JobService::failed, this,
        [this](const JobKey &, const QString &message) { showError(message); });
    // Opening a file: progress and Cancel in the status bar; the rest of the window waits.
    m_loader = new FileLoader(m_jobs, this);
    connect(m_loader, &FileLoader::loadingChanged, this, [this](bool loading) {
        menuBar()->setEnabled(!loading);
        centralWidget()->setEnabled(!loading);
        for (QDockWidget *d : findChildren<QDockWidget *>())
            d->setEnabled(!loading);
        setAcceptDrops(!loading);
    });
    connect(m_scheduler, &Scheduler::resultReady, this, &MainWindow::onResult);
    connect(m_scheduler, &Scheduler::partialReady, this, &MainWindow::onPartial);

    connect(m_comparison, &Comparison::sourceChanged, this, [this] {
        syncControls();
        computeReferenceViews();
        m_scheduler->cancelAll();
        m_sourcePanel->setDescription(describeSource());
        updateSliceControls();
        rebuildPanes();
        recomputeAll();
    });
    connect(m_comparison, &Comparison::variantsChanged, this, [this] {
        // Drop results of removed variants; compute new ones.
        refreshVariantList();
        rebuildPanes();
        for (const VariantSpec &v : m_comparison->variants())
            if (!m_comparison->results().contains(v.id))
                recompute(v.id);
        refreshMetrics();
    });
    connect(m_comparison, &Comparison::variantParamsChanged, this, [this](int id) {
        refreshVariantList();
        recompute(id);
    });
}

MainWindow::~MainWindow()
{
    // Cancels every job and waits for its work to return: nothing computes for a window that
    // is gone, and no result arrives at one.
    m_jobs->shutdown();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), m_sourcePanel, &SourcePanel::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &demo"), this, &MainWindow::openDemo);
    m_sessions->buildPresetsMenu(file->addMenu(tr("Demo &presets")));
    file->addSeparator();
    file->addAction(tr("Open &session…"), this, [this] { m_sessions->chooseOpen(this); });
    QAction *save
        = file->addAction(tr("&Save session…"), this, [this] { m_sessions->chooseSave(this); });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("Export selected variant…"), this, &MainWindow::exportVariant);
    file->addAction(tr("Export metrics (CSV or JSON)…"), this, &MainWindow::exportMetrics);
    file->addAction(tr("Export view as PNG (as shown)…"), this, &MainWindow::exportView);
    file->addAction(
        tr("Export slice values (16-bit PNG or float TIFF)…"), this, &MainWindow::exportSlice);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Downsample Lab"), this, [this] {
        QMessageBox::about(this, tr("About Downsample Lab"),
            tr("Downsample Lab shows what downsampling does to signals, images and "
               "scans: outputs side by side, what folded, and how much."));
    });
}

void MainWindow::buildSourceDock()
{
    auto *dock = new QDockWidget(tr("Source"), this);
    dock->setObjectName(QStringLiteral("sourceDock"));
    auto *w = new QWidget(dock);
    auto *v = new QVBoxLayout(w);
    m_sourcePanel = new SourcePanel(w);
    connect(m_sourcePanel, &SourcePanel::openRequested, this, &MainWindow::openFile);
    connect(m_sourcePanel, &SourcePanel::generateRequested, this, &MainWindow::openSynthetic);
    v->addWidget(m_sourcePanel);

    // Listen: A/B between the original, the selected variant and its alias component.
    m_player = new AudioPlayer(this);
    m_signal = new SignalExplorer(m_comparison, m_view, m_jobs, m_scheduler, m_player, this);
    connect(m_signal, &SignalExplorer::error, this, &MainWindow::showError);
    connect(m_signal, &SignalExplorer::status, this,
        [this](const QString &message, int ms) { statusBar()->showMessage(message, ms); });
    connect(m_signal, &SignalExplorer::referenceViewsReady, this, [this] {
        refreshImagePanes();
        if (m_comparison->results().size() == m_comparison->variants().size())
            Q_EMIT allResultsReady();
    });
    m_viewPanel = new ViewPanel(m_view, w);
    m_viewPanel->setWindowProvider([this] { return currentWindow(); });
    connect(m_viewPanel, &ViewPanel::listenRequested, this, &MainWindow::listen);
    connect(m_viewPanel, &ViewPanel::stopRequested, m_player, &AudioPlayer::stop);
    v->addWidget(m_viewPanel);
    v->addStretch();
    dock->setWidget(w);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    updateSliceControls();
}

void MainWindow::buildVariantsDock()
{
    auto *dock = new QDockWidget(tr("Variants"), this);
    dock->setObjectName(QStringLiteral("variantsDock"));
    m_variants = new VariantsPanel(m_comparison, dock);
    dock->setWidget(m_variants);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::setBaseSource(std::shared_ptr<const Array> array, const QString &name)
{
    m_document->setBase(std::move(array), name);
}

void MainWindow::setShift(int eighths)
{
    ShiftState shift = m_view->shift();
    shift.eighths = eighths;
    m_view->setShift(shift);
}

void MainWindow::applyShift()
{
    m_document->applyShift();
}

void MainWindow::computeShiftCurves()
{
    QList<ShiftVariant> variants;
    for (const VariantSpec &v : m_comparison->variants())
        variants.append({ v.id, v.methodId, v.params, variantTitle(v) });
    m_shift->computeCurves(m_document->base(), variants);
}

void MainWindow::buildShiftDock()
{
    auto *dock = new QDockWidget(tr("Shift explorer"), this);
    dock->setObjectName(QStringLiteral("shiftDock"));
    m_shift = new ShiftExplorer(m_view, m_jobs, dock);
    dock->setWidget(m_shift);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_shift, &ShiftExplorer::computeRequested, this, &MainWindow::computeShiftCurves);
    connect(m_shift, &ShiftExplorer::curveAdded, this, &MainWindow::shiftCurvesUpdated);
    connect(m_shift, &ShiftExplorer::figuresChanged, this, &MainWindow::refreshMetrics);
    connect(m_shift, &ShiftExplorer::error, this, &MainWindow::showError);
}

void MainWindow::buildMetricsDock()
{
    auto *radialDock = new QDockWidget(tr("Radial spectrum"), this);
    radialDock->setObjectName(QStringLiteral("radialDock"));
    m_radialChart = new RadialSpectrum(m_comparison, m_view, m_analysis, radialDock);
    radialDock->setWidget(m_radialChart);
    auto *dock = new QDockWidget(tr("Metrics"), this);
    dock->setObjectName(QStringLiteral("metricsDock"));
    m_metrics = new widgets::MetricsTable(dock);
    dock->setWidget(m_metrics);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    addDockWidget(Qt::BottomDockWidgetArea, radialDock);
    splitDockWidget(dock, radialDock, Qt::Horizontal);
    resizeDocks({ dock, radialDock }, { 700, 500 }, Qt::Horizontal);
    resizeDocks({ dock }, { 230 }, Qt::Vertical);
}

QString MainWindow::describeSource() const
{
    const auto src = m_comparison->source();
    if (!src)
        return tr("No source.");
    QStringList lines;
    lines << tr("<b>%1</b>").arg(m_comparison->sourceName().toHtmlEscaped());
    const QString kind = src->kind == Kind::Signal ? tr("signal")
        : src->kind == Kind::Image                 ? tr("image")
                                                   : tr("volume");
    lines << tr("%1, %2").arg(kind, shapeText(*src));
    if (src->kind == Kind::Signal) {
        lines << tr("%1 Hz, %2 s")
                     .arg(src->sampleRate())
                     .arg(double(src->shape[0]) / src->sampleRate(), 0, 'f', 3);
    } else if (src->kind == Kind::Volume) {
        QStringList sp;
        for (auto it = src->grid.rbegin(); it != src->grid.rend(); ++it)
            sp << QString::number(it->spacing, 'g', 4);
        lines << tr("spacing %1 (mm; time in the unit of the file)")
                     .arg(sp.join(QStringLiteral(" × ")));
    }
    const ValueWindow w = m_document->range();
    lines << tr("type %1, range %2 … %3")
                 .arg(QString::fromLatin1(sampleTypeName(src->source.sampleType)))
                 .arg(w.low, 0, 'g', 6)
                 .arg(w.high, 0, 'g', 6);
    for (const std::string &warning : src->source.warnings)
        lines << tr("<span style='color:#b35900'>Warning: %1</span>")
                     .arg(QString::fromStdString(warning).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void MainWindow::updateSliceControls()
{
    const auto src = m_comparison->source();
    m_viewPanel->setSource(src, m_document->full() ? m_document->full() : src);
    const bool signal = src && src->kind == Kind::Signal;
    for (QDockWidget *d : findChildren<QDockWidget *>())
        if (d->objectName() == u"shiftDock" || d->objectName() == u"radialDock")
            d->setVisible(!signal);
    updateListenControls();
}

bool MainWindow::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_loader->isLoading()) {
        showError(tr("%1 is still loading; wait for it or cancel it first.").arg(name));
        return false;
    }
    statusBar()->showMessage(tr("Loading %1…").arg(name));
    LoadOptions options;
    options.maxBytes = FileLoader::memoryBudget();
    try {
        const auto array = m_loader->load(path, options);
        m_sessions->noteSource(SessionSpec::Source::File, QFileInfo(path).absoluteFilePath());
        setBaseSource(array, name);
        m_sourcePanel->addRecent(path);
        statusBar()->showMessage(tr("Loaded %1").arg(name), 4000);
        if (m_comparison->variants().isEmpty()) {
            addVariant(QStringLiteral("decimate.naive"), { { "factor", "4" } });
            addVariant(QStringLiteral("decimate.boxcar"), { { "factor", "4" } });
        }
        return true;
    } catch (const Cancelled &) {
        m_lastError = tr("Loading %1 was cancelled.").arg(name);
        statusBar()->showMessage(m_lastError, 5000);
    } catch (const Error &e) {
        showError(QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        showError(tr("The file %1 is too large to load.").arg(path));
    } catch (const std::exception &e) {
        showError(
            tr("The file %1 could not be loaded: %2").arg(path, QString::fromStdString(e.what())));
    }
    return false;
}

bool MainWindow::openSynthetic(const QString &spec)
{
    try {
        auto array = std::make_shared<const Array>(generate(spec.toStdString()));
        const GeneratorInfo *g = findGenerator(spec.section(u':', 0, 0).toStdString());
        m_sessions->noteSource(SessionSpec::Source::Synthetic, spec);
        setBaseSource(array, g ? trDsl(g->name) : spec);
        m_sourcePanel->showGenerator(spec);
        return true;
    } catch (const Error &e) {
        showError(QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::openDemo()
{
    // A zone plate: naive subsampling turns rings into moiré, the block mean blurs them away.
    openPreset(0);
}

void MainWindow::openPreset(int preset)
{
    m_sessions->openPreset(preset);
}

SessionSpec MainWindow::currentSession() const
{
    return m_sessions->current();
}

bool MainWindow::applySession(const SessionSpec &session)
{
    return m_sessions->apply(session);
}

bool MainWindow::saveSession(const QString &path)
{
    return m_sessions->save(path);
}

bool MainWindow::openSession(const QString &path)
{
    return m_sessions->open(path);
}

QStringList MainWindow::lastWarnings() const
{
    return m_sessions->warnings();
}

bool MainWindow::openSourceFile(const QString &path)
{
    return openFile(path);
}

bool MainWindow::openSyntheticSource(const QString &spec)
{
    return openSynthetic(spec);
}

void MainWindow::placeCursor(double k, double j, double i)
{
    setCursorVoxel(k, j, i);
}

void MainWindow::reportError(const QString &message)
{
    showError(message);
}

void MainWindow::reportStatus(const QString &message)
{
    statusBar()->showMessage(message, 4000);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (!QCoreApplication::arguments().contains(QStringLiteral("--no-dialogs"))
        && QGuiApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, tr("Downsample Lab"), message);
}

int MainWindow::addVariant(
    const QString &methodId, const std::map<std::string, std::string> &params)
{
    return m_variants->addVariant(methodId, params);
}

void MainWindow::setVariantParameter(
    int variantId, const std::string &key, const std::string &value)
{
    m_variants->setParameter(variantId, key, value);
}

void MainWindow::selectVariant(int variantId)
{
    m_variants->select(variantId);
}

void MainWindow::setSignalView(int tab)
{
    m_view->setSignalTab(SignalTab(std::clamp(tab, 0, 3)));
}

int MainWindow::selectedVariant() const
{
    return m_variants->selected();
}

QString MainWindow::variantTitle(const VariantSpec &v) const
{
    return Comparison::title(v);
}

void MainWindow::refreshVariantList()
{
    m_variants->refresh();
}

void MainWindow::rebuildPanes()
{
    for (Explorer *e : std::as_const(m_explorers))
        e->clearPanes();
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_variantPanes.clear();
    const auto src = m_comparison->source();
    Explorer *explorer = src ? explorerFor(*src) : nullptr;
    if (!explorer)
        return;
    const int count = int(m_comparison->variants().size()) + 1;
    const int width = centralWidget() ? centralWidget()->width() : 1000;
    const int columns = explorer->columns(count, width);
    m_referencePane = explorer->makePane(0, m_grid);
    m_gridLayout->addWidget(m_referencePane, 0, 0);
    int index = 1;
    for (const VariantSpec &v : m_comparison->variants()) {
        QWidget *pane = explorer->makePane(v.id, m_grid);
        m_variantPanes.insert(v.id, pane);
        m_gridLayout->addWidget(pane, index / columns, index % columns);
        ++index;
    }
    explorer->panesReady(m_referencePane, m_variantPanes);
    refreshReference();
    for (const VariantSpec &v : m_comparison->variants())
        refreshVariantPane(v.id);
    m_metrics->setSignalMode(src->kind == Kind::Signal);
    refreshMetrics();
}

Explorer *MainWindow::explorerFor(const Array &source) const
{
    for (Explorer *e : m_explorers)
        if (e->accepts(source))
            return e;
    return nullptr;
}

void MainWindow::refreshReference()
{
    const auto src = m_comparison->source();
    if (!src || !m_referencePane)
        return;
    if (Explorer *e = explorerFor(*src))
        e->refreshReference(m_referencePane,
            tr("Reference: %1 — %2").arg(m_comparison->sourceName(), shapeText(*src)));
}

bool MainWindow::flipColumns(int normal) const
{
    return m_volume->flipColumns(normal);
}

void MainWindow::refreshReferenceFilters()
{
    m_signal->refreshFilters();
}

void MainWindow::refreshVariantPane(int variantId)
{
    const VariantSpec *spec = m_comparison->variant(variantId);
    QWidget *paneWidget = m_variantPanes.value(variantId);
    const auto src = m_comparison->source();
    if (!spec || !paneWidget || !src)
        return;
    const auto it = m_comparison->results().constFind(variantId);
    const bool ready = it != m_comparison->results().constEnd();
    QString title = variantTitle(*spec);
    if (ready && it->analysis) {
        const Analysis &an = *it->analysis;
        title += tr(" — %1, alias %2 dB")
                     .arg(shapeText(an.result.output))
                     .arg(an.metrics.aliasEnergyDb, 0, 'f', 1);
        if (spec->methodId == "pool.haar" && src->kind != Kind::Signal)
            title += tr(", detail energy discarded %1 %")
                         .arg(100.0 * haarDiscardedEnergy(*src, an.result.output), 0, 'f', 1);
    }
    if (Explorer *e = explorerFor(*src))
        e->refreshVariant(variantId, paneWidget, title);
}

MetricsContext MainWindow::metricsContext() const
{
    MetricsContext c;
    c.sourceRange = m_document->range();
    c.cursor = m_view->cursor();
    c.frame = currentFrame();
    c.roundTrip = !m_view->roundTrip().isEmpty();
    c.shiftFigure = [this](const VariantSpec &v) { return validShiftFigure(v); };
    return c;
}

std::vector<MetricsRecord> MainWindow::metricsRecords() const
{
    return dsl::app::metricsRecords(*m_comparison, metricsContext());
}

const ShiftFigure *MainWindow::validShiftFigure(const VariantSpec &v) const
{
    return m_shift->figure(v.id, v.methodId, v.params, m_document->base());
}

void MainWindow::refreshMetrics()
{
    showMetrics(m_metrics, *m_comparison, metricsContext());
}

void MainWindow::recomputeAll()
{
    for (const VariantSpec &v : m_comparison->variants())
        recompute(v.id);
}

void MainWindow::recompute(int variantId)
{
    const VariantSpec *v = m_comparison->variant(variantId);
    if (!v || !m_comparison->source())
        return;
    m_comparison->dropResult(variantId);
    refreshVariantPane(variantId);
    m_scheduler->request(variantId, m_comparison->source(), m_comparison->sourceGeneration(),
        v->methodId, v->params);
    refreshMetrics();
}

void MainWindow::onPartial(int variantId, const VariantResult &result)
{
    // Only while nothing final is shown for this variant: draw its output now, the analysis
    // (alias map, metrics, spectra) follows.
    if (m_comparison->results().contains(variantId) || !m_comparison->variant(variantId))
        return;
    m_comparison->setPartial(variantId, result);
    refreshVariantPane(variantId);
}

void MainWindow::onResult(int variantId, const VariantResult &result)
{
    if (!m_comparison->variant(variantId))
        return;
    m_comparison->setResult(variantId, result);
    updateColourLimits();
    refreshVariantPane(variantId);
    if (m_comparison->source() && m_comparison->source()->kind == Kind::Signal)
        refreshReferenceFilters();
    refreshMetrics();
    const bool signal = m_comparison->source()->kind == Kind::Signal;
    if (m_comparison->results().size() == m_comparison->variants().size()
        && (!signal || m_signal->hasReferenceViews()))
        Q_EMIT allResultsReady();
}

QWidget *MainWindow::referencePane() const
{
    return m_referencePane;
}
QWidget *MainWindow::variantPane(int variantId) const
{
    return m_variantPanes.value(variantId);
}

std::shared_ptr<const KSpace> MainWindow::kspaceFor(
    int variantId, std::shared_ptr<const Array> plane, const QString &key)
{
    return kspaceFor(
        variantId, [plane] { return plane; }, key);
}

std::shared_ptr<const KSpace> MainWindow::kspaceFor(
    int variantId, std::function<std::shared_ptr<const Array>()> makePlane, const QString &key)
{
    Q_UNUSED(variantId);
    return m_analysis->kspace(std::move(makePlane), key);
}

std::shared_ptr<const EffectiveKernel> MainWindow::kernelFor(const QString &spec, QString *error)
{
    return m_analysis->kernel(spec, error);
}

void MainWindow::updateColourLimits()
{
    if (m_analysis->updateScales(*m_comparison) && m_view->displayMode() != DisplayMode::Output)
        for (const VariantSpec &v : m_comparison->variants())
            refreshVariantPane(v.id);
}

void MainWindow::refreshImagePanes()
{
    refreshReference();
    for (const VariantSpec &v : m_comparison->variants())
        refreshVariantPane(v.id);
}

void MainWindow::setImageDisplay(int mode)
{
    m_view->setDisplayMode(DisplayMode(std::clamp(mode, 0, kDisplayModeCount - 1)));
}

void MainWindow::refreshRadialChart()
{
    const VolumeLayout layout = m_view->layout();
    const auto src = m_comparison->source();
    const bool scan = src && m_volume->accepts(*src);
    m_radialChart->refresh(
        sliceIndex(), currentFrame(), scan && layout != VolumeLayout::ThreeViews ? int(layout) : 0);
}

void MainWindow::computeReferenceViews()
{
    m_signal->computeReferenceViews();
}

void MainWindow::updateListenControls()
{
    m_viewPanel->setListenAvailable(m_player->isAvailable(), m_player->unavailableReason());
}

bool MainWindow::setRoundTrip(const QString &resizer)
{
    static const QStringList known { QStringLiteral("nearest"), QStringLiteral("bilinear"),
        QStringLiteral("bicubic"), QStringLiteral("lanczos") };
    if (!resizer.isEmpty() && !known.contains(resizer))
        return false;
    m_view->setRoundTrip(resizer.isEmpty() ? QString() : QStringLiteral("resize.") + resizer);
    return true;
}

QFuture<std::shared_ptr<const Array>> MainWindow::playbackSignal(int what)
{
    return m_signal->playbackSignal(what, selectedVariant());
}

void MainWindow::listen(int what)
{
    m_signal->listen(what, selectedVariant());
}

void MainWindow::applySpectrumOptions()
{
    m_signal->applySpectrumOptions();
    recomputeAll();
}

void MainWindow::applySpectrogramDisplay()
{
    m_signal->applySpectrogramDisplay();
}

void MainWindow::exportMetrics()
{
    if (const QString path = exporter::askMetricsPath(this); !path.isEmpty())
        exportMetricsTo(path);
}

void MainWindow::exportVariant()
{
    const int id = selectedVariant();
    const auto it = m_comparison->results().constFind(id);
    if (it == m_comparison->results().constEnd() || !it->analysis) {
        showError(tr("Select a computed variant to export."));
        return;
    }
    bool originalType = false;
    const QString path = exporter::askVariantPath(this, it->analysis->result.output, &originalType);
    if (!path.isEmpty())
        exportVariantTo(id, path, originalType);
}

void MainWindow::exportView()
{
    if (const QString path = exporter::askViewPath(this); !path.isEmpty())
        exportViewTo(path);
}

void MainWindow::exportSlice()
{
    if (const QString path = exporter::askSlicePath(this); !path.isEmpty())
        exportSliceTo(selectedVariant(), path);
}

bool MainWindow::exported(const QString &path, const QString &error)
{
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    return true;
}

bool MainWindow::exportMetricsTo(const QString &path)
{
    // Full precision from the results, stable column ids (core's record, as the CLI's).
    return exported(path, exporter::writeMetrics(metricsRecords(), path));
}

bool MainWindow::exportViewTo(const QString &path)
{
    return exported(
        path, exporter::writeView(m_grid->grab().toImage(), m_comparison->source().get(), path));
}

bool MainWindow::exportSliceTo(int variantId, const QString &path)
{
    // The plane through the cursor (axial in the three-view layout) of a variant (0: the
    // source), as values.
    const auto src = m_comparison->source();
    const auto it = m_comparison->results().constFind(variantId);
    const bool computed = it != m_comparison->results().constEnd() && it->analysis;
    if (!src || (variantId != 0 && !computed))
        return exported(
            path, tr("Select a computed variant of a scan to export one of its slices."));
    const int shown = m_view->layout() == VolumeLayout::ThreeViews ? 0 : int(m_view->layout());
    const Array &volume = variantId == 0 ? *src : it->analysis->result.output;
    return exported(path,
        exporter::writeSlice(volume, *src,
            variantId == 0 ? std::vector<AxisMap> {} : it->analysis->result.map, shown,
            sliceIndex(), currentFrame(), flipColumns(shown), path));
}

bool MainWindow::exportVariantTo(int variantId, const QString &path, bool originalType)
{
    const auto it = m_comparison->results().constFind(variantId);
    if (it == m_comparison->results().constEnd() || !it->analysis) {
        showError(tr("Select a computed variant to export."));
        return false;
    }
    return exported(path,
        exporter::writeVariant(
            it->analysis->result.output, m_comparison->source().get(), path, originalType));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_scheduler->cancelAll();
    QMainWindow::closeEvent(event);
}

} // namespace dsl::app

namespace dsl::app {

void MainWindow::setVolumePlane(int plane)
{
    m_view->setLayout(VolumeLayout(std::clamp(plane, 0, 3)));
}

void MainWindow::setFrameOnly(bool currentFrameOnly)
{
    m_view->setFrameOnly(currentFrameOnly);
}

double MainWindow::kspaceTopDb() const
{
    // One scale for every pane, from the source's amplitude: |F| / N of a constant at the
    // source's largest magnitude is the top (0 dB for data in [0, 1], ~+90 dB for CT numbers).
    const auto src = m_comparison->source();
    if (!src)
        return 0.0;
    const ValueWindow r = m_document->range();
    const double peak = std::max(std::abs(r.low), std::abs(r.high));
    return peak > 0.0 ? std::ceil(20.0 * std::log10(peak)) : 0.0;
}

void MainWindow::setKSpace3d(bool centralSlices)
{
    m_view->setKSpaceCentralSlices(centralSlices);
}

ValueWindow MainWindow::displayWindow() const
{
    return currentWindow();
}

double MainWindow::signedLimit(bool difference) const
{
    return difference ? m_analysis->errorLimit() : m_analysis->aliasLimit();
}

std::shared_ptr<const KSpace> MainWindow::kspace(
    std::function<std::shared_ptr<const Array>()> makePlane, const QString &key)
{
    return kspaceFor(0, std::move(makePlane), key);
}

std::size_t MainWindow::frame() const
{
    return currentFrame();
}

std::size_t MainWindow::sliceIndex() const
{
    // The slice shown: the cursor along the shown plane's normal (axial in three views).
    const VolumeLayout layout = m_view->layout();
    const int normal = layout == VolumeLayout::ThreeViews ? 0 : int(layout);
    return std::size_t(std::max(0.0, std::round(m_view->cursor()[std::size_t(normal)])));
}

void MainWindow::setFrame(int frame)
{
    m_view->setFrame(frame);
}

std::size_t MainWindow::currentFrame() const
{
    return m_document->currentFrame();
}

widgets::ImagePane *MainWindow::viewPane(int variantId, int normal) const
{
    if (normal < 0 || normal > 2)
        return nullptr;
    return m_volume->viewPane(variantId, normal);
}

void MainWindow::setCursorVoxel(double k, double j, double i)
{
    const auto src = m_comparison->source();
    if (!src || src->kind != Kind::Volume || src->rank() < 3)
        return;
    const std::size_t base = src->rank() == 4 ? 1 : 0;
    const double v[3] = { k, j, i };
    std::array<double, 3> cursor {};
    for (std::size_t a = 0; a < 3; ++a)
        cursor[a] = std::clamp(std::round(v[a]), 0.0, double(src->shape[base + a] - 1));
    m_view->setCursor(cursor);
}

void MainWindow::clickView(int normal, const QPointF &pos)
{
    // The two in-plane coordinates of the cursor move; the other views then show the planes
    // through it.
    if (const auto next = m_volume->cursorAt(normal, pos))
        setCursorVoxel((*next)[0], (*next)[1], (*next)[2]);
}

void MainWindow::updateCursorReadout()
{
    m_cursorReadout = m_volume->cursorReadout();
    if (!m_cursorReadout.isEmpty())
        statusBar()->showMessage(m_cursorReadout);
}

void MainWindow::setRadiological(bool radiological)
{
    m_view->setRadiological(radiological);
}

ValueWindow MainWindow::currentWindow() const
{
    const WindowLevel w = m_view->windowLevel();
    switch (w.preset) {
    case WindowLevel::Preset::Auto:
        return m_document->autoWindow();
    case WindowLevel::Preset::Full:
        return m_document->range();
    case WindowLevel::Preset::Custom:
        return { w.level - w.width / 2, w.level + w.width / 2 };
    default:
        break;
    }
    const auto fixed = WindowLevel::fixedWindow(w.preset).value_or(std::pair { 1.0, 0.5 });
    return { fixed.second - fixed.first / 2, fixed.second + fixed.first / 2 };
}

void MainWindow::setWindowLevel(double width, double level)
{
    if (width <= 0)
        m_view->setWindowLevel({});
    else
        m_view->setWindowLevel({ WindowLevel::Preset::Custom, width, level });
}

void MainWindow::onWindowLevelDrag(double dx, double dy)
{
    // Right-drag: horizontal scales the width (x2 per 200 px), vertical moves the level (one
    // width per 200 px, dragging up brightens the picture's upper values).
    const ValueWindow w = currentWindow();
    const double width = std::max(1e-9, (w.high - w.low) * std::pow(2.0, dx / 200.0));
    const double level = (w.high + w.low) / 2 + dy * (w.high - w.low) / 200.0;
    setWindowLevel(width, level);
}

void MainWindow::setColormap(int index)
{
    m_view->setColourMap(ColourMap(std::clamp(index, 0, 3)));
}

void MainWindow::refreshAllPanes()
{
    refreshReference();
    for (const VariantSpec &s : m_comparison->variants())
        refreshVariantPane(s.id);
    updateSliceControls();
}

void MainWindow::syncControls()
{
    // The controls show the view state; they never hold state of their own.
    m_viewPanel->sync();
    m_shift->sync();
}

void MainWindow::onViewChanged(ViewState::Aspect aspect)
{
    // One place where a change of what is shown reaches the panes and the jobs.
    using A = ViewState::Aspect;
    syncControls();
    switch (aspect) {
    case A::Display:
    case A::KSpace:
        refreshImagePanes();
        refreshRadialChart();
        if (aspect == A::Display)
            // Image and k-space coordinates differ: show the whole of the new view.
            if (auto *ref = qobject_cast<widgets::ImagePane *>(m_referencePane.data()))
                ref->fitToWindow();
        break;
    case A::Layout: {
        // Another axis: the slider follows the cursor along it, and the whole plane is shown.
        // Between one view and three per pane the panes themselves change.
        m_viewPanel->resetSliceRange();
        updateSliceControls();
        const bool threeNow = m_volume->hasThreeViews();
        if (threeNow != (m_view->layout() == VolumeLayout::ThreeViews))
            rebuildPanes();
        else
            refreshAllPanes();
        if (auto *ref = qobject_cast<widgets::ImagePane *>(m_referencePane.data()))
            ref->fitToWindow();
        break;
    }
    case A::Orientation:
        rebuildPanes();
        break;
    case A::Window:
    case A::Colours:
        refreshImagePanes();
        break;
    case A::Overlay:
        refreshAllPanes();
        break;
    case A::Cursor:
        updateCursorReadout();
        refreshAllPanes();
        refreshMetrics(); // the per-slice columns follow the cursor
        break;
    case A::Frame:
        if (m_view->frameOnly() && m_document->full())
            m_document->reframe(); // the variants follow the frame
        else {
            updateCursorReadout();
            refreshAllPanes();
        }
        break;
    case A::FrameOnly:
        m_document->reframe();
        break;
    case A::SignalTab:
    case A::FilterMode:
        m_signal->syncTabs();
        break;
    case A::SpectrumAnalysis:
        applySpectrumOptions();
        break;
    case A::SpectrogramDisplay:
        applySpectrogramDisplay();
        break;
    case A::RoundTrip:
        m_scheduler->setRoundTrip(m_view->roundTrip());
        recomputeAll();
        break;
    case A::Listening:
        break; // read when playing
    case A::Shift:
        applyShift();
        break;
    }
}

} // namespace dsl::app

namespace dsl::app {

QCheckBox *MainWindow::resampleBackBox() const
{
    return m_viewPanel->resampleBackBox();
}

const QList<QPushButton *> &MainWindow::listenButtons() const
{
    return m_viewPanel->listenButtons();
}

} // namespace dsl::app

namespace dsl::app {

QChartView *MainWindow::shiftChart() const
{
    return m_shift->chart();
}

} // namespace dsl::app

namespace dsl::app {

QString MainWindow::foldReadout() const
{
    return m_signal->foldReadout();
}

} // namespace dsl::app

namespace dsl::app {

widgets::ParamForm *MainWindow::parameterForm() const
{
    return m_variants->form();
}

} // namespace dsl::app

namespace dsl::app {

int MainWindow::kspaceCount() const
{
    return int(m_analysis->spectra().size());
}

double MainWindow::roundTripLimit() const
{
    return m_analysis->roundTripLimit();
}

} // namespace dsl::app

namespace dsl::app {

ValueWindow MainWindow::sourceRange() const
{
    return m_document->range();
}

} // namespace dsl::app

namespace dsl::app {

QChartView *MainWindow::radialChart() const
{
    return m_radialChart;
}

} // namespace dsl::app
