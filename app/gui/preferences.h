// Edit → Preferences: settings that apply to the whole application (the memory budget for
// decoding files). Reads and writes QSettings through the objects that use them.
#pragma once

#include <QDialog>

class QSpinBox;

namespace dsl::app {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QSpinBox *m_budget = nullptr;
};

} // namespace dsl::app
