// Validation of untrusted bytes before any decoding library sees them: NIfTI headers and bounded
// gzip inflation, the PNG chunk walk, the JPEG end marker and the WAV data chunk. Pure functions
// on memory (zlib only, no ITK, no file system), so the fuzzers in tests/fuzz drive them directly.
#include "validate.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace dsl::io {

namespace {

// A read-only view with the two members the checks use.
struct Bytes
{
    const unsigned char *p;
    std::size_t n;
    std::size_t size() const { return n; }
    const unsigned char *data() const { return p; }
    unsigned char operator[](std::size_t i) const { return p[i]; }
};

} // namespace

std::string fileName(const std::string &path)
{
    return "\"" + path + "\"";
}

void fail(ErrorCode code, const std::string &path, const std::string &what)
{
    throw Error(code, "The file " + fileName(path) + " " + what + ".");
}

void checkBudget(const std::string &path, std::uint64_t samples, const LoadOptions &options)
{
    if (samples > options.maxBytes / sizeof(float)) {
        const std::uint64_t mib = (samples * sizeof(float) + (1u << 20) - 1) >> 20;
        fail(ErrorCode::ResourceLimit, path,
            "declares " + std::to_string(samples) + " samples (" + std::to_string(mib)
                + " MiB as float), more than the memory budget of "
                + std::to_string(options.maxBytes >> 20)
                + " MiB allows (raise it with --max-memory or in Preferences)");
    }
}

std::vector<unsigned char> inflateBounded(
    const std::string &path, const ReadFn &read, std::uint64_t limit, std::uint64_t sizeHint)
{
    std::vector<unsigned char> out;
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        fail(ErrorCode::Internal, path, "could not start the gzip decoder");
    std::vector<unsigned char> inBuf(1 << 18), outBuf(1 << 18);
    // Reserved, not filled: address space only, so a wrong hint costs no memory; when the hint
    // (gzip's ISIZE) is right the result never moves.
    out.reserve(std::size_t(std::min<std::uint64_t>(sizeHint, limit)));
    bool memberDone = false;
    bool anyMember = false;
    int ret = Z_OK;
    for (;;) {
        if (zs.avail_in == 0) {
            zs.avail_in = uInt(read(inBuf.data(), inBuf.size()));
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

namespace {

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

NiftiHeader parseNiftiHeader(const std::string &path, const unsigned char *bytes, std::size_t n,
    std::uint64_t available, bool gz, const LoadOptions &options)
{
    if (n < 4)
        fail(ErrorCode::MalformedFile, path, "is too short to be a NIfTI file");
    NiftiHeader h;
    const std::int32_t rawSize = readAt<std::int32_t>(bytes, 0, false);
    const std::int32_t swappedSize = readAt<std::int32_t>(bytes, 0, true);
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
    if (n < headerBytes)
        fail(ErrorCode::MalformedFile, path,
            "ends inside its NIfTI header (" + std::to_string(n) + " of "
                + std::to_string(headerBytes) + " bytes)");
    const unsigned char *p = bytes;
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
    return h;
}

namespace {

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8)
        | std::uint32_t(p[3]);
}

} // namespace

void prescanPng(const std::string &path, const unsigned char *data, std::size_t n,
    std::uint64_t size, const LoadOptions &options)
{
    const Bytes b { data, n };
    if (b.size() < 8 + 25)
        fail(ErrorCode::MalformedFile, path, "is too short to be a PNG image");
    if (std::memcmp(b.data() + 12, "IHDR", 4) != 0 || bigEndian32(b.data() + 8) != 13)
        fail(ErrorCode::MalformedFile, path, "is a damaged PNG image (no image header)");
    const std::uint32_t w = bigEndian32(b.data() + 16), h = bigEndian32(b.data() + 20);
    const int depth = b[24], colour = b[25];
    if (w == 0 || h == 0 || w > 0x7fffffffu || h > 0x7fffffffu)
        fail(ErrorCode::MalformedFile, path,
            "declares an invalid image size of " + std::to_string(w) + " × " + std::to_string(h));
    // A palette may be all gray (one channel); the decoder checks the exact size again.
    const int channels = colour == 0 ? 1 : colour == 2 ? 3 : colour == 3 ? 1 : colour == 4 ? 2 : 4;
    checkBudget(path, std::uint64_t(w) * h * std::uint64_t(channels), options);
    std::uint64_t idat = 0;
    bool sawEnd = false;
    std::uint64_t pos = 8;
    while (pos + 12 <= size) {
        if (pos + 8 > b.size())
            break; // beyond the scanned prefix: trust the rest (libpng still checks CRCs)
        const std::uint32_t len = bigEndian32(b.data() + pos);
        if (len > 0x7fffffffu || pos + 12 + len > size)
            fail(ErrorCode::MalformedFile, path,
                "is a damaged PNG image (a chunk claims more bytes than the file has)");
        if (std::memcmp(b.data() + pos + 4, "IDAT", 4) == 0)
            idat += len;
        if (std::memcmp(b.data() + pos + 4, "IEND", 4) == 0) {
            sawEnd = true;
            break;
        }
        pos += 12 + len;
    }
    if (idat == 0 && pos + 8 <= b.size())
        fail(ErrorCode::MalformedFile, path, "is a damaged PNG image (it has no image data)");
    const std::uint64_t rowBytes
        = (std::uint64_t(w) * std::uint64_t(channels) * std::uint64_t(std::max(depth, 1)) + 7) / 8
        + 1;
    if (pos + 8 <= b.size() && rowBytes * h > idat * 1032 + 1024)
        fail(ErrorCode::MalformedFile, path,
            "is a damaged PNG image (far too little data for its declared size)");
    if (!sawEnd && size <= b.size())
        fail(ErrorCode::MalformedFile, path, "is a truncated PNG image (it has no end marker)");
}

namespace {

std::uint64_t divUp(std::uint64_t a, std::uint64_t b)
{
    return (a + b - 1) / b;
}

} // namespace

JpegLayout scanJpeg(
    const std::string &path, const unsigned char *d, std::size_t n, const LoadOptions &options)
{
    const auto damaged = [&](const std::string &what) {
        fail(ErrorCode::MalformedFile, path, "is a damaged JPEG image (" + what + ")");
    };
    const auto truncated = [&] {
        fail(ErrorCode::MalformedFile, path,
            "is a damaged JPEG image (it is truncated: its data ends before the end-of-image "
            "marker)");
    };
    if (n < 4 || d[0] != 0xff || d[1] != 0xd8)
        fail(ErrorCode::MalformedFile, path, "is not a JPEG image");
    JpegLayout L;
    struct Component
    {
        int id, h, v;
    };
    Component comp[4] {};
    int hMax = 1, vMax = 1;
    std::size_t pos = 2;
    for (;;) {
        if (pos >= n)
            truncated();
        if (d[pos] != 0xff)
            damaged("stray bytes where a marker should be");
        while (pos < n && d[pos] == 0xff)
            ++pos;
        if (pos >= n)
            truncated();
        const int marker = d[pos++];
        if (marker == 0xd9)
            break; // EOI
        if (marker == 0x00 || marker == 0xd8)
            damaged(marker == 0xd8 ? "a second start-of-image marker"
                                   : "a stuffed byte outside a scan");
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
            continue; // restart markers and TEM stand alone
        if (pos + 2 > n)
            truncated();
        const std::size_t len = (std::size_t(d[pos]) << 8) | d[pos + 1];
        if (len < 2)
            damaged("a marker segment with an invalid length");
        if (pos + len > n)
            truncated();
        const unsigned char *seg = d + pos + 2;
        const std::size_t segLen = len - 2;
        pos += len;
        const bool frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
            && marker != 0xcc;
        if (frame) {
            if (L.frameMarker != 0)
                damaged("more than one frame header");
            if (segLen < 6)
                damaged("a frame header that is too short");
            L.frameMarker = marker;
            L.precision = seg[0];
            L.height = (std::uint32_t(seg[1]) << 8) | seg[2];
            L.width = (std::uint32_t(seg[3]) << 8) | seg[4];
            L.components = seg[5];
            L.arithmetic = marker >= 0xc9;
            if (L.components < 1 || L.components > 4)
                damaged("a frame with " + std::to_string(L.components) + " colour components");
            if (segLen != 6 + 3 * std::size_t(L.components))
                damaged("a frame header of the wrong length");
            if (L.width == 0 || L.height == 0)
                fail(ErrorCode::MalformedFile, path,
                    "declares an empty image of " + std::to_string(L.width) + " × "
                        + std::to_string(L.height)
                        + " pixels (a height given later by a DNL marker is not supported)");
            for (int c = 0; c < L.components; ++c) {
                comp[c] = { seg[6 + 3 * c], seg[7 + 3 * c] >> 4, seg[7 + 3 * c] & 15 };
                if (comp[c].h < 1 || comp[c].h > 4 || comp[c].v < 1 || comp[c].v > 4)
                    damaged("a colour component with an invalid sampling factor");
                hMax = std::max(hMax, comp[c].h);
                vMax = std::max(vMax, comp[c].v);
            }
            checkBudget(
                path, std::uint64_t(L.width) * L.height * (L.components == 1 ? 1u : 3u), options);
            continue;
        }
        if (marker != 0xda)
            continue; // tables, application data, comments
        if (L.frameMarker == 0)
            damaged("a scan before the frame header");
        if (++L.scans > kMaxJpegScans)
            damaged("more than " + std::to_string(kMaxJpegScans) + " scans");
        if (segLen < 1 || segLen != 1 + 2 * std::size_t(seg[0]) + 3 || seg[0] < 1 || seg[0] > 4)
            damaged("a scan header of the wrong length");
        const int inScan = seg[0];
        const int spectralStart = seg[1 + 2 * inScan];
        // The entropy-coded data: up to the next marker that is not a restart marker.
        std::size_t bytes = 0;
        for (;;) {
            if (pos >= n)
                truncated();
            if (d[pos] != 0xff) {
                ++pos;
                ++bytes;
                continue;
            }
            std::size_t q = pos + 1;
            while (q < n && d[q] == 0xff)
                ++q; // fill bytes
            if (q >= n)
                truncated();
            if (d[q] == 0x00) {
                pos = q + 1;
                ++bytes; // a stuffed 0xff data byte
                continue;
            }
            if (d[q] >= 0xd0 && d[q] <= 0xd7) {
                pos = q + 1;
                continue;
            }
            break; // a real marker: the scan has ended
        }
        L.entropyBytes += bytes;
        if (L.arithmetic || spectralStart != 0)
            continue; // arithmetic coding and AC-only scans can use less than a bit per block
        std::uint64_t blocks = 0;
        if (inScan == 1) {
            const Component *c = nullptr;
            for (int k = 0; k < L.components; ++k)
                if (comp[k].id == seg[1])
                    c = &comp[k];
            if (!c)
                damaged("a scan of a colour component the frame does not have");
            const std::uint64_t w
                = divUp(std::uint64_t(L.width) * std::uint64_t(c->h), std::uint64_t(hMax));
            const std::uint64_t h
                = divUp(std::uint64_t(L.height) * std::uint64_t(c->v), std::uint64_t(vMax));
            blocks = divUp(w, 8) * divUp(h, 8);
        } else {
            std::uint64_t perMcu = 0;
            for (int s = 0; s < inScan; ++s)
                for (int k = 0; k < L.components; ++k)
                    if (comp[k].id == seg[1 + 2 * s])
                        perMcu += std::uint64_t(comp[k].h * comp[k].v);
            blocks = divUp(L.width, 8 * std::uint64_t(hMax))
                * divUp(L.height, 8 * std::uint64_t(vMax)) * perMcu;
        }
        if (divUp(blocks, 8) > bytes + 1)
            fail(ErrorCode::MalformedFile, path,
                "is a damaged JPEG image (its " + std::to_string(L.width) + " × "
                    + std::to_string(L.height) + " pixels need at least "
                    + std::to_string(divUp(blocks, 8)) + " bytes of coded data, it has "
                    + std::to_string(bytes) + ")");
    }
    if (L.frameMarker == 0)
        damaged("no frame header");
    if (L.scans == 0)
        damaged("no image data");
    return L;
}

// For RIFF/WAVE: the data chunk's declared size against the bytes present, for a warning.
std::string wavDataWarning(const unsigned char *data, std::size_t n, std::uint64_t size)
{
    const Bytes b { data, n };
    if (b.size() < 12 || std::memcmp(b.data(), "RIFF", 4) != 0
        || std::memcmp(b.data() + 8, "WAVE", 4) != 0)
        return {};
    std::size_t pos = 12;
    while (pos + 8 <= b.size()) {
        std::uint32_t len;
        std::memcpy(&len, b.data() + pos + 4, 4);
        if (std::memcmp(b.data() + pos, "data", 4) == 0) {
            const std::uint64_t present = size > pos + 8 ? size - (pos + 8) : 0;
            if (len != 0xffffffffu && len > present)
                return "its audio data is shorter than declared (" + std::to_string(present)
                    + " of " + std::to_string(len) + " bytes): it may be cut off";
            return {};
        }
        pos += 8 + std::size_t(len) + (len & 1u);
    }
    return {};
}

} // namespace dsl::io
