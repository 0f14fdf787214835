#include "dsl/params.h"

#include "dsl/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace dsl {

ParamSpec ParamSpec::integer(std::string key, int def, int min, int max, std::string label,
    std::string help, std::string unit)
{
    ParamSpec p;
    p.key = std::move(key);
    p.type = ParamType::Integer;
    p.defaultValue = def;
    p.minimum = min;
    p.maximum = max;
    p.label = std::move(label);
    p.help = std::move(help);
    p.unit = std::move(unit);
    return p;
}

ParamSpec ParamSpec::real(std::string key, double def, double min, double max, std::string label,
    std::string help, std::string unit)
{
    ParamSpec p
        = integer(std::move(key), 0, 0, 0, std::move(label), std::move(help), std::move(unit));
    p.type = ParamType::Real;
    p.defaultValue = def;
    p.minimum = min;
    p.maximum = max;
    return p;
}

ParamSpec ParamSpec::boolean(std::string key, bool def, std::string label, std::string help)
{
    ParamSpec p = integer(std::move(key), def ? 1 : 0, 0, 1, std::move(label), std::move(help));
    p.type = ParamType::Boolean;
    return p;
}

ParamSpec ParamSpec::choice(std::string key, std::vector<std::string> choices, std::string def,
    std::string label, std::string help)
{
    ParamSpec p;
    p.key = std::move(key);
    p.type = ParamType::Choice;
    p.choices = std::move(choices);
    p.defaultChoice = std::move(def);
    p.label = std::move(label);
    p.help = std::move(help);
    return p;
}

ParamSpec ParamSpec::text(std::string key, std::string def, std::string label, std::string help)
{
    ParamSpec p;
    p.key = std::move(key);
    p.type = ParamType::Text;
    p.defaultChoice = std::move(def);
    p.label = std::move(label);
    p.help = std::move(help);
    return p;
}

std::string formatNumber(double v)
{
    if (std::floor(v) == v && std::abs(v) < 1e15) {
        std::ostringstream s;
        s << static_cast<long long>(v);
        return s.str();
    }
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string ParamSpec::defaultText() const
{
    return type == ParamType::Choice || type == ParamType::Text ? defaultChoice
                                                                : formatNumber(defaultValue);
}

std::string ParamSpec::typeName() const
{
    switch (type) {
    case ParamType::Integer:
        return "int";
    case ParamType::Real:
        return "real";
    case ParamType::Boolean:
        return "bool";
    case ParamType::Choice:
        return "choice";
    case ParamType::Text:
        return "text";
    }
    return "?";
}

static std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

std::map<std::string, std::string> Params::parseList(std::string_view text)
{
    std::map<std::string, std::string> out;
    std::string lastKey;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        const std::string item = trim(text.substr(pos, comma - pos));
        pos = comma + 1;
        if (item.empty()) {
            if (comma >= text.size())
                break;
            continue;
        }
        const auto eq = item.find('=');
        // A list of row numbers inside a class:rows value ("seeds=1:3040,3041;2:2800").
        if (eq == std::string::npos && !lastKey.empty()
            && item.find_first_not_of("0123456789;:") == std::string::npos
            && out[lastKey].find(':') != std::string::npos) {
            out[lastKey] += "," + item;
            continue;
        }
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorCode::InvalidArgument,
                "Parameter \"" + item + "\" is not of the form key=value.");
        std::string key = trim(std::string_view(item).substr(0, eq));
        if (out.count(key))
            throw Error(ErrorCode::InvalidArgument, "Parameter \"" + key + "\" is given twice.");
        out[key] = trim(std::string_view(item).substr(eq + 1));
        lastKey = key;
    }
    return out;
}

static bool parseDouble(const std::string &s, double &v)
{
    if (s.empty())
        return false;
    const char *b = s.data();
    const char *e = s.data() + s.size();
    if (*b == '+')
        ++b;
    auto r = std::from_chars(b, e, v);
    return r.ec == std::errc() && r.ptr == e && std::isfinite(v);
}

Params Params::resolve(std::string_view owner, const std::vector<ParamSpec> &schema,
    const std::map<std::string, std::string> &given)
{
    for (const auto &entry : given) {
        const std::string &key = entry.first;
        const bool known = std::any_of(
            schema.begin(), schema.end(), [&](const ParamSpec &p) { return p.key == key; });
        if (!known) {
            std::string keys;
            for (const ParamSpec &p : schema)
                keys += (keys.empty() ? "" : ", ") + p.key;
            throw Error(ErrorCode::InvalidArgument,
                std::string(owner) + " has no parameter \"" + key
                    + "\" (it takes: " + (keys.empty() ? "none" : keys) + ").");
        }
    }
    Params out;
    for (const ParamSpec &spec : schema) {
        const auto it = given.find(spec.key);
        const std::string where = std::string(owner) + ": parameter \"" + spec.key + "\"";
        if (spec.type == ParamType::Choice) {
            const std::string v = it == given.end() ? spec.defaultChoice : it->second;
            if (std::find(spec.choices.begin(), spec.choices.end(), v) == spec.choices.end()) {
                std::string list;
                for (const auto &c : spec.choices)
                    list += (list.empty() ? "" : ", ") + c;
                throw Error(ErrorCode::InvalidArgument,
                    where + " must be one of " + list + ", not \"" + v + "\".");
            }
            out.m_text[spec.key] = v;
            continue;
        }
        if (spec.type == ParamType::Text) {
            out.m_text[spec.key] = it == given.end() ? spec.defaultChoice : trim(it->second);
            continue;
        }
        double v = spec.defaultValue;
        if (it != given.end()) {
            std::string s = it->second;
            if (spec.type == ParamType::Boolean) {
                if (s == "true" || s == "on" || s == "yes")
                    s = "1";
                else if (s == "false" || s == "off" || s == "no")
                    s = "0";
            }
            if (!parseDouble(s, v))
                throw Error(ErrorCode::InvalidArgument,
                    where + " must be a number, not \"" + it->second + "\".");
            if (spec.type != ParamType::Real && std::floor(v) != v)
                throw Error(ErrorCode::InvalidArgument,
                    where + " must be a whole number, not \"" + it->second + "\".");
        }
        if (v < spec.minimum || v > spec.maximum)
            throw Error(ErrorCode::InvalidArgument,
                where + " must be between " + formatNumber(spec.minimum) + " and "
                    + formatNumber(spec.maximum) + ", not " + formatNumber(v) + ".");
        out.m_numbers[spec.key] = v;
        out.m_text[spec.key] = formatNumber(v);
    }
    return out;
}

const std::string &Params::text(const std::string &key) const
{
    const auto it = m_text.find(key);
    if (it == m_text.end())
        throw Error(ErrorCode::Internal, "Parameter \"" + key + "\" is not in the schema.");
    return it->second;
}

int Params::integer(const std::string &key) const
{
    return int(real(key));
}

double Params::real(const std::string &key) const
{
    const auto it = m_numbers.find(key);
    if (it == m_numbers.end())
        throw Error(ErrorCode::Internal, "Parameter \"" + key + "\" is not numeric.");
    return it->second;
}

bool Params::boolean(const std::string &key) const
{
    return real(key) != 0.0;
}

const std::string &Params::choice(const std::string &key) const
{
    return text(key);
}

std::string Params::canonical() const
{
    std::string s;
    for (const auto &[k, v] : m_text)
        s += (s.empty() ? "" : ",") + k + "=" + v;
    return s;
}

} // namespace dsl
