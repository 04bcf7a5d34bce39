// Several targets in one command ([root]): `sanitize wipe A B` killed mid-way, `--resume A B`
// in one command, each with its own checkpoint and its own interruptions; and a `--resume` that
// names a target without a checkpoint, refused as a whole with a word for each target. The
// backing files are read back with plain reads at the end.
#include <catch2/catch.hpp>

#include <string>

#include "resume_support.hpp"

using namespace sanitize::test;
using namespace sanitize::test::resume;

namespace {

bool started(const json& checkpoint) {
    return !checkpoint.is_null() && checkpoint["low_water"].get<std::uint64_t>() > 0;
}

}  // namespace

TEST_CASE("two wipes in one command killed mid-way resume in one command, each with its own interruptions",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice a({.size_bytes = medium_size});
    LoopDevice b({.size_bytes = medium_size});
    LoopDevice fresh({.size_bytes = std::uint64_t{16} << 20});  // never wiped: no checkpoint
    const std::string original = marker_text(medium_size);
    write_and_sync(a.path(), original);
    write_and_sync(b.path(), original);
    const std::string fresh_original = marker_text(std::uint64_t{16} << 20);
    write_and_sync(fresh.path(), fresh_original);

    const auto both = [&] {
        return started(checkpoint_of(rig.state, a.image_path())) && started(checkpoint_of(rig.state, b.image_path()));
    };
    kill_when(batch_args({a.path(), b.path()}, rig.state, "random", "last", 200000, {"--no-ledger"}), rig.scratch, both,
              rig.random);
    REQUIRE(checkpoints_in(rig.state).size() == 2);

    // A target without a checkpoint in the same --resume: nothing is written to either, and
    // the output says which target lacks its checkpoint and which one could go ahead alone.
    const json a_before = checkpoint_of(rig.state, a.image_path());
    ProcessResult mixed = run_cli(batch_args({a.path(), fresh.path()}, rig.state, "random", "last", 0,
                                             {"--resume", "--no-ledger"}));
    INFO(mixed.err);
    CHECK(mixed.exit_code == 3);
    CHECK(mixed.out.empty());
    CHECK(contains(mixed.err, fresh.path() + ": there is no interrupted wipe"));
    CHECK_FALSE(contains(mixed.err, a.path() + ": "));
    CHECK(contains(mixed.err, "none of the 2 targets was written to"));
    CHECK(contains(mixed.err, "go ahead on their own: " + a.path()));
    CHECK(checkpoint_of(rig.state, a.image_path()) == a_before);
    CHECK(checkpoint_of(rig.state, fresh.image_path()).is_null());
    CHECK(read_file(fresh.path()) == fresh_original);

    // A alone is resumed and killed once more: its interruptions are not B's.
    const auto a_resumed = [&] {
        const json c = checkpoint_of(rig.state, a.image_path());
        return started(c) && c["interruptions"].size() == 1;
    };
    kill_when(batch_args({a.path()}, rig.state, "random", "last", 200000, {"--resume", "--no-ledger"}), rig.scratch,
              a_resumed, rig.random);
    const json b_checkpoint = checkpoint_of(rig.state, b.image_path());
    REQUIRE_FALSE(b_checkpoint.is_null());
    CHECK(b_checkpoint["interruptions"].empty());

    ProcessResult done = rig.finish({a.path(), b.path()}, "random", "last");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    for (const auto& [device, interruptions] : {std::pair{a.path(), 2U}, std::pair{b.path(), 1U}}) {
        INFO(device);
        const json report = check_resumed_and_erased(done, device, interruptions);
        CHECK(report["bytes_verified"] == medium_size);
    }
    CHECK(checkpoints_in(rig.state).empty());

    const std::string a_image = a.image_path();
    const std::string b_image = b.image_path();
    a.detach();
    b.detach();
    for (const std::string& image : {a_image, b_image}) {
        const std::string medium = read_file(image);
        REQUIRE(medium.size() == medium_size);
        CHECK(surviving_blocks(medium, original) == 0);
        CHECK_FALSE(contains_marker(medium));
    }
    CHECK(read_file(fresh.path()) == fresh_original);
}
