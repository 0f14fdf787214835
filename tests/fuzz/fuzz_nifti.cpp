// Fuzz target: NIfTI-1/-2 header validation and, for gzip input, the bounded multi-member
// inflate in front of it. Contract: every input either validates or throws dsl::Error; a header
// that validates never claims more data than is present.
#include "../../core/src/io/validate.h"
#include "fuzz_common.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    dsl::LoadOptions options;
    options.maxBytes = std::uint64_t(64) << 20; // keep the fuzzer's own memory small
    try {
        std::vector<unsigned char> inflated;
        const bool gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
        const unsigned char *bytes = data;
        std::size_t n = size;
        if (gz) {
            std::size_t pos = 0;
            inflated = dsl::io::inflateBounded(
                "fuzz.nii.gz",
                [&](unsigned char *buffer, std::size_t count) {
                    // Small, odd-sized reads exercise member boundaries across buffers.
                    const std::size_t take = std::min({ count, size - pos, std::size_t(4093) });
                    std::memcpy(buffer, data + pos, take);
                    pos += take;
                    return take;
                },
                options.maxBytes + (1u << 20));
            bytes = inflated.data();
            n = inflated.size();
        }
        const dsl::io::NiftiHeader h
            = dsl::io::parseNiftiHeader("fuzz.nii", bytes, n, n, gz, options);
        if (h.voxOffset + h.dataBytes > n || h.dims.empty() || h.dims.size() > 4)
            std::abort(); // accepted a header whose data is not there
        for (std::int64_t d : h.dims)
            if (d < 1)
                std::abort();
    } catch (const dsl::Error &) {
    }
    return 0;
}
