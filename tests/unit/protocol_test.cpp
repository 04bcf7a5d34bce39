// The helper protocol (sanitize/protocol.hpp): every line written and read back by the one
// module both ends use. A line read back and written again is the same line, field for field.
#include <catch2/catch.hpp>

#include <chrono>

#include "fault_device.hpp"
#include "sanitize/protocol.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;

namespace {

template <typename T>
T read_back(const std::string& line) {
    Result<protocol::Line> decoded = protocol::decode(line);
    INFO(line);
    REQUIRE(decoded);
    REQUIRE(std::holds_alternative<T>(*decoded));
    return std::get<T>(*decoded);
}

// Written, read, written again: the same text.
template <typename T>
void check_fixpoint(const T& value) {
    const std::string line = protocol::encode(value);
    CHECK(protocol::encode(read_back<T>(line)) == line);
}

std::chrono::system_clock::time_point at_second(std::int64_t seconds) {
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
}

Error full_error() {
    Error error = make_error(Errc::refused, Reason::checkpoint_other_medium, "serial");
    error.sys_errno = EIO;
    error.device = "/dev/sdb";
    error.path = "/var/lib/sanitize/checkpoints/x.json";
    error.offset = 4096;
    error.detail = "serial";
    error.expected = "WD-1234";
    error.bytes = 8u << 20;
    error.also.push_back(about_device(make_error(Errc::not_found, Reason::target_missing, "stat"), "/dev/sdc"));
    return error;
}

// A real report of a wipe with bad sectors, and the facts a drive would add.
wipe::WipeReport rich_report() {
    sanitize::test::FaultDevice medium(
        sanitize::test::FaultPlan{.path = "/dev/sdz", .size_bytes = 1 << 20, .write_errors = {{8192, 512}}});
    wipe::WipeReport report = sanitize::test::wipe(medium, "dod-3", "all", true);
    report.started = at_second(1'800'000'000);
    report.finished = at_second(1'800'000'042);
    device::HiddenAreaReport hidden;
    hidden.hpa = {device::HiddenState::none, ""};
    hidden.dco = {device::HiddenState::not_applicable, "dco_not_supported"};
    hidden.ama = {device::HiddenState::unknown, "native_max_aborted"};
    hidden.accessible_sectors = 2048;
    hidden.native_sectors = 2048;
    hidden.commands_sent = {"IDENTIFY DEVICE", "SET MAX ADDRESS EXT"};
    hidden.reset = true;
    hidden.before_reset = device::HiddenAreaStates{{device::HiddenState::detected, ""}, {}, {}};
    report.hidden_areas = hidden;
    report.smart = device::SmartSummary{device::SmartState::read, "", true, {{"power_on_hours", 1234}}};
    report.interruptions.push_back({at_second(1'800'000'010), at_second(1'800'000'020), 1, wipe::Phase::verifying, 65536});
    report.error = full_error();
    report.checkpoint_kept = true;
    return report;
}

}  // namespace

TEST_CASE("protocol: progress, certificate, step and bytes lines read back as written", "[protocol]") {
    wipe::Progress progress{2, 4, wipe::Phase::verifying, 1 << 20, 4 << 20, 512e6, std::chrono::seconds(90)};
    const protocol::Progress line{1, "/dev/sdb", progress};
    const auto read = read_back<protocol::Progress>(protocol::encode(line));
    CHECK(read.target == 1);
    CHECK(read.device == "/dev/sdb");
    CHECK(read.progress.pass_index == 2);
    CHECK(read.progress.pass_count == 4);
    CHECK(read.progress.phase == wipe::Phase::verifying);
    CHECK(read.progress.phase_bytes_done == progress.phase_bytes_done);
    CHECK(read.progress.phase_bytes_total == progress.phase_bytes_total);
    CHECK(read.progress.bytes_per_second == progress.bytes_per_second);
    CHECK(read.progress.eta == progress.eta);
    check_fixpoint(protocol::Progress{0, "disk.img", wipe::Progress{}});

    const protocol::Certificate certificate{"/dev/sdb", "0b0e…", "ab" "cd", "c.json", "c.json.minisig", "c.pdf", 42};
    const auto issued = read_back<protocol::Certificate>(protocol::encode(certificate));
    CHECK(issued.target == certificate.target);
    CHECK(issued.ledger_seq == std::optional<std::int64_t>(42));
    CHECK(issued.pdf == "c.pdf");
    check_fixpoint(certificate);
    check_fixpoint(protocol::Certificate{"disk.img", "id", "", "c.json", "c.json.minisig", "", std::nullopt});

    for (std::size_t i = 0; i < jobs::prepare_step_count; ++i) {
        const auto step = static_cast<jobs::PrepareStep>(i);
        for (auto state : {protocol::Step::State::started, protocol::Step::State::done, protocol::Step::State::failed}) {
            const auto read_step = read_back<protocol::Step>(protocol::encode(protocol::Step{step, state}));
            CHECK(read_step.step == step);
            CHECK(read_step.state == state);
        }
        check_fixpoint(protocol::Bytes{step, 10, 20});
    }
}

TEST_CASE("protocol: an error line keeps the code, the reason, every field and the others found", "[protocol]") {
    const protocol::Failure failure{full_error(), "words for people", 3};
    const auto read = read_back<protocol::Failure>(protocol::encode(failure));
    CHECK(read.message == "words for people");
    CHECK(read.exit_code == 3);
    CHECK(read.error.code == Errc::refused);
    CHECK(read.error.reason == Reason::checkpoint_other_medium);
    CHECK(read.error.sys_errno == EIO);
    CHECK(read.error.device == "/dev/sdb");
    CHECK(read.error.path == failure.error.path);
    CHECK(read.error.offset == std::optional<std::uint64_t>(4096));
    CHECK(read.error.detail == "serial");
    CHECK(read.error.expected == "WD-1234");
    CHECK(read.error.bytes == failure.error.bytes);
    REQUIRE(read.error.also.size() == 1);
    CHECK(read.error.also[0].reason == Reason::target_missing);
    CHECK(read.error.also[0].device == "/dev/sdc");
    check_fixpoint(failure);
}

TEST_CASE("protocol: every error code and every reason parses back from its name", "[protocol]") {
    for (int i = 0; i <= static_cast<int>(Errc::internal); ++i) {
        const auto code = static_cast<Errc>(i);
        CHECK(parse_errc(errc_name(code)) == code);
    }
    for (int i = 1; i <= static_cast<int>(Reason::not_carried_out); ++i) {
        const auto reason = static_cast<Reason>(i);
        INFO(i);
        CHECK_FALSE(reason_name(reason).empty());
        CHECK(parse_reason(reason_name(reason)) == reason);
    }
    CHECK(reason_name(Reason::none).empty());
    CHECK_FALSE(parse_errc("no_such_code"));
    CHECK_FALSE(parse_reason("no_such_reason"));
}

TEST_CASE("protocol: a wipe report reads back whole: passes, drive facts, interruptions, error", "[protocol]") {
    const wipe::WipeReport report = rich_report();
    const auto read = read_back<wipe::WipeReport>(protocol::encode(report));
    CHECK(read.device.path == "/dev/sdz");
    CHECK(read.device.size_bytes == report.device.size_bytes);
    CHECK(read.method == "dod-3");
    CHECK(read.blank);
    CHECK(read.verify.mode == wipe::VerifyMode::all);
    REQUIRE(read.passes.size() == report.passes.size());
    CHECK(read.passes[0].unwritten == report.passes[0].unwritten);
    REQUIRE(read.passes[0].verification);
    CHECK(read.passes[0].verification->bytes_verified == report.passes[0].verification->bytes_verified);
    CHECK(read.outcome == report.outcome);
    CHECK(read.exceptions == report.exceptions);
    CHECK(read.bad_ranges == report.bad_ranges);
    REQUIRE(read.hidden_areas);
    CHECK(read.hidden_areas->reset);
    REQUIRE(read.hidden_areas->before_reset);
    CHECK(read.hidden_areas->before_reset->hpa.state == device::HiddenState::detected);
    CHECK(read.hidden_areas->ama.reason == "native_max_aborted");
    REQUIRE(read.smart);
    CHECK(read.smart->passed == std::optional<bool>(true));
    REQUIRE(read.interruptions.size() == 1);
    CHECK(read.interruptions[0].offset == 65536);
    REQUIRE(read.error);
    CHECK(read.error->reason == Reason::checkpoint_other_medium);
    CHECK(read.started == report.started);
    CHECK(read.finished == report.finished);
    CHECK(read.checkpoint_kept);
    check_fixpoint(report);
}

TEST_CASE("protocol: a media check, a purge report and a prepared stick read back as written", "[protocol]") {
    sanitize::test::FaultDevice medium(sanitize::test::FaultPlan{.size_bytes = 1 << 20});
    wipe::MediaCheckOptions options{{0x00}, {wipe::VerifyMode::sample, 10}};
    wipe::MediaCheckReport check = wipe::check_media(medium, options, {}, {});
    check.started = at_second(1'800'000'000);
    check.finished = at_second(1'800'000'001);
    check_fixpoint(check);

    purge::PurgeReport purge;
    purge.device = medium.info();
    purge.method = purge::PurgeMethod::nvme_sanitize_crypto;
    purge.accepted = purge.progress_observed = purge.completion_observed = true;
    purge.polls = 7;
    purge.commands_sent = {"SANITIZE"};
    purge.verification = wipe::VerifyResult{wipe::VerifyMode::sample, 4096, 10.0, 1000, {{0, 512}}, {}, true, 0, 0};
    purge.verification_rule = "changed_or_blank";
    purge.outcome = purge::PurgeOutcome::completed_unverified;
    purge.detail = "verification_unchanged_data";
    purge.hidden_areas = rich_report().hidden_areas;  // what the certificate also says (issue 20, item 3)
    purge.smart = rich_report().smart;
    purge.started = at_second(1'800'000'000);
    purge.finished = at_second(1'800'000'100);
    const auto read_purge = read_back<purge::PurgeReport>(protocol::encode(purge));
    CHECK(read_purge.method == purge.method);
    CHECK(read_purge.outcome == purge.outcome);
    REQUIRE(read_purge.verification);
    CHECK(read_purge.verification->mismatches == purge.verification->mismatches);
    REQUIRE(read_purge.smart);
    CHECK(read_purge.smart->passed == std::optional<bool>(true));
    REQUIRE(read_purge.hidden_areas);
    CHECK(read_purge.hidden_areas->ama.reason == "native_max_aborted");
    check_fixpoint(purge);

    // A method the target does not offer: nothing sent, every method with its reason.
    protocol::PurgeUnavailable unavailable;
    unavailable.report.device = medium.info();
    unavailable.report.method = purge::PurgeMethod::discard;
    unavailable.report.outcome = purge::PurgeOutcome::unavailable;
    unavailable.report.detail = "disk_image";
    unavailable.methods = {{purge::PurgeMethod::nvme_sanitize_crypto, true, ""},
                           {purge::PurgeMethod::discard, false, "discard_not_supported"}};
    const auto read_unavailable = read_back<protocol::PurgeUnavailable>(protocol::encode(unavailable));
    CHECK(read_unavailable.report.device.path == unavailable.report.device.path);
    CHECK(read_unavailable.report.method == purge::PurgeMethod::discard);
    CHECK(read_unavailable.report.outcome == purge::PurgeOutcome::unavailable);
    CHECK(read_unavailable.report.detail == "disk_image");
    REQUIRE(read_unavailable.methods.size() == 2);
    CHECK(read_unavailable.methods[0].available);
    CHECK(read_unavailable.methods[1].method == purge::PurgeMethod::discard);
    CHECK(read_unavailable.methods[1].reason == "discard_not_supported");
    check_fixpoint(unavailable);

    protocol::Prepared prepared;
    prepared.stick.wipe_report = rich_report();
    prepared.stick.device = prepared.stick.wipe_report.device;
    prepared.stick.label = "CARRYOUT";
    prepared.stick.files = {{"報告書.tar.age", 4096}, {"README-DECRYPT.txt", 900}};
    prepared.stick.archive_sha256 = "00ff";
    prepared.stick.archive_checked = false;
    prepared.stick.folder = {3, 1234, {}};
    prepared.stick.failed_step = jobs::PrepareStep::check_archive;
    prepared.stick.error = make_error(Errc::integrity_failure, Reason::read_back_differs, "read back");
    prepared.stick.emptied_after_failure = true;
    prepared.seconds = {{jobs::PrepareStep::wipe, 1.5}, {jobs::PrepareStep::check_archive, 0.25}};
    prepared.message = "the archive read back from the stick differs";
    const auto read_prepared = read_back<protocol::Prepared>(protocol::encode(prepared));
    CHECK(read_prepared.stick.files.size() == 2);
    CHECK(read_prepared.stick.failed_step == jobs::PrepareStep::check_archive);
    REQUIRE(read_prepared.stick.error);
    CHECK(read_prepared.stick.error->reason == Reason::read_back_differs);
    CHECK(read_prepared.stick.emptied_after_failure);
    CHECK(read_prepared.message == prepared.message);
    check_fixpoint(prepared);
}

TEST_CASE("protocol: what is not a line of this version is said so, and what is unknown is skipped", "[protocol]") {
    Result<protocol::Line> text = protocol::decode("not json");
    REQUIRE_FALSE(text);
    CHECK(text.error().code == Errc::malformed_input);
    Result<protocol::Line> newer = protocol::decode(R"({"progress": {}, "protocol": 2})");
    REQUIRE_FALSE(newer);
    CHECK(newer.error().code == Errc::refused);
    Result<protocol::Line> wrong = protocol::decode(R"({"progress": {"target": "one", "phase": "writing"}, "protocol": 1})");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == Errc::malformed_input);
    CHECK(wrong.error().detail == "progress.target");
    for (const char* skipped : {R"({"telemetry": {}, "protocol": 1})", R"({"schema": "sanitize.something-new/1"})",
                                R"({"progress": {"target": 0, "phase": "writing"}})"}) {
        Result<protocol::Line> line = protocol::decode(skipped);
        REQUIRE(line);
        CHECK(std::holds_alternative<std::monostate>(*line));
    }
}
