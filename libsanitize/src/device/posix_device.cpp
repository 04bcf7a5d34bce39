#include "device/posix_device.hpp"

#include "device/sysfs.hpp"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <iterator>
#include <limits>
#include <utility>

namespace sanitize::device {
namespace {

constexpr std::size_t min_direct_alignment = 4096;  // page size: safe for every file system

Error system_error(const std::string& context, int sys_errno) {
    return make_error(errc_from_errno(sys_errno), context, sys_errno);
}

int open_retrying(const char* path, int flags) {
    int fd = -1;
    do {
        fd = ::open(path, flags);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

template <typename Io>
ssize_t call_retrying(Io io, int fd) {
    ssize_t done = -1;
    do {
        done = io(fd);
    } while (done < 0 && errno == EINTR);
    return done;
}

int fdatasync_retrying(int fd) {
    int rc = -1;
    do {
        rc = ::fdatasync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc;
}

const std::string& target_path(const DeviceInfo& info) {
    return info.canonical_path.empty() ? info.path : info.canonical_path;
}

bool same_file(int a, int b) {
    struct stat sa {};
    struct stat sb {};
    return ::fstat(a, &sa) == 0 && ::fstat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

}  // namespace

PosixDevice::PosixDevice(DeviceInfo info, int fd, bool direct)
    : info_(std::move(info)), fd_(fd), direct_(direct) {}

PosixDevice::~PosixDevice() {
    if (int buffered = buffered_fd_.load(); buffered >= 0) ::close(buffered);
    ::close(fd_);
}

namespace {

// The opened medium is not the one inspected (and confirmed): nothing may be written to it.
Error medium_changed(const DeviceInfo& info, std::string field, std::string inspected) {
    Error error = make_error(Errc::refused, Reason::medium_changed, "identity " + target_path(info));
    error.device = info.path;
    error.detail = std::move(field);
    error.expected = std::move(inspected);
    return error;
}

// What sysfs says now of the device behind the descriptor, against what inspect() recorded: its
// name (the device number's: a medium re-attached elsewhere has another), serial, model and,
// for a loop device, the file behind it. A stick swapped for another of the same size in the
// same slot keeps the name but not the serial; a loop device re-attached keeps both, not its
// file. Without sysfs (a chroot) only the size can be compared, as inspect() saw no more.
Result<void> check_block_identity(dev_t rdev, const DeviceInfo& info) {
    DeviceInfo now;
    if (!sysfs::read_block_facts(rdev, now)) return {};
    const std::pair<const std::string*, const std::string*> fields[] = {
        {&now.kernel_name, &info.kernel_name}, {&now.serial, &info.serial}, {&now.model, &info.model},
        {&now.backing_file, &info.backing_file}};
    const char* names[] = {"device_number", "serial", "model", "backing_file"};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (*fields[i].first != *fields[i].second) return medium_changed(info, names[i], *fields[i].second);
    }
    return {};
}

}  // namespace

Result<void> PosixDevice::check_identity() const {
    const std::string& path = target_path(info_);
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return system_error("fstat " + path, errno);
    const bool block = info_.kind == TargetKind::block_device;
    if (block ? !S_ISBLK(st.st_mode) : !S_ISREG(st.st_mode)) {
        return make_error(Errc::unsupported_target, "open " + path);
    }
    std::uint64_t size = static_cast<std::uint64_t>(st.st_size);
    if (block && ::ioctl(fd_, BLKGETSIZE64, &size) != 0) return system_error("BLKGETSIZE64 " + path, errno);
    // Another medium in the same drive, or an image resized since inspect(): not what was confirmed.
    if (size != info_.size_bytes) return medium_changed(info_, "size", std::to_string(info_.size_bytes));
    return block ? check_block_identity(st.st_rdev, info_) : Result<void>();
}

bool PosixDevice::is_aligned(const void* data, std::size_t length, std::uint64_t offset) const {
    const std::size_t alignment = io_alignment();
    return reinterpret_cast<std::uintptr_t>(data) % alignment == 0 && length % alignment == 0 &&
           offset % alignment == 0;
}

// A second descriptor on the same open file, without O_DIRECT. Reopening through
// /proc/self/fd cannot race with a rename of the image; the path is the fallback.
Result<int> PosixDevice::buffered_fd() {
    if (int fd = buffered_fd_.load(std::memory_order_acquire); fd >= 0) return fd;
    std::lock_guard lock(mutex_);
    if (int fd = buffered_fd_.load(std::memory_order_acquire); fd >= 0) return fd;
    const int access = ::fcntl(fd_, F_GETFL) & O_ACCMODE;
    const std::string proc_path = "/proc/self/fd/" + std::to_string(fd_);
    int fd = open_retrying(proc_path.c_str(), access | O_CLOEXEC);
    if (fd < 0) fd = open_retrying(target_path(info_).c_str(), access | O_CLOEXEC);
    if (fd < 0) return system_error("open buffered " + target_path(info_), errno);
    if (!same_file(fd, fd_)) {
        ::close(fd);
        return make_error(Errc::device_vanished, "reopen " + target_path(info_));
    }
    buffered_fd_.store(fd, std::memory_order_release);
    return fd;
}

bool PosixDevice::use_buffered_io() {
    std::lock_guard lock(mutex_);
    // Another thread may have turned it off since this one's transfer failed: retry then too.
    if (!direct_.load(std::memory_order_acquire)) return true;
    int flags = ::fcntl(fd_, F_GETFL);
    if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) != 0) return false;
    direct_.store(false, std::memory_order_release);
    return true;
}

template <typename Io>
Result<std::size_t> PosixDevice::transfer(const char* what, const void* data, std::size_t length,
                                          std::uint64_t offset, Io io) {
    const std::string context = std::string(what) + " @" + std::to_string(offset);
    constexpr auto max_offset = static_cast<std::uint64_t>(std::numeric_limits<off_t>::max());
    // EOVERFLOW, not EINVAL: EINVAL means "direct I/O refused" to the caller's transfer loop.
    if (offset > max_offset || length > max_offset - offset) {
        return make_error(Errc::invalid_argument, context, EOVERFLOW);
    }
    if (length == 0) return std::size_t{0};
    int fd = fd_;
    const bool direct = direct_.load(std::memory_order_acquire);
    if (direct && info_.kind == TargetKind::regular_file && !is_aligned(data, length, offset)) {
        auto buffered = buffered_fd();
        if (!buffered) return buffered.error();
        fd = *buffered;
    }
    // Block devices take unaligned requests straight to the kernel, which accepts anything
    // aligned to the logical sector; what it refuses is EINVAL for the caller (use_buffered_io).
    const ssize_t done = call_retrying(io, fd);
    if (done < 0) {
        const int sys_errno = errno;
        return make_error(errc_from_errno(sys_errno), context, sys_errno);
    }
    return static_cast<std::size_t>(done);
}

Result<std::size_t> PosixDevice::pwrite(std::span<const std::byte> data, std::uint64_t offset) {
    return transfer("pwrite", data.data(), data.size(), offset, [&](int fd) {
        return ::pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    });
}

Result<std::size_t> PosixDevice::pread(std::span<std::byte> data, std::uint64_t offset) {
    return transfer("pread", data.data(), data.size(), offset, [&](int fd) {
        return ::pread(fd, data.data(), data.size(), static_cast<off_t>(offset));
    });
}

Result<void> PosixDevice::sync() {
    const std::string& path = target_path(info_);
    if (fdatasync_retrying(fd_) != 0) return system_error("fdatasync " + path, errno);
    if (int buffered = buffered_fd_.load(std::memory_order_acquire); buffered >= 0) {
        if (fdatasync_retrying(buffered) != 0) return system_error("fdatasync buffered " + path, errno);
    }
    return {};
}

Result<bool> PosixDevice::drop_cache() {
    if (auto synced = sync(); !synced) return synced.error();
    bool dropped = ::posix_fadvise(fd_, 0, 0, POSIX_FADV_DONTNEED) == 0;
    bool buffered_dropped = true;
    if (int buffered = buffered_fd_.load(std::memory_order_acquire); buffered >= 0) {
        buffered_dropped = ::posix_fadvise(buffered, 0, 0, POSIX_FADV_DONTNEED) == 0;
    }
    if (info_.kind == TargetKind::block_device) {
        // Needs CAP_SYS_ADMIN; fadvise above already did the work where this is refused.
        (void)::ioctl(fd_, BLKFLSBUF, 0);
    }
    // Direct reads bypass the cache, except for tails read through the buffered descriptor.
    if (direct_io()) return buffered_dropped;
    return dropped && buffered_dropped;
}

std::size_t PosixDevice::io_alignment() const {
    return std::max({static_cast<std::size_t>(info_.physical_sector_bytes),
                     static_cast<std::size_t>(info_.logical_sector_bytes), min_direct_alignment});
}

Result<std::unique_ptr<Device>> open(const DeviceInfo& info, const OpenOptions& options) {
    const std::string& path = target_path(info);
    int flags = (options.writable ? O_RDWR : O_RDONLY) | O_CLOEXEC;
    // O_EXCL on a block device fails with EBUSY while it is mounted or claimed by dm/md/another
    // wipe; on a regular file it has no meaning without O_CREAT.
    if (info.kind == TargetKind::block_device && options.writable) flags |= O_EXCL;
    bool direct = options.direct_io;
    int fd = open_retrying(path.c_str(), flags | (direct ? O_DIRECT : 0));
    if (fd < 0 && direct && errno == EINVAL) {  // tmpfs before Linux 6.6, ramfs, some FUSE
        direct = false;
        fd = open_retrying(path.c_str(), flags);
    }
    if (fd < 0) return system_error("open " + path, errno);
    auto device = std::make_unique<PosixDevice>(info, fd, direct);
    if (auto checked = device->check_identity(); !checked) return checked.error();
    return std::unique_ptr<Device>(std::move(device));
}

}  // namespace sanitize::device
