// build_certificate from real wipe reports: what the engine measured arrives unchanged (or
// rounded down), the caller's context is checked, and nothing is claimed that was not measured.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "cert_test_support.hpp"

using namespace sanitize;
using namespace sanitize::test;

TEST_CASE("a certificate carries the wipe as the engine measured it", "[cert]") {
    const People people;
    const wipe::WipeReport report = wipe_report();
    REQUIRE(report.outcome == wipe::Outcome::erased);
    const cert::Certificate c = certificate_for(people.operator_key, report);

    CHECK(c.certificate_id.size() == 36);
    CHECK(c.certificate_id[14] == '4');
    CHECK(c.tool_name == "sanitize");
    CHECK_FALSE(c.tool_version.empty());
    CHECK(c.medium.serial == "0123456789ABCDEF");
    CHECK(c.medium.serial_source == "udev:ID_SERIAL_SHORT");
    CHECK(c.medium.size_bytes == medium_bytes);
    CHECK(c.medium.kernel_name == "sdb");
    CHECK(c.medium.removable == std::optional<bool>(true));
    CHECK(c.medium.source == "貸出用USBメモリ");
    CHECK(c.method.name == "random");
    CHECK(c.method.category == wipe::NistCategory::clear);
    CHECK(c.method.technique == "overwrite");
    CHECK(c.method.blank);
    REQUIRE(c.method.passes.size() == 2);  // the random pass and the blank
    CHECK(c.method.passes[0].kind == wipe::PassKind::random);
    CHECK_FALSE(c.method.passes[0].generator.empty());
    CHECK(c.method.passes[1].pattern_hex == "00");
    CHECK(c.verification.mode == wipe::VerifyMode::last);
    CHECK(c.verification.passes_verified == std::vector<std::size_t>{1});
    CHECK(c.verification.coverage_percent == 100.0);
    CHECK(c.verification.bytes_verified == report.bytes_verified);
    CHECK(c.verification.cache_bypassed);
    CHECK(c.timings.passes.size() == 2);
    CHECK(c.timings.passes[1].verify_ms.has_value());
    CHECK_FALSE(c.timings.passes[0].verify_ms.has_value());
    CHECK(c.timings.finished >= c.timings.started);
    CHECK(c.issued_at >= c.timings.finished);
    CHECK(c.bytes_written == 2 * medium_bytes);
    CHECK(c.outcome == wipe::Outcome::erased);
    CHECK(c.exceptions.empty());
    CHECK_FALSE(c.ledger.has_value());
    CHECK(c.classification_before == 2);
    CHECK(c.operator_person.name == "山田 太郎");
}

TEST_CASE("hidden areas come from the wipe's probe: not applicable without firmware, unknown without a probe", "[cert]") {
    const People people;
    // The test medium lives in memory: no firmware to hide anything, and nothing was sent.
    const cert::Certificate c = certificate_for(people.operator_key);
    CHECK(c.hidden_areas.hpa == cert::HiddenAreaState::not_applicable);
    CHECK(c.hidden_areas.dco == cert::HiddenAreaState::not_applicable);
    CHECK(c.hidden_areas.ama == cert::HiddenAreaState::not_applicable);
    CHECK(json_of(c).find("\"hpa\": \"not_applicable\"") != std::string::npos);
    // A report without a probe claims nothing: unknown, never none.
    wipe::WipeReport report = wipe_report();
    report.hidden_areas.reset();
    const cert::Certificate unprobed = certificate_for(people.operator_key, report);
    CHECK(unprobed.hidden_areas.hpa == cert::HiddenAreaState::unknown);
    CHECK(unprobed.hidden_areas.dco == cert::HiddenAreaState::unknown);
    CHECK(unprobed.hidden_areas.ama == cert::HiddenAreaState::unknown);
    // A drive that answered: the probe's states carry over one to one.
    report.hidden_areas = device::HiddenAreaReport{};
    report.hidden_areas->hpa.state = device::HiddenState::detected;
    report.hidden_areas->dco.state = device::HiddenState::none;
    const cert::Certificate probed = certificate_for(people.operator_key, report);
    CHECK(probed.hidden_areas.hpa == cert::HiddenAreaState::detected);
    CHECK(probed.hidden_areas.dco == cert::HiddenAreaState::none);
    CHECK(probed.hidden_areas.ama == cert::HiddenAreaState::unknown);
}

TEST_CASE("bad sectors make a certificate with exceptions and the ranges that failed", "[cert]") {
    const People people;
    sanitize::test::FaultPlan plan = plain_medium();
    plan.write_errors = {{4096, 512}};
    const wipe::WipeReport report = wipe_report(plan, "zero", "last", false);
    REQUIRE(report.outcome == wipe::Outcome::erased_with_exceptions);
    const cert::Certificate c = certificate_for(people.operator_key, report);
    CHECK(c.outcome == wipe::Outcome::erased_with_exceptions);
    CHECK(c.bad_ranges == report.bad_ranges);
    CHECK_FALSE(c.bad_ranges.empty());
    CHECK(std::find(c.exceptions.begin(), c.exceptions.end(), "unwritten_sectors") != c.exceptions.end());
    CHECK(c.verification.coverage_percent < 100.0);  // rounded down: the bad sector was not verified
}

TEST_CASE("a wipe that could not be read back is verified nowhere and says so", "[cert]") {
    const People people;
    const wipe::WipeReport report = wipe_report(plain_medium(), "zero", "none", false);
    const cert::Certificate c = certificate_for(people.operator_key, report);
    CHECK(c.outcome == wipe::Outcome::erased_with_exceptions);
    CHECK(c.verification.passes_verified.empty());
    CHECK(c.verification.coverage_percent == 0.0);
    CHECK_FALSE(c.verification.cache_bypassed);
    CHECK(c.exceptions == std::vector<std::string>{"not_verified"});
}

TEST_CASE("a failed wipe keeps its error", "[cert]") {
    const People people;
    sanitize::test::FaultPlan plan = plain_medium();
    plan.vanish_after_bytes = 64 * 1024;
    const wipe::WipeReport report = wipe_report(plan, "zero", "last", false);
    REQUIRE(report.outcome == wipe::Outcome::failed);
    const cert::Certificate c = certificate_for(people.operator_key, report);
    CHECK(c.outcome == wipe::Outcome::failed);
    REQUIRE(c.error.has_value());
    CHECK(c.error->code == "device_vanished");
}

TEST_CASE("sampling records the planned share, rounded down to hundredths", "[cert]") {
    const People people;
    wipe::WipeReport report = wipe_report(plain_medium(), "zero", "sample:12.345", false);
    const cert::Certificate c = certificate_for(people.operator_key, report);
    REQUIRE(c.verification.sample_percent.has_value());
    CHECK(*c.verification.sample_percent == 12.34);
    CHECK(c.verification.coverage_percent <= report.passes.back().verification->coverage_percent);
}

TEST_CASE("context values that would not read back are refused with the field named", "[cert]") {
    const People people;
    const wipe::WipeReport report = wipe_report();
    struct Case {
        const char* field;
        std::function<void(cert::CertificateContext&)> spoil;
    };
    const std::vector<Case> cases = {
        {"classification_before", [](auto& c) { c.classification_before = 3; }},
        {"classification_after", [](auto& c) { c.classification_after = -1; }},
        {"certificate_id", [](auto& c) { c.certificate_id = "not-a-uuid"; }},
        {"operator.name", [](auto& c) { c.operator_person.name.clear(); }},
        {"operator.name", [](auto& c) { c.operator_person.name = "山田\n太郎"; }},
        {"asset_id", [](auto& c) { c.asset_id = std::string("A\0B", 3); }},
        {"customer", [](auto& c) { c.customer = "\xff\xfe"; }},
        {"issued_at", [](auto& c) { c.issued_at = std::chrono::sys_seconds{}; }},
    };
    for (const Case& k : cases) {
        INFO(k.field);
        cert::CertificateContext context = context_for(people.operator_key);
        k.spoil(context);
        auto built = cert::build_certificate(report, context);
        REQUIRE_FALSE(built);
        CHECK(built.error().code == Errc::invalid_argument);
        CHECK(built.error().context.find(std::string("certificate field ") + k.field) == 0);
    }
}

TEST_CASE("device strings that are not UTF-8 are cleaned, not refused", "[cert]") {
    const People people;
    wipe::WipeReport report = wipe_report();
    report.device.model = std::string(
        "Flash\xff\x01"
        "Disk");
    auto built = cert::build_certificate(report, context_for(people.operator_key));
    REQUIRE(built);
    CHECK(built->medium.model ==
          "Flash\xEF\xBF\xBD\xEF\xBF\xBD"
          "Disk");
}

TEST_CASE("new certificate ids are random UUID v4", "[cert]") {
    const std::string a = cert::new_certificate_id();
    const std::string b = cert::new_certificate_id();
    CHECK(a != b);
    CHECK(a.size() == 36);
    CHECK(a[14] == '4');
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);
}

TEST_CASE("local_host names this machine", "[cert]") {
    const cert::Host host = cert::local_host();
    CHECK_FALSE(host.hostname.empty());
}

TEST_CASE("the final pattern and the medium's identity serve a later re-read", "[cert]") {
    const People people;
    const wipe::WipeReport report = wipe_report();
    cert::Certificate c = certificate_for(people.operator_key, report);
    CHECK(cert::final_pattern(c) == std::optional(std::vector<std::uint8_t>{0x00}));
    CHECK(cert::medium_matches(c.medium, report.device));
    device::DeviceInfo other = report.device;
    other.serial = "FFFF";
    CHECK_FALSE(cert::medium_matches(c.medium, other));
    other = report.device;
    other.size_bytes += 512;
    CHECK_FALSE(cert::medium_matches(c.medium, other));
    c.method.passes.back().kind = wipe::PassKind::random;
    CHECK_FALSE(cert::final_pattern(c));
    c.method.passes.back() = cert::PassRecord{1, wipe::PassKind::pattern, "zz", ""};
    CHECK_FALSE(cert::final_pattern(c));  // a hand-made certificate cannot make it throw
}

TEST_CASE("only an erased medium lowers the classification: after any other outcome the level stays",
          "[cert]") {
    const People people;
    const wipe::WipeReport erased = wipe_report();
    REQUIRE(erased.outcome == wipe::Outcome::erased);
    CHECK(certificate_for(people.operator_key, erased).classification_after == 0);

    sanitize::test::FaultPlan vanishing = plain_medium();
    vanishing.vanish_after_bytes = 64 * 1024;
    sanitize::test::FaultPlan bad_sector = plain_medium();
    bad_sector.write_errors = {{4096, 512}};
    wipe::WipeReport stopped = wipe_report();
    stopped.outcome = wipe::Outcome::aborted;  // what a SIGINT mid-pass leaves
    stopped.exceptions = {"cancelled"};
    const std::vector<wipe::WipeReport> others{wipe_report(vanishing, "zero", "last", false),
                                               wipe_report(bad_sector, "zero", "last", false), stopped};
    for (const wipe::WipeReport& report : others) {
        CAPTURE(wipe::to_string(report.outcome));
        REQUIRE(report.outcome != wipe::Outcome::erased);
        const cert::Certificate c = certificate_for(people.operator_key, report);
        CHECK(c.classification_before == 2);
        CHECK(c.classification_after == 2);
        // The ledger event is made from the certificate's bytes and says the same.
        const ledger::Draft event = cert::certificate_event(json_of(c)).value();
        CHECK(event.payload.find("\"classification_after\":2") != std::string::npos);
    }
}
