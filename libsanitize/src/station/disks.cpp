// The PC's disks as the station offers them: every whole disk but its own stick, with what the
// drive says of itself (hidden areas, SMART) and the safety rules each one breaks.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "jobs/targets.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

// Kernel names that are never a PC's own disk: loop and RAM disks, optical drives, floppies,
// and the device-mapper and RAID devices built on top of real disks (those are listed).
constexpr std::array<std::string_view, 7> never_a_disk{"loop", "ram", "zram", "sr", "fd", "dm-", "md"};

bool never_wiped_here(const std::string& kernel_name) {
    return std::any_of(never_a_disk.begin(), never_a_disk.end(),
                       [&](std::string_view prefix) { return kernel_name.starts_with(prefix); });
}

Disk describe(device::DeviceInfo info, bool probe) {
    Disk disk;
    disk.internal = info.transport != "usb" && info.removable != true;
    for (const device::Refusal& refusal : device::refusals(info)) disk.refusals.push_back(jobs::detail::refusal_error(info, refusal));
    if (probe) {
        // IDENTIFY, SMART READ DATA, NVMe Identify and the health log: nothing is changed.
        disk.hidden_areas = device::probe_hidden_areas(info);
        disk.smart = device::read_smart(info);
    }
    disk.info = std::move(info);
    return disk;
}

}  // namespace

std::string disk_holding(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    const std::string node =
        "/sys/dev/block/" + std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
    std::error_code ec;
    const std::filesystem::path device = std::filesystem::canonical(node, ec);
    if (ec) return {};  // tmpfs, the initramfs: no block device
    // A partition's sysfs directory sits inside its disk's and has a "partition" file.
    if (std::filesystem::exists(device / "partition", ec)) return device.parent_path().filename();
    return device.filename();
}

Result<std::vector<Disk>> list_disks(const DiskListOptions& options) {
    Result<std::vector<device::DeviceInfo>> all = device::list_disks();
    if (!all) return all.error();
    const std::string stick = options.data_root.empty() ? std::string() : disk_holding(options.data_root);
    std::vector<Disk> disks;
    for (device::DeviceInfo& info : *all) {
        if (never_wiped_here(info.kernel_name) || (!stick.empty() && info.kernel_name == stick)) continue;
        disks.push_back(describe(std::move(info), options.probe));
    }
    return disks;
}

std::vector<device::DeviceInfo> unattended_targets(const std::vector<Disk>& disks) {
    std::vector<device::DeviceInfo> targets;
    for (const Disk& disk : disks) {
        if (disk.internal && disk.refusals.empty()) targets.push_back(disk.info);
    }
    return targets;
}

}  // namespace sanitize::station
