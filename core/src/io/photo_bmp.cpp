// BMP, our own reader (no maintained Debian library decodes BMP; ITK's reader trusts headers).
// Headers: BITMAPCOREHEADER (12 bytes), BITMAPINFOHEADER (40) and its extensions (52, 56, 64,
// 108, 124). Pixels: 1/4/8-bit palette, 16-bit (5-5-5 or bit fields), 24-bit, 32-bit (BI_RGB or
// bit fields), BI_RLE8 and BI_RLE4; bottom-up or top-down. Every offset and count is checked
// against the file before it is used: a short file, a run or delta that leaves the image, or a
// colour index beyond the palette is an error.
// Output: RGB (palette images too, as ITK's reader gave), RGBA when bit fields carry alpha.
#include "io_internal.h"
#include "photo.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <vector>

namespace dsl::io {
namespace {

std::uint32_t le32(const unsigned char *p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
        | std::uint32_t(p[3]) << 24;
}
std::uint16_t le16(const unsigned char *p)
{
    return std::uint16_t(p[0] | p[1] << 8);
}

struct Field
{
    std::uint32_t mask = 0;
    int shift = 0;
    std::uint32_t top = 0; // the field's largest value
    float value(std::uint32_t pixel) const
    {
        if (top == 0)
            return 0.0f;
        const std::uint32_t v = (pixel & mask) >> shift;
        return float((std::uint64_t(v) * 255 + top / 2) / top);
    }
};

Field fieldOf(std::uint32_t mask)
{
    Field f;
    f.mask = mask;
    if (mask == 0)
        return f;
    f.shift = std::countr_zero(mask);
    f.top = mask >> f.shift;
    return f;
}

enum : std::uint32_t { kRgb = 0, kRle8 = 1, kRle4 = 2, kBitFields = 3, kAlphaBitFields = 6 };

} // namespace

Array decodeBmp(
    const std::string &path, const unsigned char *d, std::size_t n, const LoadOptions &options)
{
    const auto damaged = [&](const std::string &what) {
        fail(ErrorCode::MalformedFile, path, "is a damaged BMP image (" + what + ")");
    };
    if (n < 26 || d[0] != 'B' || d[1] != 'M')
        fail(ErrorCode::MalformedFile, path, "is not a BMP image");
    const std::uint32_t dataOffset = le32(d + 10);
    const std::uint32_t headerSize = le32(d + 14);
    if (headerSize != 12 && headerSize != 40 && headerSize != 52 && headerSize != 56
        && headerSize != 64 && headerSize != 108 && headerSize != 124)
        damaged("an unknown header size of " + std::to_string(headerSize) + " bytes");
    if (14 + std::uint64_t(headerSize) > n)
        fail(
            ErrorCode::MalformedFile, path, "is a truncated BMP image (it ends inside its header)");
    const unsigned char *h = d + 14;
    std::int64_t width, height;
    std::uint16_t planes, bpp;
    std::uint32_t compression = kRgb, colours = 0;
    if (headerSize == 12) {
        width = le16(h + 4);
        height = std::int16_t(le16(h + 6));
        planes = le16(h + 8);
        bpp = le16(h + 10);
    } else {
        width = std::int32_t(le32(h + 4));
        height = std::int32_t(le32(h + 8));
        planes = le16(h + 12);
        bpp = le16(h + 14);
        compression = le32(h + 16);
        colours = le32(h + 32);
    }
    const bool topDown = height < 0;
    height = std::abs(height);
    if (width <= 0 || height <= 0)
        fail(ErrorCode::MalformedFile, path,
            "declares an empty or negative image size of " + std::to_string(width) + " × "
                + std::to_string(height) + " pixels");
    if (planes != 1)
        damaged(std::to_string(planes) + " colour planes");
    if (bpp != 1 && bpp != 4 && bpp != 8 && bpp != 16 && bpp != 24 && bpp != 32)
        damaged(std::to_string(bpp) + " bits per pixel");
    // Bit fields: in the header (52 bytes and more) or in the 12 bytes after a 40-byte header.
    std::uint32_t masks[4] = { 0, 0, 0, 0 };
    std::uint64_t paletteAt = 14 + std::uint64_t(headerSize);
    const bool fields = compression == kBitFields || compression == kAlphaBitFields;
    if (fields) {
        if (bpp != 16 && bpp != 32)
            damaged("bit fields with " + std::to_string(bpp) + " bits per pixel");
        const unsigned char *m = h + 40;
        if (headerSize == 40) {
            const std::size_t extra = compression == kAlphaBitFields ? 16 : 12;
            if (paletteAt + extra > n)
                fail(ErrorCode::MalformedFile, path,
                    "is a truncated BMP image (it ends inside its header)");
            m = d + paletteAt;
            paletteAt += extra;
        } else if (headerSize < 52) {
            damaged("bit fields without masks");
        }
        for (int i = 0; i < 3; ++i)
            masks[i] = le32(m + 4 * i);
        if (compression == kAlphaBitFields || headerSize >= 56)
            masks[3] = le32(m + 12);
    } else if (compression == kRgb && bpp == 16) {
        masks[0] = 0x7c00;
        masks[1] = 0x03e0;
        masks[2] = 0x001f;
    } else if (compression == kRle8 ? bpp != 8
            : compression == kRle4  ? bpp != 4
                                    : compression != kRgb) {
        if (compression == 4 || compression == 5)
            fail(ErrorCode::MalformedFile, path,
                "is a BMP holding an embedded JPEG or PNG, which is not supported");
        damaged("an unknown compression " + std::to_string(compression) + " for "
            + std::to_string(bpp) + " bits per pixel");
    }
    const bool rle = compression == kRle8 || compression == kRle4;
    if (rle && topDown)
        damaged("run-length data in a top-down image");
    // The palette.
    std::vector<std::array<unsigned char, 3>> palette;
    if (bpp <= 8) {
        const std::uint32_t most = 1u << bpp;
        std::uint32_t count = colours == 0 ? most : colours;
        if (count > most)
            damaged("a palette of " + std::to_string(count) + " colours for " + std::to_string(bpp)
                + "-bit pixels");
        const std::uint64_t entry = headerSize == 12 ? 3 : 4;
        // Writers of the 12-byte header often store only the colours used: take what lies
        // between the header and the pixels (an index beyond it is refused below).
        std::uint64_t room = dataOffset > paletteAt ? (dataOffset - paletteAt) / entry : 0;
        room = std::min<std::uint64_t>(room, paletteAt < n ? (n - paletteAt) / entry : 0);
        if (headerSize == 12 && colours == 0)
            count = std::uint32_t(std::min<std::uint64_t>(count, room));
        if (count == 0 || count > room)
            damaged("its palette overlaps the pixel data or the end of the file");
        for (std::uint32_t i = 0; i < count; ++i) {
            const unsigned char *p = d + paletteAt + i * entry;
            palette.push_back({ p[2], p[1], p[0] });
        }
    }
    if (dataOffset < paletteAt || dataOffset >= n)
        fail(ErrorCode::MalformedFile, path,
            "is a truncated BMP image (its pixel data starts outside the file)");
    const std::size_t channels = masks[3] != 0 ? 4 : 3;
    const std::uint64_t w = std::uint64_t(width), hgt = std::uint64_t(height);
    const std::uint64_t stride = (w * bpp + 31) / 32 * 4;
    const std::uint64_t available = n - dataOffset;
    if (!rle && stride * hgt > available)
        fail(ErrorCode::MalformedFile, path,
            "is a truncated BMP image (" + std::to_string(available) + " of "
                + std::to_string(stride * hgt) + " bytes of pixel data)");
    // Run-length data needs at least one end-of-line code (2 bytes) or a delta (4 bytes, up
    // to 255 rows) per row.
    if (rle && hgt > available * 64 + 1)
        damaged("far too little data for its declared size");
    Array a = allocatePhoto(path, hgt, w, channels, SampleType::UInt8, "bmp", options);
    float *out = a.data();
    const auto rowOut = [&](std::uint64_t fileRow) {
        const std::uint64_t y = topDown ? fileRow : hgt - 1 - fileRow;
        return out + std::size_t(y * w * channels);
    };
    const auto putIndex = [&](float *dst, std::uint32_t index) {
        if (index >= palette.size())
            damaged("a colour index of " + std::to_string(index) + " beyond its "
                + std::to_string(palette.size()) + "-colour palette");
        for (int c = 0; c < 3; ++c)
            dst[c] = float(palette[index][std::size_t(c)]);
    };
    const auto step = [&](std::uint64_t row) {
        if ((row & 15) == 15) {
            if (loadCancelled(options))
                throw Cancelled {};
            loadProgress(options, double(row + 1) / double(hgt));
        }
    };
    if (!rle) {
        const Field f[4]
            = { fieldOf(masks[0]), fieldOf(masks[1]), fieldOf(masks[2]), fieldOf(masks[3]) };
        for (std::uint64_t row = 0; row < hgt; ++row) {
            const unsigned char *src = d + dataOffset + row * stride;
            float *dst = rowOut(row);
            for (std::uint64_t x = 0; x < w; ++x, dst += channels) {
                switch (bpp) {
                case 1:
                case 4:
                case 8: {
                    const std::uint64_t bit = x * bpp;
                    putIndex(dst, (src[bit / 8] >> (8 - bpp - bit % 8)) & ((1u << bpp) - 1));
                    break;
                }
                case 24:
                    dst[0] = src[3 * x + 2];
                    dst[1] = src[3 * x + 1];
                    dst[2] = src[3 * x];
                    break;
                case 16:
                case 32: {
                    if (!fields && bpp == 32) {
                        dst[0] = src[4 * x + 2];
                        dst[1] = src[4 * x + 1];
                        dst[2] = src[4 * x];
                        break;
                    }
                    const std::uint32_t px = bpp == 16 ? le16(src + 2 * x) : le32(src + 4 * x);
                    for (std::size_t c = 0; c < channels; ++c)
                        dst[c] = f[c].value(px);
                    break;
                }
                }
            }
            step(row);
        }
        loadProgress(options, 1.0);
        return a;
    }
    // Run-length: pixels not written keep palette colour 0.
    if (palette.empty())
        damaged("run-length data without a palette");
    for (std::uint64_t i = 0; i < w * hgt; ++i)
        putIndex(out + i * channels, 0);
    const unsigned char *p = d + dataOffset;
    const unsigned char *end = d + n;
    std::uint64_t x = 0, row = 0;
    const bool four = compression == kRle4;
    const auto need = [&](std::size_t bytes) {
        if (std::size_t(end - p) < bytes)
            fail(ErrorCode::MalformedFile, path,
                "is a truncated BMP image (its run-length data ends early)");
    };
    const auto put = [&](std::uint32_t index) {
        if (x >= w || row >= hgt)
            damaged("a run that goes past the edge of the image");
        putIndex(rowOut(row) + x * channels, index);
        ++x;
    };
    while (p < end) {
        need(2);
        const unsigned count = p[0], value = p[1];
        p += 2;
        if (count > 0) {
            for (unsigned i = 0; i < count; ++i)
                put(four ? ((i & 1) ? value & 15 : value >> 4) : value);
            continue;
        }
        if (value == 0) { // end of line
            x = 0;
            step(row);
            ++row;
            continue;
        }
        if (value == 1) // end of bitmap
            break;
        if (value == 2) { // delta
            need(2);
            x += p[0];
            row += p[1];
            p += 2;
            if (x > w || row > hgt || (row == hgt && x > 0))
                damaged("a jump that goes past the edge of the image");
            continue;
        }
        // Absolute mode: `value` indices, padded to a 16-bit boundary.
        const std::size_t bytes = four ? (value + 1) / 2 : value;
        need(bytes + (bytes & 1));
        for (unsigned i = 0; i < value; ++i)
            put(four ? ((i & 1) ? p[i / 2] & 15 : p[i / 2] >> 4) : p[i]);
        p += bytes + (bytes & 1);
    }
    loadProgress(options, 1.0);
    return a;
}

} // namespace dsl::io
