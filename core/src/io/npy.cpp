// NumPy .npy arrays (format 1.0-3.0): float32/float64 in either byte order, C or Fortran order.
// Our memory order is row-major with NIfTI's i fastest for volumes, so a volume is written as
// shape (I, J, K) in Fortran order (what nibabel returns) and a C-order (I, J, K) input is
// transposed on reading.
#include "io_internal.h"

#include <cstring>
#include <fstream>
#include <regex>

namespace dsl {

using namespace io;

namespace {

struct NpyHeader
{
    std::string descr;
    bool fortran = false;
    std::vector<std::size_t> shape;
};

NpyHeader parseHeader(const std::string &path, const std::string &h)
{
    NpyHeader out;
    std::smatch m;
    if (!std::regex_search(h, m, std::regex("'descr'\\s*:\\s*'([^']*)'")))
        fail(ErrorCode::MalformedFile, path, "has a NumPy header without a dtype");
    out.descr = m[1];
    if (std::regex_search(h, m, std::regex("'fortran_order'\\s*:\\s*(True|False)")))
        out.fortran = m[1] == "True";
    if (!std::regex_search(h, m, std::regex("'shape'\\s*:\\s*\\(([^)]*)\\)")))
        fail(ErrorCode::MalformedFile, path, "has a NumPy header without a shape");
    const std::string dims = m[1];
    const std::regex number("\\d+");
    std::sregex_iterator it(dims.begin(), dims.end(), number), end;
    for (; it != end; ++it) {
        const std::string d = it->str();
        if (d.size() > 12)
            fail(ErrorCode::ResourceLimit, path, "declares an impossibly large array");
        out.shape.push_back(std::size_t(std::stoull(d)));
    }
    return out;
}

} // namespace

Array loadNpy(const std::string &path, const LoadOptions &options)
{
    const std::uint64_t size = fileSize(path);
    const std::vector<unsigned char> pre = readPrefix(path, 12);
    if (pre.size() < 10 || std::memcmp(pre.data(), "\x93NUMPY", 6) != 0)
        fail(ErrorCode::MalformedFile, path, "is not a NumPy .npy file");
    const int major = pre[6];
    std::size_t headerLen, offset;
    if (major == 1) {
        headerLen = std::size_t(pre[8]) | (std::size_t(pre[9]) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (pre.size() < 12)
            fail(ErrorCode::MalformedFile, path, "is a truncated NumPy file");
        headerLen = std::size_t(pre[8]) | (std::size_t(pre[9]) << 8) | (std::size_t(pre[10]) << 16)
            | (std::size_t(pre[11]) << 24);
        offset = 12;
    } else {
        fail(ErrorCode::MalformedFile, path, "has an unknown NumPy format version");
    }
    if (headerLen > 1 << 20 || offset + headerLen > size)
        fail(ErrorCode::MalformedFile, path, "has a damaged NumPy header");
    const std::vector<unsigned char> all = readPrefix(path, offset + headerLen);
    const NpyHeader h = parseHeader(path, std::string(all.begin() + long(offset), all.end()));
    const bool f32 = h.descr == "<f4" || h.descr == ">f4" || h.descr == "=f4";
    const bool f64 = h.descr == "<f8" || h.descr == ">f8" || h.descr == "=f8";
    if (!f32 && !f64)
        fail(ErrorCode::MalformedFile, path,
            "holds " + h.descr + " data; float32 or float64 arrays are supported");
    const bool swap = h.descr[0] == '>';
    if (h.shape.empty() || h.shape.size() > 4)
        fail(ErrorCode::MalformedFile, path, "must be a 1-, 2-, 3- or 4-d array");
    std::uint64_t count = 1;
    for (std::size_t d : h.shape) {
        if (d == 0)
            fail(ErrorCode::MalformedFile, path, "has an empty axis");
        if (d > (std::uint64_t(1) << 40) / count)
            fail(ErrorCode::ResourceLimit, path, "declares an impossibly large array");
        count *= d;
    }
    checkBudget(path, count, options);
    const std::size_t item = f32 ? 4 : 8;
    if (offset + headerLen + count * item > size)
        fail(ErrorCode::MalformedFile, path, "is truncated: its data is shorter than its shape");

    // What the array is: by --as, else by rank.
    const std::size_t rank = h.shape.size();
    Kind kind = options.as.value_or(rank == 1 ? Kind::Signal
            : rank == 2                       ? Kind::Image
                                              : Kind::Volume);
    std::vector<std::size_t> shape = h.shape; // numpy order
    std::size_t channels = 1;
    if (kind == Kind::Signal) {
        if (rank > 2)
            fail(
                ErrorCode::InvalidArgument, path, "is not a signal: (N) or (N, channels) expected");
        if (rank == 2) {
            channels = shape[1];
            shape.resize(1);
        }
    } else if (kind == Kind::Image) {
        if (rank < 2 || rank > 3)
            fail(ErrorCode::InvalidArgument, path, "is not an image: (H, W) or (H, W, C) expected");
        if (rank == 3) {
            channels = shape[2];
            shape.resize(2);
        }
    } else if (rank < 3) {
        fail(ErrorCode::InvalidArgument, path, "is not a volume: (I, J, K[, T]) expected");
    }
    std::vector<unsigned char> raw(count * item);
    {
        std::ifstream in(path, std::ios::binary);
        in.seekg(std::streamoff(offset + headerLen));
        in.read(reinterpret_cast<char *>(raw.data()), std::streamsize(raw.size()));
        if (std::size_t(in.gcount()) != raw.size())
            fail(ErrorCode::MalformedFile, path, "could not be read to the end of its data");
    }
    FloatBuffer flat(count);
    for (std::size_t i = 0; i < count; ++i) {
        unsigned char b[8];
        std::memcpy(b, raw.data() + i * item, item);
        if (swap)
            std::reverse(b, b + item);
        if (f32) {
            float v;
            std::memcpy(&v, b, 4);
            flat[i] = v;
        } else {
            double v;
            std::memcpy(&v, b, 8);
            flat[i] = float(v);
        }
    }
    // The element order we need: row-major over our axes. For volumes our axes are the numpy
    // axes reversed, so Fortran-order data is already ours and C-order data is transposed.
    // For signals and images numpy's C order is ours and Fortran data is transposed.
    const bool needsTranspose = (kind == Kind::Volume) ? !h.fortran : h.fortran;
    Array a;
    if (kind == Kind::Volume) {
        std::vector<std::size_t> ours(h.shape.rbegin(), h.shape.rend());
        a = Array::zeros(Kind::Volume, ours, 1);
        SpaceGeometry g;
        a.space = g;
    } else {
        a = Array::zeros(kind, shape, channels);
    }
    if (!needsTranspose) {
        a.values = std::move(flat);
    } else {
        // Reverse all axes of the flat array (numpy .T): element with index (i0..in) in the file's
        // order goes to the reversed index.
        const std::vector<std::size_t> &fileShape
            = h.shape; // as ordered in the file's fastest-last sense
        std::vector<std::size_t> dims = h.fortran
            ? std::vector<std::size_t>(fileShape.rbegin(), fileShape.rend())
            : fileShape;
        // `flat` is row-major over `dims`; the target is row-major over reversed dims.
        const std::size_t r = dims.size();
        std::vector<std::size_t> idx(r, 0);
        std::vector<std::size_t> outStride(r, 1);
        for (std::size_t k = 1; k < r; ++k)
            outStride[k] = outStride[k - 1] * dims[k - 1];
        for (std::size_t i = 0; i < count; ++i) {
            std::size_t o = 0;
            for (std::size_t k = 0; k < r; ++k)
                o += idx[k] * outStride[k];
            a.values[o] = flat[i];
            for (std::size_t k = r; k-- > 0;) {
                if (++idx[k] < dims[k])
                    break;
                idx[k] = 0;
            }
        }
    }
    if (kind == Kind::Signal && options.rate > 0)
        a.grid[0] = { 0.0, 1.0 / options.rate, "s" };
    a.source.path = path;
    a.source.format = "npy";
    a.source.sampleType = f64 ? SampleType::Float64 : SampleType::Float32;
    return a;
}

void saveNpy(const Array &array, const std::string &path, const SaveOptions &options)
{
    std::vector<std::size_t> shape;
    bool fortran = false;
    if (array.kind == Kind::Volume) {
        shape.assign(array.shape.rbegin(), array.shape.rend());
        fortran = true;
        if (array.channels > 1)
            shape.push_back(array.channels);
    } else {
        shape = array.shape;
        if (array.channels > 1)
            shape.push_back(array.channels);
    }
    std::string dims;
    for (std::size_t d : shape)
        dims += std::to_string(d) + ", ";
    if (shape.size() > 1)
        dims.resize(dims.size() - 2);
    else
        dims.resize(dims.size() - 1);
    std::string header = "{'descr': '<f4', 'fortran_order': "
        + std::string(fortran ? "True" : "False") + ", 'shape': (" + dims + "), }";
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::string bytes = "\x93NUMPY";
    bytes.push_back('\x01');
    bytes.push_back('\x00');
    bytes.push_back(char(header.size() & 0xff));
    bytes.push_back(char((header.size() >> 8) & 0xff));
    bytes += header;
    const std::size_t at = bytes.size();
    bytes.resize(at + array.values.size() * sizeof(float));
    std::memcpy(bytes.data() + at, array.values.data(), array.values.size() * sizeof(float));
    writeFileAtomically(path, bytes, options);
}

} // namespace dsl
