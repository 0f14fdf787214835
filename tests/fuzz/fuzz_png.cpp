// Fuzz target: the PNG decoder (chunk walk, then libpng with its error handler) on the input as
// a whole file, and the chunk walk alone on a 64-byte prefix of a longer one (it trusts what
// lies beyond its window, so it must stay in bounds there too).
// Contract: a valid image or a dsl::Error; nothing else escapes, nothing reads out of bounds.
#include "../../core/src/io/photo.h"
#include "../../core/src/io/validate.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    dsl::fuzz::decodePhotoOrError(dsl::io::decodePng, "fuzz.png", data, size);
    dsl::LoadOptions options;
    options.maxBytes = std::uint64_t(64) << 20;
    try {
        dsl::io::prescanPng(
            "fuzz.png", data, std::min<std::size_t>(size, 64), std::uint64_t(size) * 3, options);
    } catch (const dsl::Error &) {
    }
    return 0;
}
