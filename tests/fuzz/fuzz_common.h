// Shared by the fuzz targets: a reader that turns fuzzer bytes into bounded choices (the same
// bytes always give the same choices, so a finding replays exactly), and the entry point.
#pragma once

#include "dsl/array.h"
#include "dsl/error.h"
#include "dsl/io.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace dsl::fuzz {

class ByteReader
{
public:
    ByteReader(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    std::size_t remaining() const { return m_size - m_pos; }
    std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    // Uniform-ish in [lo, hi] from one or two bytes.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const unsigned span = unsigned(hi - lo) + 1u;
        unsigned v = byte();
        if (span > 256)
            v = (v << 8) | byte();
        return lo + int(v % span);
    }
    // A value in [lo, hi] from two bytes.
    double real(double lo, double hi)
    {
        const unsigned v = (unsigned(byte()) << 8) | byte();
        return lo + (hi - lo) * double(v) / 65535.0;
    }
    bool flag() { return (byte() & 1u) != 0; }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// Runs a photo decoder with a 64 MiB budget: it returns a consistent image or throws
// dsl::Error; anything else is a finding (abort).
template <class Decoder>
void decodePhotoOrError(
    Decoder decode, const char *name, const std::uint8_t *data, std::size_t size)
{
    LoadOptions options;
    options.maxBytes = std::uint64_t(64) << 20;
    try {
        const Array a = decode(name, data, size, options);
        a.checkInvariants();
        if (a.kind != Kind::Image || a.rank() != 2 || a.channels < 1 || a.channels > 4)
            std::abort();
    } catch (const Error &) {
    }
}

} // namespace dsl::fuzz
