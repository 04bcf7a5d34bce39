// What one pass writes at any offset: a repeated pattern or a keystream. Writing and verifying
// both ask it, so they can never disagree about the expected bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "sanitize/wipe.hpp"
#include "wipe/aligned_buffer.hpp"
#include "wipe/keystream.hpp"

namespace sanitize::wipe {

// The chunk size for a pass: near `requested`, a multiple of the I/O alignment and of the
// pattern's period, so that every chunk of a pattern pass starts at phase 0 of the pattern.
std::size_t chunk_bytes_for(std::size_t requested, std::size_t alignment, std::size_t period);

class PassData {
public:
    // For a random pass, a fresh key; for a pattern pass, a buffer of chunk_bytes filled once.
    static PassData create(const Pass& pass, Generator generator, std::size_t chunk_bytes, std::size_t alignment);
    // The same, with the random pass's keystream given (a wipe's keys are fixed before its first
    // pass, so that its checkpoint holds them and a resumed pass writes the same bytes).
    static PassData create(const Pass& pass, const Keystream* keystream, std::size_t chunk_bytes, std::size_t alignment);

    // The pass's bytes at [offset, offset + length), length <= chunk_bytes. Pattern passes
    // return a view of the shared pattern buffer (no copy); random passes fill `scratch`.
    std::span<const std::byte> bytes_at(std::uint64_t offset, std::size_t length, std::span<std::byte> scratch) const;

    // Compares `actual`, read back from [offset, offset + actual.size()), with the pass's bytes
    // and returns the sectors that differ (absolute byte ranges). May overwrite `actual`.
    std::vector<ByteRange> differing_sectors(std::uint64_t offset, std::span<std::byte> actual,
                                             std::uint32_t sector_bytes) const;

    bool is_random() const noexcept { return keystream_.has_value(); }
    std::size_t period() const noexcept { return pattern_.empty() ? 1 : pattern_.size(); }
    std::string pattern_hex() const;
    std::string generator_name() const;

private:
    std::vector<std::uint8_t> pattern_;
    std::shared_ptr<const AlignedBuffer> pattern_buffer_;  // chunk_bytes + period, phase 0 first
    std::optional<Keystream> keystream_;
};

}  // namespace sanitize::wipe
