// A parameter form generated from a schema (dsl::ParamSpec): spin boxes for numbers, a check box
// for booleans, a combo box for choices. Emits the complete key=value map on every change.
#pragma once

#include "dsl/params.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

namespace dsl::widgets {

class ParamForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParamForm(QWidget *parent = nullptr);
    void setSchema(
        const std::vector<ParamSpec> &schema, const std::map<std::string, std::string> &values);
    std::map<std::string, std::string> values() const { return m_values; }
    // Sets one value as a user would (tests); returns false for an unknown key.
    bool setValue(const std::string &key, const std::string &value);

Q_SIGNALS:
    void valuesChanged(const std::map<std::string, std::string> &values);

private:
    void rebuild();
    std::vector<ParamSpec> m_schema;
    std::map<std::string, std::string> m_values;
    std::map<std::string, QWidget *> m_editors;
};

} // namespace dsl::widgets
