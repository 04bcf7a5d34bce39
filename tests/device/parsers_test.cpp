// The parsers of outside bytes: mountinfo, /proc/swaps, the udev database, SCSI VPD page 0x80.

#include <sys/sysmacros.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "device/mounts.hpp"
#include "device/sysfs.hpp"
#include "temp_dir.hpp"

using namespace sanitize::device;

TEST_CASE("octal escapes of mountinfo fields are decoded", "[device][parser]") {
    CHECK(mounts::decode_octal_escapes("/mnt/my\\040disk") == "/mnt/my disk");
    CHECK(mounts::decode_octal_escapes("a\\011b\\012c\\134d") == "a\tb\nc\\d");
    CHECK(mounts::decode_octal_escapes("plain") == "plain");
    // Truncated or non-octal escapes stay as they are.
    CHECK(mounts::decode_octal_escapes("end\\04") == "end\\04");
    CHECK(mounts::decode_octal_escapes("x\\09y") == "x\\09y");
    CHECK(mounts::decode_octal_escapes("\\") == "\\");
}

TEST_CASE("mountinfo gives device numbers, decoded mount points and sources", "[device][parser]") {
    const std::string text =
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "36 35 98:0 /mnt1 /mnt/with\\040space rw,noatime shared:1 master:2 - ext3 /dev/root rw\n"
        "40 27 0:45 / /data rw - btrfs /dev/sdb2 rw,subvol=/\n"
        "garbage line\n"
        "41 27 x:y / /bad rw - ext4 /dev/sdz rw\n"
        "\n";
    const auto entries = mounts::parse_mountinfo(text);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].device == makedev(254, 0));
    CHECK(entries[0].mount_point == "/");
    CHECK(entries[0].source == "/dev/vda");
    CHECK(entries[1].device == makedev(98, 0));
    CHECK(entries[1].mount_point == "/mnt/with space");
    CHECK(entries[1].source == "/dev/root");
    CHECK(entries[2].device == makedev(0, 45));
    CHECK(entries[2].source == "/dev/sdb2");
}

TEST_CASE("mountinfo without a separator still yields the mount", "[device][parser]") {
    const auto entries = mounts::parse_mountinfo("1 2 8:1 / /boot rw shared:3");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].mount_point == "/boot");
    CHECK(entries[0].source.empty());
}

TEST_CASE("/proc/swaps lists the swap areas after its header", "[device][parser]") {
    const std::string text =
        "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"
        "/dev/sda3                               partition\t8388604\t\t0\t\t-2\n"
        "/swap\\040file                          file\t\t1048572\t\t0\t\t-3\n";
    const auto names = mounts::parse_swaps(text);
    REQUIRE(names.size() == 2);
    CHECK(names[0] == "/dev/sda3");
    CHECK(names[1] == "/swap file");
    CHECK(mounts::parse_swaps("Filename Type Size Used Priority\n").empty());
    CHECK(mounts::parse_swaps("").empty());
}

TEST_CASE("system mount points are recognised exactly", "[device][parser]") {
    for (const char* path : {"/", "/boot", "/boot/efi", "/usr", "/var", "/home", "/etc"}) {
        CHECK(mounts::is_system_mountpoint(path));
    }
    for (const char* path : {"/mnt", "/media/usb", "/tmp/x", "/homework", ""}) {
        CHECK_FALSE(mounts::is_system_mountpoint(path));
    }
}

TEST_CASE("udev database properties are the E: lines", "[device][parser]") {
    const std::string text =
        "S:disk/by-id/ata-WDC_WD10EZEX_WD-WCC6Y0000000\n"
        "E:ID_SERIAL_SHORT=WD-WCC6Y0000000\n"
        "E:ID_WWN=0x50014ee000000000\n"
        "E:ID_BUS=ata\n"
        "E:EMPTY=\n"
        "E:=novalue\n"
        "E:NOEQUALS\n"
        "G:systemd\n"
        "E:ID_MODEL=WDC_WD10EZEX=odd";
    const auto properties = sysfs::parse_udev_properties(text);
    CHECK(properties.at("ID_SERIAL_SHORT") == "WD-WCC6Y0000000");
    CHECK(properties.at("ID_WWN") == "0x50014ee000000000");
    CHECK(properties.at("ID_BUS") == "ata");
    CHECK(properties.at("EMPTY").empty());
    CHECK(properties.at("ID_MODEL") == "WDC_WD10EZEX=odd");
    CHECK(properties.count("NOEQUALS") == 0);
    CHECK(properties.size() == 5);
}

TEST_CASE("VPD page 0x80 yields the unit serial number", "[device][parser]") {
    using namespace std::string_literals;
    CHECK(sysfs::parse_vpd_pg80("\x00\x80\x00\x0c  S1234567  "s) == "S1234567");
    // Length beyond the data: take what is there.
    CHECK(sysfs::parse_vpd_pg80("\x00\x80\x00\xff" "ABC"s) == "ABC");
    // Length shorter than the data: stop at the length.
    CHECK(sysfs::parse_vpd_pg80("\x00\x80\x00\x02" "ABCD"s) == "AB");
    CHECK(sysfs::parse_vpd_pg80("\x00\x83\x00\x04" "ABCD"s).empty());  // another page
    CHECK(sysfs::parse_vpd_pg80("\x00\x80\x00"s).empty());
    CHECK(sysfs::parse_vpd_pg80("").empty());
    CHECK(sysfs::parse_vpd_pg80("\x00\x80\x00\x06SN\x00\x00\x00\x00"s) == "SN");
}

TEST_CASE("trim removes blanks and NUL padding at both ends", "[device][parser]") {
    using namespace std::string_literals;
    CHECK(sysfs::trim("  ATA     \n") == "ATA");
    CHECK(sysfs::trim("\0\0x y\0"s) == "x y");
    CHECK(sysfs::trim(" \t\n").empty());
}

TEST_CASE("transport comes from the name and the sysfs path", "[device][parser]") {
    const std::map<std::string, std::string> none;
    CHECK(sysfs::transport_of("loop3", "/sys/devices/virtual/block/loop3", none) == "loop");
    CHECK(sysfs::transport_of("nvme0n1", "/sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1",
                              none) == "nvme");
    CHECK(sysfs::transport_of("mmcblk0", "/sys/devices/platform/mmc0/mmc_host/mmc0/block/mmcblk0", none) == "mmc");
    CHECK(sysfs::transport_of("sdb",
                              "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/"
                              "6:0:0:0/block/sdb",
                              none) == "usb");
    CHECK(sysfs::transport_of("vda", "/sys/devices/pci0000:00/0000:00:02.0/virtio1/block/vda", none) == "virtio");
    const std::string ata_path = "/sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda";
    CHECK(sysfs::transport_of("sda", ata_path, none) == "ata");
    CHECK(sysfs::transport_of("sda", ata_path, {{"ID_ATA_SATA", "1"}}) == "sata");
    CHECK(sysfs::transport_of("sdq", "/nonexistent/block/sdq", {{"ID_BUS", "scsi"}}) == "scsi");
    CHECK(sysfs::transport_of("xyz", "/nonexistent/block/xyz", none).empty());
}

namespace {

void write_attribute(const std::filesystem::path& file, const std::string& value) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << value << "\n";
}

}  // namespace

// Without udev (a minimal system, the device lab's guest) the facts come from sysfs alone.
TEST_CASE("a SATA link's speed makes an ATA disk sata without udev", "[device][parser]") {
    sanitize::test::TempDir sys("sanitize-sysfs");
    const std::filesystem::path port = sys.path() + "/devices/pci0000:00/0000:00:1f.2/ata3";
    const std::filesystem::path disk = port / "host2/target2:0:0/2:0:0:0/block/sda";
    std::filesystem::create_directories(disk);
    const std::map<std::string, std::string> none;
    CHECK(sysfs::transport_of("sda", disk, none) == "ata");  // no link attributes: unknown link
    write_attribute(port / "link3/ata_link/link3/sata_spd", "<unknown>");  // parallel ATA
    CHECK(sysfs::transport_of("sda", disk, none) == "ata");
    write_attribute(port / "link3/ata_link/link3/sata_spd", "1.5 Gbps");
    CHECK(sysfs::transport_of("sda", disk, none) == "sata");
}

TEST_CASE("a USB disk's serial is its USB device's serial string", "[device][parser]") {
    sanitize::test::TempDir sys("sanitize-sysfs");
    const std::filesystem::path usb = sys.path() + "/devices/pci0000:00/0000:00:14.0/usb2/2-1";
    const std::filesystem::path disk = usb / "2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb";
    std::filesystem::create_directories(disk);
    CHECK_FALSE(sysfs::usb_serial(disk));  // not found: no USB device above
    write_attribute(usb / "idVendor", "0781");
    CHECK_FALSE(sysfs::usb_serial(disk));  // a USB device without a serial string
    write_attribute(usb / "serial", "4C530001231120115142 ");
    CHECK(sysfs::usb_serial(disk) == "4C530001231120115142");
    CHECK_FALSE(sysfs::usb_serial(sys.path() + "/devices/pci0000:00/0000:00:17.0/ata1/host0/block/sda"));
}
