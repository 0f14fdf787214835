// The view controls for tables, in the source dock while a table is the source: the 2-d view
// (principal components or two chosen features), decision regions and Tomek links, and the
// cross-validated classifier (k-NN or logistic regression, folds, k). Every control writes into
// the ViewState and shows it (sync()); none holds state of its own.
// Ownership: a child of the dock's widget. Thread-safety: GUI thread only.
#pragma once

#include "session/viewstate.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace dsl::app {

class TablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TablePanel(ViewState *view, QWidget *parent = nullptr);

    void setFeatures(const QStringList &names); // the table's feature columns
    void sync();

    QComboBox *projectionBox() const { return m_projection; }
    QCheckBox *boundaryBox() const { return m_boundary; }

private:
    void write();

    ViewState *m_view;
    QComboBox *m_projection, *m_featureX, *m_featureY, *m_classifier;
    QCheckBox *m_boundary, *m_links, *m_evaluate;
    QSpinBox *m_folds, *m_k;
};

} // namespace dsl::app
