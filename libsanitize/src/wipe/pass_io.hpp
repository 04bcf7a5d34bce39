// The two linear loops of a pass: write the pass over the whole medium; read ranges back and
// compare them with what the pass wrote.
#pragma once

#include <cstdint>
#include <optional>
#include <stop_token>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"
#include "wipe/pass_data.hpp"
#include "wipe/progress_tracker.hpp"

namespace sanitize::wipe {

struct PassIo {
    device::Device& device;
    const PassData& data;
    std::size_t chunk_bytes;  // from chunk_bytes_for()
    unsigned workers;
    ProgressTracker& progress;
    std::stop_token stop;
};

struct WritePassResult {
    std::uint64_t bytes_written = 0;
    std::vector<ByteRange> unwritten;  // normalized
    std::optional<Error> fatal;
    bool cancelled = false;
};

WritePassResult write_pass(const PassIo& io);

struct VerifyRangesResult {
    std::uint64_t bytes_verified = 0;  // read back and equal to the pass's bytes
    std::vector<ByteRange> mismatches;  // normalized, at sector granularity
    std::vector<ByteRange> unreadable;  // normalized
    std::optional<Error> fatal;
    bool cancelled = false;
};

// Reads `ranges` back and compares them with io.data. Ranges in `known_unwritten` (bad sectors
// of the write) are not counted as mismatches: they are already exceptions.
VerifyRangesResult verify_ranges(const PassIo& io, const std::vector<ByteRange>& ranges,
                                 const std::vector<ByteRange>& known_unwritten);

}  // namespace sanitize::wipe
