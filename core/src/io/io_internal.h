// Internal to core's IO: per-format readers and writers, and shared helpers.
#pragma once

#include "dsl/array.h"
#include "dsl/error.h"
#include "dsl/io.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dsl::io {

std::uint64_t fileSize(const std::string &path); // throws UnreadableFile
std::vector<unsigned char> readPrefix(const std::string &path, std::size_t count);
std::string fileName(const std::string &path); // for messages
[[noreturn]] void fail(ErrorCode code, const std::string &path, const std::string &what);
void checkBudget(const std::string &path, std::uint64_t samples, const LoadOptions &options);

Array loadAudio(const std::string &path, const LoadOptions &options);
void saveAudio(const Array &a, const std::string &path, const SaveOptions &options);

Array loadImageItk(const std::string &path, FileFormat format, const LoadOptions &options);
void saveImageItk(const Array &a, const std::string &path, const SaveOptions &options);
Array loadNifti1Itk(const std::string &path, const LoadOptions &options);
void saveNiftiItk(const Array &a, const std::string &path, const SaveOptions &options);

// Header checks and our own NIfTI-2 reader (nifti.cpp).
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
// Validates the header and the data length (for .gz: inflates the whole stream, bounded).
// Returns the inflated bytes for .gz files when keepData, else the raw file bytes when keepData.
NiftiHeader validateNifti(const std::string &path, const LoadOptions &options, bool keepData,
    std::vector<unsigned char> *data);
Array loadNifti2(const std::string &path, const LoadOptions &options);
bool isGzipPath(const std::string &path);

} // namespace dsl::io
