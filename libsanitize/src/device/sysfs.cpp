#include "device/sysfs.hpp"

#include <fcntl.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <system_error>

namespace sanitize::device::sysfs {
namespace {

namespace fs = std::filesystem;

std::string dev_string(dev_t rdev) {
    return std::to_string(major(rdev)) + ":" + std::to_string(minor(rdev));
}

std::optional<fs::path> resolved(const fs::path& link) {
    std::error_code ec;
    fs::path path = fs::canonical(link, ec);
    if (ec) return std::nullopt;
    return path;
}

// Natural order for names sharing a prefix: sda2 before sda10.
void sort_names(std::vector<std::string>& names) {
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
}

std::vector<std::string> entries_of(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        names.push_back(it->path().filename().string());
    }
    sort_names(names);
    return names;
}

bool starts_with_any(std::string_view name, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [name](std::string_view prefix) { return name.starts_with(prefix); });
}

// Whether a component of a sysfs path starts with prefix: "usb2", "ata1", "virtio1".
bool has_component(const fs::path& path, std::string_view prefix) {
    return std::any_of(path.begin(), path.end(),
                       [prefix](const fs::path& part) { return part.string().starts_with(prefix); });
}

std::string link_target(const fs::path& link) {
    std::error_code ec;
    fs::path target = fs::read_symlink(link, ec);
    return ec ? std::string() : target.string();
}

std::map<std::string, std::string> udev_properties(dev_t rdev) {
    auto text = read_file("/run/udev/data/b" + dev_string(rdev), 1 << 16);
    return text ? parse_udev_properties(*text) : std::map<std::string, std::string>{};
}

std::string udev_value(const std::map<std::string, std::string>& udev, const std::string& key) {
    auto it = udev.find(key);
    return it == udev.end() ? std::string() : trim(it->second);
}

// The first source that names a serial wins, in order of how directly it comes from the
// device: the driver's own attribute, the SCSI VPD page, the USB descriptor (the kernel does not
// read VPD pages through USB bridges), then udev (which may have derived it from any of these).
void read_serial(const fs::path& disk, const std::map<std::string, std::string>& udev,
                 DeviceInfo& info) {
    for (const char* name : {"device/serial", "serial"}) {
        if (auto serial = read_attribute(disk / name)) {
            info.serial = *serial;
            info.serial_source = std::string("sysfs:") + name;
            return;
        }
    }
    if (auto page = read_file(disk / "device/vpd_pg80")) {
        if (std::string serial = parse_vpd_pg80(*page); !serial.empty()) {
            info.serial = serial;
            info.serial_source = "sysfs:device/vpd_pg80";
            return;
        }
    }
    if (auto serial = usb_serial(disk)) {
        info.serial = *serial;
        info.serial_source = "sysfs:usb/serial";
        return;
    }
    if (std::string serial = udev_value(udev, "ID_SERIAL_SHORT"); !serial.empty()) {
        info.serial = serial;
        info.serial_source = "udev:ID_SERIAL_SHORT";
    }
}

// The ATA port directory above a disk ("…/ata3" in …/ata3/host2/target2:0:0/…).
std::optional<fs::path> ata_port_dir(const fs::path& disk_dir) {
    fs::path walked;
    for (const fs::path& part : disk_dir) {
        walked /= part;
        const std::string name = part.string();
        if (name.size() > 3 && name.starts_with("ata") &&
            std::all_of(name.begin() + 3, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return walked;
        }
    }
    return std::nullopt;
}

// A serial ATA link reports the speed it negotiated ("6.0 Gbps"); a parallel one "<unknown>".
// Read where udev is not running (a minimal system, the boot-and-wipe station, the device lab).
bool sata_link(const fs::path& disk_dir) {
    const std::optional<fs::path> port = ata_port_dir(disk_dir);
    if (!port) return false;
    const std::string link = "link" + port->filename().string().substr(3);
    const std::optional<std::string> speed = read_attribute(*port / link / "ata_link" / link / "sata_spd");
    return speed && speed->ends_with("Gbps");
}

std::string read_wwn(const fs::path& disk, const std::map<std::string, std::string>& udev) {
    for (const char* name : {"device/wwid", "wwid"}) {
        if (auto wwn = read_attribute(disk / name)) return *wwn;
    }
    return udev_value(udev, "ID_WWN");
}

std::optional<bool> read_flag(const fs::path& file) {
    auto value = read_attribute(file);
    if (!value) return std::nullopt;
    if (*value == "0") return false;
    if (*value == "1") return true;
    return std::nullopt;
}

std::optional<std::uint64_t> read_number(const fs::path& file) {
    auto value = read_attribute(file);
    if (!value) return std::nullopt;
    std::uint64_t number = 0;
    auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (ec != std::errc() || end != value->data() + value->size()) return std::nullopt;
    return number;
}

// Sizes as sysfs reports them; inspect() replaces them with the ioctl answers when it can
// open the device, which are the ones I/O is actually checked against.
void read_sizes(const fs::path& dir, const fs::path& disk, DeviceInfo& info) {
    if (auto sectors = read_number(dir / "size")) info.size_bytes = *sectors * 512;  // always 512-byte units
    if (auto logical = read_number(disk / "queue/logical_block_size")) {
        info.logical_sector_bytes = static_cast<std::uint32_t>(*logical);
    }
    if (auto physical = read_number(disk / "queue/physical_block_size")) {
        info.physical_sector_bytes = static_cast<std::uint32_t>(*physical);
    }
}

void read_medium(const fs::path& disk, dev_t disk_rdev, DeviceInfo& info) {
    const auto udev = udev_properties(disk_rdev);
    const std::string disk_name = disk.filename().string();
    info.rotational = read_flag(disk / "queue/rotational");
    info.removable = read_flag(disk / "removable");
    info.vendor = read_attribute(disk / "device/vendor").value_or("");
    info.model = read_attribute(disk / "device/model").value_or("");
    read_serial(disk, udev, info);
    info.wwn = read_wwn(disk, udev);
    info.transport = transport_of(disk_name, disk, udev);
    if (auto backing = read_file(disk / "loop/backing_file")) {
        // Only the newline the kernel adds goes: a file name may end in spaces.
        if (!backing->empty() && backing->back() == '\n') backing->pop_back();
        info.backing_file = *backing;
    }
}

std::vector<std::string> all_holders(const fs::path& dir, bool whole_disk) {
    std::vector<std::string> holders = holders_of(dir);
    if (whole_disk) {
        for (const std::string& partition : partitions_of(dir)) {
            auto more = holders_of(dir / partition);
            holders.insert(holders.end(), more.begin(), more.end());
        }
    }
    sort_names(holders);
    return holders;
}

}  // namespace

std::string trim(std::string_view text) {
    constexpr std::string_view blank = " \t\r\n\v\f";
    auto is_blank = [blank](char c) { return c == '\0' || blank.find(c) != std::string_view::npos; };
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::optional<std::string> read_file(const fs::path& file, std::size_t max_bytes) {
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    std::string text;
    char chunk[4096];
    while (text.size() < max_bytes) {
        ssize_t got = ::read(fd, chunk, std::min(sizeof chunk, max_bytes - text.size()));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0) break;
        text.append(chunk, static_cast<std::size_t>(got));
    }
    ::close(fd);
    return text;
}

std::optional<std::string> read_attribute(const fs::path& file) {
    auto text = read_file(file);
    if (!text) return std::nullopt;
    std::string value = trim(*text);
    if (value.empty()) return std::nullopt;
    return value;
}

std::optional<fs::path> block_dir(dev_t rdev) {
    return resolved("/sys/dev/block/" + dev_string(rdev));
}

std::optional<fs::path> block_dir(std::string_view kernel_name) {
    if (kernel_name.empty() || kernel_name.find('/') != std::string_view::npos ||
        kernel_name == "." || kernel_name == "..") {
        return std::nullopt;
    }
    return resolved(fs::path("/sys/class/block") / kernel_name);
}

std::optional<dev_t> device_number(const fs::path& dir) {
    auto text = read_attribute(dir / "dev");
    if (!text) return std::nullopt;
    unsigned int major_number = 0;
    unsigned int minor_number = 0;
    const char* end = text->data() + text->size();
    auto [colon, ec1] = std::from_chars(text->data(), end, major_number);
    if (ec1 != std::errc() || colon == end || *colon != ':') return std::nullopt;
    auto [last, ec2] = std::from_chars(colon + 1, end, minor_number);
    if (ec2 != std::errc() || last != end) return std::nullopt;
    return makedev(major_number, minor_number);
}

std::optional<dev_t> device_number_of(std::string_view kernel_name) {
    auto dir = block_dir(kernel_name);
    return dir ? device_number(*dir) : std::nullopt;
}

bool is_partition_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "partition", ec);
}

std::vector<std::string> partitions_of(const fs::path& disk_dir) {
    const std::string disk_name = disk_dir.filename().string();
    std::vector<std::string> partitions;
    for (std::string& name : entries_of(disk_dir)) {
        if (name.size() > disk_name.size() && name.starts_with(disk_name) &&
            is_partition_dir(disk_dir / name)) {
            partitions.push_back(std::move(name));
        }
    }
    return partitions;
}

std::vector<std::string> holders_of(const fs::path& dir) { return entries_of(dir / "holders"); }

std::vector<std::string> slaves_of(const fs::path& dir) { return entries_of(dir / "slaves"); }

std::map<std::string, std::string> parse_udev_properties(std::string_view text) {
    std::map<std::string, std::string> properties;
    while (!text.empty()) {
        std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (!line.starts_with("E:")) continue;
        line.remove_prefix(2);
        std::size_t equals = line.find('=');
        if (equals == 0 || equals == std::string_view::npos) continue;
        properties[std::string(line.substr(0, equals))] = std::string(line.substr(equals + 1));
    }
    return properties;
}

std::string parse_vpd_pg80(std::string_view page) {
    // Byte 1 is the page code, bytes 2-3 the big-endian length of the ASCII serial that follows.
    if (page.size() < 4 || static_cast<unsigned char>(page[1]) != 0x80) return {};
    const std::size_t length = static_cast<std::size_t>(static_cast<unsigned char>(page[2])) << 8 |
                               static_cast<unsigned char>(page[3]);
    return trim(page.substr(4, length));
}

std::string transport_of(std::string_view disk_name, const fs::path& disk_dir,
                         const std::map<std::string, std::string>& udev) {
    const std::string bus = udev_value(udev, "ID_BUS");
    if (disk_name.starts_with("loop")) return "loop";
    if (disk_name.starts_with("nvme")) return "nvme";
    if (disk_name.starts_with("mmcblk")) return "mmc";
    // A USB bridge shows up as SCSI or even ATA further down the path: USB comes first.
    if (has_component(disk_dir, "usb")) return "usb";
    if (has_component(disk_dir, "virtio") ||
        link_target(disk_dir / "device/driver").find("virtio") != std::string::npos) {
        return "virtio";
    }
    if (has_component(disk_dir, "ata")) {
        return udev_value(udev, "ID_ATA_SATA") == "1" || sata_link(disk_dir) ? "sata" : "ata";
    }
    if (fs::path(link_target(disk_dir / "device/subsystem")).filename() == "scsi") return "scsi";
    if (starts_with_any(bus, {"ata", "usb", "scsi", "nvme"})) return bus;
    return "";
}

std::optional<std::string> usb_serial(const fs::path& disk_dir) {
    for (fs::path dir = disk_dir; dir.has_relative_path(); dir = dir.parent_path()) {
        std::error_code ec;
        if (fs::exists(dir / "idVendor", ec)) return read_attribute(dir / "serial");
    }
    return std::nullopt;
}

Result<void> read_block_facts(dev_t rdev, DeviceInfo& info) {
    auto dir = block_dir(rdev);
    if (!dir) return make_error(Errc::not_found, "sysfs block " + dev_string(rdev));
    info.kernel_name = dir->filename().string();
    info.is_partition = is_partition_dir(*dir);
    const fs::path disk = info.is_partition ? dir->parent_path() : *dir;
    read_sizes(*dir, disk, info);
    read_medium(disk, device_number(disk).value_or(rdev), info);
    info.read_only = read_flag(*dir / "ro").value_or(false);
    info.partitions = info.is_partition ? std::vector<std::string>{} : partitions_of(disk);
    info.holders = all_holders(*dir, !info.is_partition);
    return {};
}

std::vector<AttachedLoop> attached_loops() {
    std::vector<AttachedLoop> loops;
    for (const std::string& name : entries_of("/sys/block")) {
        if (!name.starts_with("loop")) continue;
        auto backing = read_file(fs::path("/sys/block") / name / "loop/backing_file");
        if (!backing || backing->empty()) continue;
        if (backing->back() == '\n') backing->pop_back();
        loops.push_back({name, std::move(*backing)});
    }
    return loops;
}

}  // namespace sanitize::device::sysfs
