// Volumes end to end: 3-d methods on the real scans, world geometry of the outputs, and NIfTI
// export read back two ways — by our loader (ITK) and against nibabel's affine of the input
// composed with the method's grid (tests/data/golden/geometry.json, from
// scripts/make_geometry_golden.py) — plus the datatype choice of the export.
#include "testutil.h"

#include "../../core/src/io/validate.h"
#include "dsl/analysis.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/method.h"
#include "dsl/synth.h"

#include <QTemporaryDir>

#include <array>
#include <fstream>

using namespace dsl;
using namespace Qt::StringLiterals;

namespace {

Result run(const std::string &spec, const Array &x)
{
    const MethodCall c = parseMethodCall(spec);
    RunContext ctx;
    return runMethod(*c.method, x, c.params, ctx);
}

// The header of a written NIfTI file, through the same validator every opened file passes.
io::NiftiHeader headerOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
    if (bytes.size() > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b) {
        std::size_t pos = 0;
        bytes = io::inflateBounded(
            path,
            [&](unsigned char *b, std::size_t n) {
                const std::size_t take = std::min(n, bytes.size() - pos);
                std::memcpy(b, bytes.data() + pos, take);
                pos += take;
                return take;
            },
            std::uint64_t(1) << 30);
    }
    return io::parseNiftiHeader(path, bytes.data(), bytes.size(), bytes.size(), false, {});
}

// World position (LPS mm) of voxel (i, j, k) of a loaded volume.
std::array<double, 3> worldLps(const Array &a, double i, double j, double k)
{
    const SpaceGeometry g = a.space.value_or(SpaceGeometry {});
    const std::size_t r = a.rank();
    const double idx[3]
        = { i * a.grid[r - 1].spacing, j * a.grid[r - 2].spacing, k * a.grid[r - 3].spacing };
    std::array<double, 3> w {};
    for (int row = 0; row < 3; ++row)
        w[std::size_t(row)] = g.origin[std::size_t(row)]
            + g.direction[std::size_t(row * 3)] * idx[0]
            + g.direction[std::size_t(row * 3 + 1)] * idx[1]
            + g.direction[std::size_t(row * 3 + 2)] * idx[2];
    return w;
}

} // namespace

class tst_Volume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A sheared sform (ITK refuses it) opens with a warning: the qform when its code is set,
    // else the nearest rotation of the sform with its column lengths as spacing
    // (tests/data/nifti/sheared_sform.json, from scripts/make_sheared_nifti.py). The export
    // writes the geometry that was shown.
    void shearedSformOpensWithAWarning_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("warning");
        QTest::newRow("with qform") << u"sheared_sform_qform"_s << u"qform geometry"_s;
        QTest::newRow("without qform") << u"sheared_sform_noqform"_s << u"nearest rotation"_s;
    }
    void shearedSformOpensWithAWarning()
    {
        QFETCH(QString, name);
        QFETCH(QString, warning);
        const QJsonObject e
            = dsltest::readJson(u"nifti/sheared_sform.json"_s).value(name).toObject();
        const Array a = load(dsltest::dataFile(u"nifti/"_s + name + u".nii"_s));
        QCOMPARE(a.shape, (std::vector<std::size_t> { 5, 7, 9 }));
        QCOMPARE(a.source.warnings.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(a.source.warnings[0]).contains(warning),
            a.source.warnings[0].c_str());
        double sum = 0;
        for (float v : a.values)
            sum += v;
        QCOMPARE(sum, e.value(u"sum"_s).toDouble());
        const QJsonArray affine = e.value(u"ras_affine"_s).toArray();
        auto expectRas = [&](const Array &img, double i, double j, double k) {
            const std::array<double, 3> lps = worldLps(img, i, j, k);
            const double ras[3] = { -lps[0], -lps[1], lps[2] };
            for (int r = 0; r < 3; ++r) {
                const QJsonArray row = affine[r].toArray();
                const double want = row[0].toDouble() * i + row[1].toDouble() * j
                    + row[2].toDouble() * k + row[3].toDouble();
                QVERIFY2(std::abs(ras[r] - want) < 1e-4,
                    qPrintable(u"voxel (%1, %2, %3) axis %4: %5 vs %6"_s.arg(i)
                                   .arg(j)
                                   .arg(k)
                                   .arg(r)
                                   .arg(ras[r])
                                   .arg(want)));
            }
        };
        for (const auto &v : { std::array<double, 3> { 0, 0, 0 }, { 8, 0, 0 }, { 0, 6, 0 },
                 { 0, 0, 4 }, { 8, 6, 4 }, { 3, 2, 1 } })
            expectRas(a, v[0], v[1], v[2]);
        // Exported and read back: the same geometry, now without shear (no warning).
        QTemporaryDir dir;
        const std::string out = dir.filePath(u"back.nii"_s).toStdString();
        save(a, out);
        const Array b = load(out);
        QVERIFY(b.source.warnings.empty());
        for (const auto &v : { std::array<double, 3> { 0, 0, 0 }, { 8, 6, 4 }, { 3, 2, 1 } })
            expectRas(b, v[0], v[1], v[2]);
    }
    void exportedGeometryMatchesNibabel_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject m = dsltest::readJson(u"golden/geometry.json"_s);
        for (const auto &c : m.value(u"cases"_s).toArray()) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(
                o.value(u"scan"_s).toString() + u" "_s + o.value(u"method"_s).toString()))
                << o;
        }
    }
    void exportedGeometryMatchesNibabel()
    {
        QFETCH(QJsonObject, testCase);
        const Array in
            = load(dsltest::dataFile(u"nifti/"_s + testCase.value(u"scan"_s).toString()));
        const Result r = run(testCase.value(u"method"_s).toString().toStdString(), in);
        const QJsonArray shape = testCase.value(u"expected_shape_ijk"_s).toArray();
        QCOMPARE(r.output.shape,
            (std::vector<std::size_t> { std::size_t(shape[2].toInt()),
                std::size_t(shape[1].toInt()), std::size_t(shape[0].toInt()) }));
        QTemporaryDir dir;
        for (const char *ext : { ".nii", ".nii.gz" }) {
            const std::string path = dir.filePath(u"out"_s).toStdString() + ext;
            save(r.output, path);
            // 1. The header as written: sform (what nibabel uses) against nibabel's affine.
            const io::NiftiHeader h = headerOf(path);
            QVERIFY(h.sformCode > 0);
            QVERIFY(h.qformCode > 0);
            const QJsonArray expected = testCase.value(u"expected_affine"_s).toArray();
            double worst = 0.0;
            for (int row = 0; row < 3; ++row)
                for (int col = 0; col < 4; ++col)
                    worst = std::max(worst,
                        std::abs(h.srow[row][col] - expected[row].toArray()[col].toDouble()));
            QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
            // 2. Read back by ITK: every corner voxel lands where nibabel puts it (RAS = LPS
            // with x and y negated).
            const Array back = load(path);
            QCOMPARE(back.shape, r.output.shape);
            for (double i : { 0.0, double(shape[0].toInt() - 1) })
                for (double k : { 0.0, double(shape[2].toInt() - 1) }) {
                    const double j = double(shape[1].toInt() - 1);
                    const auto lps = worldLps(back, i, j, k);
                    for (int row = 0; row < 3; ++row) {
                        const QJsonArray e = expected[row].toArray();
                        const double ras = e[0].toDouble() * i + e[1].toDouble() * j
                            + e[2].toDouble() * k + e[3].toDouble();
                        QVERIFY2(std::abs((row < 2 ? -lps[std::size_t(row)] : lps[2]) - ras) < 1e-3,
                            qPrintable(QStringLiteral("row %1: %2 vs %3")
                                           .arg(row)
                                           .arg(lps[std::size_t(row)])
                                           .arg(ras)));
                    }
                }
        }
    }

    // Voxel (0, 0, 0) of the output is where its grid says in the input: the world position
    // survives the grid change (pooling, resizing to a spacing, in-plane work).
    void worldCoordinateOfAVoxelIsKept()
    {
        const Array in = load(dsltest::dataFile(u"nifti/aniso_vox.nii.gz"_s));
        for (const char *spec :
            { "pool.avg:k=2,stride=2", "resize.lanczos:spacing_mm=6", "pool.blur:axes=xz" }) {
            const Result r = run(spec, in);
            const auto out = worldLps(r.output, 0, 0, 0);
            const auto expect = worldLps(in, r.map[2].origin, r.map[1].origin, r.map[0].origin);
            for (int a = 0; a < 3; ++a)
                QVERIFY2(std::abs(out[std::size_t(a)] - expect[std::size_t(a)]) < 1e-6, spec);
        }
    }

    void resampleToTargetSpacing()
    {
        const Array in = load(dsltest::dataFile(u"nifti/aniso_vox.nii.gz"_s)); // 4 x 4 x 5 mm
        const Result r = run("resize.bilinear:spacing_mm=2", in);
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 60, 116, 116 }));
        for (const AxisGrid &g : r.output.grid)
            QCOMPARE(g.spacing, 2.0);
        // A photo has no physical voxel size.
        QVERIFY_THROWS_EXCEPTION(
            Error, run("resize.bilinear:spacing_mm=2", generate("zoneplate:size=32")));
        // 4-d: the time axis is never resampled.
        const Array four = load(dsltest::dataFile(u"nifti/example4d.nii.gz"_s));
        const Result f = run("resize.area:spacing_mm=4", four);
        QCOMPARE(f.output.shape[0], four.shape[0]);
        QCOMPARE(f.output.shape[3], std::size_t(64));
    }

    // 3-d pooling on a 4-d scan runs frame by frame on the three spatial axes.
    void fourDimensionalPoolsEachFrame()
    {
        const Array four = load(dsltest::dataFile(u"nifti/example4d.nii.gz"_s));
        const Result r = run("pool.max:k=2,stride=2", four);
        QCOMPARE(r.output.shape, (std::vector<std::size_t> { 2, 12, 48, 64 }));
        QCOMPARE(r.map[0].step, 1.0);
        // Frame 1 alone gives the same numbers.
        Array frame = Array::zeros(Kind::Volume, { 24, 96, 128 });
        std::copy(four.values.begin() + std::ptrdiff_t(frame.values.size()),
            four.values.begin() + std::ptrdiff_t(2 * frame.values.size()), frame.values.begin());
        const Result one = run("pool.max:k=2,stride=2", frame);
        for (std::size_t i = 0; i < one.output.values.size(); ++i)
            QCOMPARE(r.output.values[one.output.values.size() + i], one.output.values[i]);
    }

    void exportDatatypeChoice()
    {
        const Array in = load(dsltest::dataFile(u"nifti/anatomical.nii"_s)); // int16
        const Result r = run("pool.avg:k=2,stride=2", in);
        QTemporaryDir dir;
        const std::string original = dir.filePath(u"orig.nii.gz"_s).toStdString();
        const std::string asFloat = dir.filePath(u"float.nii"_s).toStdString();
        SaveOptions so;
        so.type = SaveOptions::Type::Original;
        save(r.output, original, so);
        save(r.output, asFloat);
        QCOMPARE(headerOf(original).datatype, 4); // NIFTI_TYPE_INT16
        QCOMPARE(headerOf(asFloat).datatype, 16); // NIFTI_TYPE_FLOAT32
        const Array a = load(original), b = load(asFloat);
        QCOMPARE(a.source.sampleType, SampleType::Int16);
        double worst = 0.0;
        for (std::size_t i = 0; i < a.values.size(); ++i) {
            QCOMPARE(b.values[i], r.output.values[i]); // float32: exact
            worst = std::max(worst, double(std::abs(a.values[i] - r.output.values[i])));
        }
        QVERIFY(worst <= 0.5); // int16: rounded
    }
};

QTEST_GUILESS_MAIN(tst_Volume)
#include "tst_volume.moc"
