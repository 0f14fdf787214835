// Parameter schemas and validated parameter sets.
// A method declares its parameters once (ParamSpec); the GUI builds its form from them, the CLI
// parses "key=value,key=value" against them, and tests iterate them. Keys are shared across
// methods (DESIGN §2.2): factor, phase, axes, k, stride, pad, filt, antialias, ...
// Text is English; DSL_TR_NOOP marks it for Qt's lupdate (context "dsl") without needing Qt.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#define DSL_TR_NOOP(context, text) text

namespace dsl {

enum class ParamType { Integer, Real, Boolean, Choice, Text };

struct ParamSpec
{
    std::string key;
    ParamType type = ParamType::Integer;
    double defaultValue = 0.0; // Integer, Real, Boolean (0/1)
    double minimum = 0.0;
    double maximum = 0.0;
    std::vector<std::string> choices; // Choice only
    std::string defaultChoice; // Choice and Text
    std::string label; // short, translatable
    std::string unit; // "", "samples", "px", "dB", "Hz", "mm"
    std::string help; // one translatable sentence

    static ParamSpec integer(std::string key, int def, int min, int max, std::string label,
        std::string help = {}, std::string unit = {});
    static ParamSpec real(std::string key, double def, double min, double max, std::string label,
        std::string help = {}, std::string unit = {});
    static ParamSpec boolean(std::string key, bool def, std::string label, std::string help = {});
    static ParamSpec choice(std::string key, std::vector<std::string> choices, std::string def,
        std::string label, std::string help = {});
    // Free text the owner validates itself (a sampling strategy, seed rows, a file name); it may
    // not hold ',' (the list separator).
    static ParamSpec text(
        std::string key, std::string def, std::string label, std::string help = {});

    std::string defaultText() const;
    std::string typeName() const; // "int", "real", "bool", "choice", "text"
};

// Shortest text that reads back to the same double ("4", "0.25").
std::string formatNumber(double v);

// A complete, validated parameter set: every key of the schema has a value.
class Params
{
public:
    Params() = default;
    // Fills defaults, rejects unknown keys and out-of-range values with a dsl::Error
    // (ErrorCode::InvalidArgument) that names the method, the key and the allowed range.
    static Params resolve(std::string_view owner, const std::vector<ParamSpec> &schema,
        const std::map<std::string, std::string> &given);
    // "k=v,k2=v2" (empty allowed) into a map; throws on a malformed item.
    static std::map<std::string, std::string> parseList(std::string_view text);

    int integer(const std::string &key) const;
    double real(const std::string &key) const;
    bool boolean(const std::string &key) const;
    const std::string &choice(const std::string &key) const;
    const std::string &text(const std::string &key) const; // Choice or Text
    const std::map<std::string, std::string> &values() const { return m_text; }
    // Sorted "k=v,..." with canonical number formatting: a cache key.
    std::string canonical() const;

private:
    std::map<std::string, std::string> m_text;
    std::map<std::string, double> m_numbers;
};

} // namespace dsl
