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

namespace dsl::io {

bool isGzipPath(const std::string &path)
{
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
}

namespace {

// Inflates every gzip member of the file, verifying CRC and size (zlib does, per member), and
// stops with an error once more than `limit` bytes would come out.
std::vector<unsigned char> inflateBounded(const std::string &path, std::uint64_t limit)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(ErrorCode::UnreadableFile, path, "cannot be opened");
    std::vector<unsigned char> out;
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        fail(ErrorCode::Internal, path, "could not start the gzip decoder");
    std::vector<unsigned char> inBuf(1 << 16), outBuf(1 << 16);
    bool memberDone = false;
    bool anyMember = false;
    int ret = Z_OK;
    for (;;) {
        if (zs.avail_in == 0) {
            in.read(reinterpret_cast<char *>(inBuf.data()), std::streamsize(inBuf.size()));
            zs.avail_in = uInt(in.gcount());
            zs.next_in = inBuf.data();
            if (zs.avail_in == 0)
                break;
        }
        if (memberDone) {
            // Another member, or trailing bytes. Padding zeros are tolerated.
            bool allZero = true;
            for (uInt i = 0; i < zs.avail_in; ++i)
                allZero = allZero && zs.next_in[i] == 0;
            if (allZero) {
                zs.avail_in = 0;
                continue;
            }
            if (zs.avail_in >= 2 && (zs.next_in[0] != 0x1f || zs.next_in[1] != 0x8b)) {
                inflateEnd(&zs);
                fail(ErrorCode::MalformedFile, path, "has unexpected bytes after its gzip data");
            }
            inflateReset(&zs);
            memberDone = false;
        }
        zs.next_out = outBuf.data();
        zs.avail_out = uInt(outBuf.size());
        ret = inflate(&zs, Z_NO_FLUSH);
        if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR) {
            inflateEnd(&zs);
            fail(ErrorCode::MalformedFile, path,
                std::string("is a damaged gzip file (") + (zs.msg ? zs.msg : "inflate error")
                    + ")");
        }
        const std::size_t produced = outBuf.size() - zs.avail_out;
        if (out.size() + produced > limit) {
            inflateEnd(&zs);
            fail(ErrorCode::ResourceLimit, path,
                "inflates to more data than its header declares or the memory budget allows");
        }
        out.insert(out.end(), outBuf.data(), outBuf.data() + produced);
        if (ret == Z_STREAM_END) {
            memberDone = true;
            anyMember = true;
        }
    }
    inflateEnd(&zs);
    if (!memberDone)
        fail(ErrorCode::MalformedFile, path,
            anyMember || !out.empty() ? "is a truncated gzip file (the compressed data ends early)"
                                      : "is not a valid gzip file");
    return out;
}

template <class T> T readAt(const unsigned char *p, std::size_t offset, bool swap)
{
    T v;
    std::memcpy(&v, p + offset, sizeof(T));
    if (swap) {
        unsigned char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
            std::swap(b[i], b[sizeof(T) - 1 - i]);
        std::memcpy(&v, b, sizeof(T));
    }
    return v;
}

struct DatatypeInfo
{
    int code;
    int bits;
    int components;
    SampleType type;
};
constexpr DatatypeInfo kDatatypes[] = {
    { 2, 8, 1, SampleType::UInt8 },
    { 4, 16, 1, SampleType::Int16 },
    { 8, 32, 1, SampleType::Int32 },
    { 16, 32, 1, SampleType::Float32 },
    { 64, 64, 1, SampleType::Float64 },
    { 256, 8, 1, SampleType::Int8 },
    { 512, 16, 1, SampleType::UInt16 },
    { 768, 32, 1, SampleType::UInt32 },
    { 1024, 64, 1, SampleType::Int64 },
    { 1280, 64, 1, SampleType::UInt64 },
    { 128, 24, 3, SampleType::UInt8 },
    { 2304, 32, 4, SampleType::UInt8 },
};

} // namespace

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
        bytes = inflateBounded(path, options.maxBytes + (1u << 20));
    } else {
        bytes = readPrefix(path, 540);
    }
    if (bytes.size() < 4)
        fail(ErrorCode::MalformedFile, path, "is too short to be a NIfTI file");
    NiftiHeader h;
    const std::int32_t rawSize = readAt<std::int32_t>(bytes.data(), 0, false);
    const std::int32_t swappedSize = readAt<std::int32_t>(bytes.data(), 0, true);
    if (rawSize == 348 || swappedSize == 348) {
        h.version = 1;
        h.swapped = rawSize != 348;
    } else if (rawSize == 540 || swappedSize == 540) {
        h.version = 2;
        h.swapped = rawSize != 540;
    } else {
        fail(ErrorCode::MalformedFile, path,
            "is not a NIfTI file (its header size field is neither 348 nor 540)");
    }
    const std::size_t headerBytes = h.version == 1 ? 348 : 540;
    if (bytes.size() < headerBytes)
        fail(ErrorCode::MalformedFile, path,
            "ends inside its NIfTI header (" + std::to_string(bytes.size()) + " of "
                + std::to_string(headerBytes) + " bytes)");
    const unsigned char *p = bytes.data();
    const bool s = h.swapped;
    std::int64_t dim0;
    if (h.version == 1) {
        if (std::memcmp(p + 344, "n+1\0", 4) != 0 && std::memcmp(p + 344, "ni1\0", 4) != 0)
            fail(ErrorCode::MalformedFile, path, "has no NIfTI-1 magic (\"n+1\" or \"ni1\")");
        if (std::memcmp(p + 344, "ni1\0", 4) == 0)
            fail(ErrorCode::MalformedFile, path,
                "is the header of a two-file (.hdr/.img) NIfTI pair; open a single-file .nii");
        dim0 = readAt<std::int16_t>(p, 40, s);
        if (dim0 >= 1 && dim0 <= 7)
            for (int i = 1; i <= dim0; ++i)
                h.dims.push_back(readAt<std::int16_t>(p, 40 + 2 * std::size_t(i), s));
        h.datatype = readAt<std::int16_t>(p, 70, s);
        h.bitpix = readAt<std::int16_t>(p, 72, s);
        for (int i = 0; i < 8; ++i)
            h.pixdim.push_back(readAt<float>(p, 76 + 4 * std::size_t(i), s));
        const double vox = readAt<float>(p, 108, s);
        if (!std::isfinite(vox) || vox < 0 || vox != std::floor(vox) || vox > 1e15)
            fail(ErrorCode::MalformedFile, path, "has an invalid data offset (vox_offset)");
        h.voxOffset = std::uint64_t(vox);
        h.sclSlope = readAt<float>(p, 112, s);
        h.sclInter = readAt<float>(p, 116, s);
        h.qformCode = readAt<std::int16_t>(p, 252, s);
        h.sformCode = readAt<std::int16_t>(p, 254, s);
        for (int i = 0; i < 3; ++i) {
            h.quatern[i] = readAt<float>(p, 256 + 4 * std::size_t(i), s);
            h.qoffset[i] = readAt<float>(p, 268 + 4 * std::size_t(i), s);
            for (int j = 0; j < 4; ++j)
                h.srow[i][j] = readAt<float>(p, 280 + 16 * std::size_t(i) + 4 * std::size_t(j), s);
        }
    } else {
        if (std::memcmp(p + 4, "n+2\0", 4) != 0 && std::memcmp(p + 4, "ni2\0", 4) != 0)
            fail(ErrorCode::MalformedFile, path, "has no NIfTI-2 magic (\"n+2\")");
        h.datatype = readAt<std::int16_t>(p, 12, s);
        h.bitpix = readAt<std::int16_t>(p, 14, s);
        dim0 = readAt<std::int64_t>(p, 16, s);
        if (dim0 >= 1 && dim0 <= 7)
            for (int i = 1; i <= dim0; ++i)
                h.dims.push_back(readAt<std::int64_t>(p, 16 + 8 * std::size_t(i), s));
        for (int i = 0; i < 8; ++i)
            h.pixdim.push_back(readAt<double>(p, 104 + 8 * std::size_t(i), s));
        const std::int64_t vox = readAt<std::int64_t>(p, 168, s);
        if (vox < 0)
            fail(ErrorCode::MalformedFile, path, "has a negative data offset (vox_offset)");
        h.voxOffset = std::uint64_t(vox);
        h.sclSlope = readAt<double>(p, 176, s);
        h.sclInter = readAt<double>(p, 184, s);
        h.qformCode = readAt<std::int32_t>(p, 344, s);
        h.sformCode = readAt<std::int32_t>(p, 348, s);
        for (int i = 0; i < 3; ++i) {
            h.quatern[i] = readAt<double>(p, 352 + 8 * std::size_t(i), s);
            h.qoffset[i] = readAt<double>(p, 376 + 8 * std::size_t(i), s);
            for (int j = 0; j < 4; ++j)
                h.srow[i][j] = readAt<double>(p, 400 + 32 * std::size_t(i) + 8 * std::size_t(j), s);
        }
    }
    if (dim0 < 1 || dim0 > 7)
        fail(ErrorCode::MalformedFile, path,
            "declares " + std::to_string(dim0) + " dimensions (dim[0] must be 1 to 7)");
    // Trailing singleton dimensions carry no data; volumes beyond 4-d are not supported.
    while (h.dims.size() > 1 && h.dims.back() == 1)
        h.dims.pop_back();
    for (std::int64_t d : h.dims)
        if (d < 1)
            fail(ErrorCode::MalformedFile, path, "declares an empty or negative dimension");
    if (h.dims.size() > 4)
        fail(ErrorCode::MalformedFile, path,
            "has " + std::to_string(h.dims.size()) + " dimensions; at most 4 are supported");
    const DatatypeInfo *dt = nullptr;
    for (const DatatypeInfo &d : kDatatypes)
        if (d.code == h.datatype)
            dt = &d;
    if (!dt) {
        if (h.datatype == 32 || h.datatype == 1792 || h.datatype == 2048)
            fail(ErrorCode::MalformedFile, path, "holds complex data, which is not supported");
        fail(ErrorCode::MalformedFile, path,
            "has an unknown datatype code " + std::to_string(h.datatype));
    }
    if (h.bitpix != dt->bits)
        h.warnings.push_back("bitpix (" + std::to_string(h.bitpix)
            + ") disagrees with the datatype; the datatype was used");
    h.componentBytes = dt->bits / 8 / dt->components;
    h.components = dt->components;
    h.sampleType = dt->type;
    if (h.voxOffset < headerBytes)
        fail(ErrorCode::MalformedFile, path, "puts its data inside its header (vox_offset)");
    // Checked size arithmetic: voxels * bytes, then against the budget and the file.
    std::uint64_t voxels = 1;
    for (std::int64_t d : h.dims) {
        if (std::uint64_t(d) > std::numeric_limits<std::uint64_t>::max() / voxels)
            fail(ErrorCode::ResourceLimit, path, "declares more voxels than can be addressed");
        voxels *= std::uint64_t(d);
    }
    checkBudget(path, voxels * std::uint64_t(dt->components), options);
    h.dataBytes = voxels * std::uint64_t(dt->bits / 8);
    const std::uint64_t available = gz ? bytes.size() : size;
    if (h.voxOffset > available || h.dataBytes > available - h.voxOffset)
        fail(ErrorCode::MalformedFile, path,
            "is truncated: its header declares " + std::to_string(h.voxOffset + h.dataBytes)
                + " bytes but the " + (gz ? "decompressed data has " : "file has ")
                + std::to_string(available));
    if (!std::isfinite(h.sclSlope) || h.sclSlope == 0.0) {
        // As nibabel and the NIfTI standard: a zero or non-finite slope means "no scaling".
        if (h.sclSlope != 0.0)
            h.warnings.push_back("its intensity scaling (scl_slope) is not a number and was "
                                 "ignored");
        h.sclSlope = 1.0;
        h.sclInter = 0.0;
    } else if (!std::isfinite(h.sclInter)) {
        fail(ErrorCode::MalformedFile, path, "has a non-finite intensity offset (scl_inter)");
    }
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

Array loadNifti2(const std::string &path, const LoadOptions &options)
{
    std::vector<unsigned char> inflated;
    NiftiHeader h = validateNifti(path, options, true, &inflated);
    if (h.version != 2)
        fail(ErrorCode::Internal, path, "is not NIfTI-2");
    std::vector<unsigned char> raw;
    const unsigned char *data;
    if (isGzipPath(path)) {
        data = inflated.data() + h.voxOffset;
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
    Array a = Array::zeros(Kind::Volume, shape, std::size_t(h.components));
    const std::size_t count = a.values.size();
    const double sl = h.sclSlope, in = h.sclInter;
    switch (h.sampleType) {
    case SampleType::UInt8:
        convertSamples<std::uint8_t>(data, a.data(), count, false, sl, in);
        break;
    case SampleType::Int8:
        convertSamples<std::int8_t>(data, a.data(), count, false, sl, in);
        break;
    case SampleType::UInt16:
        convertSamples<std::uint16_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::Int16:
        convertSamples<std::int16_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::UInt32:
        convertSamples<std::uint32_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::Int32:
        convertSamples<std::int32_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::UInt64:
        convertSamples<std::uint64_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::Int64:
        convertSamples<std::int64_t>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::Float32:
        convertSamples<float>(data, a.data(), count, h.swapped, sl, in);
        break;
    case SampleType::Float64:
        convertSamples<double>(data, a.data(), count, h.swapped, sl, in);
        break;
    }
    // Geometry: spacing from pixdim (sanitised), world frame converted from RAS to ITK's LPS.
    double spacing[3] = { 1, 1, 1 };
    for (int i = 0; i < 3; ++i) {
        const double v = std::abs(h.pixdim[std::size_t(i) + 1]);
        if (std::isfinite(v) && v > 0)
            spacing[i] = v;
        else if (std::size_t(i) < h.dims.size())
            h.warnings.push_back("its voxel spacing along axis " + std::to_string(i + 1)
                + " is zero or invalid; 1 mm is assumed");
    }
    double affine[3][4];
    niftiAffine(h, spacing, affine);
    SpaceGeometry g;
    for (int r = 0; r < 3; ++r) {
        const double sign = r < 2 ? -1.0 : 1.0;
        g.origin[std::size_t(r)] = sign * affine[r][3];
        for (int c = 0; c < 3; ++c)
            g.direction[std::size_t(r * 3 + c)] = sign * affine[r][c] / spacing[c];
    }
    bool finite = true;
    for (double v : g.direction)
        finite = finite && std::isfinite(v);
    if (!finite) {
        g = SpaceGeometry {};
        h.warnings.push_back("its orientation is invalid; an identity orientation is assumed");
    }
    a.space = g;
    const std::size_t n = a.rank();
    for (std::size_t c = 0; c < 3 && c < n; ++c)
        a.grid[n - 1 - c] = { 0.0, spacing[c], "mm" };
    if (n == 4) {
        const double tr = h.pixdim[4];
        a.grid[0] = { 0.0, std::isfinite(tr) && tr > 0 ? tr : 1.0, "s" };
    }
    a.source.path = path;
    a.source.format = "nifti2";
    a.source.sampleType = h.sampleType;
    a.source.sclSlope = h.sclSlope;
    a.source.sclInter = h.sclInter;
    a.source.warnings = h.warnings;
    return a;
}

} // namespace dsl::io
