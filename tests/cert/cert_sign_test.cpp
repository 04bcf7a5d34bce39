// Signatures over the certificate bytes and their verification without a ledger: the checks
// that need only the file, the signature and the public key.
#include <catch2/catch.hpp>

#include "cert_test_support.hpp"

using namespace sanitize;
using namespace sanitize::test;
using cert::Check;
using cert::CheckStatus;

namespace {

CheckStatus status_of(const cert::VerifyReport& report, Check check) { return report.result(check).status; }

std::string flip_byte(std::string text, std::size_t at) {
    text.at(at) = static_cast<char>(text.at(at) ^ 0x01);
    return text;
}

}  // namespace

TEST_CASE("trusted comments have one written form and parse back", "[cert][sign]") {
    cert::TrustedComment comment;
    comment.certificate_id = cert::new_certificate_id();
    comment.sha256_hex = std::string(64, 'a');
    comment.ledger_seq = 42;
    const std::string text = cert::trusted_comment_text(comment);
    CHECK(text == "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=42 sha256=" + comment.sha256_hex);
    CHECK(cert::parse_trusted_comment(text).value() == comment);
    comment.ledger_seq.reset();
    CHECK(cert::trusted_comment_text(comment).find(" ledger_seq=none ") != std::string::npos);
    CHECK(cert::parse_trusted_comment(cert::trusted_comment_text(comment)).value() == comment);

    // Issued offline (the boot-and-wipe station): no seq yet, the outbox entry that holds the event.
    cert::TrustedComment offline = comment;
    offline.origin = std::string(32, 'c') + "/7";
    const std::string offline_text = cert::trusted_comment_text(offline);
    CHECK(offline_text == "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=none origin=" + offline.origin +
                              " sha256=" + comment.sha256_hex);
    CHECK(cert::parse_trusted_comment(offline_text).value() == offline);

    cert::TrustedComment validation;
    validation.kind = cert::TrustedComment::Kind::validation;
    validation.certificate_id = comment.certificate_id;
    validation.sha256_hex = comment.sha256_hex;
    validation.validated_at = std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours{5};
    const std::string validation_text = cert::trusted_comment_text(validation);
    CHECK(validation_text.ends_with(" validated_at=2026-11-22T05:00:00Z"));
    CHECK(cert::parse_trusted_comment(validation_text).value() == validation);

    for (const std::string& bad :
         {std::string("timestamp:1700000000\tfile:cert.json\thashed"), text + " ", text + " extra=1",
          "sanitize-certificate id=x ledger_seq=1 sha256=" + comment.sha256_hex,
          "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=042 sha256=" + comment.sha256_hex,
          "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=0 sha256=" + comment.sha256_hex,
          // an origin only where no seq is named, and only of the outbox form
          "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=42 origin=" + std::string(32, 'c') + "/7 sha256=" +
              comment.sha256_hex,
          "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=none origin=" + std::string(32, 'C') +
              "/7 sha256=" + comment.sha256_hex,
          "sanitize-certificate id=" + comment.certificate_id + " ledger_seq=none origin=" + std::string(32, 'c') +
              "/0 sha256=" + comment.sha256_hex}) {
        INFO(bad);
        auto parsed = cert::parse_trusted_comment(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == Errc::malformed_input);
    }
}

TEST_CASE("a signed certificate verifies with the operator's public key", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    const std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, 7).value();
    CHECK(signature.find("trusted comment: sanitize-certificate id=") != std::string::npos);

    const auto report = cert::verify_certificate(json, signature, people.operator_key.public_key).value();
    CHECK(report.ok());
    CHECK_FALSE(report.fully_verified());  // no ledger given
    for (const Check check : {Check::signature, Check::trusted_comment, Check::sha256, Check::certificate_parses,
                              Check::certificate_id, Check::signer_role}) {
        INFO(cert::check_name(check));
        CHECK(status_of(report, check) == CheckStatus::passed);
    }
    for (const Check check : {Check::ledger_id, Check::key_registered, Check::ledger_event, Check::ledger_chain}) {
        INFO(cert::check_name(check));
        CHECK(status_of(report, check) == CheckStatus::not_checked);
        CHECK(report.result(check).note == cert::CheckNote::no_ledger);
    }
    REQUIRE(report.trusted_comment);
    CHECK(report.trusted_comment->ledger_seq == std::optional<std::int64_t>(7));
    CHECK(report.trusted_comment->sha256_hex == cert::sha256_hex(bytes_of(json)));
    CHECK(report.signer == people.operator_key.public_key.id);
    REQUIRE(report.certificate);
    CHECK(report.checks.size() == 14);
}

TEST_CASE("any changed byte of the certificate fails verification", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    const std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, std::nullopt).value();
    for (const std::size_t at : {std::size_t{0}, json.find("0123456789ABCDEF"), json.size() - 1}) {
        INFO(at);
        const auto report =
            cert::verify_certificate(flip_byte(json, at), signature, people.operator_key.public_key).value();
        CHECK_FALSE(report.ok());
        CHECK(status_of(report, Check::signature) == CheckStatus::failed);
        CHECK(report.result(Check::signature).note == cert::CheckNote::signature_invalid);
        CHECK(report.result(Check::signature).value("code") == "signature_invalid");
        CHECK(status_of(report, Check::sha256) == CheckStatus::not_checked);
    }
}

TEST_CASE("another key, or a signature of other bytes, fails", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    const std::string other_json = json_of(certificate_for(people.operator_key));
    const std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, 1).value();
    auto wrong_key = cert::verify_certificate(json, signature, people.validator_key.public_key).value();
    CHECK(status_of(wrong_key, Check::signature) == CheckStatus::failed);
    CHECK(status_of(wrong_key, Check::signer_role) == CheckStatus::failed);  // not the named operator
    auto other = cert::verify_certificate(other_json, signature, people.operator_key.public_key).value();
    CHECK(status_of(other, Check::signature) == CheckStatus::failed);
    auto garbage = cert::verify_certificate(json, "not a signature", people.operator_key.public_key).value();
    CHECK(status_of(garbage, Check::signature) == CheckStatus::failed);
    CHECK(garbage.result(Check::signature).note == cert::CheckNote::signature_invalid);
    CHECK(garbage.result(Check::signature).value("code") == "malformed_input");
}

TEST_CASE("only the named operator signs a certificate, and only bytes that are one", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    auto by_other = cert::sign_certificate(json, people.validator_key.secret_key, 1);
    REQUIRE_FALSE(by_other);
    CHECK(by_other.error().code == Errc::invalid_argument);
    auto not_certificate = cert::sign_certificate("{}", people.operator_key.secret_key, 1);
    REQUIRE_FALSE(not_certificate);
    CHECK(not_certificate.error().code == Errc::invalid_argument);
    CHECK_FALSE(cert::sign_certificate(json, people.operator_key.secret_key, 0));
}

TEST_CASE("a countersignature is a second person's, and verifies on its own", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    auto by_operator = cert::countersign(json, people.operator_key.secret_key);
    REQUIRE_FALSE(by_operator);
    CHECK(by_operator.error().code == Errc::refused);

    const std::string countersignature = cert::countersign(json, people.validator_key.secret_key).value();
    CHECK(countersignature.find("trusted comment: sanitize-validation id=") != std::string::npos);
    const auto report = cert::verify_countersignature(json, countersignature, people.validator_key.public_key).value();
    CHECK(report.ok());
    CHECK(status_of(report, Check::signer_role) == CheckStatus::passed);
    CHECK(status_of(report, Check::ledger_event) == CheckStatus::not_checked);
    REQUIRE(report.trusted_comment);
    CHECK(report.trusted_comment->validated_at.has_value());

    // The two kinds are not interchangeable.
    const auto as_certificate =
        cert::verify_certificate(json, countersignature, people.validator_key.public_key).value();
    CHECK(status_of(as_certificate, Check::trusted_comment) == CheckStatus::failed);
    CHECK_FALSE(as_certificate.ok());
    const std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, 1).value();
    const auto as_validation = cert::verify_countersignature(json, signature, people.operator_key.public_key).value();
    CHECK(status_of(as_validation, Check::trusted_comment) == CheckStatus::failed);
    CHECK(status_of(as_validation, Check::signer_role) == CheckStatus::failed);  // the operator validating
}

TEST_CASE("a designated validator is the only one who may countersign", "[cert][sign]") {
    const People people;
    const keys::KeyPair stranger = keys::generate_key_pair();
    cert::CertificateContext context = context_for(people.operator_key);
    context.validator_person = validator_person(people.validator_key);
    const std::string json = json_of(cert::build_certificate(wipe_report(), context).value());
    auto refused = cert::countersign(json, stranger.secret_key);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::refused);
    CHECK(cert::countersign(json, people.validator_key.secret_key));
    // A countersignature made anyway (with minisign, say) does not pass as the designated one.
    const std::string forged =
        keys::sign_file(stranger.secret_key, bytes_of(json),
                        "sanitize-validation id=" + cert::parse_certificate(json)->certificate_id +
                            " sha256=" + cert::sha256_hex(bytes_of(json)) + " validated_at=2100-01-01T00:00:00Z")
            .value();
    const auto report = cert::verify_countersignature(json, forged, stranger.public_key).value();
    CHECK(status_of(report, Check::signature) == CheckStatus::passed);
    CHECK(status_of(report, Check::signer_role) == CheckStatus::failed);
    CHECK_FALSE(report.ok());
}

TEST_CASE("a signature whose comment names another certificate or hash fails those checks", "[cert][sign]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    const std::string id = cert::parse_certificate(json)->certificate_id;
    const std::string right_hash = cert::sha256_hex(bytes_of(json));
    const auto sign_with = [&](const std::string& comment) {
        return keys::sign_file(people.operator_key.secret_key, bytes_of(json), comment).value();
    };
    const auto wrong_id = cert::verify_certificate(json,
                                                   sign_with("sanitize-certificate id=" + cert::new_certificate_id() +
                                                             " ledger_seq=none sha256=" + right_hash),
                                                   people.operator_key.public_key)
                              .value();
    CHECK(status_of(wrong_id, Check::certificate_id) == CheckStatus::failed);
    CHECK(status_of(wrong_id, Check::sha256) == CheckStatus::passed);
    const auto wrong_hash =
        cert::verify_certificate(
            json, sign_with("sanitize-certificate id=" + id + " ledger_seq=none sha256=" + std::string(64, '0')),
            people.operator_key.public_key)
            .value();
    CHECK(status_of(wrong_hash, Check::sha256) == CheckStatus::failed);
    CHECK_FALSE(wrong_hash.ok());
    const auto foreign = cert::verify_certificate(json, sign_with("timestamp:1700000000\tfile:cert.json\thashed"),
                                                  people.operator_key.public_key)
                             .value();
    CHECK(status_of(foreign, Check::trusted_comment) == CheckStatus::failed);
    CHECK(status_of(foreign, Check::sha256) == CheckStatus::not_checked);
}

TEST_CASE("check and status names are stable", "[cert][sign]") {
    CHECK(cert::check_name(Check::key_not_revoked) == "key_not_revoked");
    CHECK(cert::check_name(Check::ledger_chain) == "ledger_chain");
    CHECK(cert::check_status_name(CheckStatus::not_checked) == "not_checked");
    CHECK(cert::destination_name(cert::Destination::return_to_owner) == "return");
    CHECK(cert::parse_destination("disposal") == cert::Destination::disposal);
    CHECK_FALSE(cert::parse_destination("recycle"));
}
