// What the engine writes, verifies and reports on devices that behave.
#include <catch2/catch.hpp>

#include "fake_media.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;
using sanitize::test::FaultDevice;
using sanitize::test::FaultPlan;

namespace {
constexpr std::uint64_t mib = 1024 * 1024;
}

TEST_CASE("multi-byte patterns keep their phase across chunks", "[engine]") {
    // 3-byte period, a size that is neither a multiple of 3 nor of the chunk.
    const std::uint64_t size = 3 * mib + 512 * 7;
    FaultDevice dev(FaultPlan{.size_bytes = size});
    const auto report = test::wipe(dev, "custom:924924", "last");
    REQUIRE(report.outcome == Outcome::erased);
    const std::array<std::byte, 3> period{std::byte{0x92}, std::byte{0x49}, std::byte{0x24}};
    const auto& bytes = dev.contents();
    std::uint64_t wrong = 0;
    for (std::uint64_t i = 0; i < size; ++i) wrong += bytes[i] != period[i % 3];
    CHECK(wrong == 0);
    CHECK(report.passes[0].pattern_hex == "924924");
}

TEST_CASE("random passes write the keystream, verify it and name the generator", "[engine]") {
    const auto generator = GENERATE(Generator::aes256_ctr, Generator::chacha20);
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib, .sector_bytes = 4096});
    auto options = test::options("random", "last");
    options.generator = generator;
    const auto report = run_wipe(dev, options, {}, {});
    CHECK(report.outcome == Outcome::erased);
    REQUIRE(report.passes.size() == 1);
    CHECK(report.passes[0].generator == (generator == Generator::aes256_ctr ? "aes-256-ctr" : "chacha20"));
    CHECK(report.passes[0].pattern_hex.empty());
    CHECK_FALSE(test::all_bytes_are(dev, 0x00));
}

TEST_CASE("every pass is verified with --verify all, only the last with last", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib});
    const auto all = test::wipe(dev, "dod-3", "all");
    CHECK(all.outcome == Outcome::erased);
    REQUIRE(all.passes.size() == 3);
    for (const auto& pass : all.passes) CHECK((pass.verification && pass.verification->bytes_verified == 2 * mib));
    CHECK(all.bytes_written == 3 * 2 * mib);
    CHECK(all.bytes_verified == 3 * 2 * mib);

    const auto last = test::wipe(dev, "dod-3", "last");
    CHECK_FALSE(last.passes[0].verification);
    CHECK_FALSE(last.passes[1].verification);
    CHECK(last.passes[2].verification);
}

TEST_CASE("option --blank appends a verified zero pass", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib, .initial_fill = 0x33});
    const auto report = test::wipe(dev, "random", "last", true);
    CHECK(report.outcome == Outcome::erased);
    REQUIRE(report.passes.size() == 2);
    CHECK(report.passes[1].pattern_hex == "00");
    CHECK(report.passes[1].verification);
    CHECK(test::all_bytes_are(dev, 0x00));
}

TEST_CASE("sampled verification covers the asked share and is reported as such", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 16 * mib});
    const auto report = test::wipe(dev, "random", "sample:10");
    CHECK(report.outcome == Outcome::erased);
    const auto& v = *report.passes[0].verification;
    CHECK(v.mode == VerifyMode::sample);
    CHECK(v.sample_subsections == 1000);
    CHECK(v.coverage_percent >= 10.0);
    CHECK(v.coverage_percent < 30.0);
}

TEST_CASE("progress covers every phase and ends at the phase's total", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 4 * mib});
    std::vector<Progress> updates;
    Callbacks callbacks;
    callbacks.on_progress = [&](const Progress& p) { updates.push_back(p); };
    const auto report = test::wipe(dev, "nist-clear", "last", false, callbacks);
    REQUIRE(report.outcome == Outcome::erased);
    auto last_of = [&](std::size_t pass, Phase phase) {
        std::optional<Progress> found;
        for (const auto& p : updates)
            if (p.pass_index == pass && p.phase == phase) found = p;
        return found;
    };
    for (std::size_t pass : {0U, 1U}) {
        const auto writing = last_of(pass, Phase::writing);
        REQUIRE(writing);
        CHECK(writing->phase_bytes_done == 4 * mib);
        CHECK(writing->pass_count == 2);
    }
    CHECK_FALSE(last_of(0, Phase::verifying));
    const auto verifying = last_of(1, Phase::verifying);
    REQUIRE(verifying);
    CHECK(verifying->phase_bytes_done == verifying->phase_bytes_total);
}

TEST_CASE("bad sectors are reported to the diagnostics callback on the caller's thread", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib, .write_errors = {{4096, 1}}});
    std::vector<Diagnostic> seen;
    const auto caller = std::this_thread::get_id();
    bool other_thread = false;
    Callbacks callbacks;
    callbacks.on_diagnostic = [&](const Diagnostic& d) {
        seen.push_back(d);
        other_thread |= std::this_thread::get_id() != caller;
    };
    const auto report = test::wipe(dev, "zero", "last", false, callbacks);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].kind == Diagnostic::Kind::bad_sector);
    CHECK(seen[0].offset == 4096);
    CHECK_FALSE(other_thread);
}

TEST_CASE("a medium that refuses direct I/O is wiped buffered, and the fallback is said once per worker", "[engine]") {
    FaultDevice dev(FaultPlan{.size_bytes = 2 * mib, .initial_fill = 0x5a, .direct_refused = true});
    std::vector<Diagnostic> seen;
    Callbacks callbacks;
    callbacks.on_diagnostic = [&](const Diagnostic& d) { seen.push_back(d); };
    const auto report = test::wipe(dev, "zero", "last", false, callbacks);
    CHECK(report.outcome == Outcome::erased);
    CHECK_FALSE(dev.direct_io());
    CHECK(test::all_bytes_are(dev, 0x00));
    REQUIRE_FALSE(seen.empty());
    CHECK(std::all_of(seen.begin(), seen.end(),
                      [](const Diagnostic& d) { return d.kind == Diagnostic::Kind::direct_io_fallback; }));
    CHECK(seen.size() <= test::options("zero", "last").workers);
}

namespace {

// Confirms every target, as a front end whose person typed every serial.
struct ConfirmAll final : jobs::WipeObserver {
    Result<void> confirm(const std::vector<device::DeviceInfo>&) override { return {}; }
};

}  // namespace

TEST_CASE("several devices wipe in parallel with one report each", "[engine][jobs]") {
    FaultDevice good(FaultPlan{.path = "good", .size_bytes = 2 * mib});
    FaultDevice bad(FaultPlan{.path = "bad", .size_bytes = 3 * mib, .sync_fails = true});
    sanitize::test::FakeMedia media;
    media.add(good);
    media.add(bad);
    jobs::WipeRequest request;
    request.targets = {{"good", ""}, {"bad", ""}};
    request.options = test::options("zero", "last");
    request.media = &media;
    ConfirmAll observer;
    const auto wiped = jobs::wipe_and_certify(request, observer, {});
    REQUIRE(wiped);
    std::vector<wipe::WipeReport> reports;
    for (const auto& target : wiped->targets) reports.push_back(target.report);
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].outcome == Outcome::erased);
    CHECK(reports[0].device.size_bytes == 2 * mib);
    CHECK(reports[1].outcome == Outcome::failed);
    CHECK(reports[1].device.size_bytes == 3 * mib);
}
