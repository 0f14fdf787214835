// Reading and writing files.
// load() recognises the format by content (magic bytes), not by extension, and validates
// declared sizes against the file (or inflated stream) and a memory budget before any library
// allocates. Every failure is a dsl::Error whose message names the file and the problem.
// Libraries: libsndfile (audio); libpng, libjpeg-turbo and libtiff for photos, each with its
// own error handler (ITK's photo readers abort or crash on damaged files), our own BMP reader;
// ITK for NIfTI-1 read and write, zlib (gzip), our own NIfTI-2 reader (ITK 5.2 has none) and
// NumPy .npy reader/writer. Photos keep their true sample type (8/16-bit, float TIFF).
// save() writes to a temporary file in the target directory, flushes it and renames it into
// place; it refuses to write over any path listed in SaveOptions::protectedPaths.
#pragma once

#include "dsl/array.h"
#include "dsl/run_context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dsl {

inline constexpr std::uint64_t kDefaultMaxBytes = std::uint64_t(1) << 30; // 1 GiB

struct LoadOptions
{
    std::optional<Kind>
        as; // for .npy: what the array is (default by rank: 1-d signal, 2-d image, 3-d volume)
    double rate = 0.0; // for .npy signals: sample rate in Hz (default 1)
    // Budget for the decoded float data (CLI --max-memory, GUI preferences).
    std::uint64_t maxBytes = kDefaultMaxBytes;
    int maxAudioChannels = 64;
    // Progress (0..1) and cancellation for long decodes; checked per row, strip or tile.
    const RunContext *context = nullptr;
};

enum class FileFormat { Unknown, Wav, Flac, Ogg, Aiff, Png, Jpeg, Tiff, Bmp, Nifti1, Nifti2, Npy };

// Sniffs the first bytes (and the name, for gzip-compressed NIfTI).
FileFormat detectFormat(const std::string &path);
const char *formatName(FileFormat format);

Array load(const std::string &path, const LoadOptions &options = {});

struct SaveOptions
{
    std::vector<std::string> protectedPaths; // never written over (the open inputs)
    // For integer image/audio formats: clamp and round. For NIfTI: the datatype written.
    enum class Type { Original, Float32 } type = Type::Float32;
};

// The file type chosen by extension: .wav .flac (audio), .png .tif/.tiff (images), .nii/.nii.gz
// (volumes), .npy (any; float32, exact). Throws on a kind the extension cannot hold.
void save(const Array &array, const std::string &path, const SaveOptions &options = {});
// The extension a "native" export of this array gets ("wav", "png", "tif", "nii.gz", ...).
std::string nativeExtension(const Array &array);

// NumPy .npy (float32/float64, either byte order, C or Fortran order), used by the CLI.
Array loadNpy(const std::string &path, const LoadOptions &options);
void saveNpy(const Array &array, const std::string &path, const SaveOptions &options = {});

// Writes `bytes` to path atomically (temp file in the same directory, fsync, rename).
void writeFileAtomically(
    const std::string &path, const std::string &bytes, const SaveOptions &options = {});
// Throws WriteFailed if `path` is one of the protected inputs (by file identity).
void refuseProtected(const std::string &path, const SaveOptions &options);

} // namespace dsl
