// Checks of untrusted bytes, made before any decoding library runs. Pure functions on memory
// (zlib only): the file readers call them with what they read, the fuzzers with what they make.
// Every rejection throws dsl::Error naming `path` and the problem in one sentence.
#pragma once

#include "dsl/array.h"
#include "dsl/error.h"
#include "dsl/io.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace dsl::io {

// A value of type T at `offset`, byte-swapped when `swap`; the caller checks the bounds.
template <class T> inline T readAt(const unsigned char *p, std::size_t offset, bool swap)
{
    T v;
    std::memcpy(&v, p + offset, sizeof(T));
    if (swap) {
        unsigned char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
            std::swap(b[i], b[sizeof(T) - 1 - i]);
        std::memcpy(&v, b, sizeof(T));
    }
    return v;
}

std::string fileName(const std::string &path); // for messages
[[noreturn]] void fail(ErrorCode code, const std::string &path, const std::string &what);
void checkBudget(const std::string &path, std::uint64_t samples, const LoadOptions &options);

// Reads up to `count` bytes into `buffer`; returns how many (0 at the end).
using ReadFn = std::function<std::size_t(unsigned char *buffer, std::size_t count)>;

// Inflates every gzip member, verifying CRC and size of each (zlib does, per member); trailing
// zero padding is tolerated, other trailing bytes are an error; stops with an error once more
// than `limit` bytes would come out. `sizeHint` (e.g. the gzip trailer's ISIZE, 0 if unknown)
// only sizes the first allocation.
std::vector<unsigned char> inflateBounded(
    const std::string &path, const ReadFn &read, std::uint64_t limit, std::uint64_t sizeHint = 0);

struct NiftiHeader
{
    int version = 1;
    bool swapped = false;
    std::vector<std::int64_t> dims; // dim[1..dim[0]]
    std::vector<double> pixdim; // pixdim[0..7]
    int datatype = 0;
    int bitpix = 0;
    std::uint64_t voxOffset = 0;
    double sclSlope = 1.0, sclInter = 0.0;
    int qformCode = 0, sformCode = 0;
    double quatern[3] {}, qoffset[3] {};
    double srow[3][4] {};
    int componentBytes = 0, components = 1;
    SampleType sampleType = SampleType::Float32;
    std::uint64_t dataBytes = 0;
    std::vector<std::string> warnings;
};

// Parses and validates a NIfTI-1 or -2 header at the start of `bytes` (n of them), against
// `available` bytes of data in the file (or in the inflated stream when `gz`) and the budget.
NiftiHeader parseNiftiHeader(const std::string &path, const unsigned char *bytes, std::size_t n,
    std::uint64_t available, bool gz, const LoadOptions &options);

// Walks the PNG chunks in `data` (the first n bytes of a file of `size` bytes): the header must be
// sane, chunk lengths must fit in the file, and the declared image must fit the budget and be
// reachable from the compressed data present (deflate cannot expand more than ~1032:1).
void prescanPng(const std::string &path, const unsigned char *data, std::size_t n,
    std::uint64_t size, const LoadOptions &options);

// The frame and scans of a JPEG, from a walk over all its markers (data = the whole file).
struct JpegLayout
{
    int frameMarker = 0; // 0xC0..0xCF: baseline, extended, progressive, lossless, arithmetic...
    int precision = 0; // bits per sample
    std::uint32_t width = 0, height = 0;
    int components = 0;
    bool arithmetic = false;
    int scans = 0;
    std::uint64_t entropyBytes = 0; // in all scans, restart markers excluded
};

// Walks the markers from SOI to EOI: every segment inside the file, exactly one frame header
// with a non-empty size inside the budget, at most kMaxJpegScans scans, and, for Huffman
// coding, enough entropy-coded bytes in every scan that codes DC coefficients for one bit per
// 8 x 8 block of each of its components (a Huffman code is at least one bit long, so a JPEG
// cannot hold more than 512 pixels per byte of such a scan). A file that ends before EOI is
// truncated. Throws dsl::Error naming `path`.
inline constexpr int kMaxJpegScans = 500;
JpegLayout scanJpeg(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options);

// For RIFF/WAVE (the first n bytes of a file of `size` bytes): a warning when the data chunk
// declares more bytes than are present, else an empty string.
std::string wavDataWarning(const unsigned char *data, std::size_t n, std::uint64_t size);

} // namespace dsl::io
