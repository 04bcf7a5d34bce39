// Issuing into a real SQLite ledger and verifying against it: the key's registration, validity
// and revocation, the certificate's own wipe.certificate event, the anchor and the chain.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cert_test_support.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::test;
using cert::Check;
using cert::CheckStatus;

namespace {

// A ledger with an operator (staff), a validator (admin) and a staff member registered.
struct Office {
    TempDir dir{"sanitize-cert"};
    keys::KeyPair root = keys::generate_key_pair();
    People people;
    keys::KeyPair colleague = keys::generate_key_pair();
    ledger::Ledger ledger = init();

    ledger::Ledger init() {
        ledger::InitOptions options;
        options.location = dir.file("ledger.db");
        options.organisation = "株式会社サンプル商事";
        options.root_public_key = root.public_key;
        auto made_or = ledger::Ledger::init(options, root.secret_key);
        if (!made_or) FAIL("ledger init: " << made_or.error().context);
        ledger::Ledger made = std::move(*made_or);
        enroll(made, people.operator_key, operator_person(people.operator_key).name, ledger::Role::staff);
        enroll(made, people.validator_key, validator_person(people.validator_key).name, ledger::Role::admin);
        enroll(made, colleague, "鈴木 次郎", ledger::Role::staff);
        return made;
    }

    void enroll(ledger::Ledger& target, const keys::KeyPair& key, const std::string& name, ledger::Role role) {
        ledger::KeyRegistration registration;
        registration.public_key = key.public_key;
        registration.name = name;
        registration.role = role;
        registration.valid_from = "2020-01-01T00:00:00Z";
        registration.valid_until = "2100-01-01T00:00:00Z";
        auto registered = target.register_key(root.secret_key, registration);
        if (!registered) FAIL("register_key: " << registered.error().context);
    }

    cert::IssuedCertificate issue(const cert::CertificateContext& context) {
        auto certificate = cert::build_certificate(wipe_report(), context).value();
        auto issued = cert::issue_certificate(std::move(certificate), people.operator_key.secret_key, &ledger);
        if (!issued) FAIL("issue_certificate: " << errc_name(issued.error().code) << " " << issued.error().context);
        return std::move(*issued);
    }
    cert::IssuedCertificate issue() { return issue(context_for(people.operator_key)); }

    cert::VerifyReport verify(const cert::IssuedCertificate& issued) {
        cert::VerifyOptions options;
        options.ledger = &ledger;
        options.trusted_root = root.public_key;
        auto report = cert::verify_certificate(issued.json, issued.signature, people.operator_key.public_key, options);
        if (!report) FAIL("verify_certificate: " << errc_name(report.error().code) << " " << report.error().context);
        return std::move(*report);
    }
};

CheckStatus status_of(const cert::VerifyReport& report, Check check) { return report.result(check).status; }

}  // namespace

TEST_CASE("issuing records the certificate in the ledger and verification checks everything", "[cert][ledger]") {
    Office office;
    const auto head_before = office.ledger.head().value();
    const cert::IssuedCertificate issued = office.issue();

    REQUIRE(issued.ledger_event);
    const ledger::Event& event = *issued.ledger_event;
    CHECK(event.type == ledger::EventType::wipe_certificate);
    CHECK(event.actor == office.people.operator_key.public_key.id);
    const auto payload = nlohmann::json::parse(event.payload);
    CHECK(payload.at("certificate_id") == issued.certificate.certificate_id);
    CHECK(payload.at("sha256") == issued.sha256_hex);
    CHECK(payload.at("outcome") == "erased");
    CHECK(payload.at("asset_id") == "USB-2024-017");
    CHECK_FALSE(payload.contains("serial"));

    REQUIRE(issued.certificate.ledger);
    CHECK(issued.certificate.ledger->ledger_id == office.ledger.info().ledger_id);
    CHECK(issued.certificate.ledger->head_seq == head_before->seq);
    CHECK(issued.certificate.ledger->head_hash == head_before->hash);
    CHECK(issued.json == cert::serialize_certificate(issued.certificate).value());
    CHECK(issued.signature.find(" ledger_seq=" + std::to_string(event.seq) + " ") != std::string::npos);

    const cert::VerifyReport report = office.verify(issued);
    for (const cert::CheckResult& check : report.checks) {
        INFO(cert::check_name(check.check) << ": " << cert::check_status_name(check.status) << " " << cert::check_note_name(check.note));
        CHECK(check.status == CheckStatus::passed);
    }
    CHECK(report.fully_verified());
    CHECK(report.result(Check::ledger_event).note == cert::CheckNote::event);
    CHECK(report.result(Check::ledger_event).value("seq") == std::to_string(event.seq));
}

TEST_CASE("a key revoked after the certificate leaves it valid, revoked before, nothing is issued", "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    REQUIRE(office.ledger.revoke_key(office.root.secret_key, office.people.operator_key.public_key.id, "lost"));
    const auto later = office.verify(issued);
    CHECK(status_of(later, Check::key_not_revoked) == CheckStatus::passed);
    CHECK(later.result(Check::key_not_revoked).note == cert::CheckNote::revoked_at);
    CHECK_FALSE(later.result(Check::key_not_revoked).value("seq").empty());
    CHECK(later.ok());

    auto certificate = cert::build_certificate(wipe_report(), context_for(office.people.operator_key)).value();
    auto refused = cert::issue_certificate(certificate, office.people.operator_key.secret_key, &office.ledger);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::refused);
}

TEST_CASE("a certificate naming someone else than the key's holder fails identity", "[cert][ledger]") {
    Office office;
    cert::CertificateContext context = context_for(office.people.operator_key);
    context.operator_person.name = "田中 三郎";  // the key is registered to 山田 太郎
    const auto report = office.verify(office.issue(context));
    CHECK(status_of(report, Check::signer_identity) == CheckStatus::failed);
    CHECK(status_of(report, Check::signature) == CheckStatus::passed);
    CHECK_FALSE(report.ok());
}

TEST_CASE("a certificate dated outside the key's validity fails", "[cert][ledger]") {
    Office office;
    cert::CertificateContext context = context_for(office.people.operator_key);
    context.issued_at = std::chrono::sys_days{std::chrono::year{2101} / 1 / 1};
    const auto report = office.verify(office.issue(context));
    CHECK(status_of(report, Check::key_valid_at_time) == CheckStatus::failed);
}

TEST_CASE("a signature naming the wrong ledger event fails ledger_event", "[cert][ledger]") {
    Office office;
    cert::IssuedCertificate issued = office.issue();
    const std::int64_t seq = issued.ledger_event->seq;
    for (const std::int64_t wrong : {seq - 1, seq + 100}) {
        INFO(wrong);
        issued.signature = cert::sign_certificate(issued.json, office.people.operator_key.secret_key, wrong).value();
        const auto report = office.verify(issued);
        CHECK(status_of(report, Check::ledger_event) == CheckStatus::failed);
        CHECK_FALSE(report.ok());
    }
    issued.signature = cert::sign_certificate(issued.json, office.people.operator_key.secret_key, std::nullopt).value();
    CHECK(status_of(office.verify(issued), Check::ledger_event) == CheckStatus::failed);
}

TEST_CASE("a certificate recorded in one ledger does not verify against another", "[cert][ledger]") {
    Office office;
    Office other;
    const cert::IssuedCertificate issued = office.issue();
    cert::VerifyOptions options;
    options.ledger = &other.ledger;
    auto verified =
        cert::verify_certificate(issued.json, issued.signature, office.people.operator_key.public_key, options);
    if (!verified) FAIL("verify_certificate: " << errc_name(verified.error().code) << " " << verified.error().context);
    const cert::VerifyReport& report = *verified;
    CHECK(status_of(report, Check::ledger_id) == CheckStatus::failed);
    CHECK(status_of(report, Check::key_registered) == CheckStatus::failed);
    CHECK_FALSE(report.ok());
}

TEST_CASE("a certificate issued without a ledger names none", "[cert][ledger]") {
    Office office;
    auto certificate = cert::build_certificate(wipe_report(), context_for(office.people.operator_key)).value();
    const auto issued = cert::issue_certificate(certificate, office.people.operator_key.secret_key).value();
    CHECK_FALSE(issued.ledger_event);
    CHECK_FALSE(issued.certificate.ledger);
    CHECK(issued.signature.find(" ledger_seq=none ") != std::string::npos);
    const auto report = office.verify(issued);
    CHECK(status_of(report, Check::ledger_id) == CheckStatus::failed);
    CHECK(status_of(report, Check::ledger_event) == CheckStatus::failed);
    CHECK(status_of(report, Check::signature) == CheckStatus::passed);
}

TEST_CASE("issuing refuses a key that is not the certificate's operator", "[cert][ledger]") {
    Office office;
    auto certificate = cert::build_certificate(wipe_report(), context_for(office.people.operator_key)).value();
    auto issued = cert::issue_certificate(certificate, office.colleague.secret_key, &office.ledger);
    REQUIRE_FALSE(issued);
    CHECK(issued.error().code == Errc::invalid_argument);
    CHECK(office.ledger.head().value()->seq == 4);  // nothing appended
}

TEST_CASE("a countersignature by a registered admin verifies against the ledger, a staff member's does not",
          "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    cert::VerifyOptions options;
    options.ledger = &office.ledger;
    const std::string by_admin = cert::countersign(issued.json, office.people.validator_key.secret_key).value();
    const auto good =
        cert::verify_countersignature(issued.json, by_admin, office.people.validator_key.public_key, options).value();
    for (const cert::CheckResult& check : good.checks) {
        INFO(cert::check_name(check.check) << ": " << cert::check_status_name(check.status) << " " << cert::check_note_name(check.note));
        CHECK(check.status != CheckStatus::failed);
    }
    CHECK(good.ok());
    CHECK(status_of(good, Check::signer_identity) == CheckStatus::passed);
    CHECK(status_of(good, Check::ledger_chain) == CheckStatus::passed);

    const std::string by_staff = cert::countersign(issued.json, office.colleague.secret_key).value();
    const auto bad = cert::verify_countersignature(issued.json, by_staff, office.colleague.public_key, options).value();
    CHECK(status_of(bad, Check::signer_identity) == CheckStatus::failed);
    CHECK_FALSE(bad.ok());
}

TEST_CASE("the chain check can be skipped for speed, and says so", "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    cert::VerifyOptions options;
    options.ledger = &office.ledger;
    options.verify_chain = false;
    const auto report =
        cert::verify_certificate(issued.json, issued.signature, office.people.operator_key.public_key, options).value();
    CHECK(report.ok());
    CHECK(status_of(report, Check::ledger_chain) == CheckStatus::not_checked);
    CHECK(status_of(report, Check::chain_anchor) == CheckStatus::passed);
}

TEST_CASE("an id whose digits pass the My Number check digit is kept when issuing", "[cert][ledger]") {
    Office office;
    cert::CertificateContext context = context_for(office.people.operator_key);
    context.certificate_id = "0f8e1c2a-aaaa-4bbb-8ccc-123456789018";  // its last group passes the check digit
    REQUIRE(ledger::is_my_number("123456789018"));
    REQUIRE_FALSE(ledger::contains_my_number(context.certificate_id));  // a UUID is a machine identifier
    const cert::IssuedCertificate issued = office.issue(context);
    CHECK(issued.certificate.certificate_id == context.certificate_id);
    CHECK(cert::parse_certificate(issued.json)->certificate_id == issued.certificate.certificate_id);
    CHECK(office.verify(issued).fully_verified());
}

TEST_CASE("a countersignature made with a ledger is placed in the chain and verified there", "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    cert::CountersignOptions sign_options;
    sign_options.ledger = &office.ledger;
    const std::string signature =
        cert::countersign(issued.json, office.people.validator_key.secret_key, sign_options).value();
    const auto head = office.ledger.head().value();
    REQUIRE(head);
    CHECK(signature.find(" ledger_seq=" + std::to_string(head->seq) + " ") != std::string::npos);
    auto events = office.ledger.events({.after_seq = head->seq - 1, .limit = 1, .time_from = {}, .time_to = {}}).value();
    REQUIRE(events.size() == 1);
    CHECK(events.front().type == ledger::EventType::certificate_validation);
    CHECK(events.front().actor == office.people.validator_key.public_key.id);

    cert::VerifyOptions options;
    options.ledger = &office.ledger;
    const auto report =
        cert::verify_countersignature(issued.json, signature, office.people.validator_key.public_key, options).value();
    CHECK(report.ok());
    CHECK(status_of(report, Check::ledger_event) == CheckStatus::passed);
    CHECK(status_of(report, Check::key_not_revoked) == CheckStatus::passed);

    // Staff may not validate: the ledger refuses the event, and nothing is signed.
    auto by_staff = cert::countersign(issued.json, office.colleague.secret_key, sign_options);
    REQUIRE_FALSE(by_staff);
    CHECK(by_staff.error().code == Errc::refused);
}

TEST_CASE("a revoked validator cannot backdate a countersignature past its revocation", "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    // The key is revoked now; its holder signs anyway and writes a time before the revocation
    // into the countersignature, which is the validator's own word.
    REQUIRE(office.ledger.revoke_key(office.root.secret_key, office.people.validator_key.public_key.id, "left"));
    cert::CountersignOptions backdated;
    backdated.validated_at = issued.certificate.issued_at;
    const std::string forged = cert::countersign(issued.json, office.people.validator_key.secret_key, backdated).value();
    cert::VerifyOptions options;
    options.ledger = &office.ledger;
    const auto report =
        cert::verify_countersignature(issued.json, forged, office.people.validator_key.public_key, options).value();
    CHECK(status_of(report, Check::key_not_revoked) == CheckStatus::failed);
    CHECK(report.result(Check::key_not_revoked).note == cert::CheckNote::revoked_validation_missing);
    CHECK_FALSE(report.ok());

    // Through the ledger it cannot even be made: the revoked key's event is refused.
    cert::CountersignOptions in_ledger;
    in_ledger.ledger = &office.ledger;
    auto refused = cert::countersign(issued.json, office.people.validator_key.secret_key, in_ledger);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::refused);
}

TEST_CASE("a countersignature placed in the chain before the revocation stays valid", "[cert][ledger]") {
    Office office;
    const cert::IssuedCertificate issued = office.issue();
    cert::CountersignOptions sign_options;
    sign_options.ledger = &office.ledger;
    const std::string signature =
        cert::countersign(issued.json, office.people.validator_key.secret_key, sign_options).value();
    REQUIRE(office.ledger.revoke_key(office.root.secret_key, office.people.validator_key.public_key.id, "left"));
    cert::VerifyOptions options;
    options.ledger = &office.ledger;
    const auto report =
        cert::verify_countersignature(issued.json, signature, office.people.validator_key.public_key, options).value();
    CHECK(status_of(report, Check::key_not_revoked) == CheckStatus::passed);
    CHECK(report.ok());
}
