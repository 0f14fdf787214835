// PNG through libpng 1.6, on the bytes in memory. prescanPng() (validate.cpp) has already walked
// the chunks: lengths inside the file, an end marker, the budget and deflate's expansion bound.
// libpng checks the rest (CRCs of critical chunks, IHDR fields, palettes, filters, the zlib
// stream); its errors longjmp back here. Benign warnings (an unknown sRGB profile, a dropped
// ancillary chunk with a bad CRC) are ignored, as every viewer does.
#include "io_internal.h"
#include "photo.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

namespace dsl::io {
namespace {

struct PngSource
{
    const unsigned char *data = nullptr;
    std::size_t size = 0;
    std::size_t pos = 0;
    char message[256] {};
};

void pngError(png_structp png, png_const_charp message)
{
    auto *src = static_cast<PngSource *>(png_get_error_ptr(png));
    std::snprintf(src->message, sizeof src->message, "%s", message ? message : "unknown error");
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) { }

void pngRead(png_structp png, png_bytep out, png_size_t count)
{
    auto *src = static_cast<PngSource *>(png_get_io_ptr(png));
    if (count > src->size - src->pos)
        png_error(png, "the file ends before its image data does");
    std::memcpy(out, src->data + src->pos, count);
    src->pos += count;
}

struct PngLayout
{
    png_uint_32 width = 0, height = 0;
    int bitDepth = 0, colourType = 0, interlace = 0, passes = 1;
    int channels = 0; // after the transforms
    std::size_t rowBytes = 0;
};

// Header and transforms. Only trivially destructible locals: libpng may longjmp out of here.
bool readPngHeader(png_structp png, png_infop info, PngLayout *out)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_read_info(png, info);
    int bitDepth = 0, colourType = 0, interlace = 0;
    png_get_IHDR(
        png, info, &out->width, &out->height, &bitDepth, &colourType, &interlace, nullptr, nullptr);
    out->bitDepth = bitDepth;
    out->colourType = colourType;
    out->interlace = interlace;
    png_set_expand(png); // palette to RGB, gray below 8 bits to 8, tRNS to alpha
    if (bitDepth == 16) {
        const std::uint16_t probe = 1;
        unsigned char first;
        std::memcpy(&first, &probe, 1);
        if (first == 1)
            png_set_swap(png); // host order (little-endian)
    }
    out->passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    out->channels = png_get_channels(png, info);
    out->rowBytes = png_get_rowbytes(png, info);
    return true;
}

// Progress and cancel, called between rows (never from inside libpng).
struct RowProgress
{
    const LoadOptions *options;
    std::uint64_t done = 0, total = 1;
    bool step()
    {
        ++done;
        if ((done & 15) == 0) {
            if (loadCancelled(*options))
                return false;
            loadProgress(*options, double(done) / double(total));
        }
        return true;
    }
};

// 0: rows read; 1: libpng error; 2: cancelled. `rows` holds one row (non-interlaced: each row
// is handed to `consume` as it is read) or the whole image (interlaced).
template <class Consume>
int readPngRows(png_structp png, png_infop info, const PngLayout *layout, unsigned char *rows,
    RowProgress *progress, Consume *consume)
{
    if (setjmp(png_jmpbuf(png)))
        return 1;
    const bool whole = layout->passes > 1;
    for (int pass = 0; pass < layout->passes; ++pass) {
        for (png_uint_32 y = 0; y < layout->height; ++y) {
            unsigned char *row = whole ? rows + std::size_t(y) * layout->rowBytes : rows;
            png_read_row(png, row, nullptr);
            if (!whole)
                (*consume)(y, row);
            if (!progress->step())
                return 2;
        }
    }
    if (whole)
        for (png_uint_32 y = 0; y < layout->height; ++y)
            (*consume)(y, rows + std::size_t(y) * layout->rowBytes);
    png_read_end(png, info);
    return 0;
}

std::string describe(const char *libpngMessage)
{
    std::string m = libpngMessage;
    if (const auto at = m.find("CRC error"); at != std::string::npos)
        m.replace(at, 9, "checksum does not match");
    return m;
}

struct PngGuard
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngGuard() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

} // namespace

Array decodePng(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options)
{
    prescanPng(path, data, n, n, options);
    PngSource src;
    src.data = data;
    src.size = n;
    PngGuard guard;
    guard.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, pngError, pngWarning);
    if (!guard.png)
        fail(ErrorCode::Internal, path, "could not be read (libpng did not start)");
    guard.info = png_create_info_struct(guard.png);
    if (!guard.info)
        fail(ErrorCode::Internal, path, "could not be read (libpng did not start)");
    png_set_read_fn(guard.png, &src, pngRead);
    // Ancillary chunks (text, ICC profiles) may not inflate to more than this.
    png_set_chunk_malloc_max(guard.png, 8u << 20);
    png_set_user_limits(guard.png, 0x7fffffffu, 0x7fffffffu);
    PngLayout layout;
    if (!readPngHeader(guard.png, guard.info, &layout))
        fail(ErrorCode::MalformedFile, path,
            "is a damaged PNG image (" + describe(src.message) + ")");
    if (layout.width == 0 || layout.height == 0 || layout.channels < 1 || layout.channels > 4)
        fail(ErrorCode::MalformedFile, path, "is a damaged PNG image (invalid header)");
    const int bytesPerSample = layout.bitDepth == 16 ? 2 : 1;
    const std::size_t channels = std::size_t(layout.channels);
    if (layout.rowBytes != std::size_t(layout.width) * channels * std::size_t(bytesPerSample))
        fail(ErrorCode::MalformedFile, path, "is a PNG image of an unsupported layout");
    Array a = allocatePhoto(path, layout.height, layout.width, channels,
        bytesPerSample == 2 ? SampleType::UInt16 : SampleType::UInt8, "png", options);
    const bool whole = layout.passes > 1;
    std::vector<unsigned char> rows(layout.rowBytes * (whole ? std::size_t(layout.height) : 1));
    float *out = a.data();
    const std::size_t rowSamples = std::size_t(layout.width) * channels;
    auto consume = [&](png_uint_32 y, const unsigned char *row) {
        float *dst = out + std::size_t(y) * rowSamples;
        if (bytesPerSample == 2) {
            for (std::size_t i = 0; i < rowSamples; ++i) {
                std::uint16_t v;
                std::memcpy(&v, row + 2 * i, 2);
                dst[i] = float(v);
            }
        } else {
            for (std::size_t i = 0; i < rowSamples; ++i)
                dst[i] = float(row[i]);
        }
    };
    RowProgress progress { &options, 0,
        std::uint64_t(layout.height) * std::uint64_t(layout.passes) };
    const int status
        = readPngRows(guard.png, guard.info, &layout, rows.data(), &progress, &consume);
    if (status == 2)
        throw Cancelled {};
    if (status == 1)
        fail(ErrorCode::MalformedFile, path,
            "is a damaged PNG image (" + describe(src.message) + ")");
    loadProgress(options, 1.0);
    return a;
}

} // namespace dsl::io
