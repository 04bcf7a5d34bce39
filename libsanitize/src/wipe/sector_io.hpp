// Whole-range reads and writes that survive short transfers and bad sectors.
//
// As in coreutils' shred: short transfers are continued; on a medium error (EIO, or ENODATA as
// NVMe reports one) the rest of the range is redone one logical sector at a time, so a bad
// sector costs only itself. Each sector gets a second attempt, then is recorded as a bad range
// and skipped. Any other error is fatal to the pass.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

struct SectorIoResult {
    std::uint64_t good_bytes = 0;    // transferred successfully
    std::vector<ByteRange> bad;      // sectors that failed every attempt with a medium error
    std::optional<Error> fatal;      // anything else: the pass cannot go on
};

using BadSectorObserver = std::function<void(const Diagnostic&)>;

SectorIoResult write_range(device::Device& device, std::span<const std::byte> data, std::uint64_t offset,
                           std::uint32_t sector_bytes, const BadSectorObserver& observe);

// Unreadable sectors are left as they were in `out`; callers skip them by their ranges.
SectorIoResult read_range(device::Device& device, std::span<std::byte> out, std::uint64_t offset,
                          std::uint32_t sector_bytes, const BadSectorObserver& observe);

}  // namespace sanitize::wipe
