// The two linear loops of a pass: write the pass over the whole medium; read ranges back and
// compare them with what the pass wrote.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"
#include "wipe/pass_data.hpp"
#include "wipe/progress_tracker.hpp"

namespace sanitize::wipe {

// A phase in progress as a checkpoint may record it: everything below low_water is done.
struct PhaseSnapshot {
    std::uint64_t low_water = 0;
    std::vector<ByteRange> unwritten;   // writing: bad sectors below low_water
    std::vector<ByteRange> mismatches;  // verifying: found below low_water
    std::vector<ByteRange> unreadable;
};

struct PassIo {
    device::Device& device;
    const PassData& data;
    std::size_t chunk_bytes;  // from chunk_bytes_for()
    unsigned workers;
    ProgressTracker& progress;
    std::stop_token stop;
    std::function<void(const PhaseSnapshot&)> on_tick = {};  // engine thread, a few times a second
    std::chrono::microseconds throttle{0};                    // WipeOptions::throttle
};

struct WritePassResult {
    std::uint64_t bytes_written = 0;
    std::vector<ByteRange> unwritten;  // normalized
    std::optional<Error> fatal;
    bool cancelled = false;
};

// Writes [start, medium size); a resumed pass starts at its checkpoint's low-water mark.
WritePassResult write_pass(const PassIo& io, std::uint64_t start = 0);

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
