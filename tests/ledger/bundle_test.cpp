// Auditors' bundles: a period's events, keys, checkpoint and certificates that verify without the
// database, whose checkpoint stock minisign checks, and which refuse any edit.
#include <fstream>

#include "ledger/bundle_tar.hpp"
#include "ledger_test_support.hpp"
#include "run_process.hpp"
#include "sanitize/ledger_bundle.hpp"
#include "sanitize/ledger_proof.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

// Certificates in April, June and August, each with its stored file.
void fill(Office& office) {
    for (const char* month : {"04", "06", "08"}) {
        const std::string id = std::string("cert-") + month;
        const std::string time = std::string("2025-") + month + "-10T03:00:00Z";
        const std::string json = "{\"certificate_id\":\"" + id + "\"}\n";
        REQUIRE(office.ledger->append(office.staff.secret_key,
                                      {EventType::wipe_certificate, R"({"certificate_id":")" + id + R"(","outcome":"erased"})"},
                                      {.time = time}));
        const StoredFile file{"certificate-" + id + ".json", json};
        REQUIRE(office.ledger->store_certificate_files(office.staff.secret_key, id, std::span(&file, 1), {.time = time}));
    }
}

// A copy of the bundle with one member's bytes replaced.
void rewrite(const std::string& from, const std::string& to, const std::string& member, const std::string& bytes) {
    auto members = detail::read_tar(from).value();
    members.at(member) = bytes;
    auto tar = detail::TarWriter::create(to).value();
    for (const auto& [name, content] : members) REQUIRE(tar.add(name, content));
    REQUIRE(tar.close());
}

}  // namespace

TEMPLATE_TEST_CASE("a bundle of a period verifies without the database", "[ledger][bundle]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office);
    const std::string path = where.dir().file("audit.tar");
    auto summary = export_bundle(*office.ledger, path, office.auditor.secret_key,
                                 {.time_from = "2025-05-01T00:00:00Z", .time_to = "2025-07-01T00:00:00Z"});
    REQUIRE(summary);
    CHECK(summary->tree_size == 10);
    CHECK(summary->certificates == 1);
    CHECK(summary->events == 6);  // genesis, three keys, June's certificate and its files
    CHECK_FALSE(export_bundle(*office.ledger, path, office.auditor.secret_key));  // never overwritten

    auto members = detail::read_tar(path).value();
    CHECK(members.contains("certificates/cert-06/certificate-cert-06.json"));
    CHECK_FALSE(members.contains("certificates/cert-04/certificate-cert-04.json"));
    CHECK(members.at("hashes.bin").size() == 10 * 32);

    auto report = verify_bundle(path, {.trusted_root = office.root.public_key});
    REQUIRE(report);
    INFO(report->problem);
    CHECK(report->ok);
    CHECK(report->events_checked == 6);
    CHECK(report->files_checked == 1);
    CHECK(report->checkpoint_signer == keys::key_id_hex(office.auditor.public_key.id));
    // Another root than the one the auditor trusts.
    CHECK(verify_bundle(path, {.trusted_root = office.staff.public_key}).value().problem == "root key");

    const auto minisign = test::find_program("minisign");
    if (minisign) {
        const std::string checkpoint = where.dir().file("checkpoint");
        std::ofstream(checkpoint, std::ios::binary) << members.at("checkpoint");
        std::ofstream(checkpoint + ".minisig", std::ios::binary) << members.at("checkpoint.minisig");
        std::ofstream(where.dir().file("auditor.pub")) << keys::encode_public_key(office.auditor.public_key);
        auto checked = test::run_process({*minisign, "-Vm", checkpoint, "-p", where.dir().file("auditor.pub")});
        INFO(checked.out << checked.err);
        CHECK(checked.ok());
    } else {
        WARN("minisign not installed: the bundle's checkpoint was not checked with it");
    }
}

TEST_CASE("a bundle refuses an edited event, hash, file or checkpoint", "[ledger][bundle]") {
    test::TempDir dir;
    Office office(dir.file("ledger.db"));
    fill(office);
    const std::string path = dir.file("audit.tar");
    REQUIRE(export_bundle(*office.ledger, path, office.auditor.secret_key));
    REQUIRE(verify_bundle(path).value().ok);
    const auto members = detail::read_tar(path).value();

    std::string events = members.at("events.jsonl");
    events.replace(events.find("erased"), 6, "failed");
    rewrite(path, dir.file("event.tar"), "events.jsonl", events);
    CHECK(verify_bundle(dir.file("event.tar")).value().problem.ends_with(" hash"));

    std::string hashes = members.at("hashes.bin");
    hashes[40] = static_cast<char>(hashes[40] ^ 1);
    rewrite(path, dir.file("hashes.tar"), "hashes.bin", hashes);
    CHECK(verify_bundle(dir.file("hashes.tar")).value().problem == "checkpoint root");

    rewrite(path, dir.file("file.tar"), "certificates/cert-06/certificate-cert-06.json", "{\"changed\":1}\n");
    CHECK(verify_bundle(dir.file("file.tar")).value().problem.starts_with("file certificates/cert-06/"));

    // A checkpoint signed by staff (who record, they do not witness) is not accepted.
    std::string checkpoint = members.at("checkpoint");
    const std::string body = checkpoint.substr(0, checkpoint.rfind("\n\n") + 1);
    rewrite(path, dir.file("signer.tar"), "checkpoint", sign_note(body, office.staff.secret_key));
    CHECK(verify_bundle(dir.file("signer.tar")).value().problem == "checkpoint signature");

    auto missing = verify_bundle(dir.file("missing.tar"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Errc::not_found);
}
