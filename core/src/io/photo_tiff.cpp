// TIFF through libtiff 4.5, on the bytes in memory (a client with read/seek/size procedures).
// libtiff's handlers are per-file (TIFFOpenOptions): errors are recorded, never printed, and a
// single allocation may not exceed the budget. The first directory is read, strip by strip or
// tile by tile. Before any strip is decoded: every strip or tile must lie inside the file, and
// the declared image must be reachable from the compressed bytes present (each compression's
// largest expansion, below).
// Supported: 1/2/4/8/16/32-bit unsigned, 8/16/32-bit signed, 32/64-bit float samples; min-is-
// black, min-is-white (inverted), RGB, palette (to 8-bit RGB), CMYK (to RGB), YCbCr only when
// JPEG-compressed (libjpeg converts it); contiguous or separate planes; extra samples (alpha)
// kept when there are 2 (gray + alpha) or 4 (RGBA). Bits below 8 are scaled to 0..255.
#include "io_internal.h"
#include "photo.h"

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <vector>

namespace dsl::io {
namespace {

struct TiffSource
{
    const unsigned char *data = nullptr;
    std::uint64_t size = 0, pos = 0;
    char message[256] {};
    bool failed = false;
};

tmsize_t tiffRead(thandle_t h, void *buffer, tmsize_t count)
{
    auto *s = static_cast<TiffSource *>(h);
    if (count <= 0 || s->pos >= s->size)
        return 0;
    const std::uint64_t n = std::min<std::uint64_t>(std::uint64_t(count), s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, std::size_t(n));
    s->pos += n;
    return tmsize_t(n);
}

tmsize_t tiffWrite(thandle_t, void *, tmsize_t)
{
    return 0;
}

toff_t tiffSeek(thandle_t h, toff_t offset, int whence)
{
    auto *s = static_cast<TiffSource *>(h);
    std::uint64_t base = whence == SEEK_CUR ? s->pos : whence == SEEK_END ? s->size : 0;
    if (offset > std::uint64_t(1) << 62)
        return toff_t(-1);
    s->pos = base + offset;
    return s->pos;
}

int tiffClose(thandle_t)
{
    return 0;
}
toff_t tiffSize(thandle_t h)
{
    return static_cast<TiffSource *>(h)->size;
}
int tiffMap(thandle_t, void **, toff_t *)
{
    return 0;
}
void tiffUnmap(thandle_t, void *, toff_t) { }

int tiffError(TIFF *, void *user, const char *module, const char *fmt, va_list ap)
{
    auto *s = static_cast<TiffSource *>(user);
    if (!s->failed) {
        char text[200];
        std::vsnprintf(text, sizeof text, fmt, ap);
        std::snprintf(s->message, sizeof s->message, "%s%s%s", module ? module : "",
            module ? ": " : "", text);
        s->failed = true;
    }
    return 1;
}

int tiffWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

struct TiffGuard
{
    TIFF *tif = nullptr;
    TIFFOpenOptions *opts = nullptr;
    ~TiffGuard()
    {
        if (tif)
            TIFFClose(tif);
        if (opts)
            TIFFOpenOptionsFree(opts);
    }
};

// The largest number of decoded bytes one compressed byte can give, per compression scheme.
double expansionBound(std::uint16_t compression)
{
    switch (compression) {
    case COMPRESSION_NONE:
        return 1.0;
    case COMPRESSION_PACKBITS:
        return 64.0; // two bytes repeat one byte up to 128 times
    case COMPRESSION_LZW:
    case COMPRESSION_OJPEG:
        return 4096.0 * 8 / 9; // a 9-bit code yields at most a 4096-byte string
    case COMPRESSION_ADOBE_DEFLATE:
    case COMPRESSION_DEFLATE:
        return 1032.0; // deflate's largest ratio
    case COMPRESSION_JPEG:
        return 512.0 * 4; // 512 pixels per byte, up to 4 samples each
    default:
        return 0.0; // CCITT, zstd, LZMA, ...: bounded by the budget only
    }
}

enum class Photometric { Gray, GrayInverted, Rgb, Palette, Cmyk };

struct TiffLayout
{
    std::uint32_t width = 0, height = 0;
    std::uint16_t spp = 1, bps = 1, format = SAMPLEFORMAT_UINT, planar = PLANARCONFIG_CONTIG;
    std::uint16_t compression = COMPRESSION_NONE;
    Photometric photometric = Photometric::Gray;
    std::size_t outChannels = 1;
    SampleType type = SampleType::UInt8;
    bool tiled = false;
    std::uint32_t blockWidth = 0, blockHeight = 0; // tile size, or width × rows per strip
    std::vector<std::uint16_t> palette[3];
};

// One decoded sample of `bits` bits at sample index i of a byte-padded row.
double sampleAt(const unsigned char *row, std::size_t i, const TiffLayout &L)
{
    switch (L.bps) {
    case 1:
    case 2:
    case 4: {
        const std::size_t bit = i * L.bps;
        const unsigned v = (row[bit / 8] >> (8 - L.bps - bit % 8)) & ((1u << L.bps) - 1);
        return double(v);
    }
    case 8:
        return L.format == SAMPLEFORMAT_INT ? double(std::int8_t(row[i])) : double(row[i]);
    case 16: {
        std::uint16_t v;
        std::memcpy(&v, row + 2 * i, 2);
        return L.format == SAMPLEFORMAT_INT ? double(std::int16_t(v)) : double(v);
    }
    case 32: {
        if (L.format == SAMPLEFORMAT_IEEEFP) {
            float f;
            std::memcpy(&f, row + 4 * i, 4);
            return double(f);
        }
        std::uint32_t v;
        std::memcpy(&v, row + 4 * i, 4);
        return L.format == SAMPLEFORMAT_INT ? double(std::int32_t(v)) : double(v);
    }
    case 64: {
        double f;
        std::memcpy(&f, row + 8 * i, 8);
        return f;
    }
    }
    return 0.0;
}

TiffLayout readLayout(TIFF *tif, const std::string &path)
{
    const auto unsupported = [&](const std::string &what) {
        fail(
            ErrorCode::MalformedFile, path, "is a TIFF image " + what + ", which is not supported");
    };
    TiffLayout L;
    std::uint16_t photometric = 0;
    if (!TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &L.width)
        || !TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &L.height))
        fail(ErrorCode::MalformedFile, path, "is a damaged TIFF image (it has no image size)");
    if (L.width == 0 || L.height == 0)
        fail(ErrorCode::MalformedFile, path,
            "declares an empty image of " + std::to_string(L.width) + " × "
                + std::to_string(L.height) + " pixels");
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &L.spp);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &L.bps);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &L.format);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PLANARCONFIG, &L.planar);
    TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &L.compression);
    if (!TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric))
        photometric = L.spp >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK;
    if (L.spp < 1 || L.spp > 8)
        fail(ErrorCode::MalformedFile, path,
            "is a damaged TIFF image (" + std::to_string(L.spp) + " samples per pixel)");
    const bool intOk = L.format == SAMPLEFORMAT_UINT || L.format == SAMPLEFORMAT_INT;
    const bool bitsOk = (L.format == SAMPLEFORMAT_UINT
                            && (L.bps == 1 || L.bps == 2 || L.bps == 4 || L.bps == 8 || L.bps == 16
                                || L.bps == 32))
        || (L.format == SAMPLEFORMAT_INT && (L.bps == 8 || L.bps == 16 || L.bps == 32))
        || (L.format == SAMPLEFORMAT_IEEEFP && (L.bps == 32 || L.bps == 64));
    if (!bitsOk)
        unsupported("with " + std::to_string(L.bps) + "-bit "
            + (L.format == SAMPLEFORMAT_IEEEFP ? "floating-point"
                    : intOk                    ? "integer"
                                               : "unknown-format")
            + " samples");
    switch (photometric) {
    case PHOTOMETRIC_MINISBLACK:
    case PHOTOMETRIC_MINISWHITE:
        L.photometric
            = photometric == PHOTOMETRIC_MINISWHITE ? Photometric::GrayInverted : Photometric::Gray;
        L.outChannels = L.spp >= 2 ? 2 : 1;
        break;
    case PHOTOMETRIC_RGB:
        if (L.spp < 3)
            fail(ErrorCode::MalformedFile, path,
                "is a damaged TIFF image (RGB with fewer than 3 samples)");
        L.photometric = Photometric::Rgb;
        L.outChannels = L.spp >= 4 ? 4 : 3;
        break;
    case PHOTOMETRIC_YCBCR:
        if (L.compression != COMPRESSION_JPEG || L.spp != 3 || L.bps != 8)
            unsupported("in YCbCr colour without JPEG compression");
        TIFFSetField(tif, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB); // libjpeg converts
        L.photometric = Photometric::Rgb;
        L.outChannels = 3;
        break;
    case PHOTOMETRIC_PALETTE: {
        if (L.spp != 1 || L.bps > 16 || L.format != SAMPLEFORMAT_UINT)
            fail(ErrorCode::MalformedFile, path,
                "is a damaged TIFF image (an invalid palette image)");
        std::uint16_t *r = nullptr, *g = nullptr, *b = nullptr;
        if (!TIFFGetField(tif, TIFFTAG_COLORMAP, &r, &g, &b) || !r || !g || !b)
            fail(ErrorCode::MalformedFile, path,
                "is a damaged TIFF image (a palette image without a palette)");
        const std::size_t entries = std::size_t(1) << L.bps;
        L.palette[0].assign(r, r + entries);
        L.palette[1].assign(g, g + entries);
        L.palette[2].assign(b, b + entries);
        L.photometric = Photometric::Palette;
        L.outChannels = 3;
        break;
    }
    case PHOTOMETRIC_SEPARATED: {
        std::uint16_t inkset = INKSET_CMYK;
        TIFFGetFieldDefaulted(tif, TIFFTAG_INKSET, &inkset);
        if (inkset != INKSET_CMYK || L.spp < 4 || L.bps != 8 || L.format != SAMPLEFORMAT_UINT
            || L.planar == PLANARCONFIG_SEPARATE)
            unsupported("in a separated colour space other than interleaved 8-bit CMYK");
        L.photometric = Photometric::Cmyk;
        L.outChannels = 3;
        break;
    }
    default:
        unsupported("with photometric interpretation " + std::to_string(photometric));
    }
    if (L.bps < 8)
        L.type = SampleType::UInt8;
    else if (L.format == SAMPLEFORMAT_IEEEFP)
        L.type = L.bps == 32 ? SampleType::Float32 : SampleType::Float64;
    else if (L.format == SAMPLEFORMAT_INT)
        L.type = L.bps == 8 ? SampleType::Int8
            : L.bps == 16   ? SampleType::Int16
                            : SampleType::Int32;
    else
        L.type = L.bps == 8 ? SampleType::UInt8
            : L.bps == 16   ? SampleType::UInt16
                            : SampleType::UInt32;
    if (L.photometric == Photometric::Palette || L.photometric == Photometric::Cmyk)
        L.type = SampleType::UInt8;
    L.tiled = TIFFIsTiled(tif) != 0;
    if (L.tiled) {
        if (!TIFFGetField(tif, TIFFTAG_TILEWIDTH, &L.blockWidth)
            || !TIFFGetField(tif, TIFFTAG_TILELENGTH, &L.blockHeight) || L.blockWidth == 0
            || L.blockHeight == 0)
            fail(ErrorCode::MalformedFile, path, "is a damaged TIFF image (invalid tile size)");
    } else {
        std::uint32_t rows = L.height;
        TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &rows);
        L.blockWidth = L.width;
        L.blockHeight = std::clamp<std::uint32_t>(rows, 1, L.height);
    }
    return L;
}

} // namespace

Array decodeTiff(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options)
{
    TiffSource src;
    src.data = data;
    src.size = n;
    TiffGuard guard;
    guard.opts = TIFFOpenOptionsAlloc();
    if (!guard.opts)
        fail(ErrorCode::Internal, path, "could not be read (libtiff did not start)");
    TIFFOpenOptionsSetErrorHandlerExtR(guard.opts, tiffError, &src);
    TIFFOpenOptionsSetWarningHandlerExtR(guard.opts, tiffWarning, &src);
    TIFFOpenOptionsSetMaxSingleMemAlloc(
        guard.opts, tmsize_t(std::min<std::uint64_t>(options.maxBytes, std::uint64_t(1) << 40)));
    guard.tif = TIFFClientOpenExt("tiff", "rm", &src, tiffRead, tiffWrite, tiffSeek, tiffClose,
        tiffSize, tiffMap, tiffUnmap, guard.opts);
    const auto damaged = [&] {
        fail(ErrorCode::MalformedFile, path,
            std::string("is a damaged TIFF image (")
                + (src.message[0] ? src.message : "it could not be decoded") + ")");
    };
    if (!guard.tif || src.failed)
        damaged();
    TIFF *tif = guard.tif;
    const TiffLayout L = readLayout(tif, path);
    if (src.failed)
        damaged();
    // The decoded image (float) and each strip's or tile's decoded bytes within the budget.
    const std::uint64_t pixels = std::uint64_t(L.width) * L.height; // < 2^64
    if (pixels > std::uint64_t(1) << 56)
        fail(ErrorCode::ResourceLimit, path, "declares an impossibly large image");
    checkBudget(path, pixels * L.outChannels, options);
    const bool separate = L.planar == PLANARCONFIG_SEPARATE && L.spp > 1;
    const std::uint64_t samplesPerBlockRow = std::uint64_t(L.blockWidth) * (separate ? 1 : L.spp);
    const std::uint64_t blockRowBytes = (samplesPerBlockRow * L.bps + 7) / 8; // < 2^42
    if (blockRowBytes > options.maxBytes || L.blockHeight > options.maxBytes / blockRowBytes)
        fail(ErrorCode::ResourceLimit, path,
            "has strips or tiles larger than the memory budget allows");
    const std::uint64_t blockBytes = blockRowBytes * L.blockHeight;
    const std::uint32_t blocksAcross = (L.width + L.blockWidth - 1) / L.blockWidth;
    const std::uint32_t blocksDown = (L.height + L.blockHeight - 1) / L.blockHeight;
    const std::uint64_t planes = separate ? L.spp : 1;
    const std::uint64_t blocks = std::uint64_t(blocksAcross) * blocksDown * planes;
    if (blocks != std::uint64_t(L.tiled ? TIFFNumberOfTiles(tif) : TIFFNumberOfStrips(tif)))
        fail(ErrorCode::MalformedFile, path,
            "is a damaged TIFF image (wrong number of strips or tiles)");
    // Every block inside the file, and enough compressed bytes for the declared size.
    std::uint64_t *offsets = nullptr, *counts = nullptr;
    const bool haveOffsets = L.tiled ? TIFFGetField(tif, TIFFTAG_TILEOFFSETS, &offsets)
                                     : TIFFGetField(tif, TIFFTAG_STRIPOFFSETS, &offsets);
    const bool haveCounts = L.tiled ? TIFFGetField(tif, TIFFTAG_TILEBYTECOUNTS, &counts)
                                    : TIFFGetField(tif, TIFFTAG_STRIPBYTECOUNTS, &counts);
    if (!haveOffsets || !offsets || !haveCounts || !counts || src.failed)
        fail(ErrorCode::MalformedFile, path, "is a damaged TIFF image (no strip or tile offsets)");
    std::uint64_t stored = 0;
    for (std::uint64_t b = 0; b < blocks; ++b) {
        if (offsets[b] > n || counts[b] > n - offsets[b])
            fail(ErrorCode::MalformedFile, path,
                "is a truncated TIFF image (its image data lies beyond the end of the file)");
        stored += counts[b];
    }
    const double bound = expansionBound(L.compression);
    const double needed = double(blockBytes) * double(blocks);
    if (bound > 0 && needed > bound * double(stored) + 65536.0)
        fail(ErrorCode::MalformedFile, path,
            "is a damaged TIFF image (far too little data for its declared size of "
                + std::to_string(L.width) + " × " + std::to_string(L.height) + " pixels)");

    Array a = allocatePhoto(path, L.height, L.width, L.outChannels, L.type, "tiff", options);
    std::vector<unsigned char> buffer(static_cast<std::size_t>(blockBytes));
    const std::size_t outCh = L.outChannels;
    float *out = a.data();
    const double levels = L.bps < 8 ? double((1u << L.bps) - 1) : 1.0;
    const bool paletteWide = [&] {
        for (const auto &p : L.palette)
            for (std::uint16_t v : p)
                if (v > 255)
                    return true;
        return false;
    }();
    const bool plain = !separate && L.format == SAMPLEFORMAT_UINT && (L.bps == 8 || L.bps == 16)
        && std::size_t(L.spp) == outCh
        && (L.photometric == Photometric::Gray || L.photometric == Photometric::GrayInverted
            || L.photometric == Photometric::Rgb);
    std::uint64_t done = 0;
    for (std::uint64_t plane = 0; plane < planes; ++plane) {
        for (std::uint32_t by = 0; by < blocksDown; ++by) {
            for (std::uint32_t bx = 0; bx < blocksAcross; ++bx) {
                const std::uint32_t x0 = bx * L.blockWidth, y0 = by * L.blockHeight;
                const std::uint32_t index = L.tiled
                    ? TIFFComputeTile(tif, x0, y0, 0, std::uint16_t(plane))
                    : TIFFComputeStrip(tif, y0, std::uint16_t(plane));
                const tmsize_t got = L.tiled
                    ? TIFFReadEncodedTile(tif, index, buffer.data(), tmsize_t(blockBytes))
                    : TIFFReadEncodedStrip(tif, index, buffer.data(), tmsize_t(blockBytes));
                const std::uint32_t rows = std::min(L.blockHeight, L.height - y0);
                const std::uint32_t cols = std::min(L.blockWidth, L.width - x0);
                // A strip may be short only by the rows past the image's end.
                const std::uint64_t minimum = L.tiled ? blockBytes : blockRowBytes * rows;
                if (got < 0 || src.failed || std::uint64_t(got) < minimum)
                    damaged();
                for (std::uint32_t r = 0; r < rows; ++r) {
                    const unsigned char *row = buffer.data() + r * blockRowBytes;
                    float *dst = out + (std::size_t(y0 + r) * L.width + x0) * outCh;
                    if (plain) { // the common case: 8- or 16-bit gray or RGB, as stored
                        const std::size_t count = std::size_t(cols) * outCh;
                        if (L.bps == 8) {
                            for (std::size_t i = 0; i < count; ++i)
                                dst[i] = float(row[i]);
                        } else {
                            for (std::size_t i = 0; i < count; ++i) {
                                std::uint16_t v;
                                std::memcpy(&v, row + 2 * i, 2);
                                dst[i] = float(v);
                            }
                        }
                        continue;
                    }
                    for (std::uint32_t c = 0; c < cols; ++c, dst += outCh) {
                        if (separate) {
                            if (plane < outCh) {
                                double v = sampleAt(row, c, L);
                                if (L.bps < 8)
                                    v = std::round(v * 255.0 / levels);
                                dst[plane] = float(v);
                            }
                            continue;
                        }
                        const std::size_t base = std::size_t(c) * L.spp;
                        switch (L.photometric) {
                        case Photometric::Gray:
                        case Photometric::GrayInverted:
                        case Photometric::Rgb:
                            for (std::size_t k = 0; k < outCh; ++k) {
                                double v = sampleAt(row, base + k, L);
                                if (L.bps < 8)
                                    v = std::round(v * 255.0 / levels);
                                dst[k] = float(v);
                            }
                            break;
                        case Photometric::Palette: {
                            const std::size_t i = std::size_t(sampleAt(row, base, L));
                            for (std::size_t k = 0; k < 3; ++k) {
                                const std::uint16_t v = L.palette[k][i];
                                dst[k] = float(paletteWide ? (v + 128) / 257 : v);
                            }
                            break;
                        }
                        case Photometric::Cmyk: {
                            const double clearK = 255.0 - sampleAt(row, base + 3, L);
                            for (std::size_t k = 0; k < 3; ++k)
                                dst[k] = float(std::floor(
                                    ((255.0 - sampleAt(row, base + k, L)) * clearK + 127) / 255));
                            break;
                        }
                        }
                    }
                }
                if (loadCancelled(options))
                    throw Cancelled {};
                loadProgress(options, double(++done) / double(blocks));
            }
        }
    }
    if (L.photometric == Photometric::GrayInverted) {
        // Min-is-white: 0 is white. Inverted within the sample range (gray only, not alpha).
        const double top = L.bps < 8          ? 255.0
            : L.format == SAMPLEFORMAT_IEEEFP ? 1.0
                                              : std::ldexp(1.0, L.bps) - 1.0;
        for (std::size_t i = 0; i < a.values.size(); i += outCh)
            a.values[i]
                = float(L.format == SAMPLEFORMAT_INT ? -1.0 - a.values[i] : top - a.values[i]);
    }
    loadProgress(options, 1.0);
    return a;
}

} // namespace dsl::io
