// Every outcome of the engine, produced through the fault-injecting device.
#include <catch2/catch.hpp>

#include <thread>

#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;
using sanitize::test::FaultDevice;
using sanitize::test::FaultPlan;

namespace {
constexpr std::uint64_t mib = 1024 * 1024;

bool has(const WipeReport& r, const std::string& code) {
    return std::find(r.exceptions.begin(), r.exceptions.end(), code) != r.exceptions.end();
}
}  // namespace

TEST_CASE("a clean device is erased, written and verified whole", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 8 * mib, .initial_fill = 0x5A});
    const auto report = test::wipe(dev, "zero", "last");
    CHECK(report.outcome == Outcome::erased);
    CHECK(report.exceptions.empty());
    CHECK(report.bytes_written == 8 * mib);
    CHECK(report.bytes_verified == 8 * mib);
    CHECK(report.bad_ranges.empty());
    CHECK(test::all_bytes_are(dev, 0x00));
}

TEST_CASE("write errors become exact bad ranges and the rest is still erased", "[engine]") {
    // Bad bytes inside sectors 100 and 2049..2050: whole sectors are reported.
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib, .write_errors = {{100 * 512 + 7, 1}, {2049 * 512, 600}},
                              .initial_fill = 0x5A});
    const auto report = test::wipe(dev, "custom:ff", "last");
    CHECK(report.outcome == Outcome::erased_with_exceptions);
    CHECK(has(report, "unwritten_sectors"));
    CHECK(report.bad_ranges == std::vector<ByteRange>{{100 * 512, 512}, {2049 * 512, 1024}});
    CHECK(report.bytes_written == 4 * mib - 3 * 512);
    CHECK(report.passes[0].verification->mismatches.empty());  // known bad sectors are not mismatches
    const auto& bytes = dev.contents();
    CHECK(bytes[100 * 512 + 7] == std::byte{0x5A});  // the bad sector kept its old content...
    CHECK(bytes[100 * 512 - 1] == std::byte{0xFF});  // ...its neighbours were written
    CHECK(bytes[101 * 512] == std::byte{0xFF});
}

TEST_CASE("read errors during verification become exact unreadable ranges", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib, .read_errors = {{3 * mib, 1}}});
    const auto report = test::wipe(dev, "random", "last");
    CHECK(report.outcome == Outcome::erased_with_exceptions);
    CHECK(has(report, "unreadable_sectors"));
    CHECK(report.passes[0].verification->unreadable == std::vector<ByteRange>{{3 * mib, 512}});
    CHECK(report.bad_ranges == std::vector<ByteRange>{{3 * mib, 512}});
    CHECK(report.bytes_verified == 4 * mib - 512);
}

TEST_CASE("medium errors reported as ENODATA (NVMe, SCSI) are bad sectors as EIO is", "[engine]") {
    // The block layer turns an NVMe Unrecovered Read Error / Write Fault into ENODATA, not EIO.
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib, .write_errors = {{100 * 512, 512}},
                              .read_errors = {{3 * mib, 1}}, .media_errno = ENODATA});
    const auto report = test::wipe(dev, "zero", "last");
    CHECK(report.outcome == Outcome::erased_with_exceptions);
    CHECK_FALSE(report.error);
    CHECK(has(report, "unwritten_sectors"));
    CHECK(has(report, "unreadable_sectors"));
    CHECK(report.bad_ranges == std::vector<ByteRange>{{100 * 512, 512}, {3 * mib, 512}});
}

TEST_CASE("a device that acknowledges writes it did not keep fails verification", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib, .lost_writes = {{1 * mib + 3, 2000}}, .initial_fill = 0x11});
    const auto report = test::wipe(dev, "random", "last");
    CHECK(report.outcome == Outcome::failed);
    CHECK(has(report, "verification_mismatch"));
    // Bytes 1 MiB+3 .. +2003 lie in sectors 2048..2051.
    CHECK(report.passes[0].verification->mismatches == std::vector<ByteRange>{{1 * mib, 4 * 512}});
    CHECK(report.bytes_verified == 4 * mib - 4 * 512);
}

TEST_CASE("without verification nothing is claimed erased", "[engine]") {
    // The same lying device: with --verify none the loss goes unseen, so the outcome must not say erased.
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib, .lost_writes = {{0, 4096}}, .initial_fill = 0x11});
    const auto report = test::wipe(dev, "zero", "none");
    CHECK(report.outcome == Outcome::erased_with_exceptions);
    CHECK(has(report, "not_verified"));
    CHECK(report.bytes_verified == 0);
}

TEST_CASE("short writes and reads are continued", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib, .max_transfer = 1000, .initial_fill = 0x5A});
    const auto report = test::wipe(dev, "custom:a5", "last");
    CHECK(report.outcome == Outcome::erased);
    CHECK(test::all_bytes_are(dev, 0xA5));
    CHECK(dev.write_calls() > 2 * mib / 1000);
}

TEST_CASE("an EIO from fdatasync fails the wipe", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 1 * mib, .sync_fails = true});
    const auto report = test::wipe(dev, "zero", "last");
    CHECK(report.outcome == Outcome::failed);
    CHECK(has(report, "sync_failed"));
    REQUIRE(report.error);
    CHECK(report.error->sys_errno == EIO);
    CHECK_FALSE(report.passes[0].verification);  // nothing verified on top of an unsynced pass
}

TEST_CASE("a device that vanishes mid-pass fails the wipe", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 8 * mib, .vanish_after_bytes = 3 * mib});
    const auto report = test::wipe(dev, "zero", "last");
    CHECK(report.outcome == Outcome::failed);
    REQUIRE(report.error);
    CHECK(report.error->code == Errc::device_vanished);
    CHECK(report.bytes_written < 8 * mib);
    CHECK(report.exceptions == std::vector<std::string>{"fatal_error"});
}

TEST_CASE("a failing medium stops the pass instead of being hammered", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 8 * mib, .write_errors = {{2 * mib, 1 * mib}}});
    const auto report = test::wipe(dev, "zero", "last");
    CHECK(report.outcome == Outcome::failed);
    REQUIRE(report.error);
    CHECK(report.error->context == "too many bad sectors");
    // The pass never reached its sync: the report says what happened, nothing more.
    CHECK(has(report, "fatal_error"));
    CHECK_FALSE(has(report, "sync_failed"));
}

TEST_CASE("a stop request ends the wipe as aborted between chunks", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 16 * mib, .delay_per_write = std::chrono::milliseconds(2)});
    std::stop_source stop;
    std::jthread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        stop.request_stop();
    });
    const auto report = test::wipe(dev, "dod-3", "all", false, {}, stop.get_token());
    CHECK(report.outcome == Outcome::aborted);
    CHECK(has(report, "cancelled"));
    CHECK(report.bytes_written < 3 * 16 * mib);
}

TEST_CASE("a stop after the last byte was verified leaves the outcome alone", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 1 * mib});
    std::stop_source stop;
    Callbacks callbacks;
    callbacks.on_progress = [&](const Progress& p) {
        if (p.phase == Phase::verifying && p.phase_bytes_done == p.phase_bytes_total) stop.request_stop();
    };
    const auto report = test::wipe(dev, "zero", "last", false, callbacks, stop.get_token());
    CHECK(report.outcome == Outcome::erased);
}
