#include "device/mounts.hpp"

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <utility>

#include "device/sysfs.hpp"

namespace sanitize::device::mounts {
namespace {

constexpr std::size_t max_proc_file = std::size_t{16} << 20;
constexpr int max_stack_depth = 16;  // dm on md on dm...: deeper than any real stack

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    while (!line.empty()) {
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string_view::npos) break;
        line.remove_prefix(start);
        std::size_t end = line.find_first_of(" \t");
        fields.push_back(line.substr(0, end));
        line.remove_prefix(end == std::string_view::npos ? line.size() : end);
    }
    return fields;
}

template <typename Visit>
void for_each_line(std::string_view text, Visit visit) {
    while (!text.empty()) {
        std::size_t newline = text.find('\n');
        visit(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    }
}

std::optional<dev_t> parse_major_minor(std::string_view text) {
    unsigned int major_number = 0;
    unsigned int minor_number = 0;
    const char* end = text.data() + text.size();
    auto [colon, ec1] = std::from_chars(text.data(), end, major_number);
    if (ec1 != std::errc() || colon == end || *colon != ':') return std::nullopt;
    auto [last, ec2] = std::from_chars(colon + 1, end, minor_number);
    if (ec2 != std::errc() || last != end) return std::nullopt;
    return makedev(major_number, minor_number);
}

std::optional<struct stat> stat_path(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return st;
}

// The block devices a mount really sits on. Btrfs and a few others report an anonymous
// device number (major 0), so the source device named in mountinfo is asked as well.
std::vector<dev_t> mount_devices(const MountEntry& entry) {
    std::vector<dev_t> devices{entry.device};
    if (entry.source.starts_with('/')) {
        if (auto st = stat_path(entry.source); st && S_ISBLK(st->st_mode)) devices.push_back(st->st_rdev);
    }
    return devices;
}

// A device and everything below it: dm-0 -> sda2, md0 -> sdb1 + sdc1, ...
void add_stack(dev_t device, int depth, std::vector<dev_t>& out) {
    if (std::find(out.begin(), out.end(), device) != out.end()) return;
    out.push_back(device);
    if (depth >= max_stack_depth) return;
    auto dir = sysfs::block_dir(device);
    if (!dir) return;
    for (const std::string& slave : sysfs::slaves_of(*dir)) {
        auto slave_dir = sysfs::block_dir(slave);
        if (!slave_dir) continue;
        if (auto number = sysfs::device_number(*slave_dir)) add_stack(*number, depth + 1, out);
    }
}

bool intersects(const std::vector<dev_t>& a, const std::vector<dev_t>& b) {
    return std::any_of(a.begin(), a.end(),
                       [&b](dev_t d) { return std::find(b.begin(), b.end(), d) != b.end(); });
}

std::vector<MountEntry> current_mounts() {
    auto text = sysfs::read_file("/proc/self/mountinfo", max_proc_file);
    return text ? parse_mountinfo(*text) : std::vector<MountEntry>{};
}

std::vector<std::string> current_swaps() {
    auto text = sysfs::read_file("/proc/swaps", max_proc_file);
    return text ? parse_swaps(*text) : std::vector<std::string>{};
}

bool is_swap_device(const std::vector<dev_t>& devices) {
    for (const std::string& name : current_swaps()) {
        auto st = stat_path(name);
        if (!st || !S_ISBLK(st->st_mode)) continue;
        std::vector<dev_t> stack;
        add_stack(st->st_rdev, 0, stack);
        if (intersects(stack, devices)) return true;
    }
    return false;
}

void merge(Usage& into, Usage from) {
    into.mountpoints.insert(into.mountpoints.end(), from.mountpoints.begin(), from.mountpoints.end());
    into.holders.insert(into.holders.end(), from.holders.begin(), from.holders.end());
    into.is_swap = into.is_swap || from.is_swap;
    into.holds_system = into.holds_system || from.holds_system;
}

// The device numbers of a loop device and of its partitions, and who holds any of them.
std::pair<std::vector<dev_t>, std::vector<std::string>> loop_devices(const std::string& name) {
    std::pair<std::vector<dev_t>, std::vector<std::string>> result;
    auto dir = sysfs::block_dir(name);
    if (!dir) return result;
    if (auto number = sysfs::device_number(*dir)) result.first.push_back(*number);
    result.second = sysfs::holders_of(*dir);
    for (const std::string& partition : sysfs::partitions_of(*dir)) {
        if (auto number = sysfs::device_number(*dir / partition)) result.first.push_back(*number);
        auto holders = sysfs::holders_of(*dir / partition);
        result.second.insert(result.second.end(), holders.begin(), holders.end());
    }
    return result;
}

}  // namespace

std::string decode_octal_escapes(std::string_view field) {
    auto is_octal = [](char c) { return c >= '0' && c <= '7'; };
    std::string out;
    out.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && is_octal(field[i + 1]) &&
            is_octal(field[i + 2]) && is_octal(field[i + 3])) {
            int value = (field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0');
            out.push_back(static_cast<char>(static_cast<unsigned char>(value & 0xff)));
            i += 3;
        } else {
            out.push_back(field[i]);
        }
    }
    return out;
}

std::vector<MountEntry> parse_mountinfo(std::string_view text) {
    std::vector<MountEntry> entries;
    for_each_line(text, [&entries](std::string_view line) {
        const auto fields = split_fields(line);
        if (fields.size() < 7) return;
        auto device = parse_major_minor(fields[2]);
        if (!device) return;
        // Optional fields (shared:1, master:2, ...) come before the lone "-" separator.
        auto dash = std::find(fields.begin() + 6, fields.end(), std::string_view("-"));
        MountEntry entry{*device, decode_octal_escapes(fields[4]), {}};
        if (dash != fields.end() && fields.end() - dash >= 3) entry.source = decode_octal_escapes(dash[2]);
        entries.push_back(std::move(entry));
    });
    return entries;
}

std::vector<std::string> parse_swaps(std::string_view text) {
    std::vector<std::string> names;
    bool header = true;
    for_each_line(text, [&names, &header](std::string_view line) {
        if (std::exchange(header, false)) return;  // "Filename Type Size Used Priority"
        const auto fields = split_fields(line);
        if (!fields.empty()) names.push_back(decode_octal_escapes(fields[0]));
    });
    return names;
}

bool is_system_mountpoint(std::string_view mount_point) {
    static constexpr std::array<std::string_view, 15> system = {
        "/",     "/boot",     "/boot/efi", "/efi",  "/usr",  "/usr/local", "/var", "/var/lib",
        "/var/log", "/home", "/etc",      "/opt",  "/srv",  "/root",      "/nix"};
    return std::find(system.begin(), system.end(), mount_point) != system.end();
}

Usage block_usage(const std::vector<dev_t>& devices) {
    Usage usage;
    for (const MountEntry& entry : current_mounts()) {
        const std::vector<dev_t> direct = mount_devices(entry);
        if (intersects(direct, devices)) usage.mountpoints.push_back(entry.mount_point);
        if (!is_system_mountpoint(entry.mount_point) || usage.holds_system) continue;
        std::vector<dev_t> stack;
        for (dev_t device : direct) add_stack(device, 0, stack);
        usage.holds_system = intersects(stack, devices);
    }
    usage.is_swap = is_swap_device(devices);
    // A loop device over the disk itself does not show in holders/, yet it uses the disk.
    for (const sysfs::AttachedLoop& loop : sysfs::attached_loops()) {
        auto st = stat_path(loop.backing_file);
        if (st && S_ISBLK(st->st_mode) &&
            std::find(devices.begin(), devices.end(), st->st_rdev) != devices.end()) {
            usage.holders.push_back(loop.kernel_name);
        }
    }
    return usage;
}

Usage file_usage(dev_t file_device, ino_t file_inode) {
    Usage usage;
    auto same_file = [file_device, file_inode](const std::string& path) {
        auto st = stat_path(path);
        return st && S_ISREG(st->st_mode) && st->st_dev == file_device && st->st_ino == file_inode;
    };
    const auto swaps = current_swaps();
    usage.is_swap = std::any_of(swaps.begin(), swaps.end(), same_file);
    for (const sysfs::AttachedLoop& loop : sysfs::attached_loops()) {
        if (!same_file(loop.backing_file)) continue;
        auto [devices, holders] = loop_devices(loop.kernel_name);
        Usage through_loop = block_usage(devices);
        through_loop.holders.insert(through_loop.holders.end(), holders.begin(), holders.end());
        merge(usage, std::move(through_loop));
    }
    return usage;
}

}  // namespace sanitize::device::mounts
