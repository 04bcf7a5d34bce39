// list_disks(): every whole disk the kernel knows, with the facts inspect() gathers.

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "device/mounts.hpp"
#include "device/sysfs.hpp"
#include "sanitize/device.hpp"

namespace sanitize::device {
namespace {

namespace fs = std::filesystem;

// sysfs spells a '/' in a device name as '!' (cciss!c0d0 is /dev/cciss/c0d0).
std::string dev_path(std::string name) {
    std::replace(name.begin(), name.end(), '!', '/');
    return "/dev/" + name;
}

// RAM disks hold nothing to sanitize; an unattached loop device has no medium at all.
bool is_listed(const std::string& name) {
    if (name.starts_with("ram") || name.starts_with("zram")) return false;
    if (name.starts_with("loop")) {
        auto backing = sysfs::read_attribute(fs::path("/sys/block") / name / "loop/backing_file");
        return backing.has_value();
    }
    return true;
}

// What sysfs alone tells, for a disk inspect() could not open. Listing is informational and
// an unprivileged user, who may not open /dev/sda, should still see the machine's disks; a
// wipe inspects its target again and fails there with the real error.
std::optional<DeviceInfo> sysfs_only(const std::string& name) {
    auto rdev = sysfs::device_number_of(name);
    if (!rdev) return std::nullopt;
    DeviceInfo info;
    info.path = dev_path(name);
    info.canonical_path = info.path;
    info.kind = TargetKind::block_device;
    if (!sysfs::read_block_facts(*rdev, info)) return std::nullopt;
    std::vector<dev_t> devices{*rdev};
    for (const std::string& partition : info.partitions) {
        if (auto number = sysfs::device_number_of(partition)) devices.push_back(*number);
    }
    mounts::Usage usage = mounts::block_usage(devices);
    info.mountpoints = std::move(usage.mountpoints);
    info.holders.insert(info.holders.end(), usage.holders.begin(), usage.holders.end());
    info.is_swap = usage.is_swap;
    info.holds_system = usage.holds_system;
    return info;
}

}  // namespace

Result<std::vector<DeviceInfo>> list_disks() {
    std::error_code ec;
    fs::directory_iterator it("/sys/block", ec);
    if (ec) return make_error(errc_from_errno(ec.value()), "list /sys/block", ec.value());
    std::vector<std::string> names;
    for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
        names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());

    std::vector<DeviceInfo> disks;
    for (const std::string& name : names) {
        if (!is_listed(name)) continue;
        // One disk failing (unplugged meanwhile, no permission) must not hide the others.
        if (auto info = inspect(dev_path(name))) {
            disks.push_back(std::move(*info));
        } else if (auto partial = sysfs_only(name)) {
            disks.push_back(std::move(*partial));
        }
    }
    return disks;
}

}  // namespace sanitize::device
