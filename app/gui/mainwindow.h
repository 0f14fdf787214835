// The main window: the comparison grid in the middle, the workspace's panels in docks (source
// and view controls, variants, metrics, radial spectrum, shift explorer), the menus, and the
// status bar with one progress bar and Cancel for every background job. It arranges and asks
// (file dialogs, messages); what happens is the workspace's (workspace.h).
#pragma once

#include "workspace.h"

#include <QMainWindow>

class QProgressBar;
class QPushButton;

namespace dsl::app {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *dock(const QString &title, const QString &name, QWidget *content);
    void buildDocks();
    void buildMenus();
    void buildStatusBar();
    void showError(const QString &message);
    void showSourceKind(Kind kind);
    void exportMetrics();
    void exportVariant();
    void exportView();
    void exportSlice();

    Workspace *m_workspace;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace dsl::app
