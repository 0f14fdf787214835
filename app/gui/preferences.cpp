#include "preferences.h"

#include "fileloader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace dsl::app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("memoryBudget"));
    m_budget->setRange(16, 1 << 24);
    m_budget->setSingleStep(256);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setValue(int(FileLoader::memoryBudget() >> 20));
    m_budget->setToolTip(tr("Files whose decoded data (as 32-bit floats) would need more memory "
                            "are refused before anything is allocated."));
    form->addRow(tr("Memory budget for opening a file:"), m_budget);
    auto *note = new QLabel(tr("A photo of W × H pixels with C channels needs W·H·C·4 bytes; a "
                               "scan its voxel count × 4."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    FileLoader::setMemoryBudget(std::uint64_t(m_budget->value()) << 20);
    QDialog::accept();
}

} // namespace dsl::app
