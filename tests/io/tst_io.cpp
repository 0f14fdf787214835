// Loading the real files of tests/data and writing every export format back.
#include "testutil.h"

#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/synth.h"

#include <QTemporaryDir>

#include <filesystem>

#include <csignal>
#include <numeric>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace dsl;
using namespace Qt::StringLiterals;

class tst_Io : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anatomicalBigEndian()
    {
        const Array a = load(dsltest::dataFile(QStringLiteral("nifti/anatomical.nii")));
        QCOMPARE(a.kind, Kind::Volume);
        QCOMPARE(a.shape, (std::vector<std::size_t> { 25, 41, 33 })); // (K, J, I)
        QCOMPARE(a.source.sampleType, SampleType::Int16);
        QCOMPARE(a.source.format, std::string("nifti1"));
        for (const AxisGrid &g : a.grid)
            QCOMPARE(g.spacing, 2.0);
        const double sum = std::accumulate(a.values.begin(), a.values.end(), 0.0);
        QVERIFY2(std::abs(sum - 2.84166e8) / 2.84166e8 < 1e-5, qPrintable(QString::number(sum)));
        QVERIFY(a.space.has_value());
    }
    void example4d()
    {
        const Array a = load(dsltest::dataFile(QStringLiteral("nifti/example4d.nii.gz")));
        QCOMPARE(a.shape, (std::vector<std::size_t> { 2, 24, 96, 128 }));
        QCOMPARE(a.grid[3].spacing, 2.0);
        QCOMPARE(a.grid[2].spacing, 2.0);
        QVERIFY(std::abs(a.grid[1].spacing - 2.2) < 1e-5);
        QCOMPARE(a.grid[0].spacing, 2000.0);
        QCOMPARE(a.spatialAxes(), (std::vector<std::size_t> { 1, 2, 3 }));
    }
    void anisotropic()
    {
        const Array a = load(dsltest::dataFile(QStringLiteral("nifti/aniso_vox.nii.gz")));
        QCOMPARE(a.shape, (std::vector<std::size_t> { 24, 58, 58 }));
        QCOMPARE(a.grid[2].spacing, 4.0);
        QCOMPARE(a.grid[1].spacing, 4.0);
        QCOMPARE(a.grid[0].spacing, 5.0);
    }
    void audio()
    {
        const Array a = load(dsltest::dataFile(QStringLiteral("audio/Front_Center.wav")));
        QCOMPARE(a.kind, Kind::Signal);
        QCOMPARE(a.shape[0], std::size_t(68545));
        QCOMPARE(a.channels, std::size_t(1));
        QCOMPARE(a.sampleRate(), 48000.0);
        const Array h = load(dsltest::dataFile(QStringLiteral("audio/hihat_opened02.ogg")));
        QCOMPARE(h.sampleRate(), 44100.0);
        QCOMPARE(h.source.format, std::string("ogg"));
    }
    void photos()
    {
        const Array cam = load(dsltest::dataFile(QStringLiteral("images/camera.png")));
        QCOMPARE(cam.shape, (std::vector<std::size_t> { 512, 512 }));
        QCOMPARE(cam.channels, std::size_t(1));
        QCOMPARE(cam.source.sampleType, SampleType::UInt8);
        const Array astro = load(dsltest::dataFile(QStringLiteral("images/astronaut.png")));
        QCOMPARE(astro.channels, std::size_t(3));
        QCOMPARE(astro.shape, (std::vector<std::size_t> { 512, 512 }));
        const Array tif = load(dsltest::dataFile(QStringLiteral("images/chessboard_GRAY_U16.tif")));
        QCOMPARE(tif.source.sampleType, SampleType::UInt16);
        QCOMPARE(tif.source.format, std::string("tiff"));
        const Array text = load(dsltest::dataFile(QStringLiteral("images/text.png")));
        QCOMPARE(text.shape, (std::vector<std::size_t> { 172, 448 })); // row-major (H, W)
    }
    void truncatedJpegIsReported()
    {
        try {
            load(dsltest::dataFile(QStringLiteral("images/truncated.jpg")));
            QFAIL("a truncated JPEG loaded as fine");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::MalformedFile);
            QVERIFY(QString::fromStdString(e.what()).contains(u"truncated.jpg"));
            QVERIFY(QString::fromStdString(e.what()).contains(u"damaged"));
        }
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("wav float") << u"audio/Front_Center.wav"_s << u"wav"_s << 0.0;
        QTest::addRow("flac 24-bit") << u"audio/Front_Center.wav"_s << u"flac"_s << 1.0 / (1 << 22);
        QTest::addRow("png 8-bit") << u"images/camera.png"_s << u"png"_s << 0.0;
        QTest::addRow("png rgb") << u"images/astronaut.png"_s << u"png"_s << 0.0;
        QTest::addRow("png 16-bit") << u"images/chessboard_GRAY_U16.tif"_s << u"png"_s << 0.0;
        QTest::addRow("nifti") << u"nifti/anatomical.nii"_s << u"nii.gz"_s << 0.0;
        QTest::addRow("npy volume") << u"nifti/aniso_vox.nii.gz"_s << u"npy"_s << 0.0;
        QTest::addRow("npy image") << u"images/astronaut.png"_s << u"npy"_s << 0.0;
        QTest::addRow("npy signal") << u"audio/hihat_opened02.ogg"_s << u"npy"_s << 0.0;
    }
    void roundTrips()
    {
        QFETCH(QString, source);
        QFETCH(QString, ext);
        QFETCH(double, tolerance);
        const Array a = load(dsltest::dataFile(source));
        QTemporaryDir dir;
        const std::string path = dir.filePath(u"out."_s + ext).toStdString();
        save(a, path);
        LoadOptions lo;
        lo.as = a.kind;
        lo.rate = a.kind == Kind::Signal ? a.sampleRate() : 0.0;
        const Array b = load(path, lo);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.shape, a.shape);
        QCOMPARE(b.channels, a.channels);
        QVERIFY2(dsltest::maxAbsDiff(a, b) <= tolerance,
            qPrintable(QString::number(dsltest::maxAbsDiff(a, b))));
        for (std::size_t i = 0; i < a.rank(); ++i)
            QVERIFY(std::abs(a.grid[i].spacing - b.grid[i].spacing) < 1e-6 || ext == u"npy"_s);
        if (ext.startsWith(u"nii"_s))
            for (int k = 0; k < 3; ++k)
                QVERIFY(std::abs(a.space->origin[std::size_t(k)] - b.space->origin[std::size_t(k)])
                    < 1e-4);
        // No temporary files are left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void npyConventions()
    {
        // A C-order (I, J, K) float64 array from NumPy, written by hand: value = 100 i + 10 j + k.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.npy"_s);
        {
            std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3, 4), }";
            header.append(64 - (10 + header.size() + 1) % 64, ' ');
            header.push_back('\n');
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x93NUMPY\x01\x00", 8);
            const char len[2] = { char(header.size() & 0xff), char(header.size() >> 8) };
            f.write(len, 2);
            f.write(header.data(), qint64(header.size()));
            for (int i = 0; i < 2; ++i)
                for (int j = 0; j < 3; ++j)
                    for (int k = 0; k < 4; ++k) {
                        const double v = 100 * i + 10 * j + k;
                        f.write(reinterpret_cast<const char *>(&v), 8);
                    }
        }
        const Array v = load(path.toStdString());
        QCOMPARE(v.kind, Kind::Volume);
        QCOMPARE(v.shape, (std::vector<std::size_t> { 4, 3, 2 }));
        // Memory order: i fastest. Voxel (i=1, j=2, k=3) at ((3 * 3) + 2) * 2 + 1.
        QCOMPARE(v.values[((3 * 3) + 2) * 2 + 1], 123.0f);
        LoadOptions asImage;
        asImage.as = Kind::Image;
        const Array img = load(path.toStdString(), asImage);
        QCOMPARE(img.shape, (std::vector<std::size_t> { 2, 3 }));
        QCOMPARE(img.channels, std::size_t(4));
        QCOMPARE(img.values[(1 * 3 + 2) * 4 + 3], 123.0f);
    }

    void refusesToOverwriteInput()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.wav"_s);
        QVERIFY(QFile::copy(dsltest::dataPath(u"audio/Front_Center.wav"_s), in));
        const QByteArray before = [&] {
            QFile f(in);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Array a = load(in.toStdString());
        SaveOptions so;
        so.protectedPaths.push_back(in.toStdString());
        QVERIFY_THROWS_EXCEPTION(Error, save(a, in.toStdString(), so));
        QFile f(in);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void unicodeAndDashNames()
    {
        QTemporaryDir dir;
        const Array a = generate("zoneplate:size=16");
        for (const QString &name :
            { u"zöne_板.npy"_s, u"-dash.npy"_s, u"-dash.png"_s, u"ü.nii.gz"_s }) {
            Array b = a;
            if (name.endsWith(u".nii.gz"_s)) {
                b = generate("phantom3d:size=8");
            }
            const std::string path = dir.filePath(name).toStdString();
            save(b, path);
            LoadOptions lo;
            lo.as = b.kind;
            const Array c = load(path, lo);
            QCOMPARE(c.shape, b.shape);
        }
    }

    void readOnlyDirectory()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only directories; run the suite as a user to check this");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Array a = generate("zoneplate:size=16");
        try {
            save(a, dir.filePath(u"x.npy"_s).toStdString());
            QFAIL("wrote into a read-only directory");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::WriteFailed);
        }
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // A full disk, simulated with a file-size limit (works for root too, unlike permissions):
    // every writer must report it, keep the file it would have replaced, and leave no temporary.
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n :
            { "out.npy", "out.png", "out.tif", "out.nii", "out.nii.gz", "out.wav", "out.flac" })
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void fullDiskKeepsTheOldFile()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const QByteArray old = "the file that was here before";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        // Noise, so no format compresses it below the limit.
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        Array a;
        if (name.endsWith(u".wav"_s) || name.endsWith(u".flac"_s)) {
            a = Array::zeros(Kind::Signal, { 200000 });
            a.grid[0] = { 0.0, 1.0 / 48000.0, "s" };
            for (float &v : a.values)
                v = u(rng) * 1.8f - 0.9f;
        } else if (name.contains(u".nii"_s)) {
            a = Array::zeros(Kind::Volume, { 32, 64, 64 });
            for (float &v : a.values)
                v = u(rng) * 1000.0f;
        } else {
            a = Array::zeros(Kind::Image, { 256, 256 });
            for (float &v : a.values)
                v = u(rng);
        }
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved {};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit small = saved;
        small.rlim_cur = 8192;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        QString message;
        bool threw = false;
        try {
            save(a, path.toStdString());
        } catch (const Error &e) {
            threw = true;
            message = QString::fromStdString(e.what());
            QCOMPARE(e.code(), ErrorCode::WriteFailed);
        }
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY2(threw, "a write that hit the size limit was reported as success");
        QVERIFY2(message.contains(name), qPrintable(message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { name });
    }

    void writeErrorsAreClear()
    {
        const Array a = generate("zoneplate:size=16");
        try {
            save(a, "/nonexistent-dir/x.npy");
            QFAIL("wrote into a missing directory");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::WriteFailed);
            QVERIFY(QString::fromStdString(e.what()).contains(u"x.npy"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, save(a, "/tmp/x.unknownext"));
        QVERIFY_THROWS_EXCEPTION(Error, save(a, "/tmp/x.wav")); // an image is not audio
    }
};

QTEST_GUILESS_MAIN(tst_Io)
#include "tst_io.moc"
