// The photo decoders (libpng, libjpeg-turbo, libtiff, our BMP reader): every photo in tests/data
// decodes to exactly the values the ITK-based loader gave (images/formats/EXPECTED.json), the
// plausibility bounds refuse what compressed data cannot hold, long decodes report progress and
// stop when cancelled, and the memory budget is the caller's to set.
#include "testutil.h"

#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/run_context.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <atomic>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class tst_Photos : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesAsBefore_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject e = dsltest::readJson(u"images/formats/EXPECTED.json"_s);
        for (const auto &f : e.value(u"files"_s).toArray()) {
            const QJsonObject o = f.toObject();
            const QString path = o.value(u"path"_s).toString();
            QTest::newRow(qPrintable(path)) << path << o;
        }
    }
    void decodesAsBefore()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expected);
        const Array a = load(dsltest::dataFile(path));
        QCOMPARE(a.kind, Kind::Image);
        QCOMPARE(a.shape, dsltest::shapeOf(expected.value(u"shape"_s).toArray()));
        QCOMPARE(int(a.channels), expected.value(u"channels"_s).toInt());
        QCOMPARE(QString::fromLatin1(sampleTypeName(a.source.sampleType)),
            expected.value(u"dtype"_s).toString());
        double sum = 0;
        for (float v : a.values)
            sum += v;
        QCOMPARE(sum, expected.value(u"sum"_s).toDouble());
        const QByteArray bytes(
            reinterpret_cast<const char *>(a.values.data()), qsizetype(a.values.size() * 4));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            expected.value(u"sha256_f32"_s).toString());
        QVERIFY(a.source.warnings.empty());
    }

    // Progress rises to 1 on every format; a cancel during the decode stops it with Cancelled.
    void progressAndCancel_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << u"png"_s;
        QTest::newRow("tiff (tiled)") << u"images/formats/camera_tiled.tif"_s;
        QTest::newRow("jpeg (progressive)") << u"images/formats/astronaut_progressive.jpg"_s;
        QTest::newRow("bmp") << u"bmp"_s;
    }
    void progressAndCancel()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QString path;
        if (file.contains(u'/')) {
            path = dsltest::dataPath(file);
        } else if (file == u"bmp") {
            // A 24-bit bottom-up BMP of 300 x 400, written by hand.
            const int w = 300, h = 400, stride = (w * 3 + 3) / 4 * 4;
            QByteArray b("BM");
            auto le32 = [&](quint32 v) {
                for (int i = 0; i < 4; ++i)
                    b.append(char((v >> (8 * i)) & 0xff));
            };
            auto le16 = [&](quint16 v) {
                b.append(char(v & 0xff));
                b.append(char(v >> 8));
            };
            le32(quint32(54 + stride * h));
            le32(0);
            le32(54);
            le32(40);
            le32(w);
            le32(h);
            le16(1);
            le16(24);
            for (int i = 0; i < 6; ++i)
                le32(0);
            for (int i = 0; i < stride * h; ++i)
                b.append(char(i * 7));
            path = dir.filePath(u"big.bmp"_s);
            writeAll(path, b);
        } else {
            Array a = Array::zeros(Kind::Image, { 400, 300 }, 3);
            for (std::size_t i = 0; i < a.values.size(); ++i)
                a.values[i] = float(i % 251);
            a.source.sampleType = SampleType::UInt8;
            path = dir.filePath(u"big."_s + file);
            save(a, path.toStdString());
        }
        std::vector<double> seen;
        RunContext ctx({}, [&](double f) { seen.push_back(f); });
        LoadOptions o;
        o.context = &ctx;
        const Array a = load(path.toStdString(), o);
        QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(a.values.size() > 100000);

        // Cancel at the first progress report: the decode stops with Cancelled, no result.
        std::atomic<bool> cancel { false };
        int reportsAfterCancel = 0;
        RunContext cancelling([&] { return cancel.load(); },
            [&](double) {
                if (cancel)
                    ++reportsAfterCancel;
                cancel = true;
            });
        o.context = &cancelling;
        QVERIFY_THROWS_EXCEPTION(Cancelled, load(path.toStdString(), o));
        QVERIFY(reportsAfterCancel <= 1);
    }

    // The budget is the caller's: a photo over it is refused with a message that says how to
    // raise it, and loads once it is raised.
    void memoryBudget()
    {
        const std::string camera = dsltest::dataFile(u"images/camera.png"_s); // 512 x 512 gray
        LoadOptions o;
        o.maxBytes = 512 * 512 * 4 - 4;
        try {
            load(camera, o);
            QFAIL("loaded over the budget");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::ResourceLimit);
            const QString m = QString::fromStdString(e.what());
            QVERIFY2(m.contains(u"camera.png") && m.contains(u"--max-memory"), e.what());
        }
        o.maxBytes = 512 * 512 * 4;
        QCOMPARE(load(camera, o).values.size(), std::size_t(512 * 512));
        QCOMPARE(LoadOptions {}.maxBytes, std::uint64_t(1) << 30);
    }

    // The plausibility bounds: a JPEG cannot hold more than 512 pixels per byte of a scan that
    // codes DC (one bit per 8 x 8 block at least); a PNG no more than deflate's 1032:1.
    void jpegClaimingMorePixelsThanItsDataCanHold()
    {
        // A real baseline JPEG whose frame header is patched to 16384 x 16384.
        QByteArray b = readAll(dsltest::dataPath(u"images/formats/gray8.jpg"_s));
        const int sof = int(b.indexOf(QByteArray("\xff\xc0", 2)));
        QVERIFY(sof > 0);
        b[sof + 5] = char(0x40);
        b[sof + 6] = char(0x00);
        b[sof + 7] = char(0x40);
        b[sof + 8] = char(0x00);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"claims.jpg"_s);
        writeAll(path, b);
        try {
            load(path.toStdString());
            QFAIL("a JPEG claiming 16384 x 16384 from a few hundred bytes loaded");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::MalformedFile);
            QVERIFY2(QString::fromStdString(e.what()).contains(u"bytes of coded data"), e.what());
        }
        // The same file at its true size loads (the bound is not too tight for real data).
        QCOMPARE(load(dsltest::dataFile(u"images/formats/gray8.jpg"_s)).shape,
            (std::vector<std::size_t> { 29, 41 }));
    }
    void jpegTruncatedAtEveryMarker()
    {
        const QByteArray b = readAll(dsltest::dataPath(u"images/formats/rgb_progressive.jpg"_s));
        QTemporaryDir dir;
        int cuts = 0;
        for (int i = 2; i + 1 < b.size(); ++i) {
            if (uchar(b[i]) != 0xff || uchar(b[i + 1]) == 0 || uchar(b[i + 1]) == 0xff)
                continue;
            const QString path = dir.filePath(u"cut%1.jpg"_s.arg(i));
            writeAll(path, b.left(i));
            QVERIFY_THROWS_EXCEPTION(Error, load(path.toStdString()));
            ++cuts;
        }
        QVERIFY(cuts >= 8);
    }
    void pngTruncatedAtEveryChunk()
    {
        const QByteArray b = readAll(dsltest::dataPath(u"images/formats/rgba8.png"_s));
        QTemporaryDir dir;
        int cuts = 0;
        for (int pos = 8; pos + 12 <= b.size();) {
            const int len = int(quint8(b[pos]) << 24 | quint8(b[pos + 1]) << 16
                | quint8(b[pos + 2]) << 8 | quint8(b[pos + 3]));
            for (int cut : { pos, pos + 6, pos + 8 + len / 2 }) {
                if (cut >= b.size())
                    continue;
                const QString path = dir.filePath(u"cut%1.png"_s.arg(cut));
                writeAll(path, b.left(cut));
                QVERIFY_THROWS_EXCEPTION(Error, load(path.toStdString()));
                ++cuts;
            }
            pos += 12 + len;
        }
        QVERIFY(cuts >= 9);
    }
    void messagesNameTheFileAndTheDefect()
    {
        // An IHDR whose CRC is wrong (the first abort).
        QByteArray b = readAll(dsltest::dataPath(u"images/formats/gray8.png"_s));
        b[29] = char(b[29] ^ 0x5a);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crc.png"_s);
        writeAll(path, b);
        try {
            load(path.toStdString());
            QFAIL("a PNG with a damaged IHDR loaded");
        } catch (const Error &e) {
            const QString m = QString::fromStdString(e.what());
            QVERIFY2(m.contains(u"crc.png") && m.contains(u"damaged PNG") && m.contains(u"IHDR")
                    && m.contains(u"checksum"),
                e.what());
        }
        // A JPEG whose Huffman table counts are all 255 (one of the segfaults).
        QByteArray j = readAll(dsltest::dataPath(u"images/formats/gray8.jpg"_s));
        const int dht = int(j.indexOf(QByteArray("\xff\xc4", 2)));
        QVERIFY(dht > 0);
        for (int i = 0; i < 16; ++i)
            j[dht + 5 + i] = char(0xff);
        const QString jpath = dir.filePath(u"huff.jpg"_s);
        writeAll(jpath, j);
        try {
            load(jpath.toStdString());
            QFAIL("a JPEG with a bogus Huffman table loaded");
        } catch (const Error &e) {
            const QString m = QString::fromStdString(e.what());
            QVERIFY2(m.contains(u"huff.jpg") && m.contains(u"damaged JPEG"), e.what());
        }
        // A 12-bit frame: refused as unsupported, not decoded as 8-bit garbage.
        QByteArray t = readAll(dsltest::dataPath(u"images/formats/gray8.jpg"_s));
        const int sof = int(t.indexOf(QByteArray("\xff\xc0", 2)));
        t[sof + 1] = char(0xc1);
        t[sof + 4] = char(12);
        const QString tpath = dir.filePath(u"twelve.jpg"_s);
        writeAll(tpath, t);
        try {
            load(tpath.toStdString());
            QFAIL("a 12-bit JPEG loaded");
        } catch (const Error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(u"12-bit"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Photos)
#include "tst_photos.moc"
