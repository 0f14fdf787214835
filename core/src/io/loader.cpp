// Format detection, load/save dispatch and atomic writes.
#include "io_internal.h"
#include "photo.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sys/stat.h>

#include <fcntl.h>
#include <unistd.h>

namespace dsl::io {

std::uint64_t fileSize(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        fail(ErrorCode::UnreadableFile, path, "does not exist or cannot be accessed");
    if (!S_ISREG(st.st_mode))
        fail(ErrorCode::UnreadableFile, path, "is not a regular file");
    return std::uint64_t(st.st_size);
}

std::vector<unsigned char> readPrefix(const std::string &path, std::size_t count)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(ErrorCode::UnreadableFile, path, "cannot be opened for reading");
    std::vector<unsigned char> b(count);
    in.read(reinterpret_cast<char *>(b.data()), std::streamsize(count));
    b.resize(std::size_t(in.gcount()));
    return b;
}

namespace {

// The whole file in memory, for the photo decoders (which see only bytes). A compressed photo
// larger than the budget cannot decode to less.
std::vector<unsigned char> readPhoto(const std::string &path, const LoadOptions &options)
{
    const std::uint64_t size = fileSize(path);
    if (size > options.maxBytes)
        fail(ErrorCode::ResourceLimit, path,
            "is larger than the memory budget of " + std::to_string(options.maxBytes >> 20)
                + " MiB (raise it with --max-memory or in Preferences)");
    std::vector<unsigned char> bytes = readPrefix(path, std::size_t(size));
    if (bytes.size() != size)
        fail(ErrorCode::UnreadableFile, path, "could not be read to its end");
    return bytes;
}

bool hasExtension(const std::string &path, const char *ext)
{
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return char(std::tolower(c)); });
    const std::size_t n = std::strlen(ext);
    return lower.size() >= n && lower.compare(lower.size() - n, n, ext) == 0;
}

} // namespace

} // namespace dsl::io

namespace dsl {

using namespace io;

const char *formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Wav:
        return "wav";
    case FileFormat::Flac:
        return "flac";
    case FileFormat::Ogg:
        return "ogg";
    case FileFormat::Aiff:
        return "aiff";
    case FileFormat::Png:
        return "png";
    case FileFormat::Jpeg:
        return "jpeg";
    case FileFormat::Tiff:
        return "tiff";
    case FileFormat::Bmp:
        return "bmp";
    case FileFormat::Nifti1:
        return "nifti1";
    case FileFormat::Nifti2:
        return "nifti2";
    case FileFormat::Npy:
        return "npy";
    case FileFormat::Unknown:
        break;
    }
    return "unknown";
}

FileFormat detectFormat(const std::string &path)
{
    const std::vector<unsigned char> b = readPrefix(path, 16);
    auto starts = [&](const char *magic, std::size_t n, std::size_t at = 0) {
        return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
    };
    if (starts("RIFF", 4) && starts("WAVE", 4, 8))
        return FileFormat::Wav;
    if (starts("RF64", 4) || starts("W64", 3))
        return FileFormat::Wav;
    if (starts("fLaC", 4))
        return FileFormat::Flac;
    if (starts("OggS", 4))
        return FileFormat::Ogg;
    if (starts("FORM", 4))
        return FileFormat::Aiff;
    if (starts("\x89PNG\r\n\x1a\n", 8))
        return FileFormat::Png;
    if (starts("\xff\xd8\xff", 3))
        return FileFormat::Jpeg;
    if (starts("II*\0", 4) || starts("MM\0*", 4) || starts("II+\0", 4) || starts("MM\0+", 4))
        return FileFormat::Tiff;
    if (starts("BM", 2) && hasExtension(path, ".bmp"))
        return FileFormat::Bmp;
    if (starts("\x93NUMPY", 6))
        return FileFormat::Npy;
    if (starts("\x1f\x8b", 2) && (hasExtension(path, ".nii.gz") || hasExtension(path, ".gz"))) {
        return FileFormat::Nifti1; // load() tells NIfTI-2 apart from the inflated header
    }
    if (b.size() >= 4) {
        std::int32_t v;
        std::memcpy(&v, b.data(), 4);
        const std::int32_t sw = std::int32_t(__builtin_bswap32(std::uint32_t(v)));
        if (v == 348 || sw == 348)
            return FileFormat::Nifti1;
        if (v == 540 || sw == 540)
            return FileFormat::Nifti2;
    }
    return FileFormat::Unknown;
}

Array load(const std::string &path, const LoadOptions &options)
{
    const std::uint64_t size = fileSize(path);
    if (size == 0)
        fail(ErrorCode::MalformedFile, path, "is empty");
    FileFormat format = detectFormat(path);
    // A .nii.gz is inflated and checked once, here; the readers take the stream from us.
    std::optional<NiftiHeader> header;
    std::vector<unsigned char> inflated;
    if (format == FileFormat::Nifti1 && isGzipPath(path)) {
        header = validateNifti(path, options, true, &inflated);
        if (header->version == 2)
            format = FileFormat::Nifti2;
    }
    Array a;
    switch (format) {
    case FileFormat::Wav:
    case FileFormat::Flac:
    case FileFormat::Ogg:
    case FileFormat::Aiff:
        a = loadAudio(path, options);
        break;
    case FileFormat::Png:
    case FileFormat::Jpeg:
    case FileFormat::Tiff:
    case FileFormat::Bmp: {
        const std::vector<unsigned char> bytes = readPhoto(path, options);
        const auto decode = format == FileFormat::Png ? decodePng
            : format == FileFormat::Jpeg              ? decodeJpeg
            : format == FileFormat::Tiff              ? decodeTiff
                                                      : decodeBmp;
        a = decode(path, bytes.data(), bytes.size(), options);
        break;
    }
    case FileFormat::Nifti1:
        a = loadNifti1Itk(path, options, header ? &*header : nullptr, header ? &inflated : nullptr);
        break;
    case FileFormat::Nifti2:
        a = loadNifti2(path, options);
        break;
    case FileFormat::Npy:
        a = loadNpy(path, options);
        break;
    case FileFormat::Unknown:
        fail(ErrorCode::UnreadableFile, path,
            "is not in a supported format (audio: WAV, FLAC, OGG, AIFF; images: PNG, JPEG, "
            "TIFF, BMP; scans: NIfTI; arrays: NumPy .npy)");
    }
    a.checkInvariants();
    return a;
}

void refuseProtected(const std::string &path, const SaveOptions &options)
{
    namespace fs = std::filesystem;
    for (const std::string &p : options.protectedPaths) {
        std::error_code ec;
        if (fs::exists(path, ec) && fs::equivalent(path, p, ec))
            fail(ErrorCode::WriteFailed, path, "is an open input and will not be overwritten");
    }
}

void writeFileAtomically(
    const std::string &path, const std::string &bytes, const SaveOptions &options)
{
    namespace fs = std::filesystem;
    refuseProtected(path, options);
    const fs::path p(path);
    const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    std::string templ = (dir / (".dsl-XXXXXX")).string();
    std::vector<char> name(templ.begin(), templ.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        fail(ErrorCode::WriteFailed, path,
            std::string("could not be written (") + std::strerror(errno) + ")");
    const std::string temp(name.data());
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (w <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail(ErrorCode::WriteFailed, path,
                std::string("could not be written (") + std::strerror(err) + ")");
        }
        done += std::size_t(w);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temp.c_str());
        fail(ErrorCode::WriteFailed, path, "could not be flushed to disk");
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        fail(ErrorCode::WriteFailed, path,
            std::string("could not be written (") + std::strerror(err) + ")");
    }
}

std::string nativeExtension(const Array &array)
{
    switch (array.kind) {
    case Kind::Signal:
        return array.source.format == "flac" ? "flac" : "wav";
    case Kind::Image:
        return isIntegerType(array.source.sampleType) ? "png" : "tif";
    case Kind::Volume:
        return array.source.format == "nifti1" && !isGzipPath(array.source.path) ? "nii" : "nii.gz";
    }
    return "npy";
}

void save(const Array &array, const std::string &path, const SaveOptions &options)
{
    if (hasExtension(path, ".npy"))
        return saveNpy(array, path, options);
    if (hasExtension(path, ".wav") || hasExtension(path, ".flac"))
        return saveAudio(array, path, options);
    if (hasExtension(path, ".png") || hasExtension(path, ".tif") || hasExtension(path, ".tiff"))
        return saveImageItk(array, path, options);
    if (hasExtension(path, ".nii") || hasExtension(path, ".nii.gz"))
        return saveNiftiItk(array, path, options);
    throw Error(ErrorCode::InvalidArgument,
        "Cannot tell the file type of \"" + path
            + "\": use .wav, .flac, .png, .tif, .nii, .nii.gz or .npy.");
}

} // namespace dsl
