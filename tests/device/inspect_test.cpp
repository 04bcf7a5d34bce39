// inspect() on targets that need no privileges: regular files, and what is not a target.

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "loop_device.hpp"
#include "sanitize/device.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::device;
using sanitize::test::LoopDevice;
using sanitize::test::TempDir;

TEST_CASE("inspect a disk image", "[device][inspect]") {
    TempDir dir;
    const std::string image = dir.file("disk.img");
    LoopDevice::create_sparse(image, 3 * 1024 * 1024 + 1000);
    const std::string link = dir.file("link.img");
    std::filesystem::create_symlink(image, link);

    auto info = inspect(link);
    REQUIRE(info);
    CHECK(info->path == link);
    CHECK(info->canonical_path == std::filesystem::canonical(image).string());
    CHECK(info->kind == TargetKind::regular_file);
    CHECK(info->transport == "file");
    CHECK(info->size_bytes == 3 * 1024 * 1024 + 1000);
    CHECK(info->logical_sector_bytes == 512);
    CHECK(info->physical_sector_bytes == 512);
    CHECK(info->kernel_name.empty());
    CHECK_FALSE(info->rotational.has_value());
    CHECK_FALSE(info->removable.has_value());
    CHECK_FALSE(info->read_only);
    CHECK(info->mountpoints.empty());
    CHECK(info->holders.empty());
    CHECK(refusals(*info).empty());
    CHECK(confirmation_token(*info) == link);
}

TEST_CASE("inspect an empty image", "[device][inspect]") {
    TempDir dir;
    LoopDevice::create_sparse(dir.file("empty.img"), 0);
    auto info = inspect(dir.file("empty.img"));
    REQUIRE(info);
    CHECK(info->size_bytes == 0);
}

TEST_CASE("a directory, a FIFO and a character device are not targets", "[device][inspect]") {
    TempDir dir;
    auto directory = inspect(dir.path());
    REQUIRE_FALSE(directory);
    CHECK(directory.error().code == Errc::unsupported_target);

    const std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto pipe = inspect(fifo);
    REQUIRE_FALSE(pipe);
    CHECK(pipe.error().code == Errc::unsupported_target);

    auto null_device = inspect("/dev/null");
    REQUIRE_FALSE(null_device);
    CHECK(null_device.error().code == Errc::unsupported_target);
}

TEST_CASE("a missing path is not_found with its errno", "[device][inspect]") {
    TempDir dir;
    auto missing = inspect(dir.file("nothing-here"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Errc::not_found);
    CHECK(missing.error().sys_errno == ENOENT);
    CHECK(missing.error().context.find("nothing-here") != std::string::npos);

    auto empty = inspect("");
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == Errc::not_found);
}

TEST_CASE("an image the caller may not write is read_only", "[device][inspect]") {
    if (::geteuid() == 0) {
        WARN("skipped: root may write any file");
        return;
    }
    TempDir dir;
    const std::string image = dir.file("ro.img");
    LoopDevice::create_sparse(image, 4096);
    REQUIRE(::chmod(image.c_str(), 0400) == 0);
    auto info = inspect(image);
    REQUIRE(info);
    CHECK(info->read_only);
    CHECK_FALSE(refusals(*info).empty());
}

TEST_CASE("errno maps to the error codes front ends explain", "[device][errors]") {
    CHECK(errc_from_errno(ENOENT) == Errc::not_found);
    CHECK(errc_from_errno(EACCES) == Errc::permission_denied);
    CHECK(errc_from_errno(EPERM) == Errc::permission_denied);
    CHECK(errc_from_errno(EROFS) == Errc::permission_denied);
    CHECK(errc_from_errno(EBUSY) == Errc::busy);
    CHECK(errc_from_errno(ENODEV) == Errc::device_vanished);
    CHECK(errc_from_errno(ENXIO) == Errc::device_vanished);
    CHECK(errc_from_errno(ENOMEDIUM) == Errc::device_vanished);
    CHECK(errc_from_errno(EIO) == Errc::io_error);
    CHECK(errc_from_errno(0) == Errc::io_error);
}

TEST_CASE("list_disks never lists RAM disks or idle loop devices", "[device][discovery]") {
    auto disks = list_disks();
    REQUIRE(disks);
    for (const DeviceInfo& disk : *disks) {
        INFO(disk.kernel_name);
        CHECK_FALSE(disk.kernel_name.starts_with("ram"));
        CHECK_FALSE(disk.kernel_name.starts_with("zram"));
        CHECK_FALSE(disk.is_partition);
        CHECK(disk.kind == TargetKind::block_device);
        if (disk.transport == "loop") CHECK_FALSE(disk.backing_file.empty());
    }
}
