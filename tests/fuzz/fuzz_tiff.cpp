// Fuzz target: the TIFF decoder on the input as a whole file (core/src/io/photo_tiff.cpp).
// Contract: a valid image or a dsl::Error; nothing else escapes, nothing reads out of bounds,
// no allocation beyond the 64 MiB budget the harness sets.
#include "../../core/src/io/photo.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    dsl::fuzz::decodePhotoOrError(dsl::io::decodeTiff, "fuzz.tiff", data, size);
    return 0;
}
