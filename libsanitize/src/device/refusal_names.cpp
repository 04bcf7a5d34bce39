// partition_mounted_at, whole_disk_of: /proc/self/mountinfo and /sys/dev/block read again.
#include "device/refusal_names.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <vector>

#include "device/mounts.hpp"
#include "device/sysfs.hpp"

namespace sanitize::device {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t max_mountinfo_bytes = std::size_t{4} << 20;

// The target's directory in sysfs, only when its path is a block device that is still the one
// inspected (the same kernel name): never a guess from a name alone.
std::optional<fs::path> inspected_block_dir(const DeviceInfo& info) {
    if (info.kind != TargetKind::block_device || info.kernel_name.empty()) return std::nullopt;
    const std::string& path = info.canonical_path.empty() ? info.path : info.canonical_path;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISBLK(st.st_mode)) return std::nullopt;
    std::optional<fs::path> dir = sysfs::block_dir(st.st_rdev);
    if (!dir || dir->filename().string() != info.kernel_name) return std::nullopt;
    return dir;
}

}  // namespace

std::string partition_mounted_at(const DeviceInfo& info, std::string_view mount_point) {
    if (info.partitions.empty() || !inspected_block_dir(info)) return {};
    const std::optional<std::string> text = sysfs::read_file("/proc/self/mountinfo", max_mountinfo_bytes);
    if (!text) return {};
    for (const mounts::MountEntry& entry : mounts::parse_mountinfo(*text)) {
        if (entry.mount_point != mount_point) continue;
        for (const std::string& partition : info.partitions) {
            if (sysfs::device_number_of(partition) == entry.device) return "/dev/" + partition;
        }
    }
    return {};
}

std::string whole_disk_of(const DeviceInfo& info) {
    if (!info.is_partition) return {};
    const std::optional<fs::path> dir = inspected_block_dir(info);
    if (!dir || !sysfs::is_partition_dir(*dir)) return {};
    return "/dev/" + dir->parent_path().filename().string();
}

}  // namespace sanitize::device
