// Tables from text and bytes (CSV, .npy), class bookkeeping, sampling strategies, the sampler
// registry and the synthetic tables. No file IO here (table_io.cpp), so the fuzzers build it.
#include "dsl/table.h"
#include "dsl/sampler.h"

#include "dsl/error.h"
#include "table_internal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numbers>
#include <random>
#include <set>

namespace dsl {

namespace {

[[noreturn]] void fail(ErrorCode code, const std::string &name, const std::string &what)
{
    throw Error(code, "The table " + name + " " + what + ".");
}

bool parseInteger(const std::string &s, long long &v)
{
    if (s.empty())
        return false;
    const char *b = s.data(), *e = s.data() + s.size();
    if (*b == '+')
        ++b;
    const auto r = std::from_chars(b, e, v);
    return r.ec == std::errc() && r.ptr == e;
}

bool parseReal(const std::string &s, double &v)
{
    if (s.empty())
        return false;
    const char *b = s.data(), *e = s.data() + s.size();
    if (*b == '+')
        ++b;
    const auto r = std::from_chars(b, e, v);
    if (r.ec == std::errc() && r.ptr == e)
        return true;
    // from_chars refuses "inf"/"nan" spellings numpy and pandas write in other cases.
    std::string l(b, e);
    std::transform(
        l.begin(), l.end(), l.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const bool neg = s[0] == '-';
    if (l == "inf" || l == "-inf" || l == "infinity" || l == "-infinity") {
        v = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (l == "nan" || l == "-nan") {
        v = NAN;
        return true;
    }
    return false;
}

std::string trimmed(std::string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return std::string(s.substr(b, e - b));
}

// One CSV record from `text` at `pos` (RFC 4180 quotes; "" is a quote). False at the end.
bool nextRecord(const std::string &text, std::size_t &pos, char sep,
    std::vector<std::string> &cells, bool &quotedError)
{
    cells.clear();
    quotedError = false;
    if (pos >= text.size())
        return false;
    std::string cell;
    bool quoted = false, wasQuoted = false;
    while (pos < text.size()) {
        const char c = text[pos++];
        if (quoted) {
            if (c == '"') {
                if (pos < text.size() && text[pos] == '"') {
                    cell += '"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == '"' && trimmed(cell).empty()) {
            quoted = wasQuoted = true;
            cell.clear();
        } else if (c == sep) {
            cells.push_back(wasQuoted ? cell : trimmed(cell));
            cell.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            break;
        } else {
            cell += c;
        }
    }
    if (quoted)
        quotedError = true;
    cells.push_back(wasQuoted ? cell : trimmed(cell));
    return true;
}

} // namespace

std::vector<std::size_t> Table::counts() const
{
    std::vector<std::size_t> c(classes.size(), 0);
    for (int v : y)
        ++c[std::size_t(v)];
    return c;
}

std::vector<std::size_t> Table::rowsOf(int c) const
{
    std::vector<std::size_t> r;
    for (std::size_t i = 0; i < rows; ++i)
        if (y[i] == c)
            r.push_back(i);
    return r;
}

int Table::classOf(const std::string &label) const
{
    const std::string t = trimmed(label);
    if (integerLabels) {
        long long v;
        if (!parseInteger(t, v))
            return -1;
        for (std::size_t c = 0; c < classes.size(); ++c) {
            long long w;
            if (parseInteger(classes[c], w) && w == v)
                return int(c);
        }
        return -1;
    }
    const auto it = std::find(classes.begin(), classes.end(), t);
    return it == classes.end() ? -1 : int(it - classes.begin());
}

bool Table::allFinite() const
{
    return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); });
}

Table makeTable(std::vector<double> features, std::size_t cols,
    const std::vector<std::string> &labels, std::vector<std::string> featureNames,
    const std::string &name)
{
    Table t;
    t.rows = labels.size();
    t.cols = cols;
    if (features.size() != t.rows * cols)
        throw Error(ErrorCode::Internal, "makeTable: features do not match the labels.");
    t.x = std::move(features);
    std::vector<long long> ints(labels.size());
    t.integerLabels = !labels.empty();
    for (std::size_t i = 0; i < labels.size() && t.integerLabels; ++i)
        t.integerLabels = parseInteger(labels[i], ints[i]);
    t.y.resize(t.rows);
    if (t.integerLabels) {
        std::vector<long long> distinct(ints);
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (long long v : distinct)
            t.classes.push_back(std::to_string(v));
        for (std::size_t i = 0; i < t.rows; ++i)
            t.y[i] = int(
                std::lower_bound(distinct.begin(), distinct.end(), ints[i]) - distinct.begin());
    } else {
        std::vector<std::string> distinct(labels);
        std::sort(distinct.begin(), distinct.end()); // byte order = code-point order in UTF-8
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        t.classes = distinct;
        for (std::size_t i = 0; i < t.rows; ++i)
            t.y[i] = int(
                std::lower_bound(distinct.begin(), distinct.end(), labels[i]) - distinct.begin());
    }
    if (t.classes.size() < 2)
        throw Error(ErrorCode::MalformedFile,
            "The table " + (name.empty() ? std::string() : name + " ")
                + (t.classes.empty() ? std::string("has no rows.")
                                     : "has a single class (" + t.classes[0]
                            + "); undersampling needs at least two."));
    if (featureNames.size() != cols) {
        featureNames.clear();
        for (std::size_t j = 0; j < cols; ++j)
            featureNames.push_back("f" + std::to_string(j));
    }
    t.featureNames = std::move(featureNames);
    t.source.format = "table";
    t.source.sampleType = SampleType::Float64;
    return t;
}

Table parseTableCsv(
    const std::string &text, const std::string &name, const TableLoadOptions &options)
{
    if (text.find('\0') != std::string::npos)
        fail(ErrorCode::MalformedFile, name, "is not a text file (it holds NUL bytes)");
    std::size_t pos = 0;
    if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0)
        pos = 3; // UTF-8 byte-order mark
    // The separator: the first of tab, semicolon or comma that the header line holds (comma
    // when it holds none of them).
    const std::string firstLine = text.substr(pos, text.find('\n', pos) - pos);
    char sep = ',';
    if (firstLine.find(',') == std::string::npos) {
        if (firstLine.find('\t') != std::string::npos)
            sep = '\t';
        else if (firstLine.find(';') != std::string::npos)
            sep = ';';
    }
    std::vector<std::string> header, cells;
    bool quoteError = false;
    // Skip blank lines before the header.
    do {
        if (!nextRecord(text, pos, sep, header, quoteError))
            fail(ErrorCode::MalformedFile, name, "is empty");
    } while (header.size() == 1 && header[0].empty());
    if (quoteError)
        fail(ErrorCode::MalformedFile, name, "has an unterminated quote in its header");
    if (header.size() < 2)
        fail(ErrorCode::MalformedFile, name,
            "needs a header row with at least one feature column and a label column");
    std::size_t labelCol = header.size() - 1;
    if (!options.labelColumn.empty()) {
        const auto it = std::find(header.begin(), header.end(), options.labelColumn);
        if (it == header.end())
            fail(ErrorCode::InvalidArgument, name,
                "has no column named \"" + options.labelColumn + "\"");
        labelCol = std::size_t(it - header.begin());
    }
    const std::size_t width = header.size(), cols = width - 1;
    // A bound before allocating: every row takes at least `width` bytes of text.
    const std::uint64_t maxRows = text.size() / width + 1;
    if (maxRows * cols * 8 > options.maxBytes)
        fail(ErrorCode::ResourceLimit, name,
            "would need more memory than the budget allows (raise it with --max-memory or in "
            "Preferences)");
    std::vector<double> x;
    std::vector<std::string> labels;
    std::vector<std::string> names;
    for (std::size_t j = 0; j < width; ++j)
        if (j != labelCol)
            names.push_back(header[j]);
    std::size_t line = 1;
    for (;;) {
        const std::size_t before = pos;
        if (!nextRecord(text, pos, sep, cells, quoteError))
            break;
        line += 1
            + std::size_t(std::count(text.begin() + long(before), text.begin() + long(pos), '\n'))
            - (pos > before && text[pos - 1] == '\n' ? 1 : 0);
        if (cells.size() == 1 && cells[0].empty())
            continue; // blank line
        const std::string where
            = "row " + std::to_string(labels.size() + 1) + " (line " + std::to_string(line) + ")";
        if (quoteError)
            fail(ErrorCode::MalformedFile, name, "has an unterminated quote in " + where);
        if (cells.size() != width)
            fail(ErrorCode::MalformedFile, name,
                "has " + std::to_string(cells.size()) + " cells in " + where + " but "
                    + std::to_string(width) + " columns in its header");
        for (std::size_t j = 0; j < width; ++j) {
            if (j == labelCol) {
                if (cells[j].empty())
                    fail(ErrorCode::MalformedFile, name, "has no label in " + where);
                labels.push_back(cells[j]);
                continue;
            }
            double v;
            if (!parseReal(cells[j], v))
                fail(ErrorCode::MalformedFile, name,
                    "has a non-numeric value \"" + cells[j].substr(0, 40) + "\" in " + where
                        + ", column \"" + header[j] + "\"");
            x.push_back(v);
        }
    }
    if (labels.empty())
        fail(ErrorCode::MalformedFile, name, "has a header but no rows");
    Table t = makeTable(std::move(x), cols, labels, std::move(names), name);
    t.labelName = header[labelCol];
    t.source.format = "csv";
    t.source.path = name;
    return t;
}

namespace tabular {

NpyArray parseNpy(
    const unsigned char *data, std::size_t size, const std::string &name, std::uint64_t maxBytes)
{
    if (size < 10 || std::memcmp(data, "\x93NUMPY", 6) != 0)
        fail(ErrorCode::MalformedFile, name, "is not a NumPy .npy file");
    const int major = data[6];
    std::size_t headerLen, offset;
    if (major == 1) {
        headerLen = std::size_t(data[8]) | (std::size_t(data[9]) << 8);
        offset = 10;
    } else if ((major == 2 || major == 3) && size >= 12) {
        headerLen = std::size_t(data[8]) | (std::size_t(data[9]) << 8)
            | (std::size_t(data[10]) << 16) | (std::size_t(data[11]) << 24);
        offset = 12;
    } else {
        fail(ErrorCode::MalformedFile, name, "has an unknown NumPy format version or is truncated");
    }
    if (headerLen > (1u << 20) || offset + headerLen > size)
        fail(ErrorCode::MalformedFile, name, "has a damaged NumPy header");
    const std::string h(reinterpret_cast<const char *>(data + offset), headerLen);
    auto value = [&](const std::string &key) -> std::string {
        const auto k = h.find("'" + key + "'");
        if (k == std::string::npos)
            return {};
        auto c = h.find(':', k);
        if (c == std::string::npos)
            return {};
        ++c;
        while (c < h.size() && h[c] == ' ')
            ++c;
        if (c >= h.size())
            return {};
        const char open = h[c];
        const char close = open == '\'' ? '\'' : open == '(' ? ')' : ',';
        const auto e = h.find(close, c + 1);
        if (e == std::string::npos)
            return {};
        return h.substr(
            open == '\'' || open == '(' ? c + 1 : c, e - c - (open == '\'' || open == '(' ? 1 : 0));
    };
    NpyArray a;
    a.descr = value("descr");
    const std::string order = value("fortran_order");
    a.fortran = order.rfind("True", 0) == 0;
    const std::string shape = value("shape");
    if (a.descr.empty() || order.empty() || h.find("'shape'") == std::string::npos)
        fail(ErrorCode::MalformedFile, name, "has a NumPy header without dtype, order or shape");
    std::size_t i = 0;
    std::uint64_t count = 1;
    while (i < shape.size()) {
        while (i < shape.size() && (shape[i] == ' ' || shape[i] == ','))
            ++i;
        if (i >= shape.size())
            break;
        std::size_t j = i;
        while (j < shape.size() && std::isdigit(static_cast<unsigned char>(shape[j])))
            ++j;
        if (j == i || j - i > 12)
            fail(ErrorCode::MalformedFile, name, "has a damaged NumPy shape");
        const std::uint64_t d = std::stoull(shape.substr(i, j - i));
        if (d > 0 && count > (std::uint64_t(1) << 40) / d)
            fail(ErrorCode::ResourceLimit, name, "declares an impossibly large array");
        count *= d;
        a.shape.push_back(std::size_t(d));
        i = j;
    }
    const std::string type = a.descr.size() >= 3 ? a.descr.substr(1) : "";
    a.item = type == "f8" || type == "i8" || type == "u8" ? 8
        : type == "f4" || type == "i4" || type == "u4"    ? 4
        : type == "i2" || type == "u2"                    ? 2
        : type == "i1" || type == "u1" || type == "b1"    ? 1
                                                          : 0;
    if (a.item == 0 && a.descr.size() >= 3 && a.descr[1] == 'U')
        a.item = 4 * std::size_t(std::max(0, std::atoi(a.descr.c_str() + 2)));
    if (a.item == 0)
        fail(
            ErrorCode::MalformedFile, name, "holds " + a.descr + " data, which a table cannot use");
    a.swap = a.descr[0] == '>' && a.item > 1;
    a.kind = a.descr[1];
    if (count * std::max<std::size_t>(a.item, 8) > maxBytes)
        fail(ErrorCode::ResourceLimit, name,
            "would need more memory than the budget allows (raise it with --max-memory or in "
            "Preferences)");
    if (offset + headerLen + count * a.item > size)
        fail(ErrorCode::MalformedFile, name, "is truncated: its data is shorter than its shape");
    a.count = std::size_t(count);
    a.data = data + offset + headerLen;
    return a;
}

double npyValue(const NpyArray &a, std::size_t i)
{
    unsigned char b[8] = {};
    std::memcpy(b, a.data + i * a.item, a.item);
    if (a.swap)
        std::reverse(b, b + a.item);
    switch (a.kind) {
    case 'f':
        if (a.item == 8) {
            double v;
            std::memcpy(&v, b, 8);
            return v;
        } else {
            float v;
            std::memcpy(&v, b, 4);
            return v;
        }
    case 'i': {
        std::int64_t v = 0;
        if (a.item == 8)
            std::memcpy(&v, b, 8);
        else if (a.item == 4) {
            std::int32_t w;
            std::memcpy(&w, b, 4);
            v = w;
        } else if (a.item == 2) {
            std::int16_t w;
            std::memcpy(&w, b, 2);
            v = w;
        } else {
            v = std::int8_t(b[0]);
        }
        return double(v);
    }
    default: {
        std::uint64_t v = 0;
        std::memcpy(&v, b, a.item); // little-endian after the swap
        return double(v);
    }
    }
}

Table tableFromNpy(const NpyArray &X, const NpyArray &Y, const std::string &name)
{
    if (X.kind != 'f' && X.kind != 'i' && X.kind != 'u')
        fail(ErrorCode::MalformedFile, name,
            "has features of type " + X.descr + "; numbers expected");
    if (X.shape.size() != 2 && X.shape.size() != 1)
        fail(ErrorCode::MalformedFile, name, "must hold a 2-d feature array (rows × features)");
    const std::size_t n = X.shape[0], d = X.shape.size() == 2 ? X.shape[1] : 1;
    if (Y.shape.size() != 1 || Y.shape[0] != n)
        fail(ErrorCode::MalformedFile, name,
            "has " + std::to_string(n) + " rows but its labels file holds "
                + (Y.shape.size() == 1 ? std::to_string(Y.shape[0]) : std::string("a non-vector"))
                + " labels");
    if (n == 0 || d == 0)
        fail(ErrorCode::MalformedFile, name, "is empty");
    std::vector<double> x(n * d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            x[i * d + j] = npyValue(X, X.fortran ? j * n + i : i * d + j);
    std::vector<std::string> labels(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (Y.kind == 'U') {
            std::string s;
            for (std::size_t c = 0; c < Y.item / 4; ++c) {
                std::uint32_t cp;
                std::memcpy(&cp, Y.data + i * Y.item + c * 4, 4);
                if (cp == 0)
                    break;
                if (cp < 0x80)
                    s += char(cp);
                else if (cp < 0x800) {
                    s += char(0xC0 | (cp >> 6));
                    s += char(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    s += char(0xE0 | (cp >> 12));
                    s += char(0x80 | ((cp >> 6) & 0x3F));
                    s += char(0x80 | (cp & 0x3F));
                } else {
                    s += char(0xF0 | (cp >> 18));
                    s += char(0x80 | ((cp >> 12) & 0x3F));
                    s += char(0x80 | ((cp >> 6) & 0x3F));
                    s += char(0x80 | (cp & 0x3F));
                }
            }
            labels[i] = s;
        } else if (Y.kind == 'i' || Y.kind == 'u' || Y.kind == 'b') {
            labels[i] = std::to_string(static_cast<long long>(npyValue(Y, i)));
        } else {
            const double v = npyValue(Y, i);
            if (!std::isfinite(v) || std::floor(v) != v)
                fail(ErrorCode::MalformedFile, name,
                    "has a label that is not a whole number in row " + std::to_string(i + 1));
            labels[i] = std::to_string(static_cast<long long>(v));
        }
    }
    Table t = makeTable(std::move(x), d, labels, {}, name);
    t.source.format = "npy";
    t.source.path = name;
    return t;
}

} // namespace tabular

// ---- Classes and strategies ----------------------------------------------------------------

int methodMinority(const std::vector<int> &y, std::size_t classCount)
{
    std::vector<std::size_t> count(classCount, 0);
    std::vector<std::size_t> first(classCount, SIZE_MAX);
    for (std::size_t i = 0; i < y.size(); ++i) {
        ++count[std::size_t(y[i])];
        first[std::size_t(y[i])] = std::min(first[std::size_t(y[i])], i);
    }
    int best = -1;
    for (std::size_t c = 0; c < classCount; ++c) {
        if (count[c] == 0)
            continue;
        if (best < 0 || count[c] < count[std::size_t(best)]
            || (count[c] == count[std::size_t(best)] && first[c] < first[std::size_t(best)]))
            best = int(c);
    }
    return best;
}

std::vector<long> resolveStrategy(
    const Table &table, const std::vector<int> &y, const std::string &strategyText, bool controlled)
{
    const std::size_t classCount = table.classCount();
    std::vector<std::size_t> count(classCount, 0);
    for (int v : y)
        ++count[std::size_t(v)];
    std::vector<int> present;
    for (std::size_t c = 0; c < classCount; ++c)
        if (count[c] > 0)
            present.push_back(int(c));
    if (present.size() < 2)
        throw Error(ErrorCode::InvalidArgument,
            "Undersampling needs at least two classes; this table has "
                + std::to_string(present.size()) + ".");
    int minority = present[0], majority = present[0];
    for (int c : present) {
        if (count[std::size_t(c)] < count[std::size_t(minority)])
            minority = c;
        if (count[std::size_t(c)] > count[std::size_t(majority)])
            majority = c;
    }
    const long nMin = long(count[std::size_t(minority)]);
    std::vector<long> target(classCount, -1);
    std::string s = trimmed(strategyText);
    std::replace(s.begin(), s.end(), '_', ' ');
    auto all = [&](auto keep) {
        for (int c : present)
            if (keep(c))
                target[std::size_t(c)] = nMin;
    };
    if (s.empty() || s == "auto" || s == "not minority") {
        all([&](int c) { return c != minority; });
        return target;
    }
    if (s == "majority") {
        target[std::size_t(majority)] = nMin;
        return target;
    }
    if (s == "not majority") {
        all([&](int c) { return c != majority; });
        return target;
    }
    if (s == "all") {
        all([](int) { return true; });
        return target;
    }
    const auto bad = [&](const std::string &why) -> std::vector<long> {
        throw Error(
            ErrorCode::InvalidArgument, "sampling_strategy=" + strategyText + ": " + why + ".");
    };
    auto classNamed = [&](const std::string &label) {
        const int c = table.classOf(label);
        if (c < 0)
            bad("the table has no class \"" + trimmed(label) + "\"");
        return c;
    };
    if (s.find(':') != std::string::npos) {
        // {label: count} for controlled methods: "0:20;1:30".
        if (!controlled)
            return bad("a count per class is only for controlled methods (random, nearmiss, "
                       "centroids, iht); cleaning methods take a list of labels such as 0;1");
        std::size_t b = 0;
        while (b <= s.size()) {
            const std::size_t e = std::min(s.find(';', b), s.size());
            const std::string item = trimmed(std::string_view(s).substr(b, e - b));
            b = e + 1;
            if (item.empty())
                continue;
            const auto colon = item.rfind(':');
            if (colon == std::string::npos)
                return bad("\"" + item + "\" is not label:count");
            const int c = classNamed(item.substr(0, colon));
            long long n;
            if (!parseInteger(trimmed(item.substr(colon + 1)), n) || n < 0)
                return bad("the count of class " + table.classes[std::size_t(c)]
                    + " must be a whole number ≥ 0");
            if (n > (long long)count[std::size_t(c)])
                return bad("class " + table.classes[std::size_t(c)] + " has "
                    + std::to_string(count[std::size_t(c)]) + " rows, fewer than the "
                    + std::to_string(n) + " asked for");
            target[std::size_t(c)] = long(n);
        }
        return target;
    }
    double alpha;
    if (controlled && parseReal(s, alpha)) {
        if (!(alpha > 0.0 && alpha <= 1.0))
            return bad("a ratio must be in (0, 1]");
        if (present.size() != 2)
            return bad("a ratio needs exactly two classes");
        const int other = present[0] == minority ? present[1] : present[0];
        const long t = long(double(nMin) / alpha);
        if (t > long(count[std::size_t(other)]))
            return bad("the ratio would need " + std::to_string(t) + " rows of class "
                + table.classes[std::size_t(other)] + ", which has "
                + std::to_string(count[std::size_t(other)]));
        target[std::size_t(other)] = t;
        return target;
    }
    if (controlled)
        return bad("use auto, majority, not minority, not majority, all, a ratio or "
                   "label:count;label:count");
    // A list of labels for cleaning methods: "0;2".
    std::size_t b = 0;
    while (b <= s.size()) {
        const std::size_t e = std::min(s.find(';', b), s.size());
        const std::string item = trimmed(std::string_view(s).substr(b, e - b));
        b = e + 1;
        if (!item.empty())
            target[std::size_t(classNamed(item))] = nMin;
    }
    return target;
}

} // namespace dsl
