// inspect(), safety and discovery on loop devices the tests create (root only).

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <vector>

#include "loop_device.hpp"
#include "run_process.hpp"
#include "sanitize/device.hpp"

using namespace sanitize;
using namespace sanitize::device;
using sanitize::test::find_program;
using sanitize::test::LoopDevice;
using sanitize::test::LoopOptions;
using sanitize::test::run_process;
using sanitize::test::ScopedMount;
using sanitize::test::write_mbr_with_one_partition;

#define SKIP_WITHOUT_LOOP()                                      \
    do {                                                         \
        if (auto reason = LoopDevice::unavailable_reason()) {    \
            WARN("skipped: " << *reason);                        \
            return;                                              \
        }                                                        \
    } while (false)

namespace {

bool has_reason(const std::vector<Refusal>& found, RefusalReason reason, const std::string& detail = "") {
    return std::any_of(found.begin(), found.end(), [&](const Refusal& r) {
        return r.reason == reason && (detail.empty() || r.detail == detail);
    });
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// swapon(8) for the scope; swapoff at its end.
class ScopedSwap {
public:
    explicit ScopedSwap(std::string path) : path_(std::move(path)) {
        active_ = run_process({*find_program("mkswap"), path_}).ok() &&
                  run_process({*find_program("swapon"), path_}).ok();
    }
    ~ScopedSwap() {
        if (active_) (void)run_process({*find_program("swapoff"), path_});
    }
    ScopedSwap(const ScopedSwap&) = delete;
    ScopedSwap& operator=(const ScopedSwap&) = delete;
    bool active() const { return active_; }

private:
    std::string path_;
    bool active_ = false;
};

std::optional<std::string> swap_unavailable() {
    for (const char* tool : {"mkswap", "swapon", "swapoff"}) {
        if (!find_program(tool)) return std::string(tool) + " is not installed";
    }
    return std::nullopt;
}

std::optional<std::string> mkfs_unavailable() {
    if (!find_program("mkfs.ext4")) return "mkfs.ext4 is not installed";
    return std::nullopt;
}

}  // namespace

TEST_CASE("inspect a loop device", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    LoopDevice loop;
    auto info = inspect(loop.path());
    REQUIRE(info);
    CHECK(info->kind == TargetKind::block_device);
    CHECK(info->kernel_name == loop.kernel_name());
    CHECK(info->canonical_path == loop.path());
    CHECK(info->transport == "loop");
    CHECK(info->backing_file == std::filesystem::canonical(loop.image_path()).string());
    CHECK(info->size_bytes == 16u << 20);
    CHECK(info->logical_sector_bytes == 512);
    CHECK(info->physical_sector_bytes >= 512);
    CHECK(info->rotational.has_value());
    CHECK(info->removable == false);
    CHECK(info->serial.empty());
    CHECK(info->serial_source.empty());
    CHECK_FALSE(info->is_partition);
    CHECK(info->partitions.empty());
    CHECK(info->mountpoints.empty());
    CHECK(info->holders.empty());
    CHECK_FALSE(info->is_swap);
    CHECK_FALSE(info->holds_system);
    CHECK(refusals(*info).empty());
    // No serial: the operator confirms with the kernel name.
    CHECK(confirmation_token(*info) == loop.kernel_name());
    CHECK(confirmation_matches(*info, loop.kernel_name() + "\n"));
}

TEST_CASE("a loop device with 4096-byte sectors reports them", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    LoopDevice loop(LoopOptions{.size_bytes = 8u << 20, .sector_bytes = 4096});
    auto info = inspect(loop.path());
    REQUIRE(info);
    CHECK(info->logical_sector_bytes == 4096);
    CHECK(info->physical_sector_bytes == 4096);
    CHECK(info->size_bytes == 8u << 20);
}

TEST_CASE("a mounted loop device and its image are refused", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    if (auto reason = mkfs_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop;
    REQUIRE(run_process({*find_program("mkfs.ext4"), "-q", "-F", loop.path()}).ok());
    ScopedMount mount(loop.path());

    auto info = inspect(loop.path());
    REQUIRE(info);
    CHECK(contains(info->mountpoints, mount.path()));
    CHECK_FALSE(info->holds_system);
    CHECK(has_reason(refusals(*info), RefusalReason::mounted, mount.path()));

    // Wiping the file behind a mounted loop device would wipe the mounted file system.
    auto image = inspect(loop.image_path());
    REQUIRE(image);
    CHECK(contains(image->mountpoints, mount.path()));
    CHECK(has_reason(refusals(*image), RefusalReason::mounted, mount.path()));

    mount.unmount();
    auto after = inspect(loop.path());
    REQUIRE(after);
    CHECK(after->mountpoints.empty());
    CHECK(refusals(*after).empty());
}

TEST_CASE("a partitioned loop device lists its partition, which is refused", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    const std::uint64_t size = 16u << 20;
    LoopDevice loop(LoopOptions{.size_bytes = size, .partscan = true, .prepare = [size](const std::string& image) {
        write_mbr_with_one_partition(image, static_cast<std::uint32_t>(size / 512));
    }});
    const std::string partition = loop.partition_path(1);
    REQUIRE(sanitize::test::wait_for_path(partition));

    auto disk = inspect(loop.path());
    REQUIRE(disk);
    CHECK(disk->partitions == std::vector<std::string>{loop.kernel_name() + "p1"});
    CHECK_FALSE(disk->is_partition);

    auto part = inspect(partition);
    REQUIRE(part);
    CHECK(part->is_partition);
    CHECK(part->kernel_name == loop.kernel_name() + "p1");
    CHECK(part->size_bytes == size - 2 * 2048 * 512);
    CHECK(part->transport == "loop");  // facts of the medium come from the whole disk
    CHECK(part->partitions.empty());
    CHECK(has_reason(refusals(*part), RefusalReason::partition));
}

TEST_CASE("a mounted partition makes its whole disk refused", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    if (auto reason = mkfs_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    const std::uint64_t size = 16u << 20;
    LoopDevice loop(LoopOptions{.size_bytes = size, .partscan = true, .prepare = [size](const std::string& image) {
        write_mbr_with_one_partition(image, static_cast<std::uint32_t>(size / 512));
    }});
    const std::string partition = loop.partition_path(1);
    REQUIRE(sanitize::test::wait_for_path(partition));
    REQUIRE(run_process({*find_program("mkfs.ext4"), "-q", "-F", partition}).ok());
    ScopedMount mount(partition);

    auto disk = inspect(loop.path());
    REQUIRE(disk);
    CHECK(contains(disk->mountpoints, mount.path()));
    CHECK(has_reason(refusals(*disk), RefusalReason::mounted, mount.path()));
    // The kernel agrees: a disk with a mounted partition cannot be claimed exclusively.
    auto device = open(*disk, {});
    REQUIRE_FALSE(device);
    CHECK(device.error().code == Errc::busy);
}

TEST_CASE("a loop device used as swap, and its image, are refused", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    if (auto reason = swap_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop;
    ScopedSwap swap(loop.path());
    if (!swap.active()) {
        WARN("skipped: swapon refused here");
        return;
    }
    auto info = inspect(loop.path());
    REQUIRE(info);
    CHECK(info->is_swap);
    CHECK(has_reason(refusals(*info), RefusalReason::swap));
    auto image = inspect(loop.image_path());
    REQUIRE(image);
    CHECK(image->is_swap);
    // The kernel holds active swap exclusively.
    auto device = open(*info, {});
    REQUIRE_FALSE(device);
    CHECK(device.error().code == Errc::busy);
}

TEST_CASE("an active swap file is refused", "[device][root]") {
    if (::geteuid() != 0 || swap_unavailable()) {
        WARN("skipped: needs root and mkswap/swapon");
        return;
    }
    sanitize::test::TempDir dir;
    const std::string file = dir.file("swapfile");
    {
        // Swap files must have no holes: allocate every block.
        std::ofstream out(file, std::ios::binary);
        std::vector<char> zeros(1 << 20, 0);
        for (int i = 0; i < 16; ++i) out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    }
    ::chmod(file.c_str(), 0600);
    ScopedSwap swap(file);
    if (!swap.active()) {
        WARN("skipped: this file system refuses swap files");
        return;
    }
    auto info = inspect(file);
    REQUIRE(info);
    CHECK(info->is_swap);
    CHECK(has_reason(refusals(*info), RefusalReason::swap));
}

TEST_CASE("a loop device stacked on a disk holds it", "[device][root][loop]") {
    SKIP_WITHOUT_LOOP();
    LoopDevice lower;
    auto attached = run_process({*find_program("losetup"), "--find", "--show", lower.path()});
    REQUIRE(attached.ok());
    const std::string upper = sanitize::test::trim_line(attached.out);
    struct Detach {
        std::string path;
        ~Detach() { (void)run_process({*find_program("losetup"), "--detach", path}); }
    } detach{upper};
    auto info = inspect(lower.path());
    REQUIRE(info);
    const std::string upper_name = upper.substr(upper.rfind('/') + 1);
    CHECK(contains(info->holders, upper_name));
    CHECK(has_reason(refusals(*info), RefusalReason::has_holders, upper_name));
}

TEST_CASE("the disk holding / is a system disk", "[device][system]") {
    struct stat root {};
    REQUIRE(::stat("/", &root) == 0);
    const std::string sys = "/sys/dev/block/" + std::to_string(major(root.st_dev)) + ":" +
                            std::to_string(minor(root.st_dev));
    std::error_code ec;
    auto dir = std::filesystem::canonical(sys, ec);
    if (ec || major(root.st_dev) == 0) {
        WARN("skipped: / is not on a block device here");
        return;
    }
    if (std::filesystem::exists(dir / "partition")) dir = dir.parent_path();
    // Through list_disks, which only reads: sysfs and, where it may, an O_RDONLY open.
    auto disks = list_disks();
    REQUIRE(disks);
    auto found = std::find_if(disks->begin(), disks->end(),
                              [&](const DeviceInfo& d) { return d.kernel_name == dir.filename().string(); });
    REQUIRE(found != disks->end());
    CHECK(found->holds_system);
    CHECK(has_reason(refusals(*found), RefusalReason::system_disk));
    CHECK(has_reason(refusals(*found), RefusalReason::mounted, "/"));
}

TEST_CASE("list_disks lists an attached loop device", "[device][root][discovery]") {
    SKIP_WITHOUT_LOOP();
    LoopDevice loop;
    auto disks = list_disks();
    REQUIRE(disks);
    auto found = std::find_if(disks->begin(), disks->end(),
                              [&](const DeviceInfo& d) { return d.kernel_name == loop.kernel_name(); });
    REQUIRE(found != disks->end());
    CHECK(found->transport == "loop");
    CHECK(found->size_bytes == 16u << 20);
    CHECK(found->path == loop.path());
    for (const DeviceInfo& disk : *disks) {
        CHECK_FALSE(disk.kernel_name.starts_with("ram"));
        CHECK_FALSE(disk.kernel_name.starts_with("zram"));
    }
}
