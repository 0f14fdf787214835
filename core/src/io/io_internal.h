// Internal to core's IO: per-format readers and writers, and shared helpers.
#pragma once

#include "dsl/array.h"
#include "dsl/error.h"
#include "dsl/io.h"
#include "validate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dsl::io {

std::uint64_t fileSize(const std::string &path); // throws UnreadableFile
std::vector<unsigned char> readPrefix(const std::string &path, std::size_t count);

Array loadAudio(const std::string &path, const LoadOptions &options);
void saveAudio(const Array &a, const std::string &path, const SaveOptions &options);

void saveImageItk(const Array &a, const std::string &path, const SaveOptions &options);
// `validated` and `inflated`: the header and the inflated stream of a .nii.gz that load() has
// already checked, so the file is inflated once (ITK then reads only the header's geometry).
Array loadNifti1Itk(const std::string &path, const LoadOptions &options,
    const NiftiHeader *validated = nullptr, const std::vector<unsigned char> *inflated = nullptr);
// The voxels at `data` (h.dataBytes of them, file byte order) to float, scl_slope/inter applied.
void niftiVoxelsToFloat(
    const NiftiHeader &h, const unsigned char *data, float *dst, std::size_t count);
// 8- or 16-bit (native-endian samples, channels interleaved) through libpng, written atomically.
void savePng(const Array &a, const std::vector<unsigned char> &samples, int bitDepth,
    const std::string &path, const SaveOptions &options);
void saveNiftiItk(const Array &a, const std::string &path, const SaveOptions &options);

// Validates the header and the data length (for .gz: inflates the whole stream, bounded).
// Returns the inflated bytes for .gz files when keepData, else the raw file bytes when keepData.
NiftiHeader validateNifti(const std::string &path, const LoadOptions &options, bool keepData,
    std::vector<unsigned char> *data);
Array loadNifti2(const std::string &path, const LoadOptions &options);
// Our own NIfTI-1/-2 reader: voxels from the file (or `inflated`, a .nii.gz's stream) and the
// geometry from niftiGeometry(). NIfTI-1 goes through ITK unless its sform is sheared.
Array loadNiftiOwn(const std::string &path, const LoadOptions &options, NiftiHeader h,
    const std::vector<unsigned char> *inflated);
// True when the sform is in use (code > 0) but is not a rotation times a scaling.
bool sformIsSheared(const NiftiHeader &h);
// World frame (LPS) and spacing (mm) from the header; sheared sforms as nibabel users expect
// (see nifti.cpp). Appends what the user should know to `warnings`.
SpaceGeometry niftiGeometry(
    const NiftiHeader &h, double spacing[3], std::vector<std::string> &warnings);
bool isGzipPath(const std::string &path);

} // namespace dsl::io
