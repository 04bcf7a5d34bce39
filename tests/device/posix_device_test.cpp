// PosixDevice: positional I/O on images and loop devices, direct I/O and its fallbacks, O_EXCL.

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

#include "loop_device.hpp"
#include "run_process.hpp"
#include "sanitize/device.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::device;
using sanitize::test::find_program;
using sanitize::test::LoopDevice;
using sanitize::test::LoopOptions;
using sanitize::test::run_process;
using sanitize::test::ScopedMount;
using sanitize::test::TempDir;

namespace {

// Page-aligned so that O_DIRECT accepts it.
class AlignedBuffer {
public:
    explicit AlignedBuffer(std::size_t size, std::byte fill = std::byte{0})
        : size_(size), data_(static_cast<std::byte*>(std::aligned_alloc(4096, round_up(size)))) {
        std::memset(data_.get(), std::to_integer<int>(fill), round_up(size));
    }
    std::span<std::byte> span() { return {data_.get(), size_}; }
    std::span<const std::byte> cspan() const { return {data_.get(), size_}; }
    void fill_pattern(unsigned seed) {
        for (std::size_t i = 0; i < size_; ++i) data_.get()[i] = static_cast<std::byte>((i * 31 + seed) & 0xff);
    }
    bool operator==(const AlignedBuffer& other) const {
        return size_ == other.size_ && std::memcmp(data_.get(), other.data_.get(), size_) == 0;
    }

private:
    static std::size_t round_up(std::size_t size) { return (size + 4095) / 4096 * 4096; }
    struct Free {
        void operator()(std::byte* p) const { std::free(p); }
    };
    std::size_t size_;
    std::unique_ptr<std::byte, Free> data_;
};

// Writes all of data at offset, one call after another (the device may transfer less).
void write_all(Device& device, std::span<const std::byte> data, std::uint64_t offset) {
    while (!data.empty()) {
        auto written = device.pwrite(data, offset);
        REQUIRE(written);
        REQUIRE(*written > 0);
        data = data.subspan(*written);
        offset += *written;
    }
}

void read_all(Device& device, std::span<std::byte> data, std::uint64_t offset) {
    while (!data.empty()) {
        auto got = device.pread(data, offset);
        REQUIRE(got);
        REQUIRE(*got > 0);
        data = data.subspan(*got);
        offset += *got;
    }
}

std::unique_ptr<Device> open_path(const std::string& path, OpenOptions options = {}) {
    auto info = inspect(path);
    REQUIRE(info);
    auto device = open(*info, options);
    REQUIRE(device);
    return std::move(*device);
}

// The bytes of a file as a plain buffered read sees them, independent of the device.
std::vector<std::byte> file_bytes(const std::string& path, std::uint64_t offset, std::size_t length) {
    std::vector<std::byte> bytes(length);
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    ssize_t got = ::pread(fd, bytes.data(), length, static_cast<off_t>(offset));
    ::close(fd);
    REQUIRE(got == static_cast<ssize_t>(length));
    return bytes;
}

bool same_bytes(std::span<const std::byte> a, const std::vector<std::byte>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

void round_trip(Device& device, std::size_t size, std::uint64_t offset, unsigned seed) {
    AlignedBuffer out(size);
    out.fill_pattern(seed);
    write_all(device, out.cspan(), offset);
    REQUIRE(device.sync());
    AlignedBuffer in(size, std::byte{0xee});
    read_all(device, in.span(), offset);
    CHECK(in == out);
}

}  // namespace

TEST_CASE("an image on a disk file system takes direct I/O", "[device][posix]") {
    TempDir dir;
    const std::string image = dir.file("disk.img");
    LoopDevice::create_sparse(image, 1 << 20);
    auto device = open_path(image);
    CHECK(device->io_alignment() == 4096);
    round_trip(*device, 64 * 1024, 128 * 1024, 1);
    INFO("direct I/O on " << dir.path());
    CHECK(device->direct_io());  // ext4/xfs/btrfs all support O_DIRECT
    auto dropped = device->drop_cache();
    REQUIRE(dropped);
    CHECK(*dropped);
}

TEST_CASE("the unaligned tail of an image goes through the buffered descriptor", "[device][posix]") {
    TempDir dir;
    for (std::size_t size : {std::size_t{1000}, std::size_t{4096 + 904}}) {
        const std::string image = dir.file("tail-" + std::to_string(size) + ".img");
        LoopDevice::create_sparse(image, size);
        auto device = open_path(image);
        const bool direct_before = device->direct_io();
        AlignedBuffer whole(size);
        whole.fill_pattern(7);
        const std::size_t head = size / 4096 * 4096;
        if (head > 0) write_all(*device, whole.cspan().first(head), 0);
        write_all(*device, whole.cspan().subspan(head), head);
        REQUIRE(device->sync());
        CHECK(device->direct_io() == direct_before);  // the tail did not end direct I/O
        AlignedBuffer back(size);
        read_all(*device, back.span(), 0);
        CHECK(back == whole);
        CHECK(same_bytes(whole.cspan(), file_bytes(image, 0, size)));
        auto dropped = device->drop_cache();
        REQUIRE(dropped);
    }
}

TEST_CASE("concurrent unaligned writers share one buffered descriptor", "[device][posix]") {
    TempDir dir;
    const std::string image = dir.file("threads.img");
    constexpr std::size_t piece = 1000;
    constexpr unsigned threads = 8;
    LoopDevice::create_sparse(image, piece * threads);
    auto device = open_path(image);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&device, t] {
            std::vector<std::byte> data(piece, static_cast<std::byte>(t + 1));
            std::span<const std::byte> rest(data);
            std::uint64_t offset = t * piece;
            while (!rest.empty()) {
                auto written = device->pwrite(rest, offset);
                if (!written || *written == 0) return;
                rest = rest.subspan(*written);
                offset += *written;
            }
        });
    }
    for (auto& worker : workers) worker.join();
    REQUIRE(device->sync());
    const auto bytes = file_bytes(image, 0, piece * threads);
    for (unsigned t = 0; t < threads; ++t) {
        CHECK(bytes[t * piece] == static_cast<std::byte>(t + 1));
        CHECK(bytes[t * piece + piece - 1] == static_cast<std::byte>(t + 1));
    }
}

TEST_CASE("an image in /dev/shm works whatever tmpfs says about O_DIRECT", "[device][posix]") {
    if (!std::filesystem::is_directory("/dev/shm")) {
        WARN("skipped: no /dev/shm");
        return;
    }
    const std::string image = "/dev/shm/sanitize-test-" + std::to_string(::getpid()) + ".img";
    LoopDevice::create_sparse(image, 256 * 1024 + 100);
    struct Remove {
        std::string path;
        ~Remove() { ::unlink(path.c_str()); }
    } remove{image};
    auto device = open_path(image);
    // tmpfs refuses O_DIRECT before Linux 6.6 (buffered fallback) and accepts it since.
    INFO("direct_io " << device->direct_io());
    round_trip(*device, 128 * 1024, 4096, 3);
    round_trip(*device, 100, 256 * 1024, 4);
    AlignedBuffer unaligned(333);
    unaligned.fill_pattern(5);
    write_all(*device, unaligned.cspan(), 12345);
    CHECK(same_bytes(unaligned.cspan(), file_bytes(image, 12345, 333)));
}

TEST_CASE("an image on ramfs falls back to buffered I/O at open", "[device][posix][root]") {
    if (::geteuid() != 0) {
        WARN("skipped: mounting ramfs needs root");
        return;
    }
    std::optional<ScopedMount> ramfs;
    try {
        ramfs.emplace("ramfs", std::vector<std::string>{"-t", "ramfs"});
    } catch (const std::exception& e) {
        WARN("skipped: " << e.what());
        return;
    }
    const std::string image = ramfs->path() + "/disk.img";
    LoopDevice::create_sparse(image, 64 * 1024);
    auto device = open_path(image);
    CHECK_FALSE(device->direct_io());  // ramfs has no O_DIRECT: EINVAL at open
    round_trip(*device, 64 * 1024, 0, 9);
    auto dropped = device->drop_cache();
    REQUIRE(dropped);  // ramfs pages cannot be dropped: the answer is honest either way
    device.reset();
}

TEST_CASE("a grown image no longer matches what was inspected", "[device][posix]") {
    TempDir dir;
    const std::string image = dir.file("grow.img");
    LoopDevice::create_sparse(image, 8192);
    auto info = inspect(image);
    REQUIRE(info);
    REQUIRE(::truncate(image.c_str(), 16384) == 0);
    auto device = open(*info, {});
    REQUIRE_FALSE(device);
    CHECK(device.error().code == Errc::refused);
    CHECK(device.error().reason == Reason::medium_changed);
    CHECK(device.error().detail == "size");
    CHECK(device.error().expected == "8192");
}

TEST_CASE("a read-only device refuses writes with the offset in the context", "[device][posix]") {
    TempDir dir;
    const std::string image = dir.file("ro.img");
    LoopDevice::create_sparse(image, 8192);
    auto device = open_path(image, {.writable = false});
    AlignedBuffer data(4096);
    auto written = device->pwrite(data.cspan(), 4096);
    REQUIRE_FALSE(written);
    CHECK(written.error().context == "pwrite @4096");
    CHECK(written.error().sys_errno == EBADF);
    AlignedBuffer in(4096);
    auto got = device->pread(in.span(), 4096);
    REQUIRE(got);
    CHECK(*got == 4096);
    // Reading at the end is a short read of nothing, not an error.
    auto end = device->pread(in.span(), 8192);
    REQUIRE(end);
    CHECK(*end == 0);
}

TEST_CASE("opening a missing target reports it", "[device][posix]") {
    DeviceInfo ghost;
    ghost.path = ghost.canonical_path = "/nonexistent/sanitize/disk.img";
    auto device = open(ghost, {});
    REQUIRE_FALSE(device);
    CHECK(device.error().code == Errc::not_found);
}

TEST_CASE("a loop device takes direct I/O and exclusive opens", "[device][posix][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop;
    auto info = inspect(loop.path());
    REQUIRE(info);
    auto opened = open(*info, {});
    REQUIRE(opened);
    Device& device = **opened;
    CHECK(device.direct_io());
    CHECK(device.io_alignment() == 4096);
    round_trip(device, 256 * 1024, 1 << 20, 11);

    AlignedBuffer check(256 * 1024);
    read_all(device, check.span(), 1 << 20);
    CHECK(same_bytes(check.cspan(), file_bytes(loop.image_path(), 1 << 20, 256 * 1024)));

    auto dropped = device.drop_cache();
    REQUIRE(dropped);
    CHECK(*dropped);

    // O_EXCL: a second opener (another wipe of the same disk) is turned away.
    auto second = open(*info, {});
    REQUIRE_FALSE(second);
    CHECK(second.error().code == Errc::busy);
    CHECK(second.error().sys_errno == EBUSY);
}

TEST_CASE("a mounted loop device cannot be opened", "[device][posix][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    if (!find_program("mkfs.ext4")) {
        WARN("skipped: mkfs.ext4 is not installed");
        return;
    }
    LoopDevice loop;
    REQUIRE(run_process({*find_program("mkfs.ext4"), "-q", "-F", loop.path()}).ok());
    auto info = inspect(loop.path());
    REQUIRE(info);
    ScopedMount mount(loop.path());
    auto device = open(*info, {});
    REQUIRE_FALSE(device);
    CHECK(device.error().code == Errc::busy);
}

TEST_CASE("a transfer the kernel refuses for direct I/O ends direct I/O for good", "[device][posix][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    // 4096-byte logical sectors: a 512-byte direct write is EINVAL, a buffered one is fine. The
    // device does not retry by itself (wipe/transfer.cpp does): it turns direct I/O off when asked.
    LoopDevice loop(LoopOptions{.size_bytes = 4u << 20, .sector_bytes = 4096});
    auto device = open_path(loop.path());
    REQUIRE(device->direct_io());
    AlignedBuffer small(512);
    Result<std::size_t> refused = device->pwrite(small.cspan(), 8192);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().sys_errno == EINVAL);
    CHECK(device->use_buffered_io());
    round_trip(*device, 512, 8192, 13);
    CHECK_FALSE(device->direct_io());
    round_trip(*device, 8192, 0, 14);  // still works, buffered
    auto dropped = device->drop_cache();
    REQUIRE(dropped);
}
