#include <mutex>
#include <thread>

#include "wipe/aligned_buffer.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/pass_io.hpp"
#include "wipe/sector_io.hpp"

namespace sanitize::wipe {

VerifyRangesResult verify_ranges(const PassIo& io, const std::vector<ByteRange>& ranges,
                                 const std::vector<ByteRange>& known_unwritten) {
    const std::uint32_t sector = io.device.info().logical_sector_bytes;
    std::vector<AlignedBuffer> buffers;
    for (unsigned w = 0; w < io.workers; ++w) buffers.emplace_back(io.chunk_bytes, io.device.io_alignment());

    VerifyRangesResult result;
    std::atomic<std::uint64_t> verified{0};
    std::mutex mutex;  // guards the vectors and fatal of result
    auto observe = [&](const Diagnostic& d) { io.progress.diagnose(d); };

    auto verify_chunk = [&](unsigned worker, ByteRange chunk) {
        const auto length = static_cast<std::size_t>(chunk.length);
        auto actual = buffers[worker].bytes().first(length);
        SectorIoResult read = read_range(io.device, actual, chunk.offset, sector, observe);
        io.progress.add(chunk.length);
        if (io.throttle.count() > 0) std::this_thread::sleep_for(io.throttle);
        if (read.fatal) {
            const std::lock_guard lock(mutex);
            if (!result.fatal) result.fatal = std::move(read.fatal);
            return false;
        }
        const auto unreadable = normalized(read.bad);
        // Unreadable sectors hold whatever was in the buffer: they are not compared.
        const auto differing = subtract(io.data.differing_sectors(chunk.offset, actual, sector), unreadable);
        verified.fetch_add(chunk.length - total_length(unreadable) - total_length(differing));
        if (unreadable.empty() && differing.empty()) return true;
        const auto mismatches = subtract(differing, known_unwritten);
        const std::lock_guard lock(mutex);
        result.unreadable.insert(result.unreadable.end(), unreadable.begin(), unreadable.end());
        result.mismatches.insert(result.mismatches.end(), mismatches.begin(), mismatches.end());
        return true;
    };
    std::atomic<std::uint64_t> low_water{0};
    auto tick = [&] {
        io.progress.tick();
        if (!io.on_tick) return;
        PhaseSnapshot snapshot;
        snapshot.low_water = low_water.load();
        {
            const std::lock_guard lock(mutex);
            snapshot.mismatches = below(normalized(result.mismatches), snapshot.low_water);
            snapshot.unreadable = below(normalized(result.unreadable), snapshot.low_water);
        }
        io.on_tick(snapshot);
    };
    const auto status = run_chunks(ranges, io.chunk_bytes, io.workers, verify_chunk, tick, io.stop, &low_water);
    result.bytes_verified = verified.load();
    result.mismatches = normalized(std::move(result.mismatches));
    result.unreadable = normalized(std::move(result.unreadable));
    result.cancelled = status.cancelled;
    return result;
}

}  // namespace sanitize::wipe
