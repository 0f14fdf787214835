// Fuzz target: the PNG chunk walk and the JPEG end-marker check made before the decoders run.
// The input is seen both as a whole file and as a 64-byte prefix of a longer one (the walk
// trusts what lies beyond its window, so it must stay in bounds there too).
#include "../../core/src/io/validate.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    dsl::LoadOptions options;
    options.maxBytes = std::uint64_t(64) << 20;
    try {
        dsl::io::prescanPng("fuzz.png", data, size, size, options);
    } catch (const dsl::Error &) {
    }
    try {
        dsl::io::prescanPng(
            "fuzz.png", data, std::min<std::size_t>(size, 64), std::uint64_t(size) * 3, options);
    } catch (const dsl::Error &) {
    }
    try {
        dsl::io::prescanJpegTail("fuzz.jpg", data, size);
    } catch (const dsl::Error &) {
    }
    return 0;
}
