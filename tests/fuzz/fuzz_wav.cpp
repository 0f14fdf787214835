// Fuzz target: the RIFF/WAVE chunk walk that warns about a data chunk shorter than declared.
// Chunk sizes up to 4 GiB must not move the walk outside the bytes it was given.
#include "../../core/src/io/validate.h"
#include "fuzz_common.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string whole = dsl::io::wavDataWarning(data, size, size);
    // The same bytes as the prefix of a larger file: the walk may not read past n.
    const std::string prefix = dsl::io::wavDataWarning(data, size, std::uint64_t(size) + 1000);
    if (!whole.empty() && whole.find("shorter than declared") == std::string::npos)
        std::abort();
    (void)prefix;
    return 0;
}
