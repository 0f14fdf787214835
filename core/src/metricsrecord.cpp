#include "dsl/metricsrecord.h"

#include "dsl/method.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <sstream>

namespace dsl {

std::string jsonString(const std::string &s)
{
    std::string o = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            o += "\\\"";
            break;
        case '\\':
            o += "\\\\";
            break;
        case '\n':
            o += "\\n";
            break;
        case '\t':
            o += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                o += buf;
            } else {
                o += char(c);
            }
        }
    }
    return o + "\"";
}

std::string jsonNumber(double v)
{
    if (std::isnan(v))
        return "null";
    if (std::isinf(v))
        return v < 0 ? "-1e999" : "1e999";
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
}

std::vector<std::size_t> numpyShape(const Array &a)
{
    if (a.kind == Kind::Volume)
        return { a.shape.rbegin(), a.shape.rend() };
    return a.shape;
}

MetricsRecord makeMetricsRecord(const MethodCall &call, const Analysis &analysis, Kind sourceKind)
{
    MetricsRecord r;
    r.method = call.method ? call.method->info().id : std::string();
    r.spec = call.spec();
    r.outputShape = numpyShape(analysis.result.output);
    r.map = analysis.result.map;
    r.kind = sourceKind;
    r.metrics = analysis.metrics;
    return r;
}

namespace {

struct Column
{
    const char *id;
    std::function<bool(const MetricsRecord &)> applies; // the column is written for this record
    std::function<std::string(const MetricsRecord &, bool json)> value;
};

std::string number(double v, bool json)
{
    if (json)
        return jsonNumber(v);
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v < 0 ? "-inf" : "inf";
    return jsonNumber(v);
}

std::string csvText(const std::string &s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string o = "\"";
    for (char c : s)
        o += c == '"' ? std::string("\"\"") : std::string(1, c);
    return o + "\"";
}

const std::vector<Column> &columns()
{
    const auto always = [](const MetricsRecord &) { return true; };
    const auto signal = [](const MetricsRecord &r) { return r.kind == Kind::Signal; };
    const auto picture = [](const MetricsRecord &r) { return r.kind != Kind::Signal; };
    const auto has = [](double MetricsRecord::*f) {
        return [f](const MetricsRecord &r) { return !std::isnan(r.*f); };
    };
    const auto text = [](std::string MetricsRecord::*f) {
        return [f](const MetricsRecord &r, bool json) {
            return json ? jsonString(r.*f) : csvText(r.*f);
        };
    };
    const auto metric = [](double Metrics::*f) {
        return [f](const MetricsRecord &r, bool json) { return number(r.metrics.*f, json); };
    };
    const auto extra = [](double MetricsRecord::*f) {
        return [f](const MetricsRecord &r, bool json) { return number(r.*f, json); };
    };
    const auto list = [](std::function<std::string(const MetricsRecord &, std::size_t)> item,
                          std::function<std::size_t(const MetricsRecord &)> count) {
        return [item, count](const MetricsRecord &r, bool json) {
            std::string s = json ? "[" : "";
            for (std::size_t i = 0; i < count(r); ++i)
                s += (i ? (json ? ", " : " ") : "") + item(r, i);
            return json ? s + "]" : s;
        };
    };
    static const std::vector<Column> c = {
        { "variant", [](const MetricsRecord &r) { return !r.variant.empty(); },
            text(&MetricsRecord::variant) },
        { "method", always, text(&MetricsRecord::method) },
        { "spec", always, text(&MetricsRecord::spec) },
        { "output", [](const MetricsRecord &r) { return !r.output.empty(); },
            text(&MetricsRecord::output) },
        { "output_shape", always,
            list([](const MetricsRecord &r,
                     std::size_t i) { return std::to_string(r.outputShape[i]); },
                [](const MetricsRecord &r) { return r.outputShape.size(); }) },
        { "origin", always,
            list([](const MetricsRecord &r, std::size_t i) { return jsonNumber(r.map[i].origin); },
                [](const MetricsRecord &r) { return r.map.size(); }) },
        { "step", always,
            list([](const MetricsRecord &r, std::size_t i) { return jsonNumber(r.map[i].step); },
                [](const MetricsRecord &r) { return r.map.size(); }) },
        { "alias_energy_db", always, metric(&Metrics::aliasEnergyDb) },
        { "snr_db", signal, metric(&Metrics::snrDb) },
        { "worst_alias_dbc", signal, metric(&Metrics::worstAliasDbc) },
        { "stopband_db", signal, metric(&Metrics::stopbandAttenuationDb) },
        { "passband_ripple_db", signal, metric(&Metrics::passbandRippleDb) },
        { "psnr_db", picture, metric(&Metrics::psnrDb) },
        { "ssim", picture, metric(&Metrics::ssim) },
        { "foldable_hf_db", always, metric(&Metrics::foldableEnergyDb) },
        { "runtime_ms", always, metric(&Metrics::runtimeMs) },
        { "slice_psnr_db", has(&MetricsRecord::slicePsnrDb), extra(&MetricsRecord::slicePsnrDb) },
        { "slice_alias_energy_db", has(&MetricsRecord::sliceAliasDb),
            extra(&MetricsRecord::sliceAliasDb) },
        { "round_trip_psnr_db", has(&MetricsRecord::roundTripPsnrDb),
            extra(&MetricsRecord::roundTripPsnrDb) },
        { "round_trip_ssim", has(&MetricsRecord::roundTripSsim),
            extra(&MetricsRecord::roundTripSsim) },
        { "shift_error_mean", has(&MetricsRecord::shiftMeanError),
            extra(&MetricsRecord::shiftMeanError) },
        { "shift_roll_error", has(&MetricsRecord::shiftRollError),
            extra(&MetricsRecord::shiftRollError) },
        { "status", [](const MetricsRecord &r) { return !r.status.empty(); },
            text(&MetricsRecord::status) },
    };
    return c;
}

} // namespace

std::vector<std::string> metricColumns(const std::vector<MetricsRecord> &records)
{
    std::vector<std::string> ids;
    for (const Column &c : columns()) {
        bool any = false;
        for (const MetricsRecord &r : records)
            any = any || c.applies(r);
        if (any)
            ids.push_back(c.id);
    }
    return ids;
}

std::string metricsJson(const std::vector<MetricsRecord> &records)
{
    std::string doc = "[\n";
    for (std::size_t i = 0; i < records.size(); ++i) {
        std::string row = "{";
        bool first = true;
        for (const Column &c : columns()) {
            if (!c.applies(records[i]))
                continue;
            row += (first ? "" : ", ") + jsonString(c.id) + ": " + c.value(records[i], true);
            first = false;
        }
        doc += "  " + row + "}" + (i + 1 < records.size() ? ",\n" : "\n");
    }
    return doc + "]\n";
}

std::string metricsCsv(const std::vector<MetricsRecord> &records)
{
    const std::vector<std::string> ids = metricColumns(records);
    std::string csv;
    for (std::size_t i = 0; i < ids.size(); ++i)
        csv += (i ? "," : "") + ids[i];
    csv += "\n";
    for (const MetricsRecord &r : records) {
        std::size_t k = 0;
        for (const Column &c : columns()) {
            if (std::find(ids.begin(), ids.end(), c.id) == ids.end())
                continue;
            csv += (k++ ? "," : "") + (c.applies(r) ? c.value(r, false) : std::string());
        }
        csv += "\n";
    }
    return csv;
}

} // namespace dsl
