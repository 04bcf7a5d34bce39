#include <mutex>
#include <thread>

#include "wipe/aligned_buffer.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/pass_io.hpp"
#include "wipe/sector_io.hpp"

namespace sanitize::wipe {
namespace {

// A medium with more bad sectors than this is failing, not marked: stop hammering it and say so.
std::uint64_t bad_bytes_budget(std::uint64_t medium_bytes, std::uint32_t sector_bytes) {
    return std::max<std::uint64_t>(medium_bytes / 100, std::uint64_t{64} * sector_bytes);
}

}  // namespace

WritePassResult write_pass(const PassIo& io, std::uint64_t start) {
    const auto& info = io.device.info();
    const std::uint32_t sector = info.logical_sector_bytes;
    const std::uint64_t budget = bad_bytes_budget(info.size_bytes, sector);
    std::vector<AlignedBuffer> scratch;
    if (io.data.is_random())
        for (unsigned w = 0; w < io.workers; ++w) scratch.emplace_back(io.chunk_bytes, io.device.io_alignment());

    WritePassResult result;
    std::atomic<std::uint64_t> written{0};
    std::mutex mutex;  // guards result.unwritten, result.fatal and bad_bytes
    std::uint64_t bad_bytes = 0;
    auto observe = [&](const Diagnostic& d) { io.progress.diagnose(d); };

    auto write_chunk = [&](unsigned worker, ByteRange chunk) {
        const auto length = static_cast<std::size_t>(chunk.length);
        std::span<std::byte> buffer = scratch.empty() ? std::span<std::byte>{} : scratch[worker].bytes();
        const auto bytes = io.data.bytes_at(chunk.offset, length, buffer);
        SectorIoResult outcome = write_range(io.device, bytes, chunk.offset, sector, observe);
        written.fetch_add(outcome.good_bytes);
        io.progress.add(chunk.length);
        if (io.throttle.count() > 0) std::this_thread::sleep_for(io.throttle);
        if (outcome.bad.empty() && !outcome.fatal) return true;
        const std::lock_guard lock(mutex);
        for (const ByteRange& r : outcome.bad) bad_bytes += r.length;
        result.unwritten.insert(result.unwritten.end(), outcome.bad.begin(), outcome.bad.end());
        if (!outcome.fatal && bad_bytes > budget)
            outcome.fatal = make_error(Errc::io_error, "too many bad sectors", EIO);
        if (outcome.fatal && !result.fatal) result.fatal = std::move(outcome.fatal);
        return !result.fatal;
    };
    std::atomic<std::uint64_t> low_water{start};
    auto tick = [&] {
        io.progress.tick();
        if (!io.on_tick) return;
        PhaseSnapshot snapshot;
        snapshot.low_water = low_water.load();  // before the copy: ranges found later lie above it
        {
            const std::lock_guard lock(mutex);
            snapshot.unwritten = below(normalized(result.unwritten), snapshot.low_water);
        }
        io.on_tick(snapshot);
    };
    const auto status = run_chunks({{start, info.size_bytes - start}}, io.chunk_bytes, io.workers, write_chunk, tick,
                                   io.stop, &low_water);
    result.bytes_written = written.load();
    result.unwritten = normalized(std::move(result.unwritten));
    result.cancelled = status.cancelled;
    return result;
}

}  // namespace sanitize::wipe
