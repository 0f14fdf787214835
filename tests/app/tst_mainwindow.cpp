// The window itself, offscreen: it docks every panel of the workspace and lists the docks in the
// View menu, shows what the workspace says in the status bar, hides the docks a signal has no
// use for, opens a dropped file, looks like something, and is disabled while a file loads with
// progress and Cancel. What the workspace does is tested in tst_workspace.
#include "labfixture.h"
#include "testutil.h"

#include "explorers/radialspectrum.h"
#include "explorers/shiftexplorer.h"
#include "metricstable.h"
#include "panels/comparisongrid.h"
#include "panels/sourcepanel.h"
#include "panels/variantspanel.h"
#include "panels/viewpanel.h"

#include "dsl/io.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace dsl;
using namespace Qt::StringLiterals;
using dsltest::Lab;
using dsltest::notBlank;

namespace {

QDockWidget *dockHolding(app::MainWindow &w, QWidget *content)
{
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        if (d->widget() == content || d->widget()->isAncestorOf(content))
            return d;
    return nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void docksMenusAndStatusBar()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        QCOMPARE(w.centralWidget(), ws.grid());
        const QList<QWidget *> panels { ws.sourcePanel(), ws.viewPanel(), ws.variantsPanel(),
            ws.metricsTable(), ws.radialSpectrum(), ws.shiftExplorer() };
        QStringList viewMenu;
        for (QAction *a : w.menuBar()->actions())
            if (a->menu() && a->text() == w.tr("&View"))
                for (QAction *t : a->menu()->actions())
                    viewMenu << t->text();
        for (QWidget *panel : panels) {
            QDockWidget *d = dockHolding(w, panel);
            QVERIFY2(d, panel->metaObject()->className());
            QVERIFY(d->isVisible());
            QVERIFY2(viewMenu.contains(d->windowTitle()), qPrintable(d->windowTitle()));
        }
        // The workspace's messages reach the status bar.
        QVERIFY(!ws.openFile(dsltest::dataPath(u"images/truncated.jpg"_s)));
        QVERIFY(w.statusBar()->currentMessage().contains(u"truncated.jpg"_s));
        // A signal has no radial spectrum and no sub-pixel shift; an image has both.
        QVERIFY(ws.openSynthetic(u"sine:duration=0.2"_s));
        QVERIFY(!dockHolding(w, ws.radialSpectrum())->isVisible());
        QVERIFY(!dockHolding(w, ws.shiftExplorer())->isVisible());
        QVERIFY(ws.openSynthetic(u"zoneplate:size=64"_s));
        QVERIFY(dockHolding(w, ws.radialSpectrum())->isVisible());
        QVERIFY(dockHolding(w, ws.shiftExplorer())->isVisible());
    }

    void droppedFileOpens()
    {
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openSynthetic(u"zoneplate:size=64"_s);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(dsltest::dataPath(u"nifti/anatomical.nii"_s)) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(ws.comparison()->source()->kind, Kind::Volume);
        QCOMPARE(ws.comparison()->sourceName(), u"anatomical.nii"_s);
    }

    void screenshotIsNotBlank()
    {
        Lab lab(1200, 800);
        auto [w, ws] = lab.parts();
        ws.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(ws.resultCount() == 2, 20000);
        QTest::qWait(50);
        const QImage shot = w.grab().toImage();
        QVERIFY(notBlank(shot));
        for (const auto &v : ws.comparison()->variants())
            QVERIFY(notBlank(ws.variantPane(v.id)->grab().toImage()));
    }

    // Opening a big photo: progress in the status bar, the window disabled meanwhile, Cancel
    // stops the decode and leaves the previous source in place.
    void loadingShowsProgressAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.png"_s);
        Array big = Array::zeros(Kind::Image, { 3000, 4000 }, 1);
        for (std::size_t i = 0; i < big.values.size(); ++i)
            big.values[i] = float((i * 2654435761u) >> 24);
        big.source.sampleType = SampleType::UInt8;
        save(big, path.toStdString());
        Lab lab;
        auto [w, ws] = lab.parts();
        ws.openSynthetic(u"zoneplate:size=64"_s);
        const auto before = ws.comparison()->source();
        auto *progress = w.findChild<QProgressBar *>(u"statusProgress"_s);
        auto *cancel = w.findChild<QPushButton *>(u"statusCancel"_s);
        QVERIFY(progress && cancel);
        bool sawDisabled = false, sawProgress = false;
        QTimer poll;
        poll.setInterval(1);
        connect(&poll, &QTimer::timeout, &w, [&] {
            if (!cancel->isVisible())
                return;
            sawDisabled = sawDisabled || !w.menuBar()->isEnabled();
            if (progress->value() > 0) {
                sawProgress = true;
                cancel->click();
            }
        });
        poll.start();
        QVERIFY(!ws.openFile(path));
        poll.stop();
        QVERIFY(sawDisabled);
        QVERIFY(sawProgress);
        QVERIFY2(ws.lastError().contains(u"cancelled"_s), qPrintable(ws.lastError()));
        QCOMPARE(ws.comparison()->source(), before);
        QVERIFY(w.menuBar()->isEnabled());
        // Without a cancel the same file opens.
        QVERIFY2(ws.openFile(path), qPrintable(ws.lastError()));
        QCOMPARE(ws.comparison()->source()->shape, (std::vector<std::size_t> { 3000, 4000 }));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
