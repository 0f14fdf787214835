#include "cli.h"

#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/metricsrecord.h"
#include "dsl/spectrum.h"
#include "dsl/synth.h"
#include "dsl/table.h"
#include "dsl/tableeval.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

namespace dsl::cli {
namespace {

constexpr const char *kUsage = R"(usage:
  downsample-lab-cli info FILE [--json] [--as signal|image|volume] [--rate HZ] [--max-memory SIZE]
                     [--label COL] [--labels y.npy]
  downsample-lab-cli methods [--json]
  downsample-lab-cli sources [--json]
  downsample-lab-cli run FILE --method ID[:key=value,...] [--method ...] --out DIR
                     [--format native|npy] [--dtype float32|original]
                     [--metrics FILE.json] [--spectrum] [--as signal|image|volume] [--rate HZ]
                     [--max-memory SIZE] [--label COL] [--labels y.npy]
                     [--cv K] [--classifier knn|logistic]

FILE is an audio file (WAV, FLAC, OGG, AIFF), a photo (PNG, JPEG, TIFF, BMP), a NIfTI scan
(.nii, .nii.gz), a NumPy array (.npy, float32/float64), or a synthetic source written
synth:ID[:key=value,...] (see "sources"), e.g. synth:zoneplate:size=256.
A labelled table (for the under.* methods) is a CSV file (header row, numeric features, the
label column last or named by --label), X.npy with its labels (y.npy beside it, or --labels),
or synth:blobs|moons|xor[:n=600,ratio=9,overlap=1,seed=0]. Its outputs: NN_ID.csv (the kept
rows, first column "row" = 0-based input row) or, with --format npy, NN_ID.npy (int64 kept row
indices, ascending); generated rows (under.centroids, soft voting) go to NN_ID_centroids.csv, or
NN_ID_centroids.npy (float64) with NN_ID_centroid_labels.npy. --cv K cross-validates a
classifier (k-NN, k = 5, or logistic regression) with the sampler inside each training fold.
Outputs are named NN_ID.ext in the order of the --method options; --dtype original writes
integer scans (NIfTI) and photos in their own sample type, rounded (default float32, exact); --spectrum (signals) also
writes NN_ID.spectrum.csv: frequency (Hz), output and alias-component magnitude (dB).
--max-memory bounds the decoded data of an input (as float samples; default 1G): a number with
an optional K, M, G or T suffix (powers of 1024; no suffix means MiB), e.g. --max-memory 4G.
Exit status: 0 success, 1 unreadable or malformed input (or an output that could not be
written), 2 bad usage or parameters.
)";

struct UsageError
{
    std::string message;
};

template <class T, class F> std::string jsonList(const std::vector<T> &items, F format)
{
    std::string s = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        s += (i ? ", " : "") + format(items[i]);
    return s + "]";
}

struct Options
{
    std::vector<std::string> positional;
    std::vector<std::string> methods;
    bool json = false;
    std::string out;
    std::string format = "native";
    bool originalType = false;
    std::string metrics;
    std::optional<Kind> as;
    double rate = 0.0;
    bool spectrum = false;
    std::uint64_t maxBytes = kDefaultMaxBytes;
    std::string label, labels; // tables: the label column, the labels file
    int cv = 0; // tables: folds of the cross-validation (0: none)
    TableClassifier classifier = TableClassifier::Knn;
};

// "512M", "4G", "1.5G", "2048" (MiB): a size in bytes, or nullopt if it is not one.
std::optional<std::uint64_t> parseByteSize(const std::string &text)
{
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (!end || end == text.c_str() || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    const std::string unit = end;
    double scale;
    if (unit.empty() || unit == "M" || unit == "MiB" || unit == "m")
        scale = 1024.0 * 1024;
    else if (unit == "K" || unit == "KiB" || unit == "k")
        scale = 1024.0;
    else if (unit == "G" || unit == "GiB" || unit == "g")
        scale = 1024.0 * 1024 * 1024;
    else if (unit == "T" || unit == "TiB" || unit == "t")
        scale = 1024.0 * 1024 * 1024 * 1024;
    else
        return std::nullopt;
    const double bytes = v * scale;
    if (bytes < 1024 || bytes > 1e18)
        return std::nullopt;
    return std::uint64_t(bytes);
}

Options parseOptions(const std::vector<std::string> &args, std::size_t from)
{
    Options o;
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&]() -> const std::string & {
            if (i + 1 >= args.size())
                throw UsageError { "option " + a + " needs a value" };
            return args[++i];
        };
        if (a == "--json") {
            o.json = true;
        } else if (a == "--spectrum") {
            o.spectrum = true;
        } else if (a == "--method") {
            o.methods.push_back(value());
        } else if (a == "--out") {
            o.out = value();
        } else if (a == "--format") {
            o.format = value();
            if (o.format != "native" && o.format != "npy")
                throw UsageError { "--format must be native or npy" };
        } else if (a == "--dtype") {
            const std::string &t = value();
            if (t != "float32" && t != "original")
                throw UsageError { "--dtype must be float32 or original" };
            o.originalType = t == "original";
        } else if (a == "--metrics") {
            o.metrics = value();
        } else if (a == "--as") {
            const std::string &k = value();
            if (k == "signal")
                o.as = Kind::Signal;
            else if (k == "image")
                o.as = Kind::Image;
            else if (k == "volume")
                o.as = Kind::Volume;
            else
                throw UsageError { "--as must be signal, image or volume" };
        } else if (a == "--max-memory") {
            const std::optional<std::uint64_t> bytes = parseByteSize(value());
            if (!bytes)
                throw UsageError { "--max-memory needs a size such as 512M or 4G" };
            o.maxBytes = *bytes;
        } else if (a == "--label") {
            o.label = value();
        } else if (a == "--labels") {
            o.labels = value();
        } else if (a == "--cv") {
            const std::string &k = value();
            char *end = nullptr;
            const long folds = std::strtol(k.c_str(), &end, 10);
            if (!end || *end || folds < 2 || folds > 20)
                throw UsageError { "--cv needs a number of folds from 2 to 20" };
            o.cv = int(folds);
        } else if (a == "--classifier") {
            const std::string &c = value();
            if (c == "knn")
                o.classifier = TableClassifier::Knn;
            else if (c == "logistic")
                o.classifier = TableClassifier::Logistic;
            else
                throw UsageError { "--classifier must be knn or logistic" };
        } else if (a == "--rate") {
            const std::string &r = value();
            char *end = nullptr;
            o.rate = std::strtod(r.c_str(), &end);
            if (!end || *end || !(o.rate > 0) || !std::isfinite(o.rate))
                throw UsageError { "--rate needs a positive number of Hz" };
        } else if (a.size() > 1 && a[0] == '-' && a.rfind("--", 0) == 0) {
            throw UsageError { "unknown option " + a };
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

Array loadInput(const std::string &file, const Options &o)
{
    if (file.rfind("synth:", 0) == 0)
        return generate(file.substr(6));
    LoadOptions lo;
    lo.as = o.as;
    lo.rate = o.rate;
    lo.maxBytes = o.maxBytes;
    return load(file, lo);
}

// Spacings in NumPy's order for each kind (volumes as nibabel: I, J, K[, T]).
std::vector<double> numpySpacing(const Array &a)
{
    std::vector<double> s;
    for (const AxisGrid &g : a.grid)
        s.push_back(g.spacing);
    if (a.kind == Kind::Volume)
        return { s.rbegin(), s.rend() };
    return s;
}

bool isSynthTable(const std::string &file)
{
    if (file.rfind("synth:", 0) != 0)
        return false;
    const std::string id = file.substr(6, file.find(':', 6) - 6);
    return id == "blobs" || id == "moons" || id == "xor" || id == "splitmix";
}

// A table input: named as one (CSV, X.npy with labels, a synthetic table), or asked for by
// --label/--labels or by an undersampling method.
bool isTableInput(const std::string &file, const Options &o)
{
    if (!o.label.empty() || !o.labels.empty() || isSynthTable(file))
        return true;
    for (const std::string &m : o.methods)
        if (m.rfind("under.", 0) == 0)
            return true;
    return file.rfind("synth:", 0) != 0 && looksLikeTable(file);
}

Table loadTableInput(const std::string &file, const Options &o)
{
    if (file.rfind("synth:", 0) == 0)
        return generateTable(file.substr(6));
    const std::string ext = std::filesystem::path(file).extension().string();
    std::string e;
    for (char c : ext)
        e += char(std::tolower(static_cast<unsigned char>(c)));
    if (e != ".csv" && e != ".tsv" && e != ".txt" && e != ".npy")
        throw Error(ErrorCode::UnreadableFile,
            "\"" + file
                + "\" is not a table: tables are CSV files or X.npy with its labels (the under.* "
                  "methods take only tables).");
    TableLoadOptions lo;
    lo.labelColumn = o.label;
    lo.labelsPath = o.labels;
    lo.maxBytes = o.maxBytes;
    return loadTable(file, lo);
}

std::string labelJson(const Table &t, const std::string &label)
{
    return t.integerLabels ? label : jsonString(label);
}

int cmdInfoTable(const Options &o, std::ostream &out)
{
    const Table t = loadTableInput(o.positional[0], o);
    const std::vector<std::size_t> counts = t.counts();
    const double ratio = imbalanceRatio(counts);
    if (o.json) {
        std::vector<std::size_t> index(t.classCount());
        for (std::size_t c = 0; c < index.size(); ++c)
            index[c] = c;
        out << "{\"file\": " << jsonString(o.positional[0]) << ", \"kind\": \"table\""
            << ", \"format\": " << jsonString(t.source.format) << ", \"shape\": [" << t.rows << ", "
            << t.cols << "], \"label\": " << jsonString(t.labelName)
            << ", \"features\": " << jsonList(t.featureNames, jsonString) << ", \"classes\": "
            << jsonList(index,
                   [&](std::size_t c) {
                       return "{\"label\": " + labelJson(t, t.classes[c])
                           + ", \"count\": " + std::to_string(counts[c]) + "}";
                   })
            << ", \"imbalance_ratio\": " << jsonNumber(ratio)
            << ", \"finite\": " << (t.allFinite() ? "true" : "false")
            << ", \"warnings\": " << jsonList(t.source.warnings, jsonString) << "}\n";
        return 0;
    }
    out << "file:        " << o.positional[0] << "\n";
    out << "kind:        table (" << t.source.format << ")\n";
    out << "shape:       " << t.rows << " x " << t.cols << " (rows x features)\n";
    out << "label:       " << t.labelName << "\n";
    out << "classes:     ";
    for (std::size_t c = 0; c < t.classCount(); ++c)
        out << (c ? ", " : "") << t.classes[c] << " (" << counts[c] << ")";
    out << "\nimbalance:   " << ratio << " (largest / smallest class)\n";
    if (!t.allFinite())
        out << "warning:     some features are not finite (NaN or inf)\n";
    for (const std::string &w : t.source.warnings)
        out << "warning:     " << w << "\n";
    return 0;
}

int cmdInfo(const Options &o, std::ostream &out)
{
    if (o.positional.size() != 1)
        throw UsageError { "info takes exactly one FILE" };
    if (isTableInput(o.positional[0], o))
        return cmdInfoTable(o, out);
    const Array a = loadInput(o.positional[0], o);
    float lo = a.values.empty() ? 0.0f : a.values[0], hi = lo;
    for (float v : a.values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const auto shape = numpyShape(a);
    const auto spacing = numpySpacing(a);
    const double rate = a.kind == Kind::Signal ? a.sampleRate() : 0.0;
    if (o.json) {
        out << "{\"file\": " << jsonString(o.positional[0])
            << ", \"kind\": " << jsonString(kindName(a.kind))
            << ", \"format\": " << jsonString(a.source.format)
            << ", \"shape\": " << jsonList(shape, [](std::size_t v) { return std::to_string(v); })
            << ", \"channels\": " << a.channels
            << ", \"sample_rate\": " << (a.kind == Kind::Signal ? jsonNumber(rate) : "null")
            << ", \"spacing\": " << jsonList(spacing, jsonNumber)
            << ", \"dtype\": " << jsonString(sampleTypeName(a.source.sampleType))
            << ", \"range\": [" << jsonNumber(lo) << ", " << jsonNumber(hi) << "]"
            << ", \"warnings\": " << jsonList(a.source.warnings, jsonString) << "}\n";
        return 0;
    }
    out << "file:        " << o.positional[0] << "\n";
    out << "kind:        " << kindName(a.kind) << " (" << a.source.format << ")\n";
    out << "shape:       ";
    for (std::size_t i = 0; i < shape.size(); ++i)
        out << (i ? " x " : "") << shape[i];
    out << "\nchannels:    " << a.channels << "\n";
    if (a.kind == Kind::Signal)
        out << "sample rate: " << rate << " Hz (" << double(a.shape[0]) / rate << " s)\n";
    else {
        out << "spacing:     ";
        for (std::size_t i = 0; i < spacing.size(); ++i)
            out << (i ? " x " : "") << spacing[i];
        out << (a.kind == Kind::Volume ? " mm\n" : " px\n");
    }
    out << "sample type: " << sampleTypeName(a.source.sampleType) << "\n";
    out << "range:       " << lo << " .. " << hi << "\n";
    for (const std::string &w : a.source.warnings)
        out << "warning:     " << w << "\n";
    return 0;
}

std::string paramJson(const ParamSpec &p)
{
    std::string s = "{\"key\": " + jsonString(p.key) + ", \"type\": " + jsonString(p.typeName())
        + ", \"default\": ";
    if (p.type == ParamType::Text) {
        s += jsonString(p.defaultChoice);
    } else if (p.type == ParamType::Choice) {
        s += jsonString(p.defaultChoice) + ", \"choices\": " + jsonList(p.choices, jsonString);
    } else {
        s += jsonNumber(p.defaultValue) + ", \"min\": " + jsonNumber(p.minimum)
            + ", \"max\": " + jsonNumber(p.maximum);
    }
    return s + ", \"label\": " + jsonString(p.label) + ", \"unit\": " + jsonString(p.unit) + "}";
}

void printSchema(std::ostream &out, const std::vector<ParamSpec> &params)
{
    for (const ParamSpec &p : params) {
        out << "    " << p.key << " (" << p.typeName() << ", default " << p.defaultText();
        if (p.type == ParamType::Choice) {
            out << ", one of";
            for (const auto &c : p.choices)
                out << " " << c;
        } else if (p.type != ParamType::Boolean && p.type != ParamType::Text) {
            out << ", " << formatNumber(p.minimum) << ".." << formatNumber(p.maximum);
        }
        out << (p.unit.empty() ? "" : ", " + p.unit) << "): " << p.label << "\n";
    }
}

int cmdMethods(const Options &o, std::ostream &out)
{
    const auto methods = Registry::instance().all();
    const auto samplers = SamplerRegistry::instance().all();
    if (o.json) {
        std::string list = jsonList(methods, [](const Method *m) {
            const MethodInfo &i = m->info();
            return "{\"id\": " + jsonString(i.id) + ", \"family\": "
                + jsonString(familyName(i.family)) + ", \"name\": " + jsonString(i.name)
                + ", \"linear\": " + (i.linear ? "true" : "false")
                + ", \"description\": " + jsonString(i.description)
                + ", \"parameters\": " + jsonList(i.params, paramJson) + "}";
        });
        const std::string more = jsonList(samplers, [](const Sampler *m) {
            const SamplerInfo &i = m->info();
            return "{\"id\": " + jsonString(i.id)
                + ", \"family\": \"undersampling\", \"name\": " + jsonString(i.name)
                + ", \"linear\": false, \"description\": " + jsonString(i.description)
                + ", \"parameters\": " + jsonList(i.params, paramJson) + "}";
        });
        if (!samplers.empty())
            list = list.substr(0, list.size() - 1) + (methods.empty() ? "" : ", ") + more.substr(1);
        out << list << "\n";
        return 0;
    }
    for (const Method *m : methods) {
        const MethodInfo &i = m->info();
        out << i.id << "  [" << familyName(i.family) << "]  " << i.name << "\n    " << i.description
            << "\n";
        printSchema(out, i.params);
    }
    for (const Sampler *m : samplers) {
        const SamplerInfo &i = m->info();
        out << i.id << "  [undersampling]  " << i.name << "\n    " << i.description << "\n";
        printSchema(out, i.params);
    }
    return 0;
}

int cmdSources(const Options &o, std::ostream &out)
{
    if (o.json) {
        out << jsonList(generators(), [](const GeneratorInfo &g) {
            return "{\"id\": " + jsonString(g.id) + ", \"kind\": " + jsonString(kindName(g.kind))
                + ", \"name\": " + jsonString(g.name)
                + ", \"parameters\": " + jsonList(g.params, paramJson) + "}";
        }) << "\n";
        return 0;
    }
    for (const GeneratorInfo &g : generators()) {
        out << "synth:" << g.id << "  [" << kindName(g.kind) << "]  " << g.name << "\n    "
            << g.description << "\n";
        printSchema(out, g.params);
    }
    return 0;
}

std::string safeId(const std::string &id)
{
    std::string s;
    for (char c : id)
        s += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')
            ? c
            : '_';
    return s;
}

std::filesystem::path outputDirectory(const Options &o)
{
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
    if (!std::filesystem::is_directory(o.out))
        throw Error(
            ErrorCode::WriteFailed, "The output directory \"" + o.out + "\" could not be created.");
    return o.out;
}

int cmdRunTable(const Options &o, std::ostream &out)
{
    std::vector<SamplerCall> calls;
    for (const std::string &m : o.methods) {
        const std::string id = m.substr(0, m.find(':'));
        if (!SamplerRegistry::instance().find(id) && Registry::instance().find(id))
            throw Error(ErrorCode::InvalidArgument,
                "The method \"" + id + "\" is not for tables; tables take the under.* methods.");
        calls.push_back(parseSamplerCall(m));
    }
    const std::string &file = o.positional[0];
    const Table table = loadTableInput(file, o);
    const std::filesystem::path dir = outputDirectory(o);
    SaveOptions so;
    if (file.rfind("synth:", 0) != 0)
        so.protectedPaths.push_back(file);
    if (!o.labels.empty())
        so.protectedPaths.push_back(o.labels);
    EvalOptions eo;
    eo.folds = o.cv;
    eo.classifier = o.classifier;
    std::vector<TableRecord> records;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        RunContext ctx;
        const auto start = std::chrono::steady_clock::now();
        const SampleResult r = calls[i].sampler->apply(table, calls[i].params, ctx);
        const double ms
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count();
        char prefix[32];
        std::snprintf(prefix, sizeof prefix, "%02zu_", i + 1);
        const std::string stem = prefix + safeId(calls[i].sampler->info().id);
        const bool npy = o.format == "npy";
        const std::filesystem::path path = dir / (stem + (npy ? ".npy" : ".csv"));
        if (npy)
            saveIndicesNpy(r.kept, path.string(), so);
        else
            saveTableRowsCsv(table, r.kept, path.string(), so);
        if (!r.generatedLabels.empty()) {
            if (npy) {
                saveMatrixNpy(r.generated, r.generatedLabels.size(), table.cols,
                    (dir / (stem + "_centroids.npy")).string(), so);
                saveLabelsNpy(
                    table, r.generatedLabels, (dir / (stem + "_centroid_labels.npy")).string(), so);
            } else {
                saveGeneratedRowsCsv(table, r.generated, r.generatedLabels,
                    (dir / (stem + "_centroids.csv")).string(), so);
            }
        }
        TableRecord record = makeTableRecord(table, calls[i], r, ms);
        record.output = path.string();
        if (o.cv > 0)
            record.evaluation = crossValidate(table, &calls[i], eo, ctx);
        out << path.string() << "  kept " << record.rowsAfter() << " of " << record.rowsBefore()
            << " rows (" << 100.0 * record.keptFraction() << " %), imbalance "
            << imbalanceRatio(record.countsAfter) << ", " << ms << " ms";
        const Evaluation &e = record.evaluation;
        if (e.computed())
            out << ", CV balanced accuracy " << e.balancedAccuracy.mean << " ± "
                << e.balancedAccuracy.foldSd << ", G-mean " << e.gmean.mean;
        else if (!e.status.empty())
            out << ", " << e.status;
        out << "\n";
        for (const std::string &w : r.warnings)
            out << "warning: " << w << "\n";
        records.push_back(std::move(record));
    }
    if (!o.metrics.empty())
        writeFileAtomically(o.metrics, tableMetricsJson(records), so);
    return 0;
}

int cmdRun(const Options &o, std::ostream &out)
{
    if (o.positional.size() != 1)
        throw UsageError { "run takes exactly one FILE" };
    if (o.methods.empty())
        throw UsageError { "run needs at least one --method" };
    if (o.out.empty())
        throw UsageError { "run needs --out DIR" };
    if (isTableInput(o.positional[0], o))
        return cmdRunTable(o, out);
    if (o.cv > 0)
        throw UsageError { "--cv is for tables (the under.* methods)" };
    // Parse every method before loading anything: a typo costs nothing.
    std::vector<MethodCall> calls;
    for (const std::string &m : o.methods)
        calls.push_back(parseMethodCall(m));
    const std::string &file = o.positional[0];
    const Array input = loadInput(file, o);
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (!fs::is_directory(o.out))
        throw Error(
            ErrorCode::WriteFailed, "The output directory \"" + o.out + "\" could not be created.");
    SaveOptions so;
    so.type = o.originalType ? SaveOptions::Type::Original : SaveOptions::Type::Float32;
    if (file.rfind("synth:", 0) != 0)
        so.protectedPaths.push_back(file);
    std::vector<MetricsRecord> records;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        RunContext ctx;
        const Analysis an = analyse(*calls[i].method, input, calls[i].params, ctx);
        char prefix[32];
        std::snprintf(prefix, sizeof prefix, "%02zu_", i + 1);
        const std::string ext = o.format == "npy" ? "npy" : nativeExtension(input);
        const fs::path path
            = fs::path(o.out) / (prefix + safeId(calls[i].method->info().id) + "." + ext);
        save(an.result.output, path.string(), so);
        const Metrics &m = an.metrics;
        MetricsRecord record = makeMetricsRecord(calls[i], an, input.kind);
        record.output = path.string();
        records.push_back(record);
        if (o.spectrum) {
            if (input.kind != Kind::Signal || input.rank() != 1)
                throw Error(ErrorCode::InvalidArgument,
                    "--spectrum is for signals (audio and 1-d arrays).");
            const Spectrum sy = magnitudeSpectrum(an.result.output);
            const Spectrum sa = magnitudeSpectrum(an.aliasMap);
            std::string csv = "frequency_hz,magnitude_db,alias_db\n";
            for (std::size_t k = 0; k < sy.frequencies.size(); ++k)
                csv += jsonNumber(sy.frequencies[k]) + "," + jsonNumber(sy.magnitudeDb[k]) + ","
                    + jsonNumber(sa.magnitudeDb[k]) + "\n";
            writeFileAtomically(
                (fs::path(o.out) / (prefix + safeId(calls[i].method->info().id) + ".spectrum.csv"))
                    .string(),
                csv, so);
        }
        out << path.string() << "  alias " << m.aliasEnergyDb << " dB";
        if (input.kind == Kind::Signal)
            out << ", SNR " << m.snrDb << " dB";
        else
            out << ", PSNR " << m.psnrDb << " dB, SSIM " << m.ssim;
        out << ", " << m.runtimeMs << " ms\n";
    }
    if (!o.metrics.empty())
        writeFileAtomically(o.metrics, metricsJson(records), so);
    return 0;
}

} // namespace

int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? err : out) << kUsage;
        return args.empty() ? 2 : 0;
    }
    try {
        const Options o = parseOptions(args, 1);
        if (args[0] == "info")
            return cmdInfo(o, out);
        if (args[0] == "methods")
            return cmdMethods(o, out);
        if (args[0] == "sources")
            return cmdSources(o, out);
        if (args[0] == "run")
            return cmdRun(o, out);
        throw UsageError { "unknown command \"" + args[0] + "\"" };
    } catch (const UsageError &e) {
        err << "downsample-lab-cli: " << e.message << "\n\n" << kUsage;
        return 2;
    } catch (const Error &e) {
        err << "downsample-lab-cli: " << e.what() << "\n";
        return e.code() == ErrorCode::InvalidArgument ? 2 : 1;
    } catch (const std::bad_alloc &) {
        err << "downsample-lab-cli: out of memory.\n";
        return 1;
    } catch (const std::exception &e) {
        err << "downsample-lab-cli: internal error: " << e.what() << "\n";
        return 1;
    }
}

} // namespace dsl::cli
