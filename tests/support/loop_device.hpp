// LoopDevice: a loop device over a sparse image in a fresh temp dir, detached and removed when
// the test ends. ScopedMount: a mount that is undone when the test ends.
//
// Tests that need them are tagged [root] and start with
//     if (auto reason = LoopDevice::unavailable_reason()) { WARN("skipped: " << *reason); return; }
// (Catch2 2.13 has no SKIP). Tests only ever write to devices they created here.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "run_process.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {

inline std::string trim_line(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

// Waits for a path to appear (device nodes of partitions appear shortly after a scan).
inline bool wait_for_path(const std::string& path, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!std::filesystem::exists(path)) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

// Whether /dev/<kernel_name> is still a loop device over `image` (a canonical path). Detaching
// is retried only while it is: after a lazy detach the name may already belong to another
// test's device, which a retry must never detach.
inline bool loop_backs(const std::string& kernel_name, const std::string& image) {
    const std::string backing = "/sys/block/" + kernel_name + "/loop/backing_file";
    std::error_code error;
    if (!std::filesystem::exists(backing, error)) return false;
    std::ifstream in(backing);
    std::string line;
    std::getline(in, line);
    return line == image;
}

// One primary Linux partition from sector 2048 to 2048 sectors before the end (MBR layout).
inline void write_mbr_with_one_partition(const std::string& image, std::uint32_t total_sectors) {
    std::array<unsigned char, 512> mbr{};
    const std::uint32_t start = 2048;
    const std::uint32_t count = total_sectors - 2 * start;
    unsigned char* entry = mbr.data() + 446;
    entry[4] = 0x83;
    for (int i = 0; i < 4; ++i) {
        entry[8 + i] = static_cast<unsigned char>(start >> (8 * i));
        entry[12 + i] = static_cast<unsigned char>(count >> (8 * i));
    }
    mbr[510] = 0x55;
    mbr[511] = 0xAA;
    std::fstream file(image, std::ios::in | std::ios::out | std::ios::binary);
    file.write(reinterpret_cast<const char*>(mbr.data()), static_cast<std::streamsize>(mbr.size()));
}

struct LoopOptions {
    std::uint64_t size_bytes = std::uint64_t{16} << 20;
    std::uint32_t sector_bytes = 0;  // 0: losetup's default (512)
    bool partscan = false;  // --partscan, and partx where the kernel's scan finds nothing
    // Runs on the image before it is attached, e.g. to write a partition table for partscan.
    std::function<void(const std::string& image_path)> prepare = {};
};

class LoopDevice {
public:
    // Why loop devices cannot be used here, or nullopt when they can.
    static std::optional<std::string> unavailable_reason() {
        if (::geteuid() != 0) return "needs root for loop devices";
        if (!std::filesystem::exists("/dev/loop-control")) return "no /dev/loop-control";
        if (!find_program("losetup")) return "losetup is not installed";
        return std::nullopt;
    }
    static bool available() { return !unavailable_reason(); }

    explicit LoopDevice(const LoopOptions& options = {}) : dir_("sanitize-loop") {
        image_ = dir_.file("image.img");
        create_sparse(image_, options.size_bytes);
        if (options.prepare) options.prepare(image_);
        std::vector<std::string> argv{*find_program("losetup"), "--find", "--show"};
        if (options.sector_bytes != 0) {
            argv.insert(argv.end(), {"--sector-size", std::to_string(options.sector_bytes)});
        }
        if (options.partscan) argv.emplace_back("--partscan");
        argv.push_back(image_);
        ProcessResult attached = run_process(argv);
        if (!attached.ok()) throw std::runtime_error("losetup: " + attached.err);
        path_ = trim_line(attached.out);
        if (!path_.starts_with("/dev/loop")) throw std::runtime_error("losetup printed " + path_);
        if (options.partscan) add_partitions();
    }

    ~LoopDevice() { detach(); }
    LoopDevice(const LoopDevice&) = delete;
    LoopDevice& operator=(const LoopDevice&) = delete;

    // Idempotent. A busy device is retried briefly (a scan or a lazy unmount may still hold it),
    // but only while it still holds our image.
    void detach() {
        if (path_.empty()) return;
        const std::string image = std::filesystem::weakly_canonical(image_).string();
        for (int attempt = 0; attempt < 50 && loop_backs(kernel_name(), image); ++attempt) {
            if (run_process({*find_program("losetup"), "--detach", path_}).ok()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        path_.clear();
    }

    const std::string& path() const { return path_; }                           // /dev/loop3
    std::string kernel_name() const { return path_.substr(path_.rfind('/') + 1); }  // loop3
    std::string partition_path(int number) const { return path_ + "p" + std::to_string(number); }
    const std::string& image_path() const { return image_; }
    const TempDir& dir() const { return dir_; }

    // A kernel built without partition table parsers (CONFIG_MSDOS_PARTITION=n) scans and
    // finds nothing; partx reads the table itself and adds the partitions with BLKPG.
    void add_partitions() const {
        const std::string first = "/sys/class/block/" + kernel_name() + "p1";
        if (std::filesystem::exists(first)) return;
        if (auto partx = find_program("partx")) (void)run_process({*partx, "--add", path_});
    }

    static void create_sparse(const std::string& path, std::uint64_t size) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) throw std::runtime_error("create " + path);
        int rc = ::ftruncate(fd, static_cast<off_t>(size));
        ::close(fd);
        if (rc != 0) throw std::runtime_error("ftruncate " + path);
    }

private:
    TempDir dir_;
    std::string image_;
    std::string path_;
};

// mount(8) a device on a fresh directory; unmounted (lazily if it must) at scope exit.
class ScopedMount {
public:
    ScopedMount(const std::string& device, const std::vector<std::string>& extra_args = {})
        : dir_("sanitize-mnt") {
        std::vector<std::string> argv{*find_program("mount")};
        argv.insert(argv.end(), extra_args.begin(), extra_args.end());
        argv.insert(argv.end(), {device, dir_.path()});
        ProcessResult mounted = run_process(argv);
        if (!mounted.ok()) throw std::runtime_error("mount " + device + ": " + mounted.err);
        mounted_ = true;
    }
    ~ScopedMount() { unmount(); }
    ScopedMount(const ScopedMount&) = delete;
    ScopedMount& operator=(const ScopedMount&) = delete;

    void unmount() {
        if (!mounted_) return;
        if (!run_process({*find_program("umount"), dir_.path()}).ok()) {
            (void)run_process({*find_program("umount"), "--lazy", dir_.path()});
        }
        mounted_ = false;
    }
    const std::string& path() const { return dir_.path(); }

private:
    TempDir dir_;
    bool mounted_ = false;
};

}  // namespace sanitize::test
