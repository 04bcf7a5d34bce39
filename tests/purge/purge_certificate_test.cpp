// A purge's certificate: a simulated drive purges an in-memory medium, the job issues the
// certificate into a real ledger and writes it to files, and both `sanitize cert verify` and the
// stock minisign accept it. A purge that was sent but not proven is certified as not erased; one
// that sent nothing gets no certificate and leaves the ledger as it was.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "run_process.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/purge.hpp"
#include "simulated_drive.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t medium_bytes = std::uint64_t{1} << 20;

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// A ledger with one operator (staff) registered by the root key.
struct Office {
    TempDir dir{"sanitize-purge-cert"};
    std::string ledger_file = dir.file("ledger.db");
    std::string certs = dir.file("certs");
    keys::KeyPair root = keys::generate_key_pair();
    keys::KeyPair operator_key = keys::generate_key_pair();
    ledger::Ledger ledger = init();

    ledger::Ledger init() {
        ledger::InitOptions options;
        options.location = ledger_file;
        options.organisation = "株式会社サンプル商事";
        options.root_public_key = root.public_key;
        auto made = ledger::Ledger::init(options, root.secret_key);
        if (!made) FAIL("ledger init: " << made.error().context);
        ledger::KeyRegistration registration;
        registration.public_key = operator_key.public_key;
        registration.name = "山田 太郎";
        registration.role = ledger::Role::staff;
        registration.valid_from = "2020-01-01T00:00:00Z";
        registration.valid_until = "2100-01-01T00:00:00Z";
        if (auto registered = made->register_key(root.secret_key, registration); !registered) {
            FAIL("register_key: " << registered.error().context);
        }
        std::filesystem::create_directory(certs);
        return std::move(*made);
    }

    Result<jobs::CertifiedWipe> certify(const purge::PurgeReport& report,
                                        const std::optional<device::HiddenAreaReport>& hidden = std::nullopt,
                                        const std::optional<device::SmartSummary>& smart = std::nullopt) {
        jobs::CertificateRequest request;
        request.destination = cert::Destination::disposal;
        request.comments = "廃棄前の消去";
        auto context = jobs::certificate_context(ledger, operator_key.public_key, request);
        if (!context) FAIL("certificate_context: " << errc_name(context.error().code));
        return jobs::certify_purge(report, hidden, smart, *context, operator_key.secret_key, ledger,
                                   jobs::CertifyOptions{.directory = certs, .pdf = false});
    }

    std::int64_t head_seq() { return (*ledger.head().value()).seq; }
};

purge::PurgeReport purge_through(MemoryDevice& medium, SimulatedDrive& drive, purge::PurgeMethod method) {
    purge::PurgeOptions options;
    options.method = method;
    options.max_polls = 50;
    purge::PurgeCallbacks callbacks;
    callbacks.sleep = [](std::chrono::milliseconds) {};  // no real waiting in tests
    return purge::run_purge(medium, &drive, options, callbacks, {});
}

// The certificate's event: the last but one, the last being the certificate.files event that
// stores its files in the ledger.
json last_event_payload(ledger::Ledger& ledger) {
    const auto events = ledger.events().value();
    REQUIRE(events.size() >= 2);
    CHECK(events.back().type == ledger::EventType::certificate_files);
    const ledger::Event& certificate = events[events.size() - 2];
    CHECK(certificate.type == ledger::EventType::wipe_certificate);
    return json::parse(certificate.payload);
}

}  // namespace

TEST_CASE("a proven purge gets a signed erased certificate that cert verify and minisign accept", "[purge][cert]") {
    Office office;
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.smart = true});
    // Read before the purge, as `sanitize purge` does.
    const device::HiddenAreaReport hidden = device::probe_hidden_areas(medium.info(), &drive);
    const device::SmartSummary smart = device::read_smart(medium.info(), &drive);
    const purge::PurgeReport report = purge_through(medium, drive, purge::PurgeMethod::ata_sanitize_crypto);
    REQUIRE(report.outcome == purge::PurgeOutcome::purged);

    auto certified = office.certify(report, hidden, smart);
    REQUIRE(certified);
    const cert::Certificate& c = certified->issued.certificate;
    REQUIRE(c.health);
    CHECK(c.health->state == cert::HealthState::read);
    CHECK(c.health->passed == std::optional<bool>(true));
    CHECK(c.health->attributes.size() == 3);
    CHECK(c.outcome == wipe::Outcome::erased);
    CHECK(c.exceptions.empty());
    CHECK(c.method.name == "ata-sanitize-crypto");
    CHECK(c.method.category == wipe::NistCategory::purge);
    CHECK(c.method.technique == "firmware");
    CHECK(c.method.passes.empty());
    CHECK(c.verification.mode == wipe::VerifyMode::sample);
    CHECK(c.verification.bytes_verified > 0);
    REQUIRE(c.firmware);
    CHECK(c.firmware->accepted);
    CHECK(c.firmware->progress_observed);
    CHECK(c.firmware->completion_observed);
    CHECK(c.firmware->polls == report.polls);
    CHECK(c.firmware->verification_rule == "changed_or_blank");
    // Each status poll is one command; the certificate names it once.
    CHECK(std::count(c.firmware->commands_sent.begin(), c.firmware->commands_sent.end(), "SANITIZE STATUS EXT") == 1);
    CHECK(c.hidden_areas.hpa == static_cast<cert::HiddenAreaState>(hidden.hpa.state));

    // What was written is what was issued, and it reads back.
    const std::string bytes = read_text(certified->files.json);
    CHECK(bytes == certified->issued.json);
    CHECK(cert::parse_certificate(bytes).value() == c);

    const json payload = last_event_payload(office.ledger);
    CHECK(payload["certificate_id"] == c.certificate_id);
    CHECK(payload["nist_category"] == "purge");
    CHECK(payload["method"] == "ata-sanitize-crypto");
    CHECK(payload["outcome"] == "erased");

    const ProcessResult verified =
        run_process({SANITIZE_CLI_PATH, "cert", "verify", certified->files.json, "--ledger", office.ledger_file,
                     "--json"});
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);

    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    const std::string public_key = office.dir.file("operator.pub");
    write_text(public_key, keys::encode_public_key(office.operator_key.public_key));
    const ProcessResult stock = run_process({*minisign, "-Vm", certified->files.json, "-p", public_key});
    INFO(stock.out << stock.err);
    CHECK(stock.ok());
    CHECK(stock.out.find("sanitize-certificate id=" + c.certificate_id) != std::string::npos);
}

TEST_CASE("a purge the drive reports as failed is certified as failed, never erased", "[purge][cert]") {
    Office office;
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.sanitize_fails = true});
    const purge::PurgeReport report = purge_through(medium, drive, purge::PurgeMethod::ata_sanitize_block);
    REQUIRE(report.outcome == purge::PurgeOutcome::failed);

    auto certified = office.certify(report);
    REQUIRE(certified);
    const cert::Certificate& c = certified->issued.certificate;
    CHECK(c.outcome == wipe::Outcome::failed);
    CHECK(c.exceptions == std::vector<std::string>{"purge_failed", "sanitize_failed"});
    REQUIRE(c.firmware);
    CHECK(c.firmware->accepted);
    CHECK_FALSE(c.firmware->completion_observed);
    CHECK(c.firmware->verification_rule.empty());
    CHECK(c.verification.bytes_verified == 0);
    CHECK(c.hidden_areas.hpa == cert::HiddenAreaState::unknown);  // no probe was given
    CHECK_FALSE(c.health);                                         // no health read either
    CHECK(last_event_payload(office.ledger)["outcome"] == "failed");
}

TEST_CASE("an idle drive's leftover success status gives no erased certificate", "[purge][cert]") {
    Office office;
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.idle_reports_success = true});
    const purge::PurgeReport report = purge_through(medium, drive, purge::PurgeMethod::ata_sanitize_crypto);
    auto certified = office.certify(report);
    REQUIRE(certified);
    CHECK(certified->issued.certificate.outcome == wipe::Outcome::failed);
    CHECK(last_event_payload(office.ledger)["outcome"] == "failed");
}

TEST_CASE("a purge that sent nothing gets no certificate and no ledger event", "[purge][cert]") {
    Office office;
    MemoryDevice medium(medium_bytes, "loop", "loop7");
    const std::int64_t before = office.head_seq();
    purge::PurgeOptions options;
    options.method = purge::PurgeMethod::ata_sanitize_crypto;
    const purge::PurgeReport report = purge::run_purge(medium, nullptr, options, {}, {});
    REQUIRE(report.outcome == purge::PurgeOutcome::unavailable);
    auto certified = office.certify(report);
    REQUIRE_FALSE(certified);
    CHECK(certified.error().code == Errc::refused);
    CHECK(office.head_seq() == before);
    CHECK(std::filesystem::is_empty(office.certs));
}

TEST_CASE("a purge certificate that claims erased without observed completion does not parse", "[purge][cert]") {
    Office office;
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{});
    auto certified = office.certify(purge_through(medium, drive, purge::PurgeMethod::ata_sanitize_crypto));
    REQUIRE(certified);
    json document = json::parse(certified->issued.json);
    document["firmware"]["completion_observed"] = false;
    auto parsed = cert::parse_certificate(document.dump(2));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().context.find("firmware") != std::string::npos);
    // Untouched, it parses: the rule is what refused it.
    CHECK(cert::parse_certificate(certified->issued.json));
}
