#include "variantspanel.h"

#include "methodcatalog.h"

#include "appcommon.h"

#include "paramform.h"

#include "dsl/method.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsl::app {

namespace {
} // namespace

VariantsPanel::VariantsPanel(Comparison *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *v = new QVBoxLayout(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    v->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("Add"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    addMenu->setToolTipsVisible(true);
    // What can be added follows the source: undersamplers for tables, the other methods for
    // signals, images and scans.
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        for (const MethodSchema &m : methodSchemas(bool(m_model->table()))) {
            const QString id = QString::fromStdString(m.id);
            QAction *a = addMenu->addAction(trDsl(m.name) + QStringLiteral("  (") + id + u')');
            a->setToolTip(trDsl(m.description));
            connect(a, &QAction::triggered, this, [this, id] { select(addVariant(id)); });
        }
    });
    add->setMenu(addMenu);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    for (QWidget *b : std::initializer_list<QWidget *> { add, remove, duplicate, up, down })
        buttons->addWidget(b);
    v->addLayout(buttons);
    connect(remove, &QPushButton::clicked, this, [this] { m_model->removeVariant(selected()); });
    connect(duplicate, &QPushButton::clicked, this,
        [this] { select(m_model->duplicateVariant(selected())); });
    for (auto [button, delta] : { std::pair { up, -1 }, std::pair { down, +1 } })
        connect(button, &QPushButton::clicked, this, [this, delta] {
            const int id = selected();
            m_model->moveVariant(id, delta);
            select(id);
        });
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    v->addWidget(m_help);
    m_form = new widgets::ParamForm(this);
    v->addWidget(m_form);
    v->addStretch();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &VariantsPanel::showSelected);
    connect(m_form, &widgets::ParamForm::valuesChanged, this,
        [this](const std::map<std::string, std::string> &values) {
            if (m_formVariant)
                m_model->setParams(m_formVariant, values);
        });
}

int VariantsPanel::addVariant(
    const QString &methodId, const std::map<std::string, std::string> &params)
{
    MethodSchema m;
    if (!findMethodSchema(methodId.toStdString(), m))
        return 0;
    // Every key filled with its default, so the form and the cache key are complete.
    std::map<std::string, std::string> full = params;
    for (const ParamSpec &p : *m.params)
        full.try_emplace(p.key, p.defaultText());
    return m_model->addVariant(methodId.toStdString(), full);
}

void VariantsPanel::setParameter(int variantId, const std::string &key, const std::string &value)
{
    if (variantId == m_formVariant && m_form->setValue(key, value))
        return;
    const VariantSpec *v = m_model->variant(variantId);
    if (!v)
        return;
    auto params = v->params;
    params[key] = value;
    m_model->setParams(variantId, params);
}

void VariantsPanel::select(int variantId)
{
    const int row = m_model->indexOf(variantId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

int VariantsPanel::selected() const
{
    const int row = m_list->currentIndex().row();
    const auto &vs = m_model->variants();
    return row >= 0 && row < vs.size() ? vs[row].id : 0;
}

void VariantsPanel::refresh()
{
    // The list shows the model itself; only the selection needs a row (the first by default).
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(0));
    }
    showSelected();
}

void VariantsPanel::showSelected()
{
    const int id = selected();
    if (id == m_formVariant)
        return;
    m_formVariant = 0;
    const VariantSpec *v = m_model->variant(id);
    MethodSchema m;
    if (!v || !findMethodSchema(v->methodId, m)) {
        m_form->setSchema({}, {});
        m_help->clear();
    } else {
        m_help->setText(trDsl(m.description));
        m_form->setSchema(*m.params, v->params);
        m_formVariant = id;
    }
    Q_EMIT selectionChanged(m_formVariant);
}

} // namespace dsl::app
