// Checkpoints and inclusion proofs: the RFC 6962 tree against its reference vectors, C2SP signed
// notes checked by stock openssl and minisign, and verify() refusing a ledger cut after a
// checkpoint, rewritten, or signed by a key it does not trust.
#include <sodium.h>

#include <fstream>

#include "ledger/merkle.hpp"
#include "ledger_test_support.hpp"
#include "run_process.hpp"
#include "sanitize/ledger_proof.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

MerkleHash leaf_of(const std::string& data) {
    std::string input = std::string(1, '\0') + data;
    MerkleHash out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(input.data()), input.size());
    return out;
}

void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// A checkpoint of the ledger as it is now, signed by `signer`.
std::string checkpoint_now(Office& office, const keys::SecretKey& signer) {
    auto checkpoint = office.ledger->checkpoint();
    REQUIRE(checkpoint);
    auto files = sign_checkpoint(*checkpoint, signer);
    REQUIRE(files);
    return files->note;
}

void fill(Office& office, int count) {
    for (int i = 0; i < count; ++i) {
        REQUIRE(office.ledger->append(office.staff.secret_key,
                                      {EventType::wipe_certificate,
                                       R"({"outcome":"erased","sha256":")" + std::string(64, static_cast<char>('a' + i % 6)) + R"("})"},
                                      {.time = test::t_work}));
    }
}

VerifyReport verify_with(Ledger& ledger, std::vector<std::string> checkpoints) {
    VerifyOptions options;
    options.checkpoints = std::move(checkpoints);
    auto report = ledger.verify(options);
    REQUIRE(report);
    return *report;
}

}  // namespace

TEST_CASE("the Merkle tree is RFC 6962's: reference roots and every inclusion path", "[ledger][checkpoint]") {
    const std::vector<std::string> data{"", std::string(1, '\0'), "\x10", "\x20\x21", "\x30\x31", "\x40\x41\x42\x43",
                                        "\x50\x51\x52\x53\x54\x55\x56\x57",
                                        "\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f"};
    // The roots of the certificate-transparency reference tests, for the first 1..8 leaves.
    const std::vector<std::string> roots{
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
    std::vector<MerkleHash> leaves;
    for (std::size_t n = 1; n <= data.size(); ++n) {
        leaves.push_back(leaf_of(data[n - 1]));
        CHECK(detail::to_hex(detail::merkle_root(leaves)) == roots[n - 1]);
    }
    for (std::size_t n = 9; n <= 33; ++n) leaves.push_back(leaf_of(std::string(n, 'x')));
    for (std::size_t n = 1; n <= leaves.size(); ++n) {
        const std::span<const MerkleHash> tree(leaves.data(), n);
        const MerkleHash root = detail::merkle_root(tree);
        for (std::size_t i = 0; i < n; ++i) {
            const auto path = detail::merkle_path(tree, i);
            INFO("leaf " << i << " of " << n);
            REQUIRE(merkle_inclusion_valid(tree[i], i, n, path, root));
            if (n > 1) CHECK_FALSE(merkle_inclusion_valid(tree[(i + 1) % n], i, n, path, root));
            if (!path.empty()) {
                auto bent = path;
                bent.back()[0] ^= 1;
                CHECK_FALSE(merkle_inclusion_valid(tree[i], i, n, bent, root));
            }
        }
    }
}

TEST_CASE("a checkpoint is a C2SP signed note that openssl and minisign check", "[ledger][checkpoint][interop]") {
    const keys::KeyPair witness = keys::generate_key_pair();
    const Checkpoint checkpoint{checkpoint_origin("0123456789abcdef0123456789abcdef"), 1234, leaf_of("root")};
    const std::string body = checkpoint_body(checkpoint);
    CHECK(body.starts_with("sanitize-ledger/0123456789abcdef0123456789abcdef\n1234\n"));
    REQUIRE(parse_checkpoint_body(body).value() == checkpoint);
    CHECK_FALSE(parse_checkpoint_body(body + "extension\n"));
    CHECK_FALSE(parse_checkpoint_body("origin\n01234\nAAAA\n"));

    auto files = sign_checkpoint(checkpoint, witness.secret_key).value();
    auto note = parse_signed_note(files.note).value();
    CHECK(note.body == body);
    REQUIRE(note.signatures.size() == 1);
    CHECK(note.signatures[0].key_name == "sanitize-" + keys::key_id_hex(witness.public_key.id));
    CHECK(note_signed_by(note, witness.public_key));
    CHECK_FALSE(note_signed_by(note, keys::generate_key_pair().public_key));
    auto edited = files.note;
    edited.replace(edited.find("1234"), 4, "1235");
    CHECK_FALSE(note_signed_by(parse_signed_note(edited).value(), witness.public_key));

    test::TempDir dir;
    // The note's key hash, computed by openssl: SHA-256(name || "\n" || 0x01 || public key)[:4].
    write(dir.file("key-hash-input"), note.signatures[0].key_name + "\n\x01" +
                                          std::string(witness.public_key.key.begin(), witness.public_key.key.end()));
    const auto openssl = test::find_program("openssl");
    if (openssl) {
        auto digest = test::run_process({*openssl, "dgst", "-sha256", "-r", dir.file("key-hash-input")});
        REQUIRE(digest.ok());
        CHECK(digest.out.substr(0, 8) == detail::to_hex(note.signatures[0].key_hash));
        // The signature is plain Ed25519 over the body: openssl checks it with the raw public key.
        const std::string spki_prefix("\x30\x2a\x30\x05\x06\x03\x2b\x65\x70\x03\x21\x00", 12);
        write(dir.file("key.der"), spki_prefix + std::string(witness.public_key.key.begin(), witness.public_key.key.end()));
        write(dir.file("body"), note.body);
        write(dir.file("sig"), std::string(note.signatures[0].signature.begin(), note.signatures[0].signature.end()));
        auto checked = test::run_process({*openssl, "pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey",
                                          dir.file("key.der"), "-rawin", "-in", dir.file("body"), "-sigfile", dir.file("sig")});
        INFO(checked.out << checked.err);
        CHECK(checked.ok());
    } else {
        WARN("openssl not installed: the note's signature was not checked by a second implementation");
    }
    const auto minisign = test::find_program("minisign");
    if (!minisign) {
        WARN("minisign not installed: the checkpoint's minisign signature was not checked with it");
        return;
    }
    write(dir.file("checkpoint"), files.note);
    write(dir.file("checkpoint.minisig"), files.minisig);
    write(dir.file("witness.pub"), keys::encode_public_key(witness.public_key));
    auto verified = test::run_process({*minisign, "-Vm", dir.file("checkpoint"), "-p", dir.file("witness.pub")});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    CHECK(verified.out.find("sanitize-checkpoint origin=sanitize-ledger/0123456789abcdef0123456789abcdef size=1234") !=
          std::string::npos);
    write(dir.file("checkpoint"), edited);
    CHECK_FALSE(test::run_process({*minisign, "-Vm", dir.file("checkpoint"), "-p", dir.file("witness.pub")}).ok());
}

TEMPLATE_TEST_CASE("verify refuses a ledger cut after a checkpoint, or rewritten before it", "[ledger][checkpoint]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office, 20);  // events 1..24
    const std::string by_root = checkpoint_now(office, office.root.secret_key);
    const std::string by_auditor = checkpoint_now(office, office.auditor.secret_key);
    CHECK(verify_with(*office.ledger, {by_root, by_auditor}).ok());
    fill(office, 3);  // a longer ledger still matches
    CHECK(verify_with(*office.ledger, {by_root}).ok());

    // A key the ledger never registered, and staff (who record, not witness), sign nothing it takes.
    const std::string by_stranger = checkpoint_now(office, keys::generate_key_pair().secret_key);
    CHECK(verify_with(*office.ledger, {by_stranger}).problem == Problem::checkpoint_mismatch);
    CHECK(verify_with(*office.ledger, {checkpoint_now(office, office.staff.secret_key)}).problem == Problem::checkpoint_mismatch);

    where.drop_append_only_guard();
    auto raw = where.raw();
    SECTION("cut after the checkpoint") {
        raw->exec("DELETE FROM events WHERE seq > 20");
        const VerifyReport report = verify_with(*office.ledger, {by_root});
        CHECK(report.problem == Problem::head_mismatch);
        CHECK(report.first_bad_seq == 24);
        CHECK(verify_with(*office.ledger, {}).ok());  // without the anchor, nothing to see
    }
    SECTION("rewritten before it: an event replaced by one the same key signs") {
        raw->exec("DELETE FROM events WHERE seq > 22");
        auto rewritten = office.ledger->append(office.staff.secret_key, {EventType::wipe_certificate, R"({"outcome":"failed"})"},
                                               {.time = test::t_work});
        REQUIRE(rewritten);
        fill(office, 3);
        const VerifyReport plain = verify_with(*office.ledger, {});
        CHECK(plain.ok());  // a consistent chain...
        const VerifyReport report = verify_with(*office.ledger, {by_root});
        CHECK(report.problem == Problem::checkpoint_mismatch);  // ...but not the one checkpointed
        CHECK(report.first_bad_seq == 24);
    }
}

TEMPLATE_TEST_CASE("a ledger rebuilt under another root key is refused by the checkpoint", "[ledger][checkpoint]", BACKENDS) {
    Location<TestType> original;
    LEDGER_SKIP_UNLESS_AVAILABLE(original);
    Office office(original.location());
    fill(office, 5);
    const std::string checkpoint = checkpoint_now(office, office.root.secret_key);
    // The insider's copy: same organisation, the same people registered, its own root key.
    Location<TestType> copy;
    Office rebuilt(copy.location());
    fill(rebuilt, 5);
    CHECK(verify_with(*rebuilt.ledger, {}).ok());
    const VerifyReport report = verify_with(*rebuilt.ledger, {checkpoint});
    CHECK(report.problem == Problem::checkpoint_mismatch);
}

TEMPLATE_TEST_CASE("an inclusion proof verifies offline and fails for a changed certificate", "[ledger][checkpoint][proof]",
                   BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office, 12);
    const std::string sha256(64, 'c');  // the certificate of event 7 (i = 2)
    const std::string checkpoint = checkpoint_now(office, office.auditor.secret_key);
    auto proof = office.ledger->prove(7, checkpoint);
    REQUIRE(proof);
    CHECK(proof->tree_size == 16);
    CHECK(proof->path.size() == 4);
    const std::string text = inclusion_proof_json(*proof);
    auto parsed = parse_inclusion_proof(text);
    REQUIRE(parsed);

    ProofVerifyOptions options;
    options.checkpoint_keys = {office.auditor.public_key};
    options.certificate_sha256 = sha256;
    CHECK(verify_inclusion_proof(*parsed, options));
    ProofVerifyOptions changed = options;
    changed.certificate_sha256 = std::string(63, 'c') + "d";
    auto refused = verify_inclusion_proof(*parsed, changed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().context == "certificate sha256");
    // A payload edited to name the changed certificate no longer hashes to the leaf.
    InclusionProof forged = *parsed;
    forged.event.payload.replace(forged.event.payload.find(sha256), 64, changed.certificate_sha256);
    CHECK(verify_inclusion_proof(forged, changed).error().context == "event hash");
    ProofVerifyOptions stranger = options;
    stranger.checkpoint_keys = {office.staff.public_key};
    CHECK(verify_inclusion_proof(*parsed, stranger).error().context == "checkpoint signature");
    // Under a checkpoint the ledger does not match, no proof is made.
    Location<TestType> elsewhere;
    Office other(elsewhere.location());
    fill(other, 12);
    CHECK_FALSE(other.ledger->prove(7, checkpoint));
}
