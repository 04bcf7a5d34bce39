// A device in memory that fails on purpose: EIO at chosen byte ranges, short transfers, writes
// that are acknowledged but silently lost, a failing sync, slow writes, vanishing. Tests drive the
// wipe engine through it to prove every outcome; the kernel here has no device-mapper to do so.
// Test support only (sanitize_test_support): no production source includes it.
#pragma once

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "sanitize/device.hpp"

namespace sanitize::test {

struct FaultPlan {
    std::string path = "fault-device";  // the name in its DeviceInfo (and in reports)
    std::uint64_t size_bytes = 0;
    std::uint32_t sector_bytes = 512;
    std::vector<device::ByteRange> write_errors{};  // any write touching these fails with EIO
    std::vector<device::ByteRange> read_errors{};   // any read touching these fails with EIO
    std::vector<device::ByteRange> lost_writes{};   // writes here "succeed" but keep the old bytes
    std::size_t max_transfer = 0;               // > 0: every call moves at most this many bytes
    bool sync_fails = false;                    // fdatasync answers EIO
    std::uint64_t vanish_after_bytes = 0;       // > 0: ENODEV once this many bytes were written
    std::chrono::microseconds delay_per_write{0};
    std::uint8_t initial_fill = 0;
    bool direct_refused = false;  // EINVAL for every transfer until use_buffered_io(), as tmpfs did
    int media_errno = EIO;  // what write_errors and read_errors fail with (ENODATA: NVMe's medium errors)
};

class FaultDevice final : public device::Device {
public:
    explicit FaultDevice(FaultPlan plan);

    const device::DeviceInfo& info() const override { return info_; }
    Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) override;
    Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) override;
    Result<void> sync() override;
    Result<bool> drop_cache() override { return true; }
    std::size_t io_alignment() const override { return plan_.sector_bytes; }
    bool direct_io() const override { return direct_.load(); }
    bool use_buffered_io() override;

    // The stored bytes, for tests to inspect after a wipe.
    const std::vector<std::byte>& contents() const { return bytes_; }
    std::uint64_t write_calls() const { return write_calls_.load(); }

private:
    FaultPlan plan_;
    device::DeviceInfo info_;
    std::vector<std::byte> bytes_;
    std::mutex mutex_;
    std::atomic<std::uint64_t> write_calls_{0};
    std::atomic<std::uint64_t> bytes_written_{0};
    std::atomic<bool> direct_{true};
};

}  // namespace sanitize::test
