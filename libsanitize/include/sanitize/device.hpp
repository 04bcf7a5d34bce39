// Targets of a wipe: block devices and regular files (disk images), behind one interface.
//
// inspect() gathers a target's identity and safety facts without opening it for writing;
// refusals() applies the safety rules to those facts; open() gives exclusive positional I/O.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::device {

// A run of bytes on a medium: where a bad sector is, what a sample reads, what a pass wrote.
struct ByteRange {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

enum class TargetKind { block_device, regular_file };

struct DeviceInfo {
    std::string path;            // as the caller named it
    std::string canonical_path;  // symlinks resolved (/dev/disk/by-id/... -> /dev/sdb)
    std::string kernel_name;     // "sdb", "loop3", "nvme0n1"; empty for regular files
    TargetKind kind = TargetKind::regular_file;
    std::uint64_t size_bytes = 0;
    std::uint32_t logical_sector_bytes = 512;
    std::uint32_t physical_sector_bytes = 512;
    std::optional<bool> rotational;  // unknown for regular files
    std::optional<bool> removable;
    std::string transport;      // usb, sata, ata, nvme, virtio, scsi, mmc, loop, file; "" unknown
    std::string vendor;
    std::string model;
    std::string serial;         // "" when the device offers none
    std::string serial_source;  // where serial came from, e.g. "sysfs:device/serial", "udev:ID_SERIAL_SHORT"
    std::string wwn;
    std::string backing_file;   // loop devices: the file behind them
    bool read_only = false;     // /sys/block/X/ro
    bool is_partition = false;
    std::vector<std::string> partitions;   // kernel names of the disk's partitions
    std::vector<std::string> mountpoints;  // of the target or any of its partitions
    std::vector<std::string> holders;      // dm/md/bcache holding the target or a partition
    bool is_swap = false;                  // the target or a partition is active swap
    bool holds_system = false;             // /, /boot, /usr, /var ... live on it
};

enum class RefusalReason {
    mounted,
    system_disk,
    swap,
    has_holders,
    partition,  // wipe whole disks, not partitions: a partition leaves the rest of the medium
    read_only,
};

struct Refusal {
    RefusalReason reason;
    std::string detail;  // the mountpoint, holder or swap entry that triggered it
};

// Facts about a target, read from stat, ioctls, sysfs, /proc/self/mountinfo and /proc/swaps.
Result<DeviceInfo> inspect(const std::string& path);

// Every safety rule the target breaks; empty means it may be wiped.
std::vector<Refusal> refusals(const DeviceInfo& info);

// What the operator must type to confirm a wipe: the serial, else the kernel name (block
// devices), else the path (regular files).
std::string confirmation_token(const DeviceInfo& info);

// Whether what the operator typed confirms this target (surrounding white space ignored).
bool confirmation_matches(const DeviceInfo& info, std::string_view typed);

// Every whole disk the kernel knows (/sys/block), loop devices only when attached to a file.
Result<std::vector<DeviceInfo>> list_disks();

struct OpenOptions {
    bool writable = true;
    bool direct_io = true;  // O_DIRECT, falling back to buffered I/O when the kernel says EINVAL
};

// Positional I/O on an open target. Safe to call pread/pwrite from several threads at once.
class Device {
public:
    virtual ~Device() = default;
    virtual const DeviceInfo& info() const = 0;

    // One write/read system call at most: may transfer fewer bytes than asked (short I/O).
    // Errors keep errno: EIO marks a bad sector, ENODEV/ENXIO a vanished device, EINVAL a
    // transfer that direct I/O refuses (see use_buffered_io). No retry here: the caller's
    // transfer loop (wipe/transfer.cpp) is the one place that retries.
    virtual Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) = 0;
    virtual Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) = 0;

    // fdatasync: an error here means data written earlier may not be on the medium.
    virtual Result<void> sync() = 0;

    // Drops cached pages so that the next reads come from the medium, not from memory.
    // Returns whether reads now bypass the cache (true with O_DIRECT).
    virtual Result<bool> drop_cache() = 0;

    // Buffers, offsets and lengths aligned to this take the direct path.
    virtual std::size_t io_alignment() const = 0;
    virtual bool direct_io() const = 0;
    // After EINVAL from a direct transfer: turns direct I/O off, once and for good, and says
    // whether a retry can now succeed (false: it was off already, or cannot be turned off).
    virtual bool use_buffered_io() { return false; }
};

Result<std::unique_ptr<Device>> open(const DeviceInfo& info, const OpenOptions& options);

// The facts as a JSON object (UTF-8), as `sanitize devices --json` and reports show them.
std::string to_json(const DeviceInfo& info);

}  // namespace sanitize::device
