// Everything that touches ITK lives in this one file (ITK headers are heavy and Debian's refuse
// clang). Only ImageIOBase is used, not the templated image pipeline: one code path for every
// pixel type, and no template instantiation cost.
#include "io_internal.h"

#include <itkImageIOBase.h>
#include <itkImageIOFactory.h>
#include <itkNiftiImageIO.h>
#include <itkNiftiImageIOFactory.h>
#include <itkTIFFImageIOFactory.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace dsl::io {
namespace {

void registerFactories()
{
    static std::once_flag once;
    std::call_once(once, [] {
        itk::NiftiImageIOFactory::RegisterOneFactory();
        itk::TIFFImageIOFactory::RegisterOneFactory(); // TIFF exports
    });
}

SampleType sampleTypeOf(itk::IOComponentEnum c, const std::string &path)
{
    using C = itk::IOComponentEnum;
    switch (c) {
    case C::UCHAR:
        return SampleType::UInt8;
    case C::CHAR:
        return SampleType::Int8;
    case C::USHORT:
        return SampleType::UInt16;
    case C::SHORT:
        return SampleType::Int16;
    case C::UINT:
        return SampleType::UInt32;
    case C::INT:
        return SampleType::Int32;
    case C::ULONG:
    case C::ULONGLONG:
        return SampleType::UInt64;
    case C::LONG:
    case C::LONGLONG:
        return SampleType::Int64;
    case C::FLOAT:
        return SampleType::Float32;
    case C::DOUBLE:
        return SampleType::Float64;
    default:
        fail(ErrorCode::MalformedFile, path, "has a sample type that is not supported");
    }
}

template <class T> void widen(const std::vector<unsigned char> &raw, float *dst, std::size_t n)
{
    const T *src = reinterpret_cast<const T *>(raw.data());
    for (std::size_t i = 0; i < n; ++i)
        dst[i] = float(src[i]);
}

void toFloat(SampleType t, const std::vector<unsigned char> &raw, float *dst, std::size_t n)
{
    switch (t) {
    case SampleType::UInt8:
        return widen<std::uint8_t>(raw, dst, n);
    case SampleType::Int8:
        return widen<std::int8_t>(raw, dst, n);
    case SampleType::UInt16:
        return widen<std::uint16_t>(raw, dst, n);
    case SampleType::Int16:
        return widen<std::int16_t>(raw, dst, n);
    case SampleType::UInt32:
        return widen<std::uint32_t>(raw, dst, n);
    case SampleType::Int32:
        return widen<std::int32_t>(raw, dst, n);
    case SampleType::UInt64:
        return widen<std::uint64_t>(raw, dst, n);
    case SampleType::Int64:
        return widen<std::int64_t>(raw, dst, n);
    case SampleType::Float32:
        return widen<float>(raw, dst, n);
    case SampleType::Float64:
        return widen<double>(raw, dst, n);
    }
}

struct ItkRead
{
    std::vector<std::size_t> extents; // ITK order: x fastest first
    std::size_t components = 1;
    SampleType type = SampleType::Float32;
    FloatBuffer values;
    std::vector<double> spacing, origin;
    std::vector<std::vector<double>> direction;
};

// readVoxels = false: header and geometry only (the caller has the voxels already).
ItkRead readWithItk(itk::ImageIOBase *io, const std::string &path, const LoadOptions &options,
    bool readVoxels = true)
{
    ItkRead r;
    try {
        io->SetFileName(path);
        io->ReadImageInformation();
        const unsigned dims = io->GetNumberOfDimensions();
        std::uint64_t samples = io->GetNumberOfComponents();
        for (unsigned d = 0; d < dims; ++d) {
            const std::uint64_t e = io->GetDimensions(d);
            if (e == 0)
                fail(ErrorCode::MalformedFile, path, "declares an empty image (size 0)");
            if (e > std::numeric_limits<std::uint32_t>::max()
                || samples > (std::uint64_t(1) << 62) / e)
                fail(ErrorCode::ResourceLimit, path, "declares an impossibly large image");
            samples *= e;
            r.extents.push_back(std::size_t(e));
            r.spacing.push_back(io->GetSpacing(d));
            r.origin.push_back(io->GetOrigin(d));
            r.direction.push_back(io->GetDirection(d));
        }
        checkBudget(path, samples, options);
        r.components = io->GetNumberOfComponents();
        r.type = sampleTypeOf(io->GetComponentType(), path);
        const std::size_t bytes = std::size_t(samples) * std::size_t(sampleTypeBits(r.type) / 8);
        if (std::size_t(io->GetImageSizeInBytes()) != bytes)
            fail(ErrorCode::MalformedFile, path, "has an inconsistent size");
        if (!readVoxels)
            return r;
        std::vector<unsigned char> raw(bytes);
        itk::ImageIORegion region(dims);
        for (unsigned d = 0; d < dims; ++d) {
            region.SetIndex(d, 0);
            region.SetSize(d, r.extents[d]);
        }
        io->SetIORegion(region);
        io->Read(raw.data());
        r.values.resize(std::size_t(samples));
        toFloat(r.type, raw, r.values.data(), r.values.size());
    } catch (const itk::ExceptionObject &e) {
        std::string what = e.GetDescription();
        if (const auto nl = what.find('\n'); nl != std::string::npos)
            what.resize(nl);
        fail(ErrorCode::MalformedFile, path, "could not be decoded (" + what + ")");
    }
    return r;
}

} // namespace

Array loadNifti1Itk(const std::string &path, const LoadOptions &options,
    const NiftiHeader *validated, const std::vector<unsigned char> *inflated)
{
    registerFactories();
    const NiftiHeader h = validated ? *validated : validateNifti(path, options, false, nullptr);
    if (h.version != 1)
        fail(ErrorCode::Internal, path, "is not NIfTI-1");
    if (h.components != 1)
        fail(ErrorCode::MalformedFile, path, "holds RGB voxels, which are not supported yet");
    // ITK refuses a sheared sform ("only supports orthonormal direction cosines"); nibabel and
    // FSLeyes open such scans, and so do we, with our own geometry.
    if (sformIsSheared(h))
        return loadNiftiOwn(path, options, h, inflated);
    itk::NiftiImageIO::Pointer io = itk::NiftiImageIO::New();
    // A .nii.gz was inflated (and checked) once already: ITK reads its header and geometry, the
    // voxels come from that stream instead of a second decompression.
    const bool haveVoxels = inflated && inflated->size() >= h.voxOffset + h.dataBytes;
    ItkRead r;
    try {
        r = readWithItk(io.GetPointer(), path, options, !haveVoxels);
    } catch (const Error &e) {
        // Whatever ITK's own orthonormality tolerance is, the scan still opens.
        if (std::string(e.what()).find("orthonormal") == std::string::npos)
            throw;
        NiftiHeader own = h;
        own.warnings.push_back("ITK could not use its orientation; it was read from the header");
        return loadNiftiOwn(path, options, own, inflated);
    }
    const std::size_t n = r.extents.size();
    if (n < 1 || n > 4)
        fail(ErrorCode::MalformedFile, path, "has an unsupported number of dimensions");
    std::vector<std::size_t> shape(r.extents.rbegin(), r.extents.rend());
    while (shape.size() < 3)
        shape.insert(shape.begin(), 1); // a 2-d NIfTI is one slice of a volume
    Array a = Array::zeros(Kind::Volume, shape, r.components);
    if (haveVoxels) {
        if (a.values.size() * std::size_t(h.componentBytes) != h.dataBytes)
            fail(ErrorCode::MalformedFile, path, "has an inconsistent size");
        niftiVoxelsToFloat(h, inflated->data() + h.voxOffset, a.data(), a.values.size());
    } else {
        a.values = std::move(r.values);
    }
    // ITK applies scl_slope/inter when they are not the identity (values become float).
    if (!haveVoxels && r.type != SampleType::Float32 && r.type != SampleType::Float64
        && (h.sclSlope != 1.0 || h.sclInter != 0.0)) {
        for (float &v : a.values)
            v = float(double(v) * h.sclSlope + h.sclInter);
    }
    std::vector<std::string> warnings = h.warnings;
    const std::size_t rank = a.rank();
    SpaceGeometry g;
    for (std::size_t c = 0; c < 3; ++c) {
        double sp = c < n ? r.spacing[c] : 1.0;
        const double declared = c + 1 < h.pixdim.size() ? h.pixdim[c + 1] : 1.0;
        if (c < n && (!std::isfinite(declared) || declared == 0.0))
            sp = 0.0; // ITK silently substitutes 1; the user must be told
        if (!std::isfinite(sp) || sp <= 0) {
            warnings.push_back("its voxel spacing along axis " + std::to_string(c + 1)
                + " is zero or invalid; 1 mm is assumed");
            sp = 1.0;
        }
        a.grid[rank - 1 - c] = { 0.0, sp, "mm" };
        g.origin[c] = c < n && std::isfinite(r.origin[c]) ? r.origin[c] : 0.0;
        for (std::size_t row = 0; row < 3; ++row)
            g.direction[row * 3 + c]
                = (c < n && row < r.direction[c].size()) ? r.direction[c][row] : (row == c);
    }
    bool finite = true;
    for (double v : g.direction)
        finite = finite && std::isfinite(v);
    if (!finite) {
        g = SpaceGeometry {};
        warnings.push_back("its orientation is invalid; an identity orientation is assumed");
    }
    a.space = g;
    if (rank == 4) {
        const double tr = r.spacing[3];
        a.grid[0] = { 0.0, std::isfinite(tr) && tr > 0 ? tr : 1.0, "s" };
    }
    a.source.path = path;
    a.source.format = "nifti1";
    a.source.sampleType = h.sampleType;
    a.source.sclSlope = h.sclSlope;
    a.source.sclInter = h.sclInter;
    a.source.warnings = warnings;
    return a;
}

namespace {

std::string tempSibling(const std::string &path, const std::string &extension)
{
    namespace fs = std::filesystem;
    const fs::path p(path);
    const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = dir
            / (".dsl-" + std::to_string(::getpid()) + "-" + std::to_string(attempt) + extension);
        if (!fs::exists(candidate))
            return candidate.string();
    }
    fail(ErrorCode::WriteFailed, path, "could not be written (no temporary name available)");
}

void renameInto(const std::string &temp, const std::string &path)
{
    // ITK closed the file; flush it to disk before it replaces anything.
    const int fd = ::open(temp.c_str(), O_RDONLY);
    const bool flushed = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!flushed) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
        fail(ErrorCode::WriteFailed, path, "could not be flushed to disk");
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        fail(ErrorCode::WriteFailed, path, "could not be written (" + ec.message() + ")");
    }
}

template <class T> std::vector<unsigned char> narrow(const Array &a, double lo, double hi)
{
    std::vector<unsigned char> out(a.values.size() * sizeof(T));
    T *d = reinterpret_cast<T *>(out.data());
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        const double v = a.values[i];
        d[i] = T(std::isfinite(v) ? std::clamp(std::round(v), lo, hi) : 0.0);
    }
    return out;
}

void writeWithItk(itk::ImageIOBase *io, const std::string &path, const std::string &extension,
    const std::vector<std::size_t> &itkExtents, const std::vector<double> &spacing,
    const std::vector<double> &origin, const std::vector<std::vector<double>> &direction,
    std::size_t components, itk::IOComponentEnum type, const std::vector<unsigned char> &buffer,
    const std::function<void(const std::string &)> &verify)
{
    const std::string temp = tempSibling(path, extension);
    try {
        io->SetNumberOfDimensions(unsigned(itkExtents.size()));
        for (unsigned d = 0; d < itkExtents.size(); ++d) {
            io->SetDimensions(d, itkExtents[d]);
            io->SetSpacing(d, spacing[d]);
            io->SetOrigin(d, origin[d]);
            io->SetDirection(d, direction[d]);
        }
        io->SetNumberOfComponents(unsigned(components));
        io->SetPixelType(components == 1
                ? itk::IOPixelEnum::SCALAR
                : (components == 3 ? itk::IOPixelEnum::RGB : itk::IOPixelEnum::RGBA));
        io->SetComponentType(type);
        io->SetFileName(temp);
        io->SetUseCompression(true);
        io->WriteImageInformation();
        io->Write(buffer.data());
    } catch (const itk::ExceptionObject &e) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
        std::string what = e.GetDescription();
        if (const auto nl = what.find('\n'); nl != std::string::npos)
            what.resize(nl);
        fail(ErrorCode::WriteFailed, path, "could not be written (" + what + ")");
    }
    if (verify) {
        // Some ITK writers (NIfTI's znzlib) ignore short writes: check the file before it
        // replaces anything.
        try {
            verify(temp);
        } catch (const Error &) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            fail(ErrorCode::WriteFailed, path,
                "could not be written completely (the disk may be full)");
        }
    }
    renameInto(temp, path);
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size()
        && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

void saveImageItk(const Array &a, const std::string &path, const SaveOptions &options)
{
    registerFactories();
    refuseProtected(path, options);
    if (a.kind != Kind::Image || a.rank() != 2)
        fail(ErrorCode::InvalidArgument, path, "can only hold a 2-d image");
    const bool tiff = endsWith(path, ".tif") || endsWith(path, ".tiff");
    const std::string ext = tiff ? ".tif" : ".png";
    // PNG holds 8 or 16 bits; TIFF also float32 (an exact export of any image).
    itk::IOComponentEnum type;
    std::vector<unsigned char> buffer;
    const SampleType st = a.source.sampleType;
    if (st == SampleType::UInt8 || st == SampleType::Int8) {
        type = itk::IOComponentEnum::UCHAR;
        buffer = narrow<std::uint8_t>(a, 0, 255);
    } else if (isIntegerType(st) || !tiff) {
        type = itk::IOComponentEnum::USHORT;
        if (!isIntegerType(st)) {
            // Float data to 16-bit PNG: scale [0, 1] (our synthetic range) to the full range.
            Array scaled = a;
            for (float &v : scaled.values)
                v *= 65535.0f;
            buffer = narrow<std::uint16_t>(scaled, 0, 65535);
        } else {
            buffer = narrow<std::uint16_t>(a, 0, 65535);
        }
    } else {
        type = itk::IOComponentEnum::FLOAT;
        buffer.resize(a.values.size() * sizeof(float));
        std::memcpy(buffer.data(), a.values.data(), buffer.size());
    }
    if (!tiff) {
        savePng(a, buffer, type == itk::IOComponentEnum::UCHAR ? 8 : 16, path, options);
        return;
    }
    itk::ImageIOBase::Pointer io
        = itk::ImageIOFactory::CreateImageIO(("x" + ext).c_str(), itk::IOFileModeEnum::WriteMode);
    if (!io)
        fail(ErrorCode::WriteFailed, path, "has no image writer for its extension");
    writeWithItk(io.GetPointer(), path, ext, { a.shape[1], a.shape[0] }, { 1.0, 1.0 }, { 0.0, 0.0 },
        { { 1.0, 0.0 }, { 0.0, 1.0 } }, a.channels, type, buffer, nullptr);
}

void saveNiftiItk(const Array &a, const std::string &path, const SaveOptions &options)
{
    registerFactories();
    refuseProtected(path, options);
    if (a.channels != 1)
        fail(ErrorCode::InvalidArgument, path,
            "NIfTI export of multi-channel data is not supported");
    itk::NiftiImageIO::Pointer io = itk::NiftiImageIO::New();
    const std::size_t n = a.rank();
    std::vector<std::size_t> ext(a.shape.rbegin(), a.shape.rend());
    std::vector<double> spacing, origin;
    std::vector<std::vector<double>> direction;
    const SpaceGeometry g = a.space.value_or(SpaceGeometry {});
    for (std::size_t d = 0; d < n; ++d) {
        spacing.push_back(a.grid[n - 1 - d].spacing);
        origin.push_back(d < 3 ? g.origin[d] : 0.0);
        std::vector<double> col(n, 0.0);
        for (std::size_t row = 0; row < n; ++row)
            col[row] = (d < 3 && row < 3) ? g.direction[row * 3 + d] : (row == d ? 1.0 : 0.0);
        direction.push_back(col);
    }
    // The datatype: float32 (exact for every variant), or the scan's own integer type (values
    // rounded and clamped to its range). Scaled scans (scl_slope/inter) stay float32, so the
    // export never loses what the scaling carried.
    std::vector<unsigned char> buffer;
    itk::IOComponentEnum type = itk::IOComponentEnum::FLOAT;
    const SampleType st = a.source.sampleType;
    const bool scaled = a.source.sclSlope != 1.0 || a.source.sclInter != 0.0;
    if (options.type == SaveOptions::Type::Original && isIntegerType(st) && !scaled) {
        switch (st) {
        case SampleType::UInt8:
            type = itk::IOComponentEnum::UCHAR;
            buffer = narrow<std::uint8_t>(a, 0, 255);
            break;
        case SampleType::Int8:
            type = itk::IOComponentEnum::CHAR;
            buffer = narrow<std::int8_t>(a, -128, 127);
            break;
        case SampleType::UInt16:
            type = itk::IOComponentEnum::USHORT;
            buffer = narrow<std::uint16_t>(a, 0, 65535);
            break;
        case SampleType::Int16:
            type = itk::IOComponentEnum::SHORT;
            buffer = narrow<std::int16_t>(a, -32768, 32767);
            break;
        case SampleType::UInt32:
            type = itk::IOComponentEnum::UINT;
            buffer = narrow<std::uint32_t>(a, 0, 4294967295.0);
            break;
        default: // 32- and 64-bit signed: int32 holds every float32 value we round to
            type = itk::IOComponentEnum::INT;
            buffer = narrow<std::int32_t>(a, -2147483648.0, 2147483647.0);
            break;
        }
    } else {
        buffer.resize(a.values.size() * sizeof(float));
        std::memcpy(buffer.data(), a.values.data(), buffer.size());
    }
    const std::string ext2 = endsWith(path, ".nii.gz") ? ".nii.gz" : ".nii";
    const std::uint64_t expected = std::uint64_t(buffer.size());
    writeWithItk(io.GetPointer(), path, ext2, ext, spacing, origin, direction, 1, type, buffer,
        [&](const std::string &temp) {
            // Header, sizes and (for .gz) every member's CRC, as any file we open is checked.
            const NiftiHeader h = validateNifti(temp, LoadOptions {}, false, nullptr);
            if (h.dataBytes != expected)
                throw Error(ErrorCode::WriteFailed, "size mismatch");
        });
}

} // namespace dsl::io
