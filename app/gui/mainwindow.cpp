#include "mainwindow.h"

#include "explorers/explorer.h"
#include "export/exporter.h"
#include "fileloader.h"
#include "panels/comparisongrid.h"
#include "panels/sourcepanel.h"
#include "panels/tablepanel.h"
#include "panels/variantspanel.h"
#include "panels/viewpanel.h"
#include "preferences.h"
#include "scheduler.h"
#include "session/jobservice.h"

#include "explorers/radialspectrum.h"
#include "explorers/shiftexplorer.h"
#include "metricstable.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace dsl::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
{
    setWindowTitle(tr("Downsample Lab"));
    setAcceptDrops(true);
    resize(1400, 900);
    setCentralWidget(m_workspace->grid());
    buildDocks();
    buildMenus();
    buildStatusBar();
    connect(m_workspace, &Workspace::error, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::status, statusBar(), &QStatusBar::showMessage);
    connect(m_workspace, &Workspace::sourceShown, this, &MainWindow::showSourceKind);
    connect(m_workspace, &Workspace::tableShown, this, [this] {
        // Tables have no spectra and no shifts either.
        showSourceKind(Kind::Signal);
    });
    // Opening a file: progress and Cancel in the status bar; the rest of the window waits.
    connect(m_workspace, &Workspace::loadingChanged, this, [this](bool loading) {
        menuBar()->setEnabled(!loading);
        centralWidget()->setEnabled(!loading);
        for (QDockWidget *d : findChildren<QDockWidget *>())
            d->setEnabled(!loading);
        setAcceptDrops(!loading);
    });
}

MainWindow::~MainWindow()
{
    // The workspace's jobs end before any widget they would report to goes.
    delete m_workspace;
}

QDockWidget *MainWindow::dock(const QString &title, const QString &name, QWidget *content)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(content);
    return d;
}

void MainWindow::buildDocks()
{
    // Source: what is open, then how it is shown (and listened to).
    auto *sourceColumn = new QWidget(this);
    auto *v = new QVBoxLayout(sourceColumn);
    v->addWidget(m_workspace->sourcePanel());
    v->addWidget(m_workspace->viewPanel());
    v->addWidget(m_workspace->tablePanel());
    v->addStretch();
    addDockWidget(
        Qt::LeftDockWidgetArea, dock(tr("Source"), QStringLiteral("sourceDock"), sourceColumn));
    addDockWidget(Qt::RightDockWidgetArea,
        dock(tr("Variants"), QStringLiteral("variantsDock"), m_workspace->variantsPanel()));
    QDockWidget *metrics
        = dock(tr("Metrics"), QStringLiteral("metricsDock"), m_workspace->metricsTable());
    QDockWidget *radial
        = dock(tr("Radial spectrum"), QStringLiteral("radialDock"), m_workspace->radialSpectrum());
    addDockWidget(Qt::BottomDockWidgetArea, metrics);
    addDockWidget(Qt::BottomDockWidgetArea, radial);
    splitDockWidget(metrics, radial, Qt::Horizontal);
    resizeDocks({ metrics, radial }, { 700, 500 }, Qt::Horizontal);
    resizeDocks({ metrics }, { 230 }, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea,
        dock(tr("Shift explorer"), QStringLiteral("shiftDock"), m_workspace->shiftExplorer()));
}

void MainWindow::buildMenus()
{
    Workspace *ws = m_workspace;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), ws->sourcePanel(), &SourcePanel::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &demo"), ws, &Workspace::openDemo);
    ws->sessions()->buildPresetsMenu(file->addMenu(tr("Demo &presets")));
    file->addSeparator();
    file->addAction(
        tr("Open &session…"), this, [this] { m_workspace->sessions()->chooseOpen(this); });
    QAction *save = file->addAction(
        tr("&Save session…"), this, [this] { m_workspace->sessions()->chooseSave(this); });
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

void MainWindow::buildStatusBar()
{
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
    // Every background job: one progress bar, one Cancel.
    JobService *jobs = m_workspace->jobs();
    connect(m_cancelButton, &QPushButton::clicked, jobs, &JobService::cancelAll);
    connect(jobs, &JobService::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancelButton->setVisible(busy);
        if (busy && !m_workspace->loader()->isLoading())
            statusBar()->showMessage(tr("Computing…"));
        else if (!busy)
            statusBar()->showMessage(tr("Ready"), 3000);
    });
    connect(jobs, &JobService::progress, m_progress, &QProgressBar::setValue);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (!QCoreApplication::arguments().contains(QStringLiteral("--no-dialogs"))
        && QGuiApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, tr("Downsample Lab"), message);
}

void MainWindow::showSourceKind(Kind kind)
{
    // Signals have neither a radial spectrum nor a sub-pixel shift explorer.
    for (QDockWidget *d : findChildren<QDockWidget *>())
        if (d->objectName() == u"shiftDock" || d->objectName() == u"radialDock")
            d->setVisible(kind != Kind::Signal);
}

void MainWindow::exportMetrics()
{
    if (const QString path = exporter::askMetricsPath(this); !path.isEmpty())
        m_workspace->exportMetricsTo(path);
}

void MainWindow::exportVariant()
{
    const int id = m_workspace->selectedVariant();
    const auto &results = m_workspace->comparison()->results();
    const auto it = results.constFind(id);
    if (it != results.constEnd() && it->table) {
        // A table variant: its kept rows (CSV with the input row, or int64 indices).
        if (const QString path = exporter::askTableRowsPath(this); !path.isEmpty())
            m_workspace->exportVariantTo(id, path);
        return;
    }
    if (it == results.constEnd() || !it->analysis) {
        showError(tr("Select a computed variant to export."));
        return;
    }
    bool originalType = false;
    const QString path = exporter::askVariantPath(this, it->analysis->result.output, &originalType);
    if (!path.isEmpty())
        m_workspace->exportVariantTo(id, path, originalType);
}

void MainWindow::exportView()
{
    if (const QString path = exporter::askViewPath(this); !path.isEmpty())
        m_workspace->exportViewTo(path);
}

void MainWindow::exportSlice()
{
    if (const QString path = exporter::askSlicePath(this); !path.isEmpty())
        m_workspace->exportSliceTo(m_workspace->selectedVariant(), path);
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
        m_workspace->openFile(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_workspace->scheduler()->cancelAll();
    QMainWindow::closeEvent(event);
}

} // namespace dsl::app
