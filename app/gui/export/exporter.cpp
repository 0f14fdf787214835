#include "exporter.h"

#include "scheduler.h"

#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/plane.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>

namespace dsl::app::exporter {

namespace {

// The exporter's translation context.
struct Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

SaveOptions protecting(const Array *source)
{
    SaveOptions so;
    if (source && !source->source.path.empty())
        so.protectedPaths.push_back(source->source.path);
    return so;
}

} // namespace

QString writeMetrics(const std::vector<MetricsRecord> &records, const QString &path)
{
    // Core's atomic writer, not QSaveFile: Qt 6.4's QSaveFile commits a short write (measured:
    // 64 of 500 bytes on a full disk, commit() true), which would replace a good file.
    try {
        const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
        writeFileAtomically(path.toStdString(), json ? metricsJson(records) : metricsCsv(records));
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString writeTableMetrics(const std::vector<TableRecord> &records, const QString &path)
{
    try {
        const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
        writeFileAtomically(
            path.toStdString(), json ? tableMetricsJson(records) : tableMetricsCsv(records));
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString writeTableVariant(const TableOutcome &outcome, const QString &path)
{
    try {
        const Table &t = *outcome.table;
        SaveOptions so;
        if (!t.source.path.empty())
            so.protectedPaths.push_back(t.source.path);
        const std::string p = path.toStdString();
        const bool npy = path.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive);
        const SampleResult &r = outcome.sample;
        const std::string stem = npy ? p.substr(0, p.size() - 4) : p.substr(0, p.rfind('.'));
        if (npy) {
            saveIndicesNpy(r.kept, p, so);
            if (!r.generatedLabels.empty()) {
                saveMatrixNpy(
                    r.generated, r.generatedLabels.size(), t.cols, stem + "_centroids.npy", so);
                saveLabelsNpy(t, r.generatedLabels, stem + "_centroid_labels.npy", so);
            }
        } else {
            saveTableRowsCsv(t, r.kept, p, so);
            if (!r.generatedLabels.empty())
                saveGeneratedRowsCsv(
                    t, r.generated, r.generatedLabels, stem + "_centroids.csv", so);
        }
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString writeVariant(
    const Array &output, const Array *source, const QString &path, bool originalType)
{
    try {
        SaveOptions so = protecting(source);
        so.type = originalType ? SaveOptions::Type::Original : SaveOptions::Type::Float32;
        save(output, path.toStdString(), so);
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString writeView(const QImage &view, const Array *source, const QString &path)
{
    // What is on screen (windowed, coloured, overlays and labels), 8-bit RGB.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (view.isNull() || !view.save(&buffer, "PNG"))
        return Exporter::tr("The view could not be encoded as PNG.");
    try {
        writeFileAtomically(path.toStdString(), bytes.toStdString(), protecting(source));
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString writeSlice(const Array &volume, const Array &source, const std::vector<AxisMap> &map,
    int normal, std::size_t sourceSlice, std::size_t sourceFrame, bool flipColumns,
    const QString &path)
{
    // PNG: the scan's integer values (16-bit, clamped to 0..65535); TIFF: float32, exact.
    if (volume.kind != Kind::Volume || volume.rank() < 3)
        return Exporter::tr("Select a computed variant of a scan to export one of its slices.");
    const std::size_t nAxis = normalAxis(source, normal);
    std::size_t slice = sourceSlice, frame = sourceFrame;
    if (!map.empty()) {
        slice = nearestOutputIndex(slice, map[nAxis].origin, map[nAxis].step, volume.shape[nAxis]);
        if (volume.rank() == 4)
            frame = nearestOutputIndex(frame, map[0].origin, map[0].step, volume.shape[0]);
    }
    Array plane = volumePlane(volume, normal, slice, frame, flipColumns).image;
    const bool tiff = path.endsWith(u".tif", Qt::CaseInsensitive)
        || path.endsWith(u".tiff", Qt::CaseInsensitive);
    plane.source.sampleType = tiff ? SampleType::Float32 : source.source.sampleType;
    try {
        SaveOptions so = protecting(&source);
        so.type = SaveOptions::Type::Original;
        save(plane, path.toStdString(), so);
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

QString askMetricsPath(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, Exporter::tr("Export metrics"),
        QStringLiteral("metrics.csv"), Exporter::tr("CSV files (*.csv);;JSON files (*.json)"));
}

QString askVariantPath(QWidget *parent, const Array &out, bool *originalType)
{
    const QString ext = QString::fromStdString(nativeExtension(out));
    // Scans: the datatype is the user's choice (the scan's own, rounded, or exact float32).
    const QString original = Exporter::tr("NIfTI in the scan's datatype (*.nii.gz *.nii)");
    const QString asFloat = Exporter::tr("NIfTI float32, exact (*.nii.gz *.nii)");
    const QString native = Exporter::tr("Native (*.%1)").arg(ext);
    const QString numpy = Exporter::tr("NumPy (*.npy)");
    const bool scan = out.kind == Kind::Volume;
    QString chosen = scan ? asFloat : native;
    const QString path = QFileDialog::getSaveFileName(parent, Exporter::tr("Export variant"),
        QStringLiteral("variant.") + ext,
        (scan ? QStringList { asFloat, original, numpy } : QStringList { native, numpy })
            .join(QStringLiteral(";;")),
        &chosen);
    *originalType = chosen == original;
    return path;
}

QString askTableRowsPath(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, Exporter::tr("Export the variant's rows"),
        QStringLiteral("variant.csv"),
        Exporter::tr("Kept rows, CSV (*.csv);;Kept row indices, NumPy int64 (*.npy)"));
}

QString askViewPath(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, Exporter::tr("Export the panes as shown"),
        QStringLiteral("view.png"), Exporter::tr("PNG images (*.png)"));
}

QString askSlicePath(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent,
        Exporter::tr("Export the selected variant's slice (values, 16-bit)"),
        QStringLiteral("slice.png"), Exporter::tr("PNG images (*.png);;TIFF float32 (*.tif)"));
}

} // namespace dsl::app::exporter
