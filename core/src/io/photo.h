// Photo decoders: PNG (libpng), JPEG (libjpeg-turbo), TIFF (libtiff) and BMP (our own), each on
// the file's bytes in memory, so the file readers and the fuzzers run the same code.
// Conventions:
// - Every decoder installs its library's error handler: a libpng or libjpeg error longjmps back
//   into a small C-style frame that holds no C++ objects, libtiff's handlers only record the
//   message. Each failure becomes one dsl::Error naming `path` ("The file "x.png" is a damaged
//   PNG image (IHDR checksum does not match).").
// - Before anything is allocated, the declared size is checked against the memory budget
//   (LoadOptions::maxBytes, in decoded float samples) and against what the compressed data
//   present can hold (see docs/photo-decoding.md for each format's bound).
// - Truncated or corrupt data is an error, never a partly grey image.
// - Long decodes report progress per row (or strip, tile) to LoadOptions::context and stop with
//   dsl::Cancelled when it is cancelled.
// - Output: Kind::Image, shape {height, width}, channels 1 (gray), 2 (gray + alpha), 3 (RGB) or
//   4 (RGBA), values in the file's own units (0..255, 0..65535, or as stored for float/int TIFF);
//   source.sampleType is the file's sample type. Palettes give RGB (RGBA with transparency),
//   gray ones too, as ITK's readers did before; bits below 8 are scaled to 0..255. CMYK becomes
//   RGB.
// Thread-safety: the decoders share no state; several may run at once.
#pragma once

#include "dsl/array.h"
#include "dsl/io.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace dsl::io {

Array decodePng(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options);
Array decodeJpeg(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options);
Array decodeTiff(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options);
Array decodeBmp(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options);

// The decoded image, values uninitialised, after checking the budget for height × width ×
// channels float samples. `format` is the SourceInfo format name ("png", ...).
Array allocatePhoto(const std::string &path, std::uint64_t height, std::uint64_t width,
    std::size_t channels, SampleType type, const char *format, const LoadOptions &options);

inline bool loadCancelled(const LoadOptions &options)
{
    return options.context && options.context->isCancelled();
}
inline void loadProgress(const LoadOptions &options, double fraction)
{
    if (options.context)
        options.context->report(fraction);
}

} // namespace dsl::io
