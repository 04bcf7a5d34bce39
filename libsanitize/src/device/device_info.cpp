// inspect(): the identity and safety facts of a target, gathered without opening it for writing.

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "device/mounts.hpp"
#include "device/sysfs.hpp"
#include "sanitize/device.hpp"

namespace sanitize::device {
namespace {

namespace fs = std::filesystem;

// Disk images are treated as 512-byte-sector disks: that is what losetup and hypervisors
// present by default, so bad-sector accounting lines up with how the image is used. The
// file system block size (st_blksize) is a caching granule, not an atomic write unit, and
// io_alignment() already rounds direct I/O up to 4096 for speed.
constexpr std::uint32_t image_sector_bytes = 512;

Error system_error(const std::string& context, int sys_errno) {
    return make_error(errc_from_errno(sys_errno), context, sys_errno);
}

void apply_usage(mounts::Usage usage, DeviceInfo& info) {
    info.mountpoints = std::move(usage.mountpoints);
    info.holders.insert(info.holders.end(), usage.holders.begin(), usage.holders.end());
    info.is_swap = usage.is_swap;
    info.holds_system = usage.holds_system;
}

Result<void> inspect_file(const struct stat& st, DeviceInfo& info) {
    info.kind = TargetKind::regular_file;
    info.transport = "file";
    info.size_bytes = static_cast<std::uint64_t>(st.st_size);
    info.logical_sector_bytes = image_sector_bytes;
    info.physical_sector_bytes = image_sector_bytes;
    // Read-only file systems, missing permission and immutable files all forbid the wipe.
    info.read_only = ::faccessat(AT_FDCWD, info.canonical_path.c_str(), W_OK, AT_EACCESS) != 0;
    apply_usage(mounts::file_usage(st.st_dev, st.st_ino), info);
    return {};
}

// Sizes from the device itself: BLKGETSIZE64 and the end of the file must agree, or the
// kernel's view of the medium is inconsistent and a wipe could miss its end.
Result<void> read_block_geometry(int fd, const std::string& path, DeviceInfo& info) {
    std::uint64_t size = 0;
    if (::ioctl(fd, BLKGETSIZE64, &size) != 0) return system_error("BLKGETSIZE64 " + path, errno);
    off_t end = ::lseek(fd, 0, SEEK_END);
    if (end < 0) return system_error("lseek " + path, errno);
    if (static_cast<std::uint64_t>(end) != size) {
        return make_error(Errc::size_mismatch, "BLKGETSIZE64 " + std::to_string(size) + " != lseek " +
                                                   std::to_string(end) + " " + path);
    }
    info.size_bytes = size;
    int logical = 0;
    if (::ioctl(fd, BLKSSZGET, &logical) != 0) return system_error("BLKSSZGET " + path, errno);
    unsigned int physical = 0;
    if (::ioctl(fd, BLKPBSZGET, &physical) != 0) return system_error("BLKPBSZGET " + path, errno);
    if (logical > 0) info.logical_sector_bytes = static_cast<std::uint32_t>(logical);
    if (physical > 0) info.physical_sector_bytes = physical;
    int read_only = 0;
    if (::ioctl(fd, BLKROGET, &read_only) == 0 && read_only != 0) info.read_only = true;
    return {};
}

Result<void> read_block_ioctls(DeviceInfo& info) {
    // Read-only and without O_EXCL: looking must not disturb whoever uses the device.
    int fd = ::open(info.canonical_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return system_error("open " + info.canonical_path, errno);
    Result<void> result = read_block_geometry(fd, info.canonical_path, info);
    ::close(fd);
    return result;
}

// The device numbers whose use makes this target busy: itself and its partitions.
std::vector<dev_t> related_devices(dev_t rdev, const DeviceInfo& info) {
    std::vector<dev_t> devices{rdev};
    for (const std::string& partition : info.partitions) {
        if (auto number = sysfs::device_number_of(partition)) devices.push_back(*number);
    }
    return devices;
}

Result<void> inspect_block(const struct stat& st, DeviceInfo& info) {
    info.kind = TargetKind::block_device;
    if (!sysfs::read_block_facts(st.st_rdev, info)) {
        // No sysfs (a chroot without /sys): the ioctls below still give the essentials.
        info.kernel_name = fs::path(info.canonical_path).filename().string();
    }
    if (auto ioctls = read_block_ioctls(info); !ioctls) return ioctls.error();
    apply_usage(mounts::block_usage(related_devices(st.st_rdev, info)), info);
    return {};
}

}  // namespace

Result<DeviceInfo> inspect(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return system_error("stat " + path, errno);
    DeviceInfo info;
    info.path = path;
    std::error_code ec;
    fs::path canonical = fs::canonical(path, ec);
    info.canonical_path = ec ? path : canonical.string();

    Result<void> facts = make_error(Errc::unsupported_target, "inspect " + path);
    if (S_ISREG(st.st_mode)) {
        facts = inspect_file(st, info);
    } else if (S_ISBLK(st.st_mode)) {
        facts = inspect_block(st, info);
    }
    if (!facts) return facts.error();
    return info;
}

}  // namespace sanitize::device
