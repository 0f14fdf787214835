#include "paramform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace dsl::widgets {

ParamForm::ParamForm(QWidget *parent)
    : QWidget(parent)
{
    new QFormLayout(this);
}

void ParamForm::setSchema(
    const std::vector<ParamSpec> &schema, const std::map<std::string, std::string> &values)
{
    m_schema = schema;
    m_values.clear();
    for (const ParamSpec &p : schema) {
        const auto it = values.find(p.key);
        m_values[p.key] = it != values.end() ? it->second : p.defaultText();
    }
    rebuild();
}

static QString translated(const std::string &s)
{
    return QCoreApplication::translate("dsl", s.c_str());
}

void ParamForm::rebuild()
{
    auto *form = static_cast<QFormLayout *>(layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_editors.clear();
    for (const ParamSpec &p : m_schema) {
        const std::string key = p.key;
        const QString value = QString::fromStdString(m_values[key]);
        QWidget *editor = nullptr;
        auto commit = [this, key](const QString &v) {
            if (m_values[key] == v.toStdString())
                return;
            m_values[key] = v.toStdString();
            Q_EMIT valuesChanged(m_values);
        };
        switch (p.type) {
        case ParamType::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(std::max<double>(p.minimum, std::numeric_limits<int>::min())),
                int(std::min<double>(p.maximum, std::numeric_limits<int>::max())));
            spin->setValue(value.toInt());
            spin->setKeyboardTracking(false);
            if (!p.unit.empty())
                spin->setSuffix(QLatin1Char(' ') + QString::fromStdString(p.unit));
            connect(spin, &QSpinBox::valueChanged, this,
                [commit](int v) { commit(QString::number(v)); });
            editor = spin;
            break;
        }
        case ParamType::Real: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(4);
            spin->setRange(p.minimum, p.maximum);
            spin->setValue(value.toDouble());
            spin->setKeyboardTracking(false);
            if (!p.unit.empty())
                spin->setSuffix(QLatin1Char(' ') + QString::fromStdString(p.unit));
            connect(spin, &QDoubleSpinBox::valueChanged, this,
                [commit](double v) { commit(QString::number(v, 'g', 12)); });
            editor = spin;
            break;
        }
        case ParamType::Boolean: {
            auto *box = new QCheckBox(this);
            box->setChecked(value == u'1');
            connect(box, &QCheckBox::toggled, this,
                [commit](bool on) { commit(on ? QStringLiteral("1") : QStringLiteral("0")); });
            editor = box;
            break;
        }
        case ParamType::Choice: {
            auto *combo = new QComboBox(this);
            for (const std::string &c : p.choices)
                combo->addItem(QString::fromStdString(c));
            combo->setCurrentText(value);
            connect(combo, &QComboBox::currentTextChanged, this, commit);
            editor = combo;
            break;
        }
        case ParamType::Text: {
            auto *line = new QLineEdit(value, this);
            line->setPlaceholderText(QString::fromStdString(p.defaultChoice));
            connect(line, &QLineEdit::editingFinished, this,
                [line, commit] { commit(line->text().trimmed()); });
            editor = line;
            break;
        }
        }
        editor->setObjectName(QString::fromStdString(key));
        editor->setToolTip(translated(p.help));
        m_editors[key] = editor;
        form->addRow(translated(p.label), editor);
    }
}

bool ParamForm::setValue(const std::string &key, const std::string &value)
{
    const auto it = m_editors.find(key);
    if (it == m_editors.end())
        return false;
    const QString v = QString::fromStdString(value);
    if (auto *s = qobject_cast<QSpinBox *>(it->second))
        s->setValue(v.toInt());
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(it->second))
        d->setValue(v.toDouble());
    else if (auto *c = qobject_cast<QCheckBox *>(it->second))
        c->setChecked(v == u'1');
    else if (auto *b = qobject_cast<QComboBox *>(it->second))
        b->setCurrentText(v);
    else if (auto *l = qobject_cast<QLineEdit *>(it->second)) {
        l->setText(v);
        Q_EMIT l->editingFinished();
    }
    return true;
}

} // namespace dsl::widgets
