// The tamper suite: an attacker with database rights edits, deletes, reorders and inserts rows,
// or signs with keys it should not have; verify() names the first bad event and why.
#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Forged;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

// seq 1 genesis, 2-4 keys, 5 asset.register, 6-9 carry-outs and returns, 10 audit note.
void fill(Office& office) {
    Ledger& ledger = *office.ledger;
    const AppendOptions at{.time = test::t_work};
    REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset("A-001"), at));
    for (int i = 0; i < 2; ++i) {
        REQUIRE(ledger.append(office.staff.secret_key, {EventType::media_carry_out, R"({"classification":1})"}, at));
        REQUIRE(ledger.append(office.staff.secret_key, {EventType::media_return, R"({"serial":"USB-1"})"}, at));
    }
    REQUIRE(ledger.append(office.auditor.secret_key, {EventType::audit_note, R"({"text":"確認"})"}, at));
    auto report = ledger.verify();
    REQUIRE(report);
    REQUIRE(report->ok());
    REQUIRE(report->events_checked == 10);
}

VerifyReport verify(Ledger& ledger, const VerifyOptions& options = {}) {
    auto report = ledger.verify(options);
    REQUIRE(report);
    return *report;
}

Hash hash_of(Ledger& ledger, std::int64_t seq) {
    auto events = ledger.events({.after_seq = seq - 1, .limit = 1, .time_from = {}, .time_to = {}});
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    return events->front().hash;
}

}  // namespace

TEMPLATE_TEST_CASE("events are append-only unless the guard is removed", "[ledger][tamper]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    auto raw = where.raw();
    CHECK_THROWS(raw->exec("UPDATE events SET payload = '{}' WHERE seq = 2"));
    CHECK_THROWS(raw->exec("DELETE FROM events WHERE seq = 4"));
    CHECK(verify(*office.ledger).ok());
}

TEMPLATE_TEST_CASE("tampering with events is caught and named", "[ledger][tamper]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office);
    Ledger& ledger = *office.ledger;
    where.drop_append_only_guard();
    auto raw = where.raw();

    SECTION("an edited payload") {
        raw->exec("UPDATE events SET payload = '{\"classification\":0}' WHERE seq = 6");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::hash_mismatch);
        CHECK(report.first_bad_seq == 6);
        CHECK(report.events_checked == 5);
    }
    SECTION("an edited time") {
        raw->exec("UPDATE events SET time = '2025-06-02T01:00:01Z' WHERE seq = 7");
        CHECK(verify(ledger).problem == Problem::hash_mismatch);
        CHECK(verify(ledger).first_bad_seq == 7);
    }
    SECTION("a deleted event") {
        raw->exec("DELETE FROM events WHERE seq = 7");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::sequence_gap);
        CHECK(report.first_bad_seq == 7);
    }
    SECTION("two events swapped") {
        raw->exec("UPDATE events SET seq = 1000 WHERE seq = 6");
        raw->exec("UPDATE events SET seq = 6 WHERE seq = 8");
        raw->exec("UPDATE events SET seq = 8 WHERE seq = 1000");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::broken_link);
        CHECK(report.first_bad_seq == 6);
    }
    SECTION("a forged event inserted in the middle") {
        raw->exec("UPDATE events SET seq = seq + 1000 WHERE seq >= 7");
        raw->exec("UPDATE events SET seq = seq - 999 WHERE seq >= 1007");
        const keys::KeyPair attacker = keys::generate_key_pair();
        raw->exec(test::forged_insert({7, test::t_work, "media.return", R"({"serial":"USB-9"})"}, hash_of(ledger, 6),
                                      attacker.secret_key));
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::unknown_key);
        CHECK(report.first_bad_seq == 7);
    }
    SECTION("an existing event replayed in the middle") {
        raw->exec("UPDATE events SET seq = seq + 1000 WHERE seq >= 7");
        raw->exec("UPDATE events SET seq = seq - 999 WHERE seq >= 1007");
        raw->exec("INSERT INTO events (seq, time, type, actor, payload, prev_hash, hash, signature) SELECT 7, time, type, actor, payload, prev_hash, hash, signature FROM events WHERE seq = 10");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::broken_link);
        CHECK(report.first_bad_seq == 7);
    }
    SECTION("a broken signature") {
        raw->exec("UPDATE events SET signature = '" + std::string(128, '0') + "' WHERE seq = 9");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::bad_signature);
        CHECK(report.first_bad_seq == 9);
    }
    SECTION("a truncated chain, against an anchor") {
        const ChainHead anchor{10, hash_of(ledger, 10)};
        raw->exec("DELETE FROM events WHERE seq = 10");
        CHECK(verify(ledger).ok());  // undetectable without an anchor: docs/ledger.md says so
        const VerifyReport report = verify(ledger, {.trusted_root = {}, .expected_head = anchor, .page_size = 1000});
        CHECK(report.problem == Problem::head_mismatch);
        CHECK(report.first_bad_seq == 10);
    }
}

TEMPLATE_TEST_CASE("events signed by keys that may not sign them are caught", "[ledger][tamper]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office);
    Ledger& ledger = *office.ledger;
    auto raw = where.raw();
    const Hash head = hash_of(ledger, 10);

    SECTION("an unregistered key") {
        const keys::KeyPair stranger = keys::generate_key_pair();
        raw->exec(test::forged_insert({11, test::t_work, "media.return", "{}"}, head, stranger.secret_key));
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::unknown_key);
        CHECK(report.first_bad_seq == 11);
    }
    SECTION("a revoked key, used after its revocation") {
        REQUIRE(ledger.revoke_key(office.root.secret_key, office.staff.public_key.id, "紛失", {.time = test::t_work}));
        auto refused = ledger.append(office.staff.secret_key, {EventType::media_return, "{}"}, {.time = test::t_work});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Errc::refused);
        raw->exec(test::forged_insert({12, test::t_work, "media.return", "{}"}, hash_of(ledger, 11),
                                      office.staff.secret_key));
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::revoked_key);
        CHECK(report.first_bad_seq == 12);
    }
    SECTION("a key outside its validity") {
        raw->exec(test::forged_insert({11, "2030-01-01T00:00:00Z", "media.return", "{}"}, head, office.staff.secret_key));
        CHECK(verify(ledger).problem == Problem::key_not_valid_at_time);
    }
    SECTION("a role that may not write the type") {
        raw->exec(test::forged_insert({11, test::t_work, "media.return", "{}"}, head, office.auditor.secret_key));
        CHECK(verify(ledger).problem == Problem::not_authorised);
    }
    SECTION("a key registration not signed by the root key") {
        const keys::KeyPair extra = keys::generate_key_pair();
        const std::string payload = R"({"key_id":")" + keys::key_id_hex(extra.public_key.id) + "\"}";
        raw->exec(test::forged_insert({11, test::t_work, "key.register", payload}, head, office.admin.secret_key));
        CHECK(verify(ledger).problem == Problem::not_authorised);
    }
    SECTION("a payload that is not canonical") {
        raw->exec(test::forged_insert({11, test::t_work, "media.return", R"({ "serial": "x" })"}, head,
                                      office.staff.secret_key));
        CHECK(verify(ledger).problem == Problem::malformed_payload);
    }
    SECTION("a payload its type does not allow") {
        raw->exec(test::forged_insert({11, test::t_work, "media.carry_out", R"({"classification":5})"}, head,
                                      office.staff.secret_key));
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::malformed_payload);
        CHECK(report.first_bad_seq == 11);
    }
}

TEMPLATE_TEST_CASE("tampered projections and meta are caught", "[ledger][tamper]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    fill(office);
    Ledger& ledger = *office.ledger;
    auto raw = where.raw();

    SECTION("an asset row changed directly") {
        raw->exec("UPDATE assets SET classification = 0 WHERE asset_id = 'A-001'");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::projection_mismatch);
        CHECK(report.detail == "asset A-001");
        CHECK(report.first_bad_seq == 5);
        CHECK(report.events_checked == 10);
    }
    SECTION("an asset row deleted") {
        raw->exec("DELETE FROM assets");
        CHECK(verify(ledger).problem == Problem::projection_mismatch);
    }
    SECTION("an asset row added") {
        raw->exec("INSERT INTO assets SELECT 'B-001', name, remarks, department, owner, user_scope, media_location, "
                  "retention, classification, status, updated_seq FROM assets");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::projection_mismatch);
        CHECK(report.detail == "asset B-001");
    }
    SECTION("a key row given another role") {
        raw->exec("UPDATE keys SET role = 'admin' WHERE role = 'auditor'");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::projection_mismatch);
        CHECK(report.detail == "key " + keys::key_id_hex(office.auditor.public_key.id));
    }
    SECTION("the organisation changed in ledger_meta") {
        raw->exec("UPDATE ledger_meta SET organisation = 'Other Corp'");
        const VerifyReport report = verify(ledger);
        CHECK(report.problem == Problem::meta_mismatch);
        CHECK(report.first_bad_seq == 1);
    }
    SECTION("a root key the auditor does not trust") {
        const keys::KeyPair other = keys::generate_key_pair();
        CHECK(verify(ledger, {.trusted_root = other.public_key, .expected_head = {}, .page_size = 1000}).problem ==
              Problem::meta_mismatch);
        CHECK(verify(ledger, {.trusted_root = office.root.public_key, .expected_head = {}, .page_size = 3}).ok());
    }
}
