// NIfTI-1 and NIfTI-2 header validation, done before ITK (or anything else) allocates, and our
// own NIfTI-2 reader. ITK 5.2 trusts headers: it allocates what they claim and returns
// "success" for truncated data, so every size is checked here against the bytes that exist.
#include "io_internal.h"

#include <zlib.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

#include <Eigen/SVD>

namespace dsl::io {

bool isGzipPath(const std::string &path)
{
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
}

NiftiHeader validateNifti(const std::string &path, const LoadOptions &options, bool keepData,
    std::vector<unsigned char> *data)
{
    const std::uint64_t size = fileSize(path);
    if (size == 0)
        fail(ErrorCode::MalformedFile, path, "is empty");
    const bool gz
        = isGzipPath(path) || readPrefix(path, 2) == std::vector<unsigned char> { 0x1f, 0x8b };
    std::vector<unsigned char> bytes;
    if (gz) {
        // The header tells the real limit; first bound by the budget plus a generous header.
        std::ifstream in(path, std::ios::binary);
        if (!in)
            fail(ErrorCode::UnreadableFile, path, "cannot be opened");
        // The last member's ISIZE (uncompressed size mod 2^32): a hint for one allocation.
        std::uint64_t hint = 0;
        if (size >= 18) {
            unsigned char t[4];
            in.seekg(std::streamoff(size - 4));
            in.read(reinterpret_cast<char *>(t), 4);
            hint = std::uint64_t(t[0]) | std::uint64_t(t[1]) << 8 | std::uint64_t(t[2]) << 16
                | std::uint64_t(t[3]) << 24;
            hint = std::min<std::uint64_t>(hint, size * 1032); // deflate's largest ratio
            in.seekg(0);
        }
        bytes = inflateBounded(
            path,
            [&](unsigned char *buf, std::size_t count) {
                in.read(reinterpret_cast<char *>(buf), std::streamsize(count));
                return std::size_t(in.gcount());
            },
            options.maxBytes + (1u << 20), hint);
    } else {
        bytes = readPrefix(path, 540);
    }
    NiftiHeader h
        = parseNiftiHeader(path, bytes.data(), bytes.size(), gz ? bytes.size() : size, gz, options);
    if (keepData && data)
        *data = gz ? std::move(bytes) : std::vector<unsigned char> {};
    return h;
}

namespace {

// RAS affine (4x3 used) from the header, ITK's preference: qform, then sform, then pixdim.
void niftiAffine(const NiftiHeader &h, const double spacing[3], double affine[3][4])
{
    if (h.qformCode > 0) {
        double b = h.quatern[0], c = h.quatern[1], d = h.quatern[2];
        double a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7) {
            const double n = 1.0 / std::sqrt(b * b + c * c + d * d);
            b *= n;
            c *= n;
            d *= n;
            a = 0.0;
        } else {
            a = std::sqrt(a);
        }
        const double r[3][3] = {
            { a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c) },
            { 2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b) },
            { 2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b },
        };
        const double qfac = h.pixdim[0] < 0 ? -1.0 : 1.0;
        for (int i = 0; i < 3; ++i) {
            affine[i][0] = r[i][0] * spacing[0];
            affine[i][1] = r[i][1] * spacing[1];
            affine[i][2] = r[i][2] * spacing[2] * qfac;
            affine[i][3] = h.qoffset[i];
        }
    } else if (h.sformCode > 0) {
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 4; ++j)
                affine[i][j] = h.srow[i][j];
    } else {
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j)
                affine[i][j] = i == j ? spacing[i] : 0.0;
            affine[i][3] = 0.0;
        }
    }
}

// The nearest rotation to m (polar decomposition, m = U P): U = W V^T from m's SVD.
void nearestRotation(double m[3][3])
{
    Eigen::Matrix3d a;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            a(i, j) = m[i][j];
    const Eigen::JacobiSVD<Eigen::Matrix3d> svd(a, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::Matrix3d u = svd.matrixU() * svd.matrixV().transpose();
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            m[i][j] = u(i, j);
}

} // namespace

// The world frame (ITK's LPS) and voxel spacing from the header, as nibabel and FSLeyes would
// show it. A sform with shear or unequal skew (not orthonormal once its columns are normalised)
// cannot be a direction matrix: the qform is used when its code is set, else the nearest
// rotation of the sform (polar decomposition) with the spacing from its column lengths; either
// way the user is told.
SpaceGeometry niftiGeometry(
    const NiftiHeader &hIn, double spacing[3], std::vector<std::string> &warnings)
{
    NiftiHeader h = hIn;
    for (int i = 0; i < 3; ++i) {
        const double v = std::abs(h.pixdim[std::size_t(i) + 1]);
        if (std::isfinite(v) && v > 0)
            spacing[i] = v;
        else if (std::size_t(i) < h.dims.size())
            warnings.push_back("its voxel spacing along axis " + std::to_string(i + 1)
                + " is zero or invalid; 1 mm is assumed");
    }
    double affine[3][4];
    if (sformIsSheared(h)) {
        if (h.qformCode > 0) {
            warnings.push_back("its sform has shear (it is not a rotation and scaling); the "
                               "qform geometry is shown");
            h.sformCode = 0;
            niftiAffine(h, spacing, affine);
        } else {
            warnings.push_back("its sform has shear and it has no qform; the nearest rotation "
                               "of the sform is shown, with the spacing of its columns");
            double m[3][3];
            for (int j = 0; j < 3; ++j) {
                double norm = 0;
                for (int i = 0; i < 3; ++i)
                    norm += h.srow[i][j] * h.srow[i][j];
                norm = std::sqrt(norm);
                spacing[j] = std::isfinite(norm) && norm > 0 ? norm : 1.0;
                for (int i = 0; i < 3; ++i)
                    m[i][j] = h.srow[i][j] / spacing[j];
            }
            nearestRotation(m);
            for (int i = 0; i < 3; ++i) {
                for (int j = 0; j < 3; ++j)
                    affine[i][j] = m[i][j] * spacing[j];
                affine[i][3] = h.srow[i][3];
            }
        }
    } else {
        niftiAffine(h, spacing, affine);
    }
    SpaceGeometry g;
    for (int r = 0; r < 3; ++r) {
        const double sign = r < 2 ? -1.0 : 1.0; // RAS to LPS
        g.origin[std::size_t(r)] = sign * affine[r][3];
        for (int c = 0; c < 3; ++c)
            g.direction[std::size_t(r * 3 + c)] = sign * affine[r][c] / spacing[c];
    }
    bool finite = true;
    for (double v : g.direction)
        finite = finite && std::isfinite(v);
    for (double v : g.origin)
        finite = finite && std::isfinite(v);
    if (!finite) {
        g = SpaceGeometry {};
        warnings.push_back("its orientation is invalid; an identity orientation is assumed");
    }
    return g;
}

namespace {

template <class T>
void convertSamples(
    const unsigned char *src, float *dst, std::size_t count, bool swap, double slope, double inter)
{
    for (std::size_t i = 0; i < count; ++i) {
        const T v = readAt<T>(src, i * sizeof(T), swap);
        dst[i] = float(double(v) * slope + inter);
    }
}

} // namespace

void niftiVoxelsToFloat(
    const NiftiHeader &h, const unsigned char *data, float *dst, std::size_t count)
{
    const double sl = h.sclSlope, in = h.sclInter;
    switch (h.sampleType) {
    case SampleType::UInt8:
        convertSamples<std::uint8_t>(data, dst, count, false, sl, in);
        break;
    case SampleType::Int8:
        convertSamples<std::int8_t>(data, dst, count, false, sl, in);
        break;
    case SampleType::UInt16:
        convertSamples<std::uint16_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::Int16:
        convertSamples<std::int16_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::UInt32:
        convertSamples<std::uint32_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::Int32:
        convertSamples<std::int32_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::UInt64:
        convertSamples<std::uint64_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::Int64:
        convertSamples<std::int64_t>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::Float32:
        convertSamples<float>(data, dst, count, h.swapped, sl, in);
        break;
    case SampleType::Float64:
        convertSamples<double>(data, dst, count, h.swapped, sl, in);
        break;
    }
}

bool sformIsSheared(const NiftiHeader &h)
{
    if (h.sformCode <= 0)
        return false;
    double c[3][3];
    for (int j = 0; j < 3; ++j) {
        const double norm = std::sqrt(h.srow[0][j] * h.srow[0][j] + h.srow[1][j] * h.srow[1][j]
            + h.srow[2][j] * h.srow[2][j]);
        if (!(norm > 0) || !std::isfinite(norm))
            return true;
        for (int i = 0; i < 3; ++i)
            c[i][j] = h.srow[i][j] / norm;
    }
    for (int j = 0; j < 3; ++j)
        for (int k = j + 1; k < 3; ++k)
            if (std::abs(c[0][j] * c[0][k] + c[1][j] * c[1][k] + c[2][j] * c[2][k]) > 1e-4)
                return true;
    return false;
}

Array loadNiftiOwn(const std::string &path, const LoadOptions &, NiftiHeader h,
    const std::vector<unsigned char> *inflated)
{
    std::vector<unsigned char> raw;
    const unsigned char *data;
    if (inflated) {
        if (inflated->size() < h.voxOffset + h.dataBytes)
            fail(ErrorCode::MalformedFile, path, "could not be read to the end of its data");
        data = inflated->data() + h.voxOffset;
    } else {
        raw.resize(std::size_t(h.dataBytes));
        std::ifstream in(path, std::ios::binary);
        in.seekg(std::streamoff(h.voxOffset));
        in.read(reinterpret_cast<char *>(raw.data()), std::streamsize(raw.size()));
        if (std::uint64_t(in.gcount()) != h.dataBytes)
            fail(ErrorCode::MalformedFile, path, "could not be read to the end of its data");
        data = raw.data();
    }
    std::vector<std::size_t> shape;
    for (std::size_t i = h.dims.size(); i-- > 0;)
        shape.push_back(std::size_t(h.dims[i]));
    while (shape.size() < 3)
        shape.insert(shape.begin(), 1); // a 2-d NIfTI is one slice of a volume
    Array a = Array::zeros(Kind::Volume, shape, std::size_t(h.components));
    niftiVoxelsToFloat(h, data, a.data(), a.values.size());
    double spacing[3] = { 1, 1, 1 };
    a.space = niftiGeometry(h, spacing, h.warnings);
    const std::size_t n = a.rank();
    for (std::size_t c = 0; c < 3 && c < n; ++c)
        a.grid[n - 1 - c] = { 0.0, spacing[c], "mm" };
    if (n == 4) {
        const double tr = h.pixdim[4];
        a.grid[0] = { 0.0, std::isfinite(tr) && tr > 0 ? tr : 1.0, "s" };
    }
    a.source.path = path;
    a.source.format = h.version == 2 ? "nifti2" : "nifti1";
    a.source.sampleType = h.sampleType;
    a.source.sclSlope = h.sclSlope;
    a.source.sclInter = h.sclInter;
    a.source.warnings = h.warnings;
    return a;
}

Array loadNifti2(const std::string &path, const LoadOptions &options)
{
    std::vector<unsigned char> inflated;
    const NiftiHeader h = validateNifti(path, options, true, &inflated);
    if (h.version != 2)
        fail(ErrorCode::Internal, path, "is not NIfTI-2");
    return loadNiftiOwn(path, options, h, isGzipPath(path) ? &inflated : nullptr);
}

} // namespace dsl::io
