// The top of the source dock: open a file (dialog or recent files), generate a synthetic
// source from a generator and its parameter form, and what the current source is.
// Ownership: a child of the dock's widget. Thread-safety: GUI thread only.
#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace dsl::widgets {
class ParamForm;
}

namespace dsl::app {

class SourcePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePanel(QWidget *parent = nullptr);

    void setDescription(const QString &text); // the source's kind, shape, rate/spacing, type
    // The generator and parameters of a synthetic source that was opened ("id:k=v,...").
    void showGenerator(const QString &spec);
    // Remembers a file that opened (most recent first, at most ten).
    void addRecent(const QString &path);
    void chooseFile(); // the open dialog

Q_SIGNALS:
    void openRequested(const QString &path); // from the dialog or the recent files
    void generateRequested(const QString &spec);

private:
    void rebuildRecentMenu();

    QToolButton *m_recentButton = nullptr;
    QComboBox *m_generatorBox = nullptr;
    widgets::ParamForm *m_generatorForm = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace dsl::app
