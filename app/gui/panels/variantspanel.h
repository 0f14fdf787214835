// The variants dock: the list of variants (a view on the comparison model), add / remove /
// duplicate / move, the selected variant's description and its parameter form (generated from
// the method's schema; edits go straight into the model).
// Ownership: the dock's widget. Thread-safety: GUI thread only.
#pragma once

#include "comparison.h"

#include <QWidget>

#include <map>
#include <string>

class QLabel;
class QListView;

namespace dsl::widgets {
class ParamForm;
}

namespace dsl::app {

class VariantsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VariantsPanel(Comparison *model, QWidget *parent = nullptr);

    // A variant of `methodId` with every parameter filled (defaults where not given); its id.
    int addVariant(const QString &methodId, const std::map<std::string, std::string> &params = {});
    void setParameter(int variantId, const std::string &key, const std::string &value);
    void select(int variantId);
    int selected() const; // 0: none
    // After the list changed: a selection (the first row by default) and its form.
    void refresh();
    widgets::ParamForm *form() const { return m_form; }

Q_SIGNALS:
    void selectionChanged(int variantId);

private:
    void showSelected();

    Comparison *m_model;
    QListView *m_list = nullptr;
    QLabel *m_help = nullptr;
    widgets::ParamForm *m_form = nullptr;
    int m_formVariant = 0;
};

} // namespace dsl::app
