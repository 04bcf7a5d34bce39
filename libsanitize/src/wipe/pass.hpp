// One pass of a wipe over the medium, shaped like coreutils shred's dopass: every chunk is
// generated and written (wipe/transfer.hpp holds every retry: short writes, EINVAL, EIO), then
// the medium is synced, and a sync that fails is a write error, not success. The read-back of a
// pass runs the same way over the ranges the plan verifies. While a pass runs, a PassObserver
// (the checkpoints) hears how far it got.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <stop_token>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"
#include "wipe/pass_data.hpp"
#include "wipe/progress_tracker.hpp"

namespace sanitize::wipe {

// A pass in progress as a checkpoint may record it: everything below low_water is done (and,
// when writing, synced by the observer before it claims so).
struct PhaseSnapshot {
    std::uint64_t low_water = 0;
    std::vector<ByteRange> unwritten;   // writing: bad sectors below low_water
    std::vector<ByteRange> mismatches;  // verifying: found below low_water
    std::vector<ByteRange> unreadable;
};

// Told a few times a second, on the engine's thread, how far the pass got.
class PassObserver {
public:
    virtual ~PassObserver() = default;
    virtual void reached(const PhaseSnapshot& snapshot) = 0;
};

struct PassIo {
    device::Device& device;
    const PassData& data;
    std::size_t chunk_bytes;  // from chunk_bytes_for()
    unsigned workers;
    ProgressTracker& progress;
    std::stop_token stop;
    std::chrono::microseconds throttle{0};  // WipeOptions::throttle
};

struct WritePassResult {
    std::uint64_t bytes_written = 0;
    std::vector<ByteRange> unwritten;  // normalized
    double seconds = 0;                // writing, without the sync after it
    bool synced = false;               // the final sync succeeded (not tried after a stop or a fatal error)
    bool sync_failed = false;          // the final sync was tried and failed
    std::optional<Error> fatal;        // a write that could not go on, or the sync that failed
    bool cancelled = false;
};

// Writes [start, medium size), then syncs; a resumed pass starts at its checkpoint's mark. The
// progress of the writing phase begun by the caller ends here, and the sync has a phase of its own.
WritePassResult write_pass(const PassIo& io, std::uint64_t start, PassObserver* observer);

struct VerifyRangesResult {
    std::uint64_t bytes_verified = 0;   // read back and equal to the pass's bytes
    std::vector<ByteRange> mismatches;  // normalized, at sector granularity
    std::vector<ByteRange> unreadable;  // normalized
    std::optional<Error> fatal;
    bool cancelled = false;
};

// Reads `ranges` back and compares them with io.data. Ranges in `known_unwritten` (bad sectors
// of the write) are not counted as mismatches: they are already exceptions.
VerifyRangesResult verify_pass(const PassIo& io, const std::vector<ByteRange>& ranges,
                               const std::vector<ByteRange>& known_unwritten, PassObserver* observer);

}  // namespace sanitize::wipe
