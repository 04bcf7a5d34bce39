// Moving one chunk to or from the medium, with every retry a pass allows in one place, as
// coreutils shred's dopass does: a short transfer is continued where it stopped; EINVAL from a
// direct transfer turns direct I/O off (once, for good) and the chunk is tried again; a medium
// error (EIO, or ENODATA as NVMe reports one) redoes the chunk sector by sector, each sector
// twice, and records the sectors that still fail as bad ranges; any other error is fatal to the
// pass.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

struct ChunkResult {
    std::uint64_t good_bytes = 0;  // transferred successfully
    std::vector<ByteRange> bad;    // sectors that failed every attempt with a medium error
    std::optional<Error> fatal;    // anything else: the pass cannot go on
};

// Where the retries are reported: a sector that could not be moved, a fallback to buffered I/O.
using TransferObserver = std::function<void(const Diagnostic&)>;

ChunkResult write_chunk(device::Device& device, std::span<const std::byte> data, std::uint64_t offset,
                        std::uint32_t sector_bytes, const TransferObserver& observe);

// Unreadable sectors are left as they were in `out`; callers skip them by their ranges.
ChunkResult read_chunk(device::Device& device, std::span<std::byte> out, std::uint64_t offset,
                       std::uint32_t sector_bytes, const TransferObserver& observe);

}  // namespace sanitize::wipe
