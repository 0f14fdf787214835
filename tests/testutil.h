// Helpers shared by the test suites: paths to tests/data, raw float32 golden arrays.
#pragma once

#include "dsl/array.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtTest>

#include <cmath>

namespace dsltest {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(DSL_TEST_DATA "/") + relative;
}

inline std::string dataFile(const QString &relative)
{
    return dataPath(relative).toStdString();
}

inline QJsonObject readJson(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline std::vector<std::size_t> shapeOf(const QJsonArray &a)
{
    std::vector<std::size_t> s;
    for (const auto &v : a)
        s.push_back(std::size_t(v.toInt()));
    return s;
}

// A raw little-endian float32 file as an array: 1-d = signal, 2-d = image, 3-d = volume.
inline dsl::Array readF32(const QString &relative, const std::vector<std::size_t> &shape)
{
    const dsl::Kind kind = shape.size() == 1 ? dsl::Kind::Signal
        : shape.size() == 2                  ? dsl::Kind::Image
                                             : dsl::Kind::Volume;
    dsl::Array a = dsl::Array::zeros(kind, shape);
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    const QByteArray bytes = f.readAll();
    if (std::size_t(bytes.size()) != a.values.size() * sizeof(float))
        qFatal("%s has %lld bytes, expected %zu", qPrintable(f.fileName()),
            static_cast<long long>(bytes.size()), a.values.size() * sizeof(float));
    std::memcpy(a.values.data(), bytes.constData(), std::size_t(bytes.size()));
    return a;
}

inline double maxAbsDiff(const dsl::Array &a, const dsl::Array &b)
{
    if (a.values.size() != b.values.size())
        return INFINITY;
    double m = 0.0;
    for (std::size_t i = 0; i < a.values.size(); ++i)
        m = std::max(m, std::abs(double(a.values[i]) - double(b.values[i])));
    return m;
}

} // namespace dsltest
