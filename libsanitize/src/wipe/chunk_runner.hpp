// Runs a job over byte ranges chunk by chunk on several worker threads.
//
// Workers take the next chunk from one shared counter, so the chunks in flight stay next to each
// other on the medium and each worker overlaps its own generation with another worker's I/O.
// Nothing is precomputed per chunk: memory does not grow with the medium.
#pragma once

#include <cstddef>
#include <functional>
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
ChunkRunStatus run_chunks(const std::vector<ByteRange>& ranges, std::size_t chunk_bytes, unsigned workers,
                          const ChunkWork& work, const std::function<void()>& tick, std::stop_token stop);

// The number of workers to use when the caller asked for `requested` (0: one per core, at least 2).
unsigned worker_count(unsigned requested) noexcept;

}  // namespace sanitize::wipe
