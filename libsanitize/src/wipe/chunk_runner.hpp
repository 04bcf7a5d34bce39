// Runs a job over byte ranges chunk by chunk on several worker threads.
//
// Workers take the next chunk from one shared counter, so the chunks in flight stay next to each
// other on the medium and each worker overlaps its own generation with another worker's I/O.
// Nothing is precomputed per chunk: memory does not grow with the medium.
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stop_token>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

// Does one chunk on worker `worker`; returns false on a fatal error, which stops every worker.
using ChunkWork = std::function<bool(unsigned worker, ByteRange chunk)>;

struct ChunkRunStatus {
    bool cancelled = false;  // a stop was requested before every chunk was done
    bool failed = false;     // a chunk's work returned false
};

// Calls `tick` on the calling thread a few times a second until the workers are done.
//
// With `low_water`, keeps there the offset below which every chunk's work has succeeded (the
// end of the last range once all have): workers finish chunks out of order, and a checkpoint
// may only claim the contiguous prefix. It only grows and is updated before `tick` sees it.
ChunkRunStatus run_chunks(const std::vector<ByteRange>& ranges, std::size_t chunk_bytes, unsigned workers,
                          const ChunkWork& work, const std::function<void()>& tick, std::stop_token stop,
                          std::atomic<std::uint64_t>* low_water = nullptr);

// Tracks which of `count` chunks are done and how many are done without a gap from the first.
class DonePrefix {
public:
    explicit DonePrefix(std::uint64_t count) : done_(count, false) {}
    // Marks chunk `index` done; returns the length of the done prefix. Thread-safe.
    std::uint64_t mark(std::uint64_t index);

private:
    std::mutex mutex_;
    std::vector<bool> done_;  // one bit per chunk: 1 Mi chunks for 4 TB at 4 MiB
    std::uint64_t prefix_ = 0;
};

// The number of workers to use when the caller asked for `requested` (0: one per core, at least 2).
unsigned worker_count(unsigned requested) noexcept;

}  // namespace sanitize::wipe
