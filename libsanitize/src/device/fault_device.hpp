// A device in memory that fails on purpose: EIO at chosen byte ranges, short transfers, writes
// that are acknowledged but silently lost, a failing sync, slow writes, vanishing. Tests drive the
// wipe engine through it to prove every outcome; the kernel here has no device-mapper to do so.
#pragma once

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::device {

struct FaultPlan {
    std::uint64_t size_bytes = 0;
    std::uint32_t sector_bytes = 512;
    std::vector<wipe::ByteRange> write_errors{};  // any write touching these fails with EIO
    std::vector<wipe::ByteRange> read_errors{};   // any read touching these fails with EIO
    std::vector<wipe::ByteRange> lost_writes{};   // writes here "succeed" but keep the old bytes
    std::size_t max_transfer = 0;               // > 0: every call moves at most this many bytes
    bool sync_fails = false;                    // fdatasync answers EIO
    std::uint64_t vanish_after_bytes = 0;       // > 0: ENODEV once this many bytes were written
    std::chrono::microseconds delay_per_write{0};
    std::uint8_t initial_fill = 0;
    int media_errno = EIO;  // what write_errors and read_errors fail with (ENODATA: NVMe's medium errors)
};

class FaultDevice final : public Device {
public:
    explicit FaultDevice(FaultPlan plan);

    const DeviceInfo& info() const override { return info_; }
    Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) override;
    Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) override;
    Result<void> sync() override;
    Result<bool> drop_cache() override { return true; }
    std::size_t io_alignment() const override { return plan_.sector_bytes; }
    bool direct_io() const override { return true; }

    // The stored bytes, for tests to inspect after a wipe.
    const std::vector<std::byte>& contents() const { return bytes_; }
    std::uint64_t write_calls() const { return write_calls_.load(); }

private:
    FaultPlan plan_;
    DeviceInfo info_;
    std::vector<std::byte> bytes_;
    std::mutex mutex_;
    std::atomic<std::uint64_t> write_calls_{0};
    std::atomic<std::uint64_t> bytes_written_{0};
};

}  // namespace sanitize::device
