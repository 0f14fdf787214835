// Table files: CSV and X.npy + y.npy in, kept rows out (CSV, .npy), written atomically.
#include "dsl/io.h"
#include "dsl/table.h"

#include "dsl/error.h"
#include "table_internal.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dsl {

namespace {

[[noreturn]] void fail(ErrorCode code, const std::string &path, const std::string &what)
{
    throw Error(code, "The table " + path + " " + what + ".");
}

std::string readAll(const std::string &path, std::uint64_t limit)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        fail(ErrorCode::UnreadableFile, path, "does not exist or is not a file");
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    if (ec)
        fail(ErrorCode::UnreadableFile, path, "cannot be read");
    if (size > limit)
        fail(ErrorCode::ResourceLimit, path,
            "is larger than the memory budget allows (raise it with --max-memory or in "
            "Preferences)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(ErrorCode::UnreadableFile, path, "cannot be opened");
    std::string bytes(std::size_t(size), '\0');
    in.read(bytes.data(), std::streamsize(size));
    if (std::uint64_t(in.gcount()) != size)
        fail(ErrorCode::UnreadableFile, path, "could not be read to its end");
    return bytes;
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string labelsPathFor(const std::string &path, const TableLoadOptions &options)
{
    if (!options.labelsPath.empty())
        return options.labelsPath;
    const std::filesystem::path p(path);
    std::string stem = p.stem().string();
    // X.npy → y.npy, X_train.npy → y_train.npy, data.npy → data_labels.npy.
    std::filesystem::path y;
    if (!stem.empty() && (stem[0] == 'X' || stem[0] == 'x'))
        y = p.parent_path()
            / (std::string(1, stem[0] == 'X' ? 'y' : 'y') + stem.substr(1) + ".npy");
    else
        y = p.parent_path() / (stem + "_labels.npy");
    return y.string();
}

std::string npyHeader(const std::string &descr, const std::string &shape)
{
    std::string h = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    const std::size_t total = 10 + h.size() + 1;
    h += std::string((64 - total % 64) % 64, ' ') + "\n";
    std::string out = "\x93NUMPY";
    out += char(1);
    out += char(0);
    out += char(h.size() & 0xFF);
    out += char((h.size() >> 8) & 0xFF);
    return out + h;
}

} // namespace

Table loadTableCsv(const std::string &path, const TableLoadOptions &options)
{
    // The text is at most a few times the decoded size; refuse what cannot fit either way.
    const std::string text = readAll(path, options.maxBytes);
    Table t = parseTableCsv(text, path, options);
    t.source.path = path;
    return t;
}

Table loadTableNpy(const std::string &path, const TableLoadOptions &options)
{
    const std::string ypath = labelsPathFor(path, options);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(ypath, ec))
        fail(ErrorCode::UnreadableFile, path,
            "has no labels file (looked for " + ypath + "; give one with --labels)");
    const std::string xb = readAll(path, options.maxBytes);
    const std::string yb = readAll(ypath, options.maxBytes);
    const auto *xd = reinterpret_cast<const unsigned char *>(xb.data());
    const auto *yd = reinterpret_cast<const unsigned char *>(yb.data());
    const tabular::NpyArray X = tabular::parseNpy(xd, xb.size(), path, options.maxBytes);
    const tabular::NpyArray Y = tabular::parseNpy(yd, yb.size(), ypath, options.maxBytes);
    Table t = tabular::tableFromNpy(X, Y, path);
    t.source.path = path;
    return t;
}

bool looksLikeTable(const std::string &path)
{
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
        return true;
    if (ext == ".npy") {
        std::error_code ec;
        return std::filesystem::is_regular_file(labelsPathFor(path, {}), ec);
    }
    return false;
}

Table loadTable(const std::string &path, const TableLoadOptions &options)
{
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    if (ext == ".npy")
        return loadTableNpy(path, options);
    return loadTableCsv(path, options);
}

void saveIndicesNpy(
    const std::vector<std::size_t> &indices, const std::string &path, const SaveOptions &options)
{
    std::string out = npyHeader("<i8", "(" + std::to_string(indices.size()) + ",)");
    for (std::size_t i : indices) {
        const std::int64_t v = std::int64_t(i);
        out.append(reinterpret_cast<const char *>(&v), 8);
    }
    writeFileAtomically(path, out, options);
}

void saveMatrixNpy(const std::vector<double> &values, std::size_t rows, std::size_t cols,
    const std::string &path, const SaveOptions &options)
{
    std::string out
        = npyHeader("<f8", "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")");
    out.append(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(double));
    writeFileAtomically(path, out, options);
}

void saveTableRowsCsv(const Table &t, const std::vector<std::size_t> &indices,
    const std::string &path, const SaveOptions &options)
{
    auto quoted = [](const std::string &s) {
        if (s.find_first_of(",\"\n") == std::string::npos)
            return s;
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::ostringstream s;
    s.precision(17);
    s << "row";
    for (const std::string &n : t.featureNames)
        s << ',' << quoted(n);
    s << ',' << quoted(t.labelName) << '\n';
    for (std::size_t r : indices) {
        s << r;
        for (std::size_t j = 0; j < t.cols; ++j)
            s << ',' << t.x[r * t.cols + j];
        s << ',' << quoted(t.classes[std::size_t(t.y[r])]) << '\n';
    }
    writeFileAtomically(path, s.str(), options);
}

void saveGeneratedRowsCsv(const Table &t, const std::vector<double> &generated,
    const std::vector<int> &labels, const std::string &path, const SaveOptions &options)
{
    auto quoted = [](const std::string &s) {
        if (s.find_first_of(",\"\n") == std::string::npos)
            return s;
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::ostringstream s;
    s.precision(17);
    for (std::size_t j = 0; j < t.featureNames.size(); ++j)
        s << (j ? "," : "") << quoted(t.featureNames[j]);
    s << ',' << quoted(t.labelName) << '\n';
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = 0; j < t.cols; ++j)
            s << (j ? "," : "") << generated[i * t.cols + j];
        s << ',' << quoted(t.classes[std::size_t(labels[i])]) << '\n';
    }
    writeFileAtomically(path, s.str(), options);
}

void saveLabelsNpy(const Table &t, const std::vector<int> &classes, const std::string &path,
    const SaveOptions &options)
{
    std::string out;
    const std::string shape = "(" + std::to_string(classes.size()) + ",)";
    if (t.integerLabels) {
        out = npyHeader("<i8", shape);
        for (int c : classes) {
            const std::int64_t v = std::stoll(t.classes[std::size_t(c)]);
            out.append(reinterpret_cast<const char *>(&v), 8);
        }
    } else {
        // UTF-32 code units of each label, padded to the longest (numpy '<U').
        std::vector<std::u32string> text;
        std::size_t width = 1;
        for (int c : classes) {
            const std::string &s = t.classes[std::size_t(c)];
            std::u32string u;
            for (std::size_t i = 0; i < s.size();) {
                const unsigned char b = static_cast<unsigned char>(s[i]);
                char32_t cp = b;
                std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                if (len > 1)
                    cp = b & (0xFF >> (len + 1));
                for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
                    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
                u += cp;
                i += len;
            }
            width = std::max(width, u.size());
            text.push_back(u);
        }
        out = npyHeader("<U" + std::to_string(width), shape);
        for (const std::u32string &u : text)
            for (std::size_t k = 0; k < width; ++k) {
                const std::uint32_t v = k < u.size() ? std::uint32_t(u[k]) : 0;
                out.append(reinterpret_cast<const char *>(&v), 4);
            }
    }
    writeFileAtomically(path, out, options);
}

} // namespace dsl
