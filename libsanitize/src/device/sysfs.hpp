// What the kernel says about a block device through sysfs and the udev database.
//
// Every reader here is best effort: a missing attribute means the kernel or the driver does not
// offer the fact, and the fact stays unknown (empty, nullopt) rather than guessed.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"

namespace sanitize::device::sysfs {

// Removes white space and NUL padding at both ends (sysfs and VPD pad with both).
std::string trim(std::string_view text);

// The first max_bytes of a file, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& file, std::size_t max_bytes = 4096);

// A sysfs attribute, trimmed; nullopt when absent or empty.
std::optional<std::string> read_attribute(const std::filesystem::path& file);

// The resolved sysfs directory of a block device (/sys/devices/.../block/sdb[/sdb1]).
std::optional<std::filesystem::path> block_dir(dev_t rdev);
std::optional<std::filesystem::path> block_dir(std::string_view kernel_name);

// The device number in a sysfs directory's "dev" attribute ("8:16").
std::optional<dev_t> device_number(const std::filesystem::path& dir);

// The device number of a block device by kernel name ("sdb1").
std::optional<dev_t> device_number_of(std::string_view kernel_name);

bool is_partition_dir(const std::filesystem::path& dir);

// Kernel names, sorted: partitions of a disk, and the entries of holders/ and slaves/.
std::vector<std::string> partitions_of(const std::filesystem::path& disk_dir);
std::vector<std::string> holders_of(const std::filesystem::path& dir);
std::vector<std::string> slaves_of(const std::filesystem::path& dir);

// "E:KEY=VALUE" lines of a /run/udev/data/bMAJ:MIN file.
std::map<std::string, std::string> parse_udev_properties(std::string_view text);

// The serial number in a SCSI VPD page 0x80 (Unit Serial Number); "" when malformed.
std::string parse_vpd_pg80(std::string_view page);

// The serial string of the USB device a disk hangs off (the sysfs directory holding idVendor
// above disk_dir); nullopt for disks that are not on USB or whose device has no serial.
std::optional<std::string> usb_serial(const std::filesystem::path& disk_dir);

// The transport from the device name, its resolved sysfs path and udev's ID_BUS; an ATA disk is
// "sata" when udev says so or its link reports a SATA speed (sysfs ata_link sata_spd).
std::string transport_of(std::string_view disk_name, const std::filesystem::path& disk_dir,
                         const std::map<std::string, std::string>& udev);

// Fills the sysfs facts of a block device: kernel name, size and sector sizes as sysfs gives
// them, rotational, removable, read-only, transport, vendor, model, serial, WWN, loop backing
// file, partition state, partitions and holders. Facts of the medium come from the whole disk
// when rdev is a partition.
Result<void> read_block_facts(dev_t rdev, DeviceInfo& info);

// Loop devices attached to a file, with the file as the kernel names it.
struct AttachedLoop {
    std::string kernel_name;
    std::string backing_file;
};
std::vector<AttachedLoop> attached_loops();

}  // namespace sanitize::device::sysfs
