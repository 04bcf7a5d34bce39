// The write pass and the read-back pass: chunks on the workers, the retries in transfer.cpp,
// the sync at the end of a write, the observer told how far the pass got.
#include "wipe/pass.hpp"

#include <mutex>
#include <thread>

#include "wipe/aligned_buffer.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/transfer.hpp"

namespace sanitize::wipe {
namespace {

// A medium with more bad sectors than this is failing, not marked: stop hammering it and say so.
std::uint64_t bad_bytes_budget(std::uint64_t medium_bytes, std::uint32_t sector_bytes) {
    return std::max<std::uint64_t>(medium_bytes / 100, std::uint64_t{64} * sector_bytes);
}

std::vector<AlignedBuffer> buffers_for(const PassIo& io) {
    std::vector<AlignedBuffer> buffers;
    for (unsigned w = 0; w < io.workers; ++w) buffers.emplace_back(io.chunk_bytes, io.device.io_alignment());
    return buffers;
}

// What the workers found, shared under one lock; ticks copy what lies below the low-water mark.
struct Findings {
    std::mutex mutex;
    std::vector<ByteRange> bad;         // writing: unwritten; verifying: unreadable
    std::vector<ByteRange> mismatches;  // verifying
    std::optional<Error> fatal;
    std::uint64_t bad_bytes = 0;
};

void pace(const PassIo& io) {
    if (io.throttle.count() > 0) std::this_thread::sleep_for(io.throttle);
}

}  // namespace

WritePassResult write_pass(const PassIo& io, std::uint64_t start, PassObserver* observer) {
    const device::DeviceInfo& info = io.device.info();
    const std::uint32_t sector = info.logical_sector_bytes;
    const std::uint64_t budget = bad_bytes_budget(info.size_bytes, sector);
    std::vector<AlignedBuffer> scratch = io.data.is_random() ? buffers_for(io) : std::vector<AlignedBuffer>{};
    Findings found;
    std::atomic<std::uint64_t> written{0};
    const TransferObserver diagnose = [&io](const Diagnostic& d) { io.progress.diagnose(d); };

    auto write_one = [&](unsigned worker, ByteRange chunk) {
        const auto length = static_cast<std::size_t>(chunk.length);
        std::span<std::byte> buffer = scratch.empty() ? std::span<std::byte>{} : scratch[worker].bytes();
        ChunkResult outcome = write_chunk(io.device, io.data.bytes_at(chunk.offset, length, buffer), chunk.offset, sector, diagnose);
        written.fetch_add(outcome.good_bytes);
        io.progress.add(chunk.length);
        pace(io);
        if (outcome.bad.empty() && !outcome.fatal) return true;
        const std::lock_guard lock(found.mutex);
        for (const ByteRange& r : outcome.bad) found.bad_bytes += r.length;
        found.bad.insert(found.bad.end(), outcome.bad.begin(), outcome.bad.end());
        if (!outcome.fatal && found.bad_bytes > budget) outcome.fatal = make_error(Errc::io_error, "too many bad sectors", EIO);
        if (outcome.fatal && !found.fatal) found.fatal = std::move(outcome.fatal);
        return !found.fatal;
    };
    std::atomic<std::uint64_t> low_water{start};
    auto tick = [&] {
        io.progress.tick();
        if (observer == nullptr) return;
        PhaseSnapshot snapshot;
        snapshot.low_water = low_water.load();  // before the copy: ranges found later lie above it
        {
            const std::lock_guard lock(found.mutex);
            snapshot.unwritten = below(normalized(found.bad), snapshot.low_water);
        }
        observer->reached(snapshot);
    };
    const ChunkRunStatus status = run_chunks({{start, info.size_bytes - start}}, io.chunk_bytes, io.workers, write_one,
                                             tick, io.stop, &low_water);
    WritePassResult result{written.load(), normalized(std::move(found.bad)), io.progress.phase_seconds(), false, false,
                           std::move(found.fatal), status.cancelled};
    if (result.fatal || result.cancelled) {
        io.progress.end_phase();
        return result;
    }
    io.progress.syncing();
    // EIO here means data counted as written may not be on the medium: an error, not success.
    Result<void> synced = io.device.sync();
    io.progress.end_phase();
    result.synced = synced.has_value();
    result.sync_failed = !synced;
    if (!synced) result.fatal = synced.error();
    return result;
}

VerifyRangesResult verify_pass(const PassIo& io, const std::vector<ByteRange>& ranges,
                               const std::vector<ByteRange>& known_unwritten, PassObserver* observer) {
    const std::uint32_t sector = io.device.info().logical_sector_bytes;
    std::vector<AlignedBuffer> buffers = buffers_for(io);
    Findings found;
    std::atomic<std::uint64_t> verified{0};
    const TransferObserver diagnose = [&io](const Diagnostic& d) { io.progress.diagnose(d); };

    auto verify_one = [&](unsigned worker, ByteRange chunk) {
        auto actual = buffers[worker].bytes().first(static_cast<std::size_t>(chunk.length));
        ChunkResult read = read_chunk(io.device, actual, chunk.offset, sector, diagnose);
        io.progress.add(chunk.length);
        pace(io);
        if (read.fatal) {
            const std::lock_guard lock(found.mutex);
            if (!found.fatal) found.fatal = std::move(read.fatal);
            return false;
        }
        const auto unreadable = normalized(read.bad);
        // Unreadable sectors hold whatever was in the buffer: they are not compared.
        const auto differing = subtract(io.data.differing_sectors(chunk.offset, actual, sector), unreadable);
        verified.fetch_add(chunk.length - total_length(unreadable) - total_length(differing));
        if (unreadable.empty() && differing.empty()) return true;
        const auto mismatches = subtract(differing, known_unwritten);
        const std::lock_guard lock(found.mutex);
        found.bad.insert(found.bad.end(), unreadable.begin(), unreadable.end());
        found.mismatches.insert(found.mismatches.end(), mismatches.begin(), mismatches.end());
        return true;
    };
    std::atomic<std::uint64_t> low_water{0};
    auto tick = [&] {
        io.progress.tick();
        if (observer == nullptr) return;
        PhaseSnapshot snapshot;
        snapshot.low_water = low_water.load();
        {
            const std::lock_guard lock(found.mutex);
            snapshot.mismatches = below(normalized(found.mismatches), snapshot.low_water);
            snapshot.unreadable = below(normalized(found.bad), snapshot.low_water);
        }
        observer->reached(snapshot);
    };
    const ChunkRunStatus status = run_chunks(ranges, io.chunk_bytes, io.workers, verify_one, tick, io.stop, &low_water);
    return VerifyRangesResult{verified.load(), normalized(std::move(found.mismatches)), normalized(std::move(found.bad)),
                              std::move(found.fatal), status.cancelled};
}

}  // namespace sanitize::wipe
