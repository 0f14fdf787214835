// Reliability rules beyond the shared manifest: hand-made malformed files for each validation
// rule, and cancellation (every method stops promptly; 100 start/cancel cycles leave nothing).
#include "testutil.h"

#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

#include <zlib.h>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray gzip(const QByteArray &raw)
{
    z_stream zs {};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(raw.size()))), 0);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    zs.avail_in = uInt(raw.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(int(zs.total_out));
    deflateEnd(&zs);
    return out;
}

template <class T> void put(QByteArray &b, int offset, T v)
{
    std::memcpy(b.data() + offset, &v, sizeof(T));
}

void expectRejected(const QString &path, const QString &mentions)
{
    try {
        load(path.toStdString());
        QFAIL(qPrintable(u"accepted "_s + path));
    } catch (const Error &e) {
        QVERIFY2(e.isInputProblem(), e.what());
        QVERIFY2(QString::fromStdString(e.what()).contains(mentions), e.what());
    }
}

} // namespace

class tst_Reliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void niftiRules()
    {
        QTemporaryDir dir;
        const QByteArray good
            = readAll(dsltest::dataPath(u"bad/nifti/control_valid_f32_8x8x4.nii"_s));
        QVERIFY(load(dsltest::dataFile(u"bad/nifti/control_valid_f32_8x8x4.nii"_s)).values.size()
            == 256);
        // Negative extent.
        QByteArray b = good;
        put<std::int16_t>(b, 42, -8);
        writeAll(dir.filePath(u"neg.nii"_s), b);
        expectRejected(dir.filePath(u"neg.nii"_s), u"dimension"_s);
        // NaN vox_offset.
        b = good;
        put<float>(b, 108, std::numeric_limits<float>::quiet_NaN());
        writeAll(dir.filePath(u"nanoff.nii"_s), b);
        expectRejected(dir.filePath(u"nanoff.nii"_s), u"vox_offset"_s);
        // vox_offset inside the header.
        b = good;
        put<float>(b, 108, 100.0f);
        writeAll(dir.filePath(u"inside.nii"_s), b);
        expectRejected(dir.filePath(u"inside.nii"_s), u"inside its header"_s);
        // Non-finite scl_inter with a valid slope.
        b = good;
        put<float>(b, 112, 2.0f);
        put<float>(b, 116, std::numeric_limits<float>::infinity());
        writeAll(dir.filePath(u"inter.nii"_s), b);
        expectRejected(dir.filePath(u"inter.nii"_s), u"scl_inter"_s);
        // Overflowing extents (checked multiplication).
        b = good;
        put<std::int16_t>(b, 40, 7);
        for (int i = 1; i <= 7; ++i)
            put<std::int16_t>(b, 40 + 2 * i, 32767);
        writeAll(dir.filePath(u"huge.nii"_s), b);
        expectRejected(dir.filePath(u"huge.nii"_s), u"huge.nii"_s);
        // gzip: valid, trailing garbage, corrupt CRC.
        writeAll(dir.filePath(u"ok.nii.gz"_s), gzip(good));
        QCOMPARE(load(dir.filePath(u"ok.nii.gz"_s).toStdString()).values.size(), std::size_t(256));
        writeAll(dir.filePath(u"trail.nii.gz"_s), gzip(good) + QByteArray("garbage!"));
        expectRejected(dir.filePath(u"trail.nii.gz"_s), u"after its gzip data"_s);
        QByteArray crc = gzip(good);
        crc[crc.size() - 6] = char(crc[crc.size() - 6] ^ 0x5a); // CRC32 field
        writeAll(dir.filePath(u"crc.nii.gz"_s), crc);
        expectRejected(dir.filePath(u"crc.nii.gz"_s), u"damaged gzip"_s);
        // A gzip bomb that claims little: bounded inflate stops at the budget.
        QByteArray zeros(64 << 20, 0);
        QByteArray bomb = good;
        bomb.append(zeros);
        writeAll(dir.filePath(u"bomb.nii.gz"_s), gzip(bomb));
        LoadOptions small;
        small.maxBytes = 16 << 20;
        try {
            load(dir.filePath(u"bomb.nii.gz"_s).toStdString(), small);
            QFAIL("inflated past the budget");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::ResourceLimit);
        }
    }

    void nifti2BigEndian()
    {
        // The NIfTI-2 control, byte-swapped, reads the same values.
        QByteArray b = readAll(dsltest::dataPath(u"bad/nifti/nifti2_control_valid.nii"_s));
        const Array ref = load(dsltest::dataFile(u"bad/nifti/nifti2_control_valid.nii"_s));
        auto swap = [&](int offset, int size, int count) {
            for (int k = 0; k < count; ++k)
                std::reverse(b.begin() + offset + k * size, b.begin() + offset + (k + 1) * size);
        };
        swap(0, 4, 1); // sizeof_hdr
        swap(12, 2, 2); // datatype, bitpix
        swap(16, 8, 8); // dim
        swap(80, 8, 3); // intent
        swap(104, 8, 8); // pixdim
        swap(168, 8, 1); // vox_offset
        swap(176, 8, 6); // scl, cal, slice_duration, toffset
        swap(224, 8, 2); // slice_start/end
        swap(344, 4, 2); // qform/sform codes
        swap(352, 8, 6); // quatern, qoffset
        swap(400, 8, 12); // srow
        swap(496, 4, 3);
        std::int64_t vox;
        std::memcpy(&vox,
            readAll(dsltest::dataPath(u"bad/nifti/nifti2_control_valid.nii"_s)).constData() + 168,
            8);
        swap(int(vox), 4, int(ref.values.size()));
        QTemporaryDir dir;
        writeAll(dir.filePath(u"be.nii"_s), b);
        const Array be = load(dir.filePath(u"be.nii"_s).toStdString());
        QCOMPARE(be.shape, ref.shape);
        QCOMPARE(be.values, ref.values);
        QCOMPARE(be.grid[0].spacing, ref.grid[0].spacing);
    }

    void pngAndWavRules()
    {
        QTemporaryDir dir;
        QByteArray png = readAll(dsltest::dataPath(u"bad/image/control_valid_16x16.png"_s));
        // A chunk length pointing past the end of the file.
        QByteArray b = png;
        b[33] = char(0x7f);
        writeAll(dir.filePath(u"len.png"_s), b);
        expectRejected(dir.filePath(u"len.png"_s), u"len.png"_s);
        // Cut in the middle of the image data.
        writeAll(dir.filePath(u"cut.png"_s), png.left(png.size() - 20));
        expectRejected(dir.filePath(u"cut.png"_s), u"cut.png"_s);
        // WAV with 65 channels (over the cap of 64).
        QByteArray wav = readAll(dsltest::dataPath(u"bad/wav/control_valid_8k_mono_16bit.wav"_s));
        QByteArray w = wav;
        put<std::uint16_t>(w, 22, 65);
        put<std::uint16_t>(w, 32, 130);
        put<std::uint32_t>(w, 28, 8000u * 130u);
        writeAll(dir.filePath(u"ch65.wav"_s), w);
        expectRejected(dir.filePath(u"ch65.wav"_s), u"ch65.wav"_s);
        // A rate above 1 MHz.
        w = wav;
        put<std::uint32_t>(w, 24, 2000000u);
        put<std::uint32_t>(w, 28, 4000000u);
        writeAll(dir.filePath(u"fast.wav"_s), w);
        expectRejected(dir.filePath(u"fast.wav"_s), u"sample rate"_s);
    }

    void everyMethodStopsPromptly_data()
    {
        QTest::addColumn<QString>("id");
        for (const Method *m : Registry::instance().all())
            QTest::newRow(m->info().id.c_str()) << QString::fromStdString(m->info().id);
    }
    void everyMethodStopsPromptly()
    {
        QFETCH(QString, id);
        const Method &m = Registry::instance().get(id.toStdString());
        const bool signal = id.startsWith(u"decimate"_s) || id.startsWith(u"resample"_s);
        const Array x
            = signal ? generate("noise:duration=30,rate=48000") : generate("zoneplate:size=2048");
        std::atomic<bool> cancel { false };
        RunContext ctx([&] { return cancel.load(); });
        QElapsedTimer clock;
        std::exception_ptr failure;
        bool cancelled = false;
        std::thread worker([&] {
            try {
                analyse(m, x, m.resolve({}), ctx);
            } catch (const Cancelled &) {
                cancelled = true;
            } catch (...) {
                failure = std::current_exception();
            }
        });
        QTest::qWait(5);
        clock.start();
        cancel = true;
        worker.join();
        const qint64 ms = clock.elapsed();
        QVERIFY(!failure);
        // Either it finished before the cancel, or it stopped promptly. The requirement is 250 ms
        // on an idle machine (measured: see the qInfo lines); the bound here leaves room for a
        // loaded 2-core CI machine so the test does not flake.
        if (cancelled)
            qInfo(
                "%s stopped %lld ms after the cancel", qPrintable(id), static_cast<long long>(ms));
        QVERIFY2(!cancelled || ms < 750, qPrintable(QString::number(ms) + u" ms"_s));
    }

    void hundredStartCancelCycles()
    {
        const Array x = generate("zoneplate:size=1024");
        const MethodCall c = parseMethodCall("resize.lanczos:factor=3");
        for (int i = 0; i < 100; ++i) {
            std::atomic<bool> cancel { false };
            RunContext ctx([&] { return cancel.load(); });
            std::thread worker([&] {
                try {
                    analyse(*c.method, x, c.params, ctx);
                } catch (const Cancelled &) {
                }
            });
            cancel = true;
            worker.join();
        }
        QVERIFY(true); // no crash, no hang, nothing leaked (ASan build checks the latter)
    }
};

QTEST_GUILESS_MAIN(tst_Reliability)
#include "tst_reliability.moc"
