// Device over a POSIX file descriptor: a block device opened with O_EXCL, or a disk image.
//
// Direct I/O is the default so that verification reads come from the medium, not from the page
// cache. Where the kernel refuses it (EINVAL) the caller asks the device for buffered I/O
// (use_buffered_io), once and for good, and retries; unaligned pieces of an image (the tail of a file whose size is not a multiple of the
// alignment) go through a second, buffered descriptor on the same file.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>

#include "sanitize/device.hpp"

namespace sanitize::device {

class PosixDevice final : public Device {
public:
    // Takes ownership of fd; direct says whether it was opened with O_DIRECT.
    PosixDevice(DeviceInfo info, int fd, bool direct);
    ~PosixDevice() override;
    PosixDevice(const PosixDevice&) = delete;
    PosixDevice& operator=(const PosixDevice&) = delete;

    // The open descriptor still names what inspect() saw: same kind, same size, and for a block
    // device the same name, serial, model and loop file (else Reason::medium_changed).
    Result<void> check_identity() const;

    const DeviceInfo& info() const override { return info_; }
    Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) override;
    Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) override;
    Result<void> sync() override;
    Result<bool> drop_cache() override;
    std::size_t io_alignment() const override;
    bool direct_io() const override { return direct_.load(std::memory_order_acquire); }
    bool use_buffered_io() override;

private:
    template <typename Io>
    Result<std::size_t> transfer(const char* what, const void* data, std::size_t length,
                                 std::uint64_t offset, Io io);
    bool is_aligned(const void* data, std::size_t length, std::uint64_t offset) const;
    Result<int> buffered_fd();

    DeviceInfo info_;
    int fd_;
    std::atomic<bool> direct_;
    std::atomic<int> buffered_fd_{-1};  // opened on first unaligned transfer, regular files only
    std::mutex mutex_;                  // guards opening buffered_fd_ and clearing O_DIRECT
};

}  // namespace sanitize::device
