// PNG export: libpng encodes into memory and writeFileAtomically puts the bytes on disk. ITK 5.2's
// PNG writer frees its FILE twice when a write fails (a full disk aborts the process), so the
// file itself is never handed to a library here.
#include "io_internal.h"

#include <png.h>

#include <bit>
#include <csetjmp>
#include <cstring>

namespace dsl::io {
namespace {

struct Sink
{
    std::string bytes;
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    try {
        static_cast<Sink *>(png_get_io_ptr(png))
            ->bytes.append(reinterpret_cast<const char *>(data), length);
    } catch (...) {
        png_error(png, "out of memory");
    }
}

void flushNothing(png_structp) { }

void onError(png_structp png, png_const_charp message)
{
    auto *why = static_cast<std::string *>(png_get_error_ptr(png));
    if (why)
        *why = message;
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) { }

// Plain C control flow only between setjmp and the end (no objects with destructors).
bool encode(png_structp png, png_infop info, std::size_t width, std::size_t height, int bitDepth,
    int colourType, const unsigned char *rows, std::size_t rowBytes)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), bitDepth, colourType,
        PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    if (bitDepth == 16 && std::endian::native == std::endian::little)
        png_set_swap(png);
    for (std::size_t y = 0; y < height; ++y)
        png_write_row(png, const_cast<png_bytep>(rows + y * rowBytes));
    png_write_end(png, info);
    return true;
}

} // namespace

void savePng(const Array &a, const std::vector<unsigned char> &samples, int bitDepth,
    const std::string &path, const SaveOptions &options)
{
    const std::size_t height = a.shape[0], width = a.shape[1];
    if (width > 0x7fffffff || height > 0x7fffffff || a.channels < 1 || a.channels > 4)
        fail(ErrorCode::InvalidArgument, path, "cannot hold an image of this size or channels");
    const int colourType = a.channels == 1 ? PNG_COLOR_TYPE_GRAY
        : a.channels == 2                  ? PNG_COLOR_TYPE_GRAY_ALPHA
        : a.channels == 3                  ? PNG_COLOR_TYPE_RGB
                                           : PNG_COLOR_TYPE_RGBA;
    std::string why = "encoder error";
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &why, onError, onWarning);
    if (!png)
        fail(ErrorCode::WriteFailed, path, "could not be written (PNG encoder unavailable)");
    png_infop info = png_create_info_struct(png);
    Sink sink;
    png_set_write_fn(png, &sink, writeBytes, flushNothing);
    const std::size_t rowBytes = width * a.channels * std::size_t(bitDepth / 8);
    const bool ok
        = info && encode(png, info, width, height, bitDepth, colourType, samples.data(), rowBytes);
    png_destroy_write_struct(&png, info ? &info : nullptr);
    if (!ok)
        fail(ErrorCode::WriteFailed, path, "could not be encoded as PNG (" + why + ")");
    writeFileAtomically(path, sink.bytes, options);
}

} // namespace dsl::io
