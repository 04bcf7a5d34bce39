// Checkpoints against odd and hostile input (issue 20, item 18): a medium whose serial, model and
// path are not UTF-8 (cheap USB sticks report such bytes) is checkpointed, found again and resumed
// by its exact bytes; a damaged checkpoint (times past what a clock holds, floats where integers
// belong, ranges beyond the medium, passes that are not the plan's) is refused before anything
// is written.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "sanitize/checkpoint.hpp"
#include "temp_dir.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;
using nlohmann::json;

namespace {

constexpr std::uint64_t mib = 1 << 20;

// Stops the wipe once `pass` writes past `after` bytes; the throttle of these tests makes a pass
// of 8 MiB last about two seconds, several progress reports after that.
Callbacks stop_in_pass(std::size_t pass, std::uint64_t after, std::stop_source& stop) {
    Callbacks callbacks;
    callbacks.on_progress = [&stop, pass, after](const Progress& p) {
        if (p.pass_index == pass && p.phase == Phase::writing && p.phase_bytes_done > after &&
            p.phase_bytes_done < 8 * mib)
            stop.request_stop();
    };
    return callbacks;
}

WipeOptions checkpointed(const std::string& method, const std::string& verify, const std::string& path) {
    WipeOptions o = ::test::options(method, verify);
    o.checkpoint_path = path;
    o.checkpoint_interval = std::chrono::milliseconds(0);
    o.throttle = std::chrono::microseconds(50000);
    return o;
}

}  // namespace

TEST_CASE("a medium whose serial, model and path are not UTF-8 is checkpointed and resumed by its bytes",
          "[checkpoint][engine]") {
    sanitize::test::TempDir dir;
    // A file name in Latin-1, as an old Windows share hands it over: not UTF-8.
    const std::string image = dir.file("stick-\xe9\xe8.img");
    std::ofstream(image).close();
    std::filesystem::resize_file(image, 8 * mib);
    Result<device::DeviceInfo> inspected = device::inspect(image);
    REQUIRE(inspected);
    device::DeviceInfo info = *inspected;
    info.serial = "SN\xff\xfe" "0042";  // what a cheap USB stick reports
    info.model = "Flash\x80" "Disk";
    Result<std::unique_ptr<device::Device>> opened = device::open(info, {});
    REQUIRE(opened);
    REQUIRE((*opened)->info().serial == info.serial);

    const std::string state = dir.file("state");
    REQUIRE(ensure_checkpoint_dir(state));
    Result<DeviceIdentity> identity = identity_of(info);
    REQUIRE(identity);
    WipeOptions o = checkpointed("random", "last", checkpoint_path_for(state, *identity, info));
    std::stop_source stop;
    WipeReport first = run_wipe(**opened, o, stop_in_pass(0, 2 * mib, stop), stop.get_token());
    INFO((first.error ? std::string(errc_name(first.error->code)) + " " + first.error->context : std::string()));
    REQUIRE(first.outcome == Outcome::aborted);
    REQUIRE(first.checkpoint_kept);

    // Found again for this medium: the identity holds the very bytes the device reports.
    Result<std::optional<FoundCheckpoint>> found = find_checkpoint(state, info);
    REQUIRE(found);
    REQUIRE(found->has_value());
    const Checkpoint& saved = (*found)->checkpoint;
    CHECK(saved.device.serial == info.serial);
    CHECK(saved.device.model == info.model);
    CHECK(saved.device.backing_path == std::filesystem::canonical(image).string());
    CHECK(saved.low_water > 0);

    // Another stick of the same make whose serial differs only in the bytes that are not UTF-8.
    device::DeviceInfo other = info;
    other.serial = "SN\xfe\xff" "0042";
    Result<std::optional<FoundCheckpoint>> refused = find_checkpoint(state, other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::conflict);

    WipeOptions resumed = o;
    resumed.resume_from = std::make_shared<const Checkpoint>(saved);
    resumed.throttle = std::chrono::microseconds(0);  // nothing is stopped in this run
    WipeReport second = run_wipe(**opened, resumed, {}, {});
    CHECK(second.outcome == Outcome::erased);
    CHECK(second.interruptions.size() == 1);
    CHECK_FALSE(std::filesystem::exists(o.checkpoint_path));
}

namespace {

// A checkpoint saved by a real wipe of dod-3 (0x00, 0xFF, random) with --verify last, stopped
// while it writes its second pass: one finished pass, keys, a current pass.
struct SavedWipe {
    sanitize::test::TempDir dir;
    sanitize::test::FaultDevice device{sanitize::test::FaultPlan{.size_bytes = 8 * mib, .initial_fill = 0x5a}};
    WipeOptions options = checkpointed("dod-3", "last", dir.file("wipe.json"));
    json saved;

    SavedWipe() {
        std::stop_source stop;
        WipeReport first = run_wipe(device, options, stop_in_pass(1, 2 * mib, stop), stop.get_token());
        REQUIRE(first.outcome == Outcome::aborted);
        std::ifstream in(options.checkpoint_path);
        saved = json::parse(in);
        REQUIRE(saved["pass_index"] == 1);
        REQUIRE(saved["finished_passes"].size() == 1);
    }

    // The edited checkpoint is refused as malformed where the CLI and the GUI look for it,
    // before the medium is opened; and where a library caller hands it to the engine, when it
    // is read or else when the wipe plans its resumption, before a single byte is written.
    void refused(const std::function<void(json&)>& edit) {
        json damaged = saved;
        edit(damaged);
        const std::string state = dir.file("state");
        REQUIRE(ensure_checkpoint_dir(state));
        Result<DeviceIdentity> identity = identity_of(device.info());
        REQUIRE(identity);
        std::ofstream(checkpoint_path_for(state, *identity, device.info()), std::ios::trunc) << damaged.dump();
        Result<std::optional<FoundCheckpoint>> found = find_checkpoint(state, device.info());
        CHECK_FALSE(found);
        if (!found) CHECK(found.error().code == Errc::malformed_input);

        Result<Checkpoint> read = checkpoint_from_json(damaged.dump());
        if (!read) {
            CHECK(read.error().code == Errc::malformed_input);
            return;
        }
        WipeOptions resumed = options;
        resumed.resume_from = std::make_shared<const Checkpoint>(*read);
        const std::uint64_t writes_before = device.write_calls();
        WipeReport report = run_wipe(device, resumed, {}, {});
        CHECK(report.error.has_value());
        if (report.error) CHECK(report.error->code == Errc::malformed_input);
        CHECK(device.write_calls() == writes_before);
    }
};

}  // namespace

TEST_CASE("the checkpoint a stopped wipe saved resumes unedited", "[checkpoint][engine]") {
    SavedWipe wipe;
    Result<Checkpoint> read = checkpoint_from_json(wipe.saved.dump());
    REQUIRE(read);
    WipeOptions resumed = wipe.options;
    resumed.resume_from = std::make_shared<const Checkpoint>(*read);
    resumed.throttle = std::chrono::microseconds(0);  // nothing is stopped in this run
    CHECK(run_wipe(wipe.device, resumed, {}, {}).outcome == Outcome::erased);
}

TEST_CASE("damaged checkpoints are refused before anything is written", "[checkpoint][engine]") {
    SavedWipe wipe;
    {
        INFO("times a clock cannot hold");
        wipe.refused([](json& j) { j["saved_ms"] = 9'300'000'000'000; });  // past the year 2262
        wipe.refused([](json& j) { j["started_ms"] = -9'300'000'000'000; });
        wipe.refused([](json& j) { j["saved_ms"] = 1e300; });
    }
    {
        INFO("floats and negative numbers where counts belong");
        wipe.refused([](json& j) { j["pass_index"] = 0.5; });
        wipe.refused([](json& j) { j["low_water"] = 1e30; });
        wipe.refused([](json& j) { j["current"]["bytes_written"] = 1e300; });
        wipe.refused([](json& j) { j["finished_passes"][0]["index"] = -1; });
        wipe.refused([](json& j) { j["format_version"] = 1.0; });
        wipe.refused([](json& j) { j["device"]["logical_sector_bytes"] = 4294967808; });  // 2^32 + 512
        wipe.refused([](json& j) { j["device"]["logical_sector_bytes"] = 0; });
    }
    {
        INFO("ranges and counts beyond the medium");
        wipe.refused([](json& j) { j["current"]["unwritten"] = json::array({json::array({9 * mib, 512})}); });
        wipe.refused([](json& j) {
            j["current"]["unwritten"] = json::array({json::array({4096, 18446744073709551615ULL})});
        });
        wipe.refused([](json& j) { j["finished_passes"][0]["bytes_written"] = 9 * mib; });
        wipe.refused([](json& j) {
            j["finished_passes"][0]["verification"] = {
                {"mode", "all"}, {"bytes_verified", 9 * mib}, {"coverage_percent", 100.0}, {"sample_subsections", 0},
                {"mismatches", json::array()}, {"unreadable", json::array()}, {"cache_bypassed", true},
                {"seconds", 1.0}, {"bytes_per_second", 1.0}};
        });
    }
    {
        INFO("passes that are not the plan's");
        wipe.refused([](json& j) { j["finished_passes"][0]["index"] = 2; });
        wipe.refused([](json& j) { j["finished_passes"][0]["kind"] = "random"; });
        wipe.refused([](json& j) { j["current"]["index"] = 2; });
        wipe.refused([](json& j) { j["current"]["kind"] = "random"; });
        // The plan verifies only the last pass: "verifying" the second would skip its writing.
        wipe.refused([](json& j) { j["phase"] = "verifying"; });
        // The engine never saves "syncing"; resuming from it would skip the pass's writing too.
        wipe.refused([](json& j) { j["phase"] = "syncing"; });
        wipe.refused([](json& j) {
            j["interruptions"] = json::array({{{"last_checkpoint_ms", 1}, {"resumed_ms", 2}, {"pass_index", 7},
                                               {"phase", "writing"}, {"offset", 0}}});
        });
    }
}
