// A sampled verification (`--verify sample:10`) killed while it reads and resumed ([root]): the
// resumed session must read the sample that the checkpoint's seed plans, from where the
// checkpoint left it, not a fresh sample. The medium is read back with plain reads at the end.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "resume_support.hpp"
#include "util/hex.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/sampling.hpp"

using namespace sanitize::test;
using namespace sanitize::test::resume;
using sanitize::wipe::ByteRange;

namespace {

// A sample of 10% of 64 MiB is about a thousand windows of 7 KiB, one chunk each: 10 ms after
// each on two workers make the verification last about 5 s, the writing of zeros well under one.
constexpr unsigned sample_throttle_us = 10000;
constexpr std::uint32_t sector = 512;  // losetup's default logical sector size
const std::string sample = "sample:10";

// The sample the checkpoint's seed plans, computed here from the seed alone.
sanitize::wipe::SamplePlan plan_of(const json& checkpoint) {
    const auto bytes = sanitize::util::parse_hex(checkpoint["sample_seed"].get<std::string>());
    REQUIRE(bytes);
    REQUIRE(bytes->size() == 32);
    std::array<unsigned char, 32> seed{};
    std::memcpy(seed.data(), bytes->data(), seed.size());
    return sanitize::wipe::make_sample_plan(medium_size, sector, 10.0, seed);
}

// Overwrites one sector of the backing file behind the wipe's back, as a failing medium would.
void spoil_sector(const std::string& image, std::uint64_t offset) {
    const std::string junk(sector, '\xa5');
    const int fd = ::open(image.c_str(), O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    const ssize_t n = ::pwrite(fd, junk.data(), junk.size(), static_cast<off_t>(offset));
    const bool written = n == static_cast<ssize_t>(junk.size());
    ::fsync(fd);
    ::close(fd);
    REQUIRE(written);
}

bool covered(const std::vector<ByteRange>& ranges, std::uint64_t offset) {
    for (const ByteRange& r : ranges)
        if (offset >= r.offset && offset < r.offset + r.length) return true;
    return false;
}

// Sectors to spoil: in the plan below the mark (checked before the kill), in the plan above it
// (still to check), and outside the plan above it (never checked by this sample).
struct Spoiled {
    std::vector<std::uint64_t> checked_before;
    std::vector<std::uint64_t> to_check;
    std::vector<std::uint64_t> outside;
};

Spoiled pick_sectors(const std::vector<ByteRange>& plan, std::uint64_t low_water) {
    Spoiled s;
    std::vector<const ByteRange*> above;
    for (const ByteRange& r : plan) {
        if (r.offset + r.length <= low_water && s.checked_before.size() < 4 && r.offset > 0)
            s.checked_before.push_back(r.offset + (r.length / 2 / sector) * sector);
        if (r.offset >= low_water) above.push_back(&r);
    }
    // Spread over what is left, away from the last sector (a window of its own).
    const std::size_t step = std::max<std::size_t>(1, above.size() / 9);
    for (std::size_t i = 0; i + 2 < above.size() && s.to_check.size() < 8; i += step) {
        const ByteRange& r = *above[i];
        s.to_check.push_back(r.offset + (r.length / 2 / sector) * sector);
        const std::uint64_t gap = r.offset + r.length + 2 * sector;  // between this window and the next
        if (!covered(plan, gap)) s.outside.push_back(gap);
    }
    return s;
}

std::vector<ByteRange> sectors_at(std::vector<std::uint64_t> offsets) {
    std::vector<ByteRange> ranges;
    for (std::uint64_t offset : offsets) ranges.push_back({offset, sector});
    return sanitize::wipe::normalized(std::move(ranges));
}

std::vector<ByteRange> ranges_in(const json& list) {
    std::vector<ByteRange> ranges;
    for (const json& r : list) ranges.push_back({r["offset"].get<std::uint64_t>(), r["length"].get<std::uint64_t>()});
    return ranges;
}

}  // namespace

TEST_CASE("a sampled verification killed twice resumes with the same sample and ends erased",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    const auto slow = batch_args({loop.path()}, rig.state, "zero", sample, sample_throttle_us, {"--no-ledger"});
    kill_during(slow, rig.state, rig.scratch, 0, "verifying", rig.random);
    const json first = checkpoint_in(rig.state);
    REQUIRE(in_phase(first, 0, "verifying"));
    CHECK(first["verify"]["mode"] == "sample");
    const auto plan = plan_of(first);
    REQUIRE(plan.subsections == 1000);

    // The resumed session keeps the seed, and gets further before the second kill.
    const auto resume_slow = resumed(slow);
    const auto further = [&] {
        const json c = checkpoint_in(rig.state);
        return in_phase(c, 0, "verifying") && c["low_water"] > first["low_water"];
    };
    kill_when(resume_slow, rig.scratch, further, rig.random);
    const json second = checkpoint_in(rig.state);
    REQUIRE_FALSE(second.is_null());
    CHECK(second["sample_seed"] == first["sample_seed"]);
    CHECK(second["interruptions"].size() == 1);

    ProcessResult done = rig.finish(loop.path(), "zero", sample);
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = check_resumed_and_erased(done, loop.path(), 2);
    CHECK(report["verify"]["mode"] == "sample");
    // The three sessions together read exactly the planned sample: nothing twice, nothing left.
    CHECK(report["bytes_verified"] == plan.bytes);
    const json verification = report["passes"].at(0)["verification"];
    CHECK(verification["mode"] == "sample");
    CHECK(verification["sample_subsections"] == 1000);
    CHECK(verification["mismatches"].empty());
    CHECK(checkpoint_in(rig.state).is_null());

    loop.detach();
    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(all_zero(medium));
}

TEST_CASE("a resumed sampled verification reads the planned sample from the checkpoint's mark",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    write_and_sync(loop.path(), marker_text(medium_size));
    const std::string image = loop.image_path();

    kill_during(batch_args({loop.path()}, rig.state, "zero", sample, sample_throttle_us, {"--no-ledger"}), rig.state,
                rig.scratch, 0, "verifying", rig.random);
    const json checkpoint = checkpoint_in(rig.state);
    REQUIRE(in_phase(checkpoint, 0, "verifying"));
    const auto plan = plan_of(checkpoint);
    const Spoiled spoiled = pick_sectors(plan.ranges, checkpoint["low_water"].get<std::uint64_t>());
    // The kill lands early in a 5 s verification: most of the sample is still ahead.
    REQUIRE(spoiled.to_check.size() == 8);
    REQUIRE(spoiled.outside.size() >= 4);
    REQUIRE_FALSE(spoiled.checked_before.empty());
    for (const auto* group : {&spoiled.checked_before, &spoiled.to_check, &spoiled.outside})
        for (std::uint64_t offset : *group) spoil_sector(image, offset);

    ProcessResult done =
        rig.office.run(batch_args({loop.path()}, rig.state, "zero", sample, 0, {"--resume", "--no-ledger"}));
    INFO(done.err);
    CHECK(done.exit_code == 1);  // a mismatch: the medium returned what it was not given
    const json report = report_of(done, loop.path());
    REQUIRE_FALSE(report.is_null());
    CHECK(report["outcome"] == "failed");
    CHECK(report["interruptions"].size() == 1);
    // Exactly the planned sectors still to check: a fresh sample would have missed most of them
    // and hit some of the others; the sectors checked before the kill are not read again.
    const json verification = report["passes"].at(0)["verification"];
    CHECK(ranges_in(verification["mismatches"]) == sectors_at(spoiled.to_check));
    CHECK(report["bytes_verified"] == plan.bytes - spoiled.to_check.size() * sector);
    CHECK(checkpoint_in(rig.state).is_null());  // a wipe failed by its verification is over
}
