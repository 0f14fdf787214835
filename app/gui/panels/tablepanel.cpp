#include "tablepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dsl::app {

TablePanel::TablePanel(ViewState *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto *shown = new QGroupBox(tr("Table view"), this);
    auto *f = new QFormLayout(shown);
    m_projection = new QComboBox(shown);
    m_projection->addItem(tr("Principal components 1 and 2"));
    m_projection->addItem(tr("Two features"));
    m_projection->setToolTip(tr("The 2-d view every pane shows: the first two principal components "
                                "of the standardised table, or two feature columns."));
    f->addRow(tr("View"), m_projection);
    m_featureX = new QComboBox(shown);
    m_featureY = new QComboBox(shown);
    f->addRow(tr("Horizontal"), m_featureX);
    f->addRow(tr("Vertical"), m_featureY);
    m_boundary = new QCheckBox(tr("Decision regions"), shown);
    m_boundary->setToolTip(tr("Colour the background by the class the chosen classifier predicts, "
                              "trained on each pane's rows in this 2-d view."));
    m_links = new QCheckBox(tr("Tomek links"), shown);
    m_links->setToolTip(tr("Draw the Tomek links a variant found as segments."));
    f->addRow(m_boundary);
    f->addRow(m_links);
    v->addWidget(shown);

    auto *judge = new QGroupBox(tr("Classifier"), this);
    auto *g = new QFormLayout(judge);
    m_evaluate = new QCheckBox(tr("Cross-validate every variant"), judge);
    m_evaluate->setToolTip(tr("Stratified k-fold cross-validation; the sampler runs inside each "
                              "training fold only, the test folds stay untouched."));
    g->addRow(m_evaluate);
    m_classifier = new QComboBox(judge);
    m_classifier->addItem(tr("k nearest neighbours"));
    m_classifier->addItem(tr("Logistic regression"));
    g->addRow(tr("Classifier"), m_classifier);
    m_folds = new QSpinBox(judge);
    m_folds->setRange(2, 20);
    g->addRow(tr("Folds"), m_folds);
    m_k = new QSpinBox(judge);
    m_k->setRange(1, 50);
    g->addRow(tr("k (neighbours)"), m_k);
    v->addWidget(judge);

    for (QComboBox *c : { m_projection, m_featureX, m_featureY, m_classifier })
        connect(c, &QComboBox::currentIndexChanged, this, &TablePanel::write);
    for (QCheckBox *c : { m_boundary, m_links, m_evaluate })
        connect(c, &QCheckBox::toggled, this, &TablePanel::write);
    for (QSpinBox *s : { m_folds, m_k })
        connect(s, &QSpinBox::valueChanged, this, &TablePanel::write);
    sync();
}

void TablePanel::setFeatures(const QStringList &names)
{
    for (QComboBox *c : { m_featureX, m_featureY }) {
        const QSignalBlocker block(c);
        c->clear();
        c->addItems(names);
    }
    sync();
}

void TablePanel::sync()
{
    const TableView t = m_view->table();
    const QSignalBlocker b1(m_projection), b2(m_featureX), b3(m_featureY), b4(m_classifier),
        b5(m_boundary), b6(m_links), b7(m_evaluate), b8(m_folds), b9(m_k);
    m_projection->setCurrentIndex(t.pca ? 0 : 1);
    m_featureX->setCurrentIndex(std::min(t.featureX, m_featureX->count() - 1));
    m_featureY->setCurrentIndex(std::min(t.featureY, m_featureY->count() - 1));
    m_featureX->setEnabled(!t.pca);
    m_featureY->setEnabled(!t.pca);
    m_boundary->setChecked(t.boundary);
    m_links->setChecked(t.links);
    m_evaluate->setChecked(t.evaluate);
    m_classifier->setCurrentIndex(t.classifier == TableClassifier::Knn ? 0 : 1);
    m_folds->setValue(t.folds);
    m_k->setValue(t.k);
    m_classifier->setEnabled(t.evaluate || t.boundary);
    m_folds->setEnabled(t.evaluate);
    m_k->setEnabled(t.classifier == TableClassifier::Knn);
}

void TablePanel::write()
{
    TableView t = m_view->table();
    t.pca = m_projection->currentIndex() == 0;
    if (m_featureX->currentIndex() >= 0)
        t.featureX = m_featureX->currentIndex();
    if (m_featureY->currentIndex() >= 0)
        t.featureY = m_featureY->currentIndex();
    t.boundary = m_boundary->isChecked();
    t.links = m_links->isChecked();
    t.evaluate = m_evaluate->isChecked();
    t.classifier
        = m_classifier->currentIndex() == 1 ? TableClassifier::Logistic : TableClassifier::Knn;
    t.folds = m_folds->value();
    t.k = m_k->value();
    m_view->setTable(t);
}

} // namespace dsl::app
