#include "sourcepanel.h"

#include "appcommon.h"

#include "paramform.h"

#include "dsl/params.h"
#include "dsl/synth.h"
#include "dsl/table.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsl::app {

namespace {
// A generator of arrays or of tables: its description and parameters.
struct Schema
{
    std::string description;
    const std::vector<ParamSpec> *params = nullptr;
};
Schema schemaOf(const QString &id)
{
    if (const GeneratorInfo *g = findGenerator(id.toStdString()))
        return { g->description, &g->params };
    for (const TableGeneratorInfo &t : tableGenerators())
        if (t.id == id.toStdString())
            return { t.description, &t.params };
    return {};
}
} // namespace

namespace {

constexpr auto kRecentKey = "recentFiles";

} // namespace

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("Open file…"), this);
    connect(openButton, &QPushButton::clicked, this, &SourcePanel::chooseFile);
    m_recentButton = new QToolButton(this);
    m_recentButton->setText(tr("Recent"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setMenu(new QMenu(m_recentButton));
    row->addWidget(openButton);
    row->addWidget(m_recentButton);
    v->addLayout(row);
    rebuildRecentMenu();

    v->addWidget(new QLabel(tr("Synthetic source:"), this));
    m_generatorBox = new QComboBox(this);
    for (const GeneratorInfo &g : generators())
        m_generatorBox->addItem(trDsl(g.name), QString::fromStdString(g.id));
    for (const TableGeneratorInfo &g : tableGenerators())
        m_generatorBox->addItem(trDsl(g.name), QString::fromStdString(g.id));
    m_generatorForm = new widgets::ParamForm(this);
    auto *generate = new QPushButton(tr("Generate"), this);
    connect(m_generatorBox, &QComboBox::currentIndexChanged, this, [this] {
        const Schema g = schemaOf(m_generatorBox->currentData().toString());
        if (g.params) {
            m_generatorForm->setSchema(*g.params, {});
            m_generatorBox->setToolTip(trDsl(g.description));
        }
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        QString spec = m_generatorBox->currentData().toString();
        QStringList items;
        for (const auto &[k, val] : m_generatorForm->values())
            items << QString::fromStdString(k + "=" + val);
        if (!items.isEmpty())
            spec += u':' + items.join(u',');
        Q_EMIT generateRequested(spec);
    });
    v->addWidget(m_generatorBox);
    v->addWidget(m_generatorForm);
    v->addWidget(generate);
    m_generatorBox->setCurrentIndex(-1);
    m_generatorBox->setCurrentIndex(0);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_info);
}

void SourcePanel::setDescription(const QString &text)
{
    m_info->setText(text);
}

void SourcePanel::showGenerator(const QString &spec)
{
    const QString id = spec.section(u':', 0, 0);
    const Schema g = schemaOf(id);
    const int index = m_generatorBox->findData(id);
    if (!g.params || index < 0)
        return;
    const QSignalBlocker block(m_generatorBox);
    m_generatorBox->setCurrentIndex(index);
    m_generatorBox->setToolTip(trDsl(g.description));
    try {
        m_generatorForm->setSchema(
            *g.params, Params::parseList(spec.section(u':', 1).toStdString()));
    } catch (const std::exception &) {
        m_generatorForm->setSchema(*g.params, {});
    }
}

void SourcePanel::chooseFile()
{
    const QString filter = tr("All supported (*.wav *.flac *.ogg *.oga *.aif *.aiff *.png *.jpg "
                              "*.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.npy *.csv *.tsv);;"
                              "Audio (*.wav *.flac *.ogg *.oga *.aif *.aiff);;Images (*.png *.jpg "
                              "*.jpeg *.tif *.tiff *.bmp);;"
                              "NIfTI scans (*.nii *.nii.gz);;NumPy arrays (*.npy);;"
                              "Labelled tables (*.csv *.tsv *.npy);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a signal, image, scan or table"), QString(), filter);
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void SourcePanel::addRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QLatin1String(kRecentKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 10)
        recent.removeLast();
    s.setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void SourcePanel::rebuildRecentMenu()
{
    QMenu *menu = m_recentButton->menu();
    menu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &p : recent)
        menu->addAction(QFileInfo(p).fileName(), this, [this, p] { Q_EMIT openRequested(p); })
            ->setToolTip(p);
    m_recentButton->setEnabled(!recent.isEmpty());
}

} // namespace dsl::app
