// The retry policy of a pass's I/O, for writes and reads alike.
#include "wipe/transfer.hpp"

#include <algorithm>
#include <cerrno>
#include <string>
#include <type_traits>
#include <utility>

namespace sanitize::wipe {
namespace {

constexpr int attempts_per_sector = 2;

// One system call in either direction: pwrite over const bytes or pread over mutable ones.
template <typename Span>
Result<std::size_t> transfer_once(device::Device& device, Span buffer, std::uint64_t offset) {
    if constexpr (std::is_const_v<typename Span::element_type>) return device.pwrite(buffer, offset);
    else return device.pread(buffer, offset);
}

// The whole span, continuing short transfers; on EINVAL from a direct transfer, direct I/O is
// turned off (for good: the device remembers) and the transfer is tried once more, buffered.
// How far it got, and the error if any.
template <typename Span>
std::pair<std::size_t, std::optional<Error>> transfer_all(device::Device& device, Span buffer, std::uint64_t offset,
                                                          const TransferObserver& observe) {
    std::size_t done = 0;
    bool fell_back = false;
    while (done < buffer.size()) {
        const bool direct = device.direct_io();
        Result<std::size_t> moved = transfer_once(device, buffer.subspan(done), offset + done);
        if (!moved && moved.error().sys_errno == EINVAL && direct && !fell_back && device.use_buffered_io()) {
            fell_back = true;  // another EINVAL, now buffered, is the transfer's own error
            if (observe) observe({Diagnostic::Kind::direct_io_fallback, offset + done, buffer.size() - done, EINVAL});
            continue;
        }
        if (!moved) {
            Error error = moved.error();
            error.offset = offset + done;
            return {done, std::move(error)};
        }
        if (*moved == 0) {  // the medium ended early: it shrank or was swapped under us
            Error error = make_error(Errc::device_vanished, "zero-byte transfer @" + std::to_string(offset + done));
            error.offset = offset + done;
            return {done, std::move(error)};
        }
        done += *moved;
    }
    return {done, std::nullopt};
}

// A medium error: EIO, or ENODATA, which the block layer returns for BLK_STS_MEDIUM (an NVMe
// Unrecovered Read Error or Write Fault, a SCSI MEDIUM ERROR).
bool is_bad_sector(const Error& error) { return error.sys_errno == EIO || error.sys_errno == ENODATA; }

// From the failing sector on, one sector at a time: each gets a second attempt, then is recorded.
template <typename Span>
void sector_by_sector(device::Device& device, Span buffer, std::uint64_t offset, std::uint32_t sector_bytes,
                      std::size_t restart, const TransferObserver& observe, ChunkResult& result) {
    for (std::size_t at = restart; at < buffer.size(); at += sector_bytes) {
        const std::size_t length = std::min<std::size_t>(sector_bytes, buffer.size() - at);
        std::optional<Error> last;
        for (int attempt = 0; attempt < attempts_per_sector; ++attempt) {
            last = transfer_all(device, buffer.subspan(at, length), offset + at, observe).second;
            if (!last || !is_bad_sector(*last)) break;
        }
        if (!last) {
            result.good_bytes += length;
        } else if (is_bad_sector(*last)) {
            result.bad.push_back({offset + at, length});
            if (observe) observe({Diagnostic::Kind::bad_sector, offset + at, length, last->sys_errno});
        } else {
            result.fatal = std::move(last);
            return;
        }
    }
}

template <typename Span>
ChunkResult move_chunk(device::Device& device, Span buffer, std::uint64_t offset, std::uint32_t sector_bytes,
                       const TransferObserver& observe) {
    ChunkResult result;
    auto [done, error] = transfer_all(device, buffer, offset, observe);
    if (!error) {
        result.good_bytes = done;
        return result;
    }
    if (!is_bad_sector(*error)) {
        result.fatal = std::move(error);
        return result;
    }
    const std::size_t restart = done - done % sector_bytes;
    result.good_bytes = restart;
    sector_by_sector(device, buffer, offset, sector_bytes, restart, observe, result);
    return result;
}

}  // namespace

ChunkResult write_chunk(device::Device& device, std::span<const std::byte> data, std::uint64_t offset,
                        std::uint32_t sector_bytes, const TransferObserver& observe) {
    return move_chunk(device, data, offset, sector_bytes, observe);
}

ChunkResult read_chunk(device::Device& device, std::span<std::byte> out, std::uint64_t offset,
                       std::uint32_t sector_bytes, const TransferObserver& observe) {
    return move_chunk(device, out, offset, sector_bytes, observe);
}

}  // namespace sanitize::wipe
