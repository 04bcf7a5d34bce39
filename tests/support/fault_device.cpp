#include "fault_device.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

namespace sanitize::test {
namespace {

bool touches(const std::vector<device::ByteRange>& ranges, std::uint64_t offset, std::uint64_t length) {
    return std::any_of(ranges.begin(), ranges.end(), [&](const device::ByteRange& r) {
        return r.offset < offset + length && offset < r.offset + r.length;
    });
}

bool inside(const std::vector<device::ByteRange>& ranges, std::uint64_t offset) {
    return touches(ranges, offset, 1);
}

}  // namespace

FaultDevice::FaultDevice(FaultPlan plan)
    : plan_(std::move(plan)), bytes_(plan_.size_bytes, std::byte{plan_.initial_fill}) {
    info_.path = info_.canonical_path = plan_.path;
    info_.kind = device::TargetKind::regular_file;
    info_.size_bytes = plan_.size_bytes;
    info_.logical_sector_bytes = info_.physical_sector_bytes = plan_.sector_bytes;
    info_.transport = "test";
    info_.model = "FaultDevice";
}

bool FaultDevice::use_buffered_io() {
    direct_.store(false);
    return true;
}

Result<std::size_t> FaultDevice::pwrite(std::span<const std::byte> data, std::uint64_t offset) {
    write_calls_.fetch_add(1);
    if (plan_.direct_refused && direct_.load()) return make_error(Errc::invalid_argument, "pwrite", EINVAL);
    if (plan_.delay_per_write.count() > 0) std::this_thread::sleep_for(plan_.delay_per_write);
    if (plan_.vanish_after_bytes > 0 && bytes_written_.load() >= plan_.vanish_after_bytes)
        return make_error(Errc::device_vanished, "pwrite", ENODEV);
    if (offset >= plan_.size_bytes) return make_error(Errc::io_error, "pwrite past end", ENOSPC);
    std::size_t length = std::min<std::size_t>(data.size(), plan_.size_bytes - offset);
    if (plan_.max_transfer > 0) length = std::min(length, plan_.max_transfer);
    // A real drive fails the whole request that touches a bad sector.
    if (touches(plan_.write_errors, offset, length)) return make_error(Errc::io_error, "pwrite", plan_.media_errno);
    const std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < length; ++i)
        if (!inside(plan_.lost_writes, offset + i)) bytes_[offset + i] = data[i];
    bytes_written_.fetch_add(length);
    return length;
}

Result<std::size_t> FaultDevice::pread(std::span<std::byte> data, std::uint64_t offset) {
    if (plan_.vanish_after_bytes > 0 && bytes_written_.load() >= plan_.vanish_after_bytes)
        return make_error(Errc::device_vanished, "pread", ENODEV);
    if (plan_.direct_refused && direct_.load()) return make_error(Errc::invalid_argument, "pread", EINVAL);
    if (offset >= plan_.size_bytes) return std::size_t{0};
    std::size_t length = std::min<std::size_t>(data.size(), plan_.size_bytes - offset);
    if (plan_.max_transfer > 0) length = std::min(length, plan_.max_transfer);
    if (touches(plan_.read_errors, offset, length)) return make_error(Errc::io_error, "pread", plan_.media_errno);
    const std::lock_guard lock(mutex_);
    std::memcpy(data.data(), bytes_.data() + offset, length);
    return length;
}

Result<void> FaultDevice::sync() {
    if (plan_.sync_fails) return make_error(Errc::io_error, "fdatasync", EIO);
    return {};
}

}  // namespace sanitize::test
