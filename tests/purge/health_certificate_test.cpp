// The drive's health summary, from the simulated drive's answers (ATA SMART, the NVMe SMART /
// Health log) to the certificate: what a drive said is certified as read, what it did not say is
// never made up, and the parser refuses a certificate that claims more than a read.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "fault_device.hpp"
#include "sanitize/cert.hpp"
#include "simulated_drive.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t medium_bytes = std::uint64_t{1} << 20;

std::optional<std::uint64_t> attribute(const device::SmartSummary& s, std::string_view name) {
    for (const device::SmartAttribute& a : s.attributes) {
        if (a.name == name) return a.value;
    }
    return std::nullopt;
}

device::SmartSummary read_from(const std::string& transport, const std::string& kernel_name, DriveScript script,
                               std::vector<std::string>* log = nullptr) {
    MemoryDevice medium(medium_bytes, transport, kernel_name);
    SimulatedDrive drive(medium, script);
    device::SmartSummary summary = device::read_smart(medium.info(), &drive);
    if (log) *log = drive.log;
    return summary;
}

DriveScript with_smart(bool failing = false) {
    DriveScript script;
    script.smart = true;
    script.smart_failing = failing;
    return script;
}

// A real wipe of an in-memory image (no firmware: the engine reads not_applicable itself), with
// `smart` in place of that read where given.
cert::Certificate certificate_with(const std::optional<std::optional<device::SmartSummary>>& smart = std::nullopt) {
    sanitize::test::FaultPlan plan;
    plan.size_bytes = medium_bytes;
    plan.sector_bytes = 512;
    sanitize::test::FaultDevice medium(plan);
    wipe::WipeReport report = sanitize::test::wipe(medium, "zero", "last", false);
    if (smart) report.smart = *smart;
    cert::CertificateContext context;
    context.operator_person = {"山田 太郎", "", ledger::Role::staff, keys::generate_key_pair().public_key.id};
    context.organisation = {"株式会社サンプル商事", "総務部", "東京本社"};
    return cert::build_certificate(report, context).value();
}

std::string json_of(const cert::Certificate& c) { return cert::serialize_certificate(c).value(); }

std::string edited(const std::string& text, const std::function<void(json&)>& edit) {
    json document = json::parse(text);
    edit(document);
    return document.dump(2);
}

}  // namespace

TEST_CASE("SMART through a simulated SATA drive: the verdict and the key attributes", "[purge][health]") {
    std::vector<std::string> log;
    const device::SmartSummary healthy = read_from("sata", "sda", with_smart(), &log);
    CHECK(healthy.state == device::SmartState::read);
    CHECK(healthy.reason.empty());
    CHECK(healthy.passed == std::optional<bool>(true));
    CHECK(attribute(healthy, "reallocated_sectors") == std::optional<std::uint64_t>(8));
    CHECK(attribute(healthy, "power_on_hours") == std::optional<std::uint64_t>(12345));  // vendor bits dropped
    CHECK(attribute(healthy, "pending_sectors") == std::optional<std::uint64_t>(2));
    CHECK(healthy.attributes.size() == 3);  // temperature is not in the summary
    CHECK(std::count(log.begin(), log.end(), "ata:B0/00DA") == 1);
    CHECK(std::count(log.begin(), log.end(), "ata:B0/00D0") == 1);

    const device::SmartSummary failing = read_from("sata", "sda", with_smart(true));
    CHECK(failing.state == device::SmartState::read);
    CHECK(failing.passed == std::optional<bool>(false));

    const device::SmartSummary unsupported = read_from("sata", "sda", DriveScript{}, &log);
    CHECK(unsupported.state == device::SmartState::unavailable);
    CHECK(unsupported.reason == "smart_not_supported");
    CHECK_FALSE(unsupported.passed);
    CHECK(unsupported.attributes.empty());
    CHECK(std::count(log.begin(), log.end(), "ata:B0/00DA") == 0);  // not asked once IDENTIFY said no
}

TEST_CASE("the NVMe SMART / Health log: critical warning decides the verdict", "[purge][health]") {
    const device::SmartSummary healthy = read_from("nvme", "nvme0n1", with_smart());
    CHECK(healthy.state == device::SmartState::read);
    CHECK(healthy.passed == std::optional<bool>(true));
    CHECK(attribute(healthy, "percentage_used") == std::optional<std::uint64_t>(7));
    CHECK(attribute(healthy, "power_on_hours") == std::optional<std::uint64_t>(100));
    CHECK(attribute(healthy, "unsafe_shutdowns") == std::optional<std::uint64_t>(3));
    CHECK(read_from("nvme", "nvme0n1", with_smart(true)).passed == std::optional<bool>(false));
    const device::SmartSummary refused = read_from("nvme", "nvme0n1", DriveScript{});
    CHECK(refused.state == device::SmartState::unavailable);
    CHECK(refused.reason == "log_page_rejected");
}

TEST_CASE("the certificate carries the health summary as the drive answered, and it reads back", "[purge][health]") {
    for (const bool failing : {false, true}) {
        INFO(failing);
        const cert::Certificate c = certificate_with(read_from("sata", "sda", with_smart(failing)));
        REQUIRE(c.health);
        CHECK(c.health->state == cert::HealthState::read);
        CHECK(c.health->passed == std::optional<bool>(!failing));
        CHECK(c.health->attributes.size() == 3);
        const std::string text = json_of(c);
        CHECK(text.find("\"hidden_areas\"") < text.find("\"health\""));
        CHECK(text.find("\"health\"") < text.find("\"timings\""));
        const json document = json::parse(text);
        CHECK(document["health"]["state"] == "read");
        CHECK(document["health"]["reason"] == "");
        CHECK(document["health"]["passed"] == !failing);
        CHECK(document["health"]["attributes"][0] == json{{"name", "reallocated_sectors"}, {"value", 8}});
        auto parsed = cert::parse_certificate(text);
        REQUIRE(parsed);
        CHECK(*parsed == c);
        CHECK(json_of(*parsed) == text);
    }
}

TEST_CASE("an image's certificate says health not applicable, with the reason and nothing else", "[purge][health]") {
    const cert::Certificate c = certificate_with();  // the engine's own read
    REQUIRE(c.health);
    CHECK(c.health->state == cert::HealthState::not_applicable);
    CHECK(c.health->reason == "disk_image");
    const json document = json::parse(json_of(c));
    CHECK(document["health"] ==
          json{{"state", "not_applicable"}, {"reason", "disk_image"}, {"passed", nullptr}, {"attributes", json::array()}});
    auto parsed = cert::parse_certificate(json_of(c));
    REQUIRE(parsed);
    CHECK(*parsed == c);
    // A route reason that is not a code is written as one, not dropped.
    device::SmartSummary virtio;
    virtio.state = device::SmartState::not_applicable;
    virtio.reason = "transport:virtio";
    CHECK(certificate_with(virtio).health->reason == "transport_virtio");
}

TEST_CASE("without a read there is no health member, and certificates without one still read", "[purge][health]") {
    const cert::Certificate none = certificate_with(std::optional<device::SmartSummary>{});
    CHECK_FALSE(none.health);
    const std::string text = json_of(none);
    CHECK(text.find("\"health\"") == std::string::npos);
    auto parsed = cert::parse_certificate(text);
    REQUIRE(parsed);
    CHECK_FALSE(parsed->health);
    // An older certificate is one with the member taken out: it reads as "not recorded".
    const std::string older = edited(json_of(certificate_with()), [](json& d) { d.erase("health"); });
    auto read = cert::parse_certificate(older);
    REQUIRE(read);
    CHECK_FALSE(read->health);
}

TEST_CASE("the parser refuses health claims that a read does not back", "[purge][health]") {
    const std::string applicable = json_of(certificate_with());
    const std::string read = json_of(certificate_with(read_from("sata", "sda", with_smart())));
    struct Case {
        const char* why;
        const std::string* base;
        std::function<void(json&)> edit;
        const char* context;
    };
    const json attribute = {{"name", "power_on_hours"}, {"value", 1}};
    const std::vector<Case> cases = {
        {"attributes while not read", &applicable, [&](json& d) { d["health"]["attributes"] = {attribute}; },
         "certificate field health.attributes: value"},
        {"a verdict while not read", &applicable, [](json& d) { d["health"]["passed"] = true; },
         "certificate field health.passed: value"},
        {"not read without a reason", &applicable, [](json& d) { d["health"]["reason"] = ""; },
         "certificate field health.reason: value"},
        {"a reason that is not a code", &applicable, [](json& d) { d["health"]["reason"] = "Loop Device"; },
         "certificate field health.reason: value"},
        {"read with a reason", &read, [](json& d) { d["health"]["reason"] = "smart_no_answer"; },
         "certificate field health.reason: value"},
        {"a read of nothing", &read,
         [](json& d) {
             d["health"]["passed"] = nullptr;
             d["health"]["attributes"] = json::array();
         },
         "certificate field health.state: value"},
        {"an attribute twice", &read, [&](json& d) { d["health"]["attributes"] = {attribute, attribute}; },
         "certificate field health.attributes: value"},
        {"an unknown state", &read, [](json& d) { d["health"]["state"] = "good"; },
         "certificate field health.state: value"},
        {"an attribute name that is not a code", &read,
         [](json& d) { d["health"]["attributes"][0]["name"] = "Power On"; },
         "certificate field health.attributes[0].name: value"},
        {"a negative value", &read, [](json& d) { d["health"]["attributes"][0]["value"] = -1; },
         "certificate field health.attributes[0].value: type"},
        {"a member too many", &read, [](json& d) { d["health"]["temperature"] = 40; },
         "certificate field health.temperature: unexpected"},
        {"a member missing", &read, [](json& d) { d["health"].erase("passed"); },
         "certificate field health.passed: missing"},
    };
    for (const Case& k : cases) {
        INFO(k.why);
        auto parsed = cert::parse_certificate(edited(*k.base, k.edit));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == Errc::malformed_input);
        CHECK(parsed.error().context.rfind(k.context, 0) == 0);
        INFO(parsed.error().context);
    }
}

TEST_CASE("certificates written before the health member still read, and one with it reads", "[purge][health]") {
    const std::filesystem::path corpus =
        std::filesystem::path(SANITIZE_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "fuzz_certificate";
    const auto parsed = [&](const char* name) {
        std::ifstream in(corpus / name, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        INFO(name);
        REQUIRE_FALSE(text.str().empty());
        return cert::parse_certificate(text.str());
    };
    for (const char* older : {"erased_with_ledger.json", "erased_with_exceptions.json", "purge_erased_with_reset.json"}) {
        auto c = parsed(older);
        INFO(older << (c ? "" : " " + c.error().context));
        REQUIRE(c);
        CHECK_FALSE(c->health);
    }
    auto with_health = parsed("erased_with_health.json");
    REQUIRE(with_health);
    REQUIRE(with_health->health);
    CHECK(with_health->health->state == cert::HealthState::read);
    CHECK(with_health->health->passed == std::optional<bool>(true));
    CHECK(with_health->health->attributes.size() == 2);
}
