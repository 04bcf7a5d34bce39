// Resumable wipes end to end ([root]): the real binary on loop devices created here, killed with
// SIGKILL at random moments (the seed is printed), its loop device detached and the backing
// file attached again under another name, then `--resume` to the end. The backing file is read
// back with plain reads afterwards, independent of the engine and its verification.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "resume_support.hpp"

using namespace sanitize::test;
using namespace sanitize::test::resume;

TEST_CASE("a random wipe killed while writing and while verifying resumes to a verified medium",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    const auto slow = wipe_args(loop.path(), rig.state, "random", "all", true, {"--no-ledger"});
    kill_during(slow, rig.state, rig.scratch, 0, "writing", rig.random);
    REQUIRE_FALSE(checkpoint_in(rig.state).is_null());

    // A forgotten half-wiped medium is not silently started again.
    ProcessResult again = run_cli(wipe_args(loop.path(), rig.state, "random", "all", false, {"--no-ledger"}));
    CHECK(again.exit_code == 3);
    CHECK(contains(again.err, "--resume"));

    const auto resume_slow = resumed(slow);
    kill_during(resume_slow, rig.state, rig.scratch, 0, "verifying", rig.random);

    ProcessResult done = rig.finish(loop.path(), "random", "all");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = check_resumed_and_erased(done, loop.path(), 2);
    CHECK(report["bytes_verified"] == medium_size);
    ProcessResult verified = rig.office.run({"cert", "verify", done.out.empty() ? "" : json_lines(done.out).back()["certificate"]["json"].get<std::string>()});
    CHECK(verified.exit_code == 0);
    CHECK(checkpoint_in(rig.state).is_null());  // wiped and removed at the end

    loop.detach();
    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(surviving_blocks(medium, original) == 0);
    CHECK_FALSE(contains_marker(medium));
}

TEST_CASE("a dod-3 wipe whose loop device is detached mid-pass resumes on the re-attached file",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    // Killed in the second pass, then the device goes away: the checkpoint names the backing
    // file and its inode, not /dev/loopN.
    kill_during(wipe_args(loop.path(), rig.state, "dod-3", "last", true, {"--blank", "--no-ledger"}), rig.state,
                rig.scratch, 1, "writing", rig.random);
    loop.detach();

    // Another loop device of the same size is not the medium: refused, not touched.
    LoopDevice other({.size_bytes = medium_size});
    write_and_sync(other.path(), original);
    ProcessResult refused = run_cli(wipe_args(other.path(), rig.state, "dod-3", "last", false, {"--resume", "--no-ledger"}));
    CHECK(refused.exit_code == 3);
    CHECK(contains(refused.err, "no interrupted wipe"));
    other.detach();
    CHECK(read_file(other.image_path()) == original);

    Attached again(image);
    ProcessResult done = rig.finish(again.path(), "dod-3", "last");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = check_resumed_and_erased(done, again.path(), 1);
    CHECK(report["passes"].size() == 4);
    again.detach();

    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(std::all_of(medium.begin(), medium.end(), [](char c) { return c == 0; }));  // the blank pass
}

TEST_CASE("a wipe whose loop device is detached while it writes keeps its checkpoint",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    // Not a LoopDevice: after the lazy detach below its name may soon be another test's device,
    // and Attached stops retrying the detach once the name no longer holds this file.
    TempDir dir("sanitize-loop");
    const std::string image = dir.file("image.img");
    LoopDevice::create_sparse(image, medium_size);
    Attached loop(image);
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);

    BackgroundCli cli(wipe_args(loop.path(), rig.state, "zero", "last", true, {"--no-ledger"}), rig.scratch + "/out.txt",
                      rig.scratch + "/err.txt");
    bool started = false;
    for (int i = 0; i < 6000 && !started; ++i) {
        const json c = checkpoint_in(rig.state);
        started = !c.is_null() && c["low_water"].get<std::uint64_t>() > 0;
        if (!started) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(started);
    // losetup -d on a device in use: the kernel may defer the detach until it is closed, and the
    // wipe then ends normally; either way a checkpoint must be there exactly when it did not end.
    (void)run_process({*find_program("losetup"), "--detach", loop.path()});
    const int code = cli.wait();
    const std::string err = read_file(rig.scratch + "/err.txt");
    INFO(err);
    WARN("wipe after losetup -d ended with " << code);
    if (code == 0) {
        CHECK(checkpoint_in(rig.state).is_null());
        return;
    }
    CHECK(code == 1);
    CHECK(contains(err, "--resume"));
    REQUIRE_FALSE(checkpoint_in(rig.state).is_null());
    loop.detach();
    Attached again(image);
    ProcessResult done = rig.finish(again.path(), "zero", "last");
    INFO(done.err);
    CHECK(done.exit_code == 0);
    again.detach();
    const std::string medium = read_file(image);
    CHECK(std::all_of(medium.begin(), medium.end(), [](char c) { return c == 0; }));
}
