#include <cstring>
#include <mutex>

#include "wipe/aligned_buffer.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/pass_io.hpp"
#include "wipe/sector_io.hpp"

namespace sanitize::wipe {
namespace {

// The sectors of a chunk whose bytes differ from the expected ones, skipping unreadable ones.
std::vector<ByteRange> mismatched_sectors(std::span<const std::byte> actual, std::span<const std::byte> expected,
                                          std::uint64_t offset, std::uint32_t sector,
                                          const std::vector<ByteRange>& unreadable) {
    std::vector<ByteRange> found;
    for (std::size_t at = 0; at < actual.size(); at += sector) {
        const std::size_t length = std::min<std::size_t>(sector, actual.size() - at);
        if (std::memcmp(actual.data() + at, expected.data() + at, length) != 0)
            found.push_back({offset + at, length});
    }
    return subtract(normalized(std::move(found)), unreadable);
}

struct WorkerBuffers {
    AlignedBuffer read;
    AlignedBuffer expected;
};

}  // namespace

VerifyRangesResult verify_ranges(const PassIo& io, const std::vector<ByteRange>& ranges,
                                 const std::vector<ByteRange>& known_unwritten) {
    const std::uint32_t sector = io.device.info().logical_sector_bytes;
    std::vector<WorkerBuffers> buffers;
    for (unsigned w = 0; w < io.workers; ++w)
        buffers.push_back({AlignedBuffer(io.chunk_bytes, io.device.io_alignment()),
                           AlignedBuffer(io.data.is_random() ? io.chunk_bytes : 0, io.device.io_alignment())});

    VerifyRangesResult result;
    std::atomic<std::uint64_t> verified{0};
    std::mutex mutex;  // guards the vectors and fatal of result
    auto observe = [&](const Diagnostic& d) { io.progress.diagnose(d); };

    auto verify_chunk = [&](unsigned worker, ByteRange chunk) {
        const auto length = static_cast<std::size_t>(chunk.length);
        auto actual = buffers[worker].read.bytes().first(length);
        SectorIoResult read = read_range(io.device, actual, chunk.offset, sector, observe);
        io.progress.add(chunk.length);
        if (read.fatal) {
            const std::lock_guard lock(mutex);
            if (!result.fatal) result.fatal = std::move(read.fatal);
            return false;
        }
        const auto expected = io.data.bytes_at(chunk.offset, length, buffers[worker].expected.bytes());
        if (read.bad.empty() && std::memcmp(actual.data(), expected.data(), length) == 0) {
            verified.fetch_add(chunk.length);
            return true;
        }
        const auto unreadable = normalized(read.bad);
        const auto differing = mismatched_sectors(actual, expected, chunk.offset, sector, unreadable);
        verified.fetch_add(chunk.length - total_length(unreadable) - total_length(differing));
        const auto mismatches = subtract(differing, known_unwritten);
        const std::lock_guard lock(mutex);
        result.unreadable.insert(result.unreadable.end(), unreadable.begin(), unreadable.end());
        result.mismatches.insert(result.mismatches.end(), mismatches.begin(), mismatches.end());
        return true;
    };
    const auto status = run_chunks(ranges, io.chunk_bytes, io.workers, verify_chunk, [&] { io.progress.tick(); },
                                   io.stop);
    result.bytes_verified = verified.load();
    result.mismatches = normalized(std::move(result.mismatches));
    result.unreadable = normalized(std::move(result.unreadable));
    result.cancelled = status.cancelled;
    return result;
}

}  // namespace sanitize::wipe
