// Who uses a target right now: mounts (/proc/self/mountinfo), swap (/proc/swaps) and, for disk
// images, the loop devices they back.
//
// Devices are compared by device number, never by name: /dev/root, /dev/disk/by-uuid/... and
// /dev/mapper/... all name devices that a string compare would miss.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace sanitize::device::mounts {

// Undoes the kernel's octal escapes in mountinfo and swaps fields ("\040" is a space).
std::string decode_octal_escapes(std::string_view field);

struct MountEntry {
    dev_t device = 0;          // field 3, MAJ:MIN
    std::string mount_point;   // field 5, decoded
    std::string source;        // the field after the fstype, decoded ("/dev/sda1", "tmpfs")
};

std::vector<MountEntry> parse_mountinfo(std::string_view text);

// The file names of the active swap areas (first column, header skipped, decoded).
std::vector<std::string> parse_swaps(std::string_view text);

// Whether the running system needs a file system mounted here.
bool is_system_mountpoint(std::string_view mount_point);

struct Usage {
    std::vector<std::string> mountpoints;
    std::vector<std::string> holders;  // loop devices over it; for files, holders of their loops
    bool is_swap = false;
    bool holds_system = false;
};

// Usage of a block device, given its device number and those of its partitions. A mount or
// swap on a dm/md device built on one of them counts too (slaves are followed down).
Usage block_usage(const std::vector<dev_t>& devices);

// Usage of a regular file: active swap file, or the backing file of a loop device that is
// itself mounted, swap or held.
Usage file_usage(dev_t file_device, ino_t file_inode);

}  // namespace sanitize::device::mounts
