// The promise to auditors: the stock minisign binary verifies our certificates with nothing but
// the operator's public key file, prints the trusted comment, and refuses a changed byte.
#include <catch2/catch.hpp>

#include "cert_test_support.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::test;

namespace {

struct Files {
    TempDir dir{"sanitize-cert"};
    std::string cert = dir.file("cert.json");
    std::string operator_pub = dir.file("operator.pub");
    std::string validator_pub = dir.file("validator.pub");
};

ProcessResult minisign(const std::string& program, std::vector<std::string> args) {
    args.insert(args.begin(), program);
    return run_process(args);
}

}  // namespace

TEST_CASE("minisign -Vm accepts our certificate and shows its trusted comment", "[cert][interop]") {
    const auto program = find_program("minisign");
    if (!program) {
        WARN("skipped: minisign not installed");
        return;
    }
    const People people;
    Files files;
    const std::string json = json_of(certificate_for(people.operator_key));
    const std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, 42).value();
    write_file(files.cert, json);
    write_file(files.cert + std::string(cert::signature_suffix), signature);
    write_file(files.operator_pub, keys::encode_public_key(people.operator_key.public_key));

    // The command the auditor's README gives, verbatim.
    const ProcessResult verified = minisign(*program, {"-Vm", files.cert, "-p", files.operator_pub});
    INFO(verified.out << verified.err);
    REQUIRE(verified.ok());
    const std::string id = cert::parse_certificate(json)->certificate_id;
    CHECK(verified.out.find("Trusted comment: sanitize-certificate id=" + id +
                            " ledger_seq=42 sha256=" + cert::sha256_hex(bytes_of(json))) != std::string::npos);

    // One flipped byte: minisign and verify_certificate both refuse.
    std::string flipped = json;
    flipped[flipped.find("0123456789ABCDEF")] = '1';
    write_file(files.cert, flipped);
    CHECK_FALSE(minisign(*program, {"-Vm", files.cert, "-p", files.operator_pub}).ok());
    const auto report = cert::verify_certificate(flipped, signature, people.operator_key.public_key).value();
    CHECK(report.result(cert::Check::signature).status == cert::CheckStatus::failed);
    CHECK_FALSE(report.ok());

    // A flipped byte in the trusted comment breaks minisign's global signature too.
    write_file(files.cert, json);
    std::string edited = signature;
    edited[edited.find("ledger_seq=42") + 11] = '3';
    write_file(files.cert + std::string(cert::signature_suffix), edited);
    CHECK_FALSE(minisign(*program, {"-Vm", files.cert, "-p", files.operator_pub}).ok());
    CHECK_FALSE(cert::verify_certificate(json, edited, people.operator_key.public_key).value().ok());
}

TEST_CASE("minisign verifies the countersignature with the validator's key", "[cert][interop]") {
    const auto program = find_program("minisign");
    if (!program) {
        WARN("skipped: minisign not installed");
        return;
    }
    const People people;
    Files files;
    const std::string json = json_of(certificate_for(people.operator_key));
    write_file(files.cert, json);
    const std::string countersigned = files.cert + std::string(cert::countersignature_suffix);
    write_file(countersigned, cert::countersign(json, people.validator_key.secret_key).value());
    write_file(files.validator_pub, keys::encode_public_key(people.validator_key.public_key));
    write_file(files.operator_pub, keys::encode_public_key(people.operator_key.public_key));
    const ProcessResult verified =
        minisign(*program, {"-Vm", files.cert, "-x", countersigned, "-p", files.validator_pub});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    CHECK(verified.out.find("Trusted comment: sanitize-validation id=") != std::string::npos);
    CHECK_FALSE(minisign(*program, {"-Vm", files.cert, "-x", countersigned, "-p", files.operator_pub}).ok());
}
