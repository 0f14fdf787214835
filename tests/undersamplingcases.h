// The golden undersampling cases of tests/data/golden/undersampling, shared by the core test
// (tst_undersampling) and the CLI test (tst_cli_tables): the .npy expected files, the datasets
// (files, or the recipe of a generated one), a manifest's parameters as spec values.
#pragma once

#include "testutil.h"

#include "dsl/sampler.h"
#include "dsl/table.h"

#include <QCryptographicHash>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace goldenunder {

using namespace dsl;
using namespace Qt::StringLiterals;

inline const QString kRoot = QStringLiteral("golden/undersampling/");

// A small .npy reader for the expected files (int64 indices, uint8 packed masks, float64).
struct Npy
{
    std::string descr;
    std::vector<std::size_t> shape;
    QByteArray data;
};

inline Npy readNpy(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray all = f.readAll();
    const int len = int(quint8(all[8])) | (int(quint8(all[9])) << 8);
    const QByteArray header = all.mid(10, len);
    Npy n;
    const int d = int(header.indexOf("'descr': '")) + 10;
    n.descr = header.mid(d, header.indexOf('\'', d) - d).toStdString();
    const int s = int(header.indexOf("'shape': (")) + 10;
    for (const QByteArray &part : header.mid(s, header.indexOf(')', s) - s).split(','))
        if (!part.trimmed().isEmpty())
            n.shape.push_back(std::size_t(part.trimmed().toULongLong()));
    n.data = all.mid(10 + len);
    return n;
}

inline std::vector<std::size_t> readIndices(const QString &path)
{
    const Npy n = readNpy(path);
    std::vector<std::size_t> out(std::size_t(n.data.size()) / 8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        qint64 v;
        std::memcpy(&v, n.data.constData() + i * 8, 8);
        out[i] = std::size_t(v);
    }
    return out;
}

// np.packbits of a keep mask (big-endian bits) to the kept rows.
inline std::vector<std::size_t> readMask(const QString &path, std::size_t rows)
{
    const Npy n = readNpy(path);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < rows; ++i)
        if ((quint8(n.data[qsizetype(i / 8)]) >> (7 - i % 8)) & 1)
            out.push_back(i);
    return out;
}

inline std::map<QString, Table> g_tables;

// What the CLI is given for a dataset: its X.npy or data.csv, or the synth: spec of its recipe.
inline std::string datasetArgument(const QString &name)
{
    const QString dir = dsltest::dataPath(kRoot + u"inputs/"_qs + name + u"/"_qs);
    if (QFile::exists(dir + u"X.npy"_qs))
        return (dir + u"X.npy"_qs).toStdString();
    if (QFile::exists(dir + u"data.csv"_qs))
        return (dir + u"data.csv"_qs).toStdString();
    const QJsonObject d = dsltest::readJson(kRoot + u"inputs/"_qs + name + u"/dataset.json"_qs);
    const QJsonObject r = d.value(u"recipe"_qs).toObject();
    return "synth:splitmix:seed=" + std::to_string(r.value(u"seed"_qs).toInteger())
        + ",n=" + std::to_string(r.value(u"n"_qs).toInt())
        + ",d=" + std::to_string(r.value(u"d"_qs).toInt())
        + ",p_min=" + QString::number(r.value(u"p_min"_qs).toDouble(), 'g', 17).toStdString()
        + ",shift=" + QString::number(r.value(u"shift"_qs).toDouble(), 'g', 17).toStdString()
        + ",n_shift=" + std::to_string(r.value(u"n_shift"_qs).toInt());
}

inline const Table &dataset(const QString &name)
{
    auto it = g_tables.find(name);
    if (it != g_tables.end())
        return it->second;
    const std::string arg = datasetArgument(name);
    Table t;
    if (arg.rfind("synth:", 0) != 0) {
        t = loadTable(arg);
    } else {
        t = generateTable(arg.substr(6));
        // Bit-exact: the recipe's hashes.
        const QJsonObject d = dsltest::readJson(kRoot + u"inputs/"_qs + name + u"/dataset.json"_qs);
        const QByteArray xb(reinterpret_cast<const char *>(t.x.data()), qsizetype(t.x.size() * 8));
        std::vector<qint64> yv(t.rows);
        for (std::size_t i = 0; i < t.rows; ++i)
            yv[i] = std::stoll(t.classes[std::size_t(t.y[i])]);
        const QByteArray yb(reinterpret_cast<const char *>(yv.data()), qsizetype(yv.size() * 8));
        if (QCryptographicHash::hash(xb, QCryptographicHash::Sha256).toHex()
                != d.value(u"sha256_X"_qs).toString().toLatin1()
            || QCryptographicHash::hash(yb, QCryptographicHash::Sha256).toHex()
                != d.value(u"sha256_y"_qs).toString().toLatin1())
            qFatal("the regenerated %s does not match its recipe's hashes", qPrintable(name));
    }
    return g_tables.emplace(name, std::move(t)).first->second;
}

inline std::string valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? "1" : "0";
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17).toStdString();
    if (v.isObject()) {
        std::string s;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            s += (s.empty() ? "" : ";") + it.key().toStdString() + ":"
                + std::to_string(it.value().toInt());
        return s;
    }
    if (v.isArray()) {
        std::string s;
        for (const auto &e : v.toArray())
            s += (s.empty() ? "" : ";") + valueText(e);
        return s;
    }
    return v.toString().toStdString();
}

inline std::map<std::string, std::string> paramsOf(
    const QJsonObject &m, const QString &caseDir, bool given)
{
    std::map<std::string, std::string> p;
    const QJsonObject params = m.value(u"params"_qs).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        p[it.key().toStdString()] = valueText(it.value());
    if (m.value(u"method"_qs).toString() == u"under.iht") {
        p.erase("estimator"); // ours is not a random forest; the given probabilities decide
        if (given)
            p["probabilities"] = (caseDir + u"p_own.npy"_qs).toStdString();
    }
    if (given && m.contains(u"seeds"_qs)) {
        std::string s;
        const QJsonObject seeds = m.value(u"seeds"_qs).toObject();
        for (auto it = seeds.begin(); it != seeds.end(); ++it) {
            std::string rows;
            for (const auto &r : it.value().toArray())
                rows += (rows.empty() ? "" : ",") + std::to_string(r.toInteger());
            s += (s.empty() ? "" : ";") + it.key().toStdString() + ":" + rows;
        }
        p["seeds"] = s;
    }
    return p;
}

inline SampleResult run(
    const Table &t, const std::string &method, std::map<std::string, std::string> p)
{
    const Sampler &s = SamplerRegistry::instance().get(method);
    RunContext ctx;
    return s.apply(t, s.resolve(std::move(p)), ctx);
}

inline QString describeDiff(
    const std::vector<std::size_t> &got, const std::vector<std::size_t> &want)
{
    std::vector<std::size_t> extra, missing;
    std::set_difference(
        got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
    std::set_difference(
        want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
    QString s = QStringLiteral("kept %1, expected %2; %3 extra, %4 missing")
                    .arg(got.size())
                    .arg(want.size())
                    .arg(extra.size())
                    .arg(missing.size());
    for (std::size_t i = 0; i < std::min<std::size_t>(5, extra.size()); ++i)
        s += QStringLiteral(" +%1").arg(extra[i]);
    for (std::size_t i = 0; i < std::min<std::size_t>(5, missing.size()); ++i)
        s += QStringLiteral(" -%1").arg(missing[i]);
    return s;
}

} // namespace goldenunder
