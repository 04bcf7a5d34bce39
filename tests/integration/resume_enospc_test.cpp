// A medium whose writes fail mid-pass for a real reason ([root]): a loop device over a sparse
// file on a small tmpfs that the test mounts itself. Writes that need more space than the tmpfs
// has fail (this kernel's loop driver passes ENOSPC up to O_DIRECT writers; older ones turned
// it into EIO). The wipe must stop without claiming the medium, keep its checkpoint, and after
// the tmpfs is made larger `--resume` must end erased, which a plain read of the file confirms.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "resume_support.hpp"

using namespace sanitize::test;
using namespace sanitize::test::resume;

namespace {

constexpr std::uint64_t mib = std::uint64_t{1} << 20;

// A tmpfs of a given size on a fresh directory; unmounted at scope exit, even when the test
// fails (lazily, if a loop device still holds a file in it).
class Tmpfs {
public:
    explicit Tmpfs(std::uint64_t size_bytes) : dir_("sanitize-tmpfs") {
        const std::string options = "mode=0700,size=" + std::to_string(size_bytes);
        ProcessResult mounted = run_process({*find_program("mount"), "-t", "tmpfs", "-o", options, "tmpfs", dir_.path()});
        if (!mounted.ok()) throw std::runtime_error("mount tmpfs: " + mounted.err);
        mounted_ = true;
    }
    ~Tmpfs() {
        for (int attempt = 0; attempt < 50 && mounted_; ++attempt) {
            if (run_process({*find_program("umount"), dir_.path()}).ok()) mounted_ = false;
            else std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (mounted_) (void)run_process({*find_program("umount"), "--lazy", dir_.path()});
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;

    // Bigger (or smaller) in place: the files, their inodes and the loop devices over them stay.
    void resize(std::uint64_t size_bytes) const {
        ProcessResult remounted =
            run_process({*find_program("mount"), "-o", "remount,size=" + std::to_string(size_bytes), dir_.path()});
        if (!remounted.ok()) throw std::runtime_error("remount tmpfs: " + remounted.err);
    }
    std::string file(const std::string& name) const { return dir_.file(name); }

private:
    TempDir dir_;
    bool mounted_ = false;
};

// Writes `data` at `offset` of a file and syncs it; the tmpfs pages for it are taken now.
void write_at(const std::string& path, std::uint64_t offset, const std::string& data) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("open " + path);
    const ssize_t n = ::pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    const bool written = n == static_cast<ssize_t>(data.size());
    ::fsync(fd);
    ::close(fd);
    if (!written) throw std::runtime_error("pwrite " + path);
}

}  // namespace

TEST_CASE("a wipe that runs out of space on its medium mid-pass keeps its checkpoint and resumes once there is room",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    // 64 MiB medium, of which 20 MiB hold data (the first 16 MiB and the last 4); 40 MiB of room.
    Tmpfs tmpfs(40 * mib);
    const std::string image = tmpfs.file("image.img");
    LoopDevice::create_sparse(image, medium_size);
    std::string original(medium_size, '\0');
    const std::string markers = marker_text(20 * mib);
    original.replace(0, 16 * mib, markers, 0, 16 * mib);
    original.replace(60 * mib, 4 * mib, markers, 16 * mib, 4 * mib);
    write_at(image, 0, original.substr(0, 16 * mib));
    write_at(image, 60 * mib, original.substr(60 * mib));
    Attached loop(image);

    // The pass stops where the room ends, about 36 MiB in: the end of the medium keeps its data.
    const auto args = batch_args({loop.path()}, rig.state, "random", "last", 0, {"--no-ledger"});
    for (std::size_t attempt = 0; attempt < 2; ++attempt) {  // and again when resumed without room
        INFO("attempt " << attempt);
        ProcessResult stopped = run_cli(attempt == 0 ? args : resumed(args));
        INFO(stopped.err);
        CHECK(stopped.exit_code == 1);
        CHECK(contains(stopped.err, "--resume " + loop.path()));
        const json report = report_of(stopped, loop.path());
        REQUIRE_FALSE(report.is_null());
        CHECK(report["outcome"] == "failed");
        CHECK(report["checkpoint_kept"] == true);
        CHECK(report["bytes_written"].get<std::uint64_t>() < 40 * mib);
        const json checkpoint = checkpoint_in(rig.state);
        REQUIRE_FALSE(checkpoint.is_null());
        CHECK(checkpoint["phase"] == "writing");
        CHECK(checkpoint["low_water"].get<std::uint64_t>() <= 40 * mib);
        CHECK(checkpoint["current"]["unwritten"].empty());  // nothing is taken for a bad sector
        CHECK(checkpoint["interruptions"].size() == attempt);
        CHECK(contains_marker(read_file(image).substr(60 * mib)));
    }

    tmpfs.resize(128 * mib);
    ProcessResult done = rig.finish(loop.path(), "random", "last");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = check_resumed_and_erased(done, loop.path(), 2);
    CHECK(report["bytes_verified"] == medium_size);
    CHECK(report["bad_ranges"].empty());
    CHECK(checkpoint_in(rig.state).is_null());

    loop.detach();
    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(surviving_blocks(medium, original) == 0);
    CHECK_FALSE(contains_marker(medium));
}
