#include "wipe/sector_io.hpp"

#include <algorithm>
#include <cerrno>

namespace sanitize::wipe {
namespace {

constexpr int attempts_per_sector = 2;

// One direction of I/O: pwrite over const bytes or pread over mutable ones.
template <typename Span>
Result<std::size_t> transfer_once(device::Device& device, Span buffer, std::uint64_t offset) {
    if constexpr (std::is_const_v<typename Span::element_type>) return device.pwrite(buffer, offset);
    else return device.pread(buffer, offset);
}

// Moves the whole span, continuing short transfers. Returns how far it got and the error, if any.
template <typename Span>
std::pair<std::size_t, std::optional<Error>> transfer_all(device::Device& device, Span buffer, std::uint64_t offset) {
    std::size_t done = 0;
    while (done < buffer.size()) {
        auto moved = transfer_once(device, buffer.subspan(done), offset + done);
        if (!moved) return {done, moved.error()};
        if (*moved == 0)  // the medium ended early: it shrank or was swapped under us
            return {done, make_error(Errc::device_vanished, "zero-byte transfer @" + std::to_string(offset + done))};
        done += *moved;
    }
    return {done, std::nullopt};
}

// A medium error: EIO, or ENODATA, which the block layer returns for BLK_STS_MEDIUM (an NVMe
// Unrecovered Read Error or Write Fault, a SCSI MEDIUM ERROR).
bool is_bad_sector(const Error& error) { return error.sys_errno == EIO || error.sys_errno == ENODATA; }

template <typename Span>
SectorIoResult transfer_range(device::Device& device, Span buffer, std::uint64_t offset, std::uint32_t sector_bytes,
                              const BadSectorObserver& observe) {
    SectorIoResult result;
    auto [done, error] = transfer_all(device, buffer, offset);
    if (!error) {
        result.good_bytes = done;
        return result;
    }
    if (!is_bad_sector(*error)) {
        result.fatal = std::move(error);
        return result;
    }
    // Redo everything from the failing sector on, one sector at a time.
    const std::size_t restart = done - done % sector_bytes;
    result.good_bytes = restart;
    for (std::size_t at = restart; at < buffer.size(); at += sector_bytes) {
        const std::size_t length = std::min<std::size_t>(sector_bytes, buffer.size() - at);
        std::optional<Error> last;
        for (int attempt = 0; attempt < attempts_per_sector; ++attempt) {
            last = transfer_all(device, buffer.subspan(at, length), offset + at).second;
            if (!last || !is_bad_sector(*last)) break;
        }
        if (!last) {
            result.good_bytes += length;
        } else if (is_bad_sector(*last)) {
            result.bad.push_back({offset + at, length});
            if (observe) observe({Diagnostic::Kind::bad_sector, offset + at, length, last->sys_errno});
        } else {
            result.fatal = std::move(last);
            return result;
        }
    }
    return result;
}

}  // namespace

SectorIoResult write_range(device::Device& device, std::span<const std::byte> data, std::uint64_t offset,
                           std::uint32_t sector_bytes, const BadSectorObserver& observe) {
    return transfer_range(device, data, offset, sector_bytes, observe);
}

SectorIoResult read_range(device::Device& device, std::span<std::byte> out, std::uint64_t offset,
                          std::uint32_t sector_bytes, const BadSectorObserver& observe) {
    return transfer_range(device, out, offset, sector_bytes, observe);
}

}  // namespace sanitize::wipe
