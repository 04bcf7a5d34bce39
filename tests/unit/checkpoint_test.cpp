// Checkpoints of resumable wipes: the file format, atomic replacement, the identity check, the
// low-water mark of out-of-order chunks and a resumed engine run on the in-memory device.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <signal.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "sanitize/checkpoint.hpp"
#include "temp_dir.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;

namespace {

Checkpoint sample_checkpoint() {
    Checkpoint c;
    c.device = {"Model X", "SER1", "0x5000", 64 << 20, 512, "loop", "/srv/image.img", 2049, 131077};
    c.method = "dod-3";
    c.verify = {VerifyMode::sample, 12.5};
    c.sample_seed_hex = std::string(64, 'a');
    c.keys = {{2, "aes-256-ctr", std::string(64, '1')}};
    PassReport done;
    done.index = 0;
    done.pattern_hex = "00";
    done.bytes_written = 64 << 20;
    done.unwritten = {{4096, 512}};
    done.synced = true;
    done.verification = VerifyResult{VerifyMode::all, 1000, 1.5, 0, {{0, 512}}, {}, true, 2.0, 500.0};
    c.finished_passes = {done};
    c.pass_index = 1;
    c.phase = Phase::verifying;
    c.low_water = 8 << 20;
    c.current.index = 1;
    c.current.pattern_hex = "ff";
    c.interruptions = {{std::chrono::system_clock::time_point(std::chrono::milliseconds(1700000000123)),
                        std::chrono::system_clock::time_point(std::chrono::milliseconds(1700000100456)), 1,
                        Phase::writing, 4 << 20}};
    c.started = std::chrono::system_clock::time_point(std::chrono::milliseconds(1699999999000));
    c.saved = std::chrono::system_clock::time_point(std::chrono::milliseconds(1700000200000));
    return c;
}

std::size_t temp_files_in(const std::string& dir) {
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        n += entry.path().filename().string().find(".tmp-") != std::string::npos ? std::size_t{1} : std::size_t{0};
    return n;
}

}  // namespace

TEST_CASE("a checkpoint survives the round trip through its file", "[checkpoint]") {
    const Checkpoint c = sample_checkpoint();
    Result<Checkpoint> back = checkpoint_from_json(checkpoint_to_json(c));
    REQUIRE(back);
    CHECK(checkpoint_to_json(*back) == checkpoint_to_json(c));
    CHECK(back->device == c.device);
    CHECK(back->finished_passes[0].verification->mismatches == c.finished_passes[0].verification->mismatches);
    CHECK(back->interruptions[0].last_checkpoint == c.interruptions[0].last_checkpoint);
    CHECK(back->low_water == c.low_water);

    sanitize::test::TempDir dir;
    const std::string path = dir.file("wipe.json");
    REQUIRE(save_checkpoint(path, c));
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    Result<Checkpoint> loaded = load_checkpoint(path);
    REQUIRE(loaded);
    CHECK(checkpoint_to_json(*loaded) == checkpoint_to_json(c));
    REQUIRE(discard_checkpoint(path));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("discarding a checkpoint also removes temp files a killed save left", "[checkpoint]") {
    sanitize::test::TempDir dir;
    const std::string path = dir.file("wipe.json");
    REQUIRE(save_checkpoint(path, sample_checkpoint()));
    // What a SIGKILL between mkostemp and rename leaves: a temp file holding the keys.
    std::ofstream(path + ".tmp-Ab12Cd") << checkpoint_to_json(sample_checkpoint());
    std::ofstream(dir.file("other.json.tmp-Zz99Yy")) << "{}";  // another medium's: not ours
    REQUIRE(temp_files_in(dir.path()) == 2);

    REQUIRE(discard_checkpoint(path));
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp-Ab12Cd"));
    CHECK(std::filesystem::exists(dir.file("other.json.tmp-Zz99Yy")));
}

TEST_CASE("corrupt or truncated checkpoints are refused", "[checkpoint]") {
    const std::string text = checkpoint_to_json(sample_checkpoint());
    for (std::size_t cut : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size() - 3}) {
        Result<Checkpoint> read = checkpoint_from_json(text.substr(0, cut));
        CHECK_FALSE(read);
        if (!read) CHECK(read.error().code == Errc::malformed_input);
    }
    std::string other_version = text;
    other_version.replace(other_version.find("\"format_version\": 1"), 19, "\"format_version\": 9");
    CHECK_FALSE(checkpoint_from_json(other_version));
    std::string beyond = text;
    beyond.replace(beyond.find("\"low_water\": 8388608"), 20, "\"low_water\": 999999999999");
    CHECK_FALSE(checkpoint_from_json(beyond));
    CHECK_FALSE(checkpoint_from_json("{\"format\": \"something else\"}"));
}

TEST_CASE("a failed save leaves the previous checkpoint whole and no partial file", "[checkpoint]") {
    sanitize::test::TempDir dir;
    const std::string path = dir.file("wipe.json");
    Checkpoint first = sample_checkpoint();
    REQUIRE(save_checkpoint(path, first));
    Checkpoint bigger = first;
    for (int i = 0; i < 2000; ++i) bigger.current.unwritten.push_back({std::uint64_t(i) * 4096, 512});

    // The next save fails mid-write: the file size limit stops it with EFBIG.
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction old_action {};
    ::sigaction(SIGXFSZ, &ignore, &old_action);
    rlimit old_limit{};
    ::getrlimit(RLIMIT_FSIZE, &old_limit);
    rlimit small = old_limit;
    small.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    Result<void> saved = save_checkpoint(path, bigger);
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    ::sigaction(SIGXFSZ, &old_action, nullptr);

    CHECK_FALSE(saved);
    CHECK(temp_files_in(dir.path()) == 0);
    Result<Checkpoint> still = load_checkpoint(path);
    REQUIRE(still);
    CHECK(checkpoint_to_json(*still) == checkpoint_to_json(first));
}

TEST_CASE("a checkpoint of another medium in the same place is refused", "[checkpoint]") {
    sanitize::test::TempDir dir;
    const std::string image = dir.file("image.img");
    std::ofstream(image) << std::string(1 << 20, 'x');
    std::filesystem::resize_file(image, 64 << 20);  // the sample's size: its ranges lie on this medium
    Result<device::DeviceInfo> info = device::inspect(image);
    REQUIRE(info);
    Result<DeviceIdentity> identity = identity_of(*info);
    REQUIRE(identity);
    CHECK(identity->backing_ino != 0);
    const std::string state = dir.file("state");
    REQUIRE(ensure_checkpoint_dir(state));
    Checkpoint c = sample_checkpoint();
    c.device = *identity;
    c.verify = {VerifyMode::all, 0};  // its verified passes are then the plan's, as finding requires
    REQUIRE(save_checkpoint(checkpoint_path_for(state, *identity, *info), c));

    Result<std::optional<FoundCheckpoint>> found = find_checkpoint(state, *info);
    REQUIRE(found);
    CHECK(found->has_value());

    // The same name and size, but another file: a new inode.
    std::ofstream(dir.file("new.img")) << std::string(1 << 20, 'y');
    std::filesystem::rename(dir.file("new.img"), image);
    Result<device::DeviceInfo> again = device::inspect(image);
    REQUIRE(again);
    Result<std::optional<FoundCheckpoint>> refused = find_checkpoint(state, *again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::conflict);
    CHECK(refused.error().context == "backing_inode");

    // A corrupt file is refused, not guessed at.
    std::ofstream(checkpoint_path_for(state, *identity, *info), std::ios::trunc) << "{\"format\": \"sanitize-wipe-chec";
    Result<std::optional<FoundCheckpoint>> corrupt = find_checkpoint(state, *info);
    REQUIRE_FALSE(corrupt);
    CHECK(corrupt.error().code == Errc::malformed_input);
}

TEST_CASE("the low-water mark only claims the contiguous prefix of done chunks", "[checkpoint]") {
    DonePrefix prefix(5);
    CHECK(prefix.mark(2) == 0);
    CHECK(prefix.mark(0) == 1);
    CHECK(prefix.mark(1) == 3);
    CHECK(prefix.mark(4) == 3);
    CHECK(prefix.mark(3) == 5);

    // Chunk 0 finishes last: until then the mark stays at the start, whatever else is done.
    const std::vector<ByteRange> ranges{{4096, 8 * 1024}};
    std::atomic<std::uint64_t> low_water{0};
    std::atomic<int> others_done{0};
    std::atomic<std::uint64_t> seen_while_first_pending{UINT64_MAX};
    auto work = [&](unsigned, ByteRange chunk) {
        if (chunk.offset == 4096) {
            while (others_done.load() < 7) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            seen_while_first_pending = low_water.load();
        } else {
            ++others_done;
        }
        return true;
    };
    const ChunkRunStatus status = run_chunks(ranges, 1024, 3, work, [] {}, {}, &low_water);
    CHECK_FALSE(status.failed);
    CHECK(seen_while_first_pending.load() == 4096);
    CHECK(low_water.load() == 4096 + 8 * 1024);
}

// Stops the first pass while it writes, once `after` bytes are done. Progress is sent about
// every 400 ms and once more at the end of each phase: that last report (all bytes done) must
// not count, or the stop lands in the verification of a fully written pass. The throttle of
// these tests makes the first pass last about two seconds, several reports after `after`.
namespace {
void stop_mid_first_pass(const Progress& p, std::uint64_t after, std::uint64_t size, std::stop_source& stop) {
    if (p.pass_index == 0 && p.phase == Phase::writing && p.phase_bytes_done > after && p.phase_bytes_done < size)
        stop.request_stop();
}
}  // namespace

TEST_CASE("a stopped random wipe resumes with the same key and finishes verified", "[checkpoint][engine]") {
    constexpr std::uint64_t mib = 1 << 20;
    for (const char* method : {"random", "dod-3"}) {
        INFO(method);
        sanitize::test::TempDir dir;
        sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 8 * mib, .initial_fill = 0x5a});
        WipeOptions o = sanitize::test::options(method, "all");
        o.checkpoint_path = dir.file("wipe.json");
        o.checkpoint_interval = std::chrono::milliseconds(0);
        o.throttle = std::chrono::microseconds(50000);
        std::stop_source stop;
        Callbacks callbacks;
        callbacks.on_progress = [&](const Progress& p) { stop_mid_first_pass(p, 2 * mib, 8 * mib, stop); };
        WipeReport first = run_wipe(dev, o, callbacks, stop.get_token());
        CHECK(first.outcome == Outcome::aborted);
        CHECK(first.checkpoint_kept);
        Result<Checkpoint> saved = load_checkpoint(o.checkpoint_path);
        REQUIRE(saved);
        CHECK(saved->pass_index == 0);
        CHECK(saved->low_water > 0);
        CHECK(saved->low_water < 8 * mib);

        WipeOptions resumed = sanitize::test::options("zero", "none");  // ignored: the checkpoint decides
        resumed.checkpoint_path = o.checkpoint_path;
        resumed.resume_from = std::make_shared<const Checkpoint>(*saved);
        const std::uint64_t calls_before = dev.write_calls();
        WipeReport second = run_wipe(dev, resumed, {}, {});
        // It went on from the mark, not from zero: one write per 64 KiB chunk from there on.
        CHECK((dev.write_calls() - calls_before) * 64 * 1024 == second.passes.size() * 8 * mib - saved->low_water);
        CHECK(second.outcome == Outcome::erased);
        CHECK(second.method == method);
        CHECK(second.interruptions.size() == 1);
        CHECK(second.bytes_written == second.passes.size() * 8 * mib);
        REQUIRE(second.passes.back().verification);
        CHECK(second.passes.back().verification->bytes_verified == 8 * mib);
        CHECK_FALSE(second.checkpoint_kept);
        CHECK_FALSE(std::filesystem::exists(o.checkpoint_path));
    }
}

TEST_CASE("a device that vanishes mid-pass fails the wipe and keeps its checkpoint", "[checkpoint][engine]") {
    constexpr std::uint64_t mib = 1 << 20;
    sanitize::test::TempDir dir;
    sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 8 * mib, .vanish_after_bytes = 5 * mib,
                                              .delay_per_write = std::chrono::microseconds(5000)});
    WipeOptions o = sanitize::test::options("random", "last");
    o.checkpoint_path = dir.file("wipe.json");
    o.checkpoint_interval = std::chrono::milliseconds(0);
    WipeReport report = run_wipe(dev, o, {}, {});
    CHECK(report.outcome == Outcome::failed);
    REQUIRE(report.error);
    CHECK(report.error->code == Errc::device_vanished);
    CHECK(report.checkpoint_kept);
    Result<Checkpoint> saved = load_checkpoint(o.checkpoint_path);
    REQUIRE(saved);
    CHECK(saved->keys.size() == 1);
    CHECK(saved->low_water <= 5 * mib);

    // Ran to its end: the file is gone, whatever the outcome.
    WipeOptions plain = sanitize::test::options("zero", "last");
    plain.checkpoint_path = dir.file("other.json");
    sanitize::test::FaultDevice good(sanitize::test::FaultPlan{.size_bytes = 1 * mib});
    CHECK(run_wipe(good, plain, {}, {}).outcome == Outcome::erased);
    CHECK_FALSE(std::filesystem::exists(plain.checkpoint_path));
}

TEST_CASE("bad sectors found before an interruption stay in the resumed report, which is never erased",
          "[checkpoint][engine]") {
    constexpr std::uint64_t mib = 1 << 20;
    const std::vector<ByteRange> bad{{1 * mib, 512}};
    sanitize::test::TempDir dir;
    sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 8 * mib, .write_errors = bad, .initial_fill = 0x5a});
    WipeOptions o = sanitize::test::options("zero", "last");
    o.checkpoint_path = dir.file("wipe.json");
    o.checkpoint_interval = std::chrono::milliseconds(0);
    o.throttle = std::chrono::microseconds(50000);
    std::stop_source stop;
    Callbacks callbacks;
    callbacks.on_progress = [&](const Progress& p) { stop_mid_first_pass(p, 2 * mib, 8 * mib, stop); };
    REQUIRE(run_wipe(dev, o, callbacks, stop.get_token()).outcome == Outcome::aborted);
    Result<Checkpoint> saved = load_checkpoint(o.checkpoint_path);
    REQUIRE(saved);
    REQUIRE(saved->phase == Phase::writing);
    REQUIRE(saved->low_water > bad[0].offset + bad[0].length);
    CHECK(saved->current.unwritten == bad);

    // Resumed from the mark: the sector below it is not written again, and still counts.
    WipeOptions resumed = o;
    resumed.resume_from = std::make_shared<const Checkpoint>(*saved);
    WipeReport second = run_wipe(dev, resumed, {}, {});
    CHECK(second.outcome == Outcome::erased_with_exceptions);
    CHECK(second.passes.at(0).unwritten == bad);
    CHECK(second.bad_ranges == bad);
    CHECK(second.bytes_written == 8 * mib - 512);
    REQUIRE(second.passes.at(0).verification);
    CHECK(second.passes.at(0).verification->mismatches.empty());  // known unwritten: not a mismatch
    CHECK(second.passes.at(0).verification->bytes_verified == 8 * mib - 512);
    CHECK_FALSE(std::filesystem::exists(o.checkpoint_path));
}
