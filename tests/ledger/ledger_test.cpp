// The ledger's behaviour, the same on both backends: init, keys and roles, assets, payloads.
#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

TEMPLATE_TEST_CASE("init writes a signed genesis that verifies", "[ledger]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    const keys::KeyPair root = keys::generate_key_pair();
    const InitOptions options{.location = where.location(), .organisation = "株式会社テスト",
                              .root_public_key = root.public_key, .time = test::t_init};
    auto ledger = Ledger::init(options, root.secret_key);
    REQUIRE(ledger);
    CHECK(ledger->info().organisation == "株式会社テスト");
    CHECK(ledger->info().root_key == root.public_key);
    CHECK(ledger->info().ledger_id.size() == 32);

    auto events = ledger->events();
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    const Event& genesis = events->front();
    CHECK(genesis.seq == 1);
    CHECK(genesis.type == EventType::ledger_init);
    CHECK(genesis.actor == root.public_key.id);
    CHECK(genesis.prev_hash == Hash{});
    CHECK(genesis.payload.find("\"organisation\":\"株式会社テスト\"") != std::string::npos);

    auto report = ledger->verify({.trusted_root = root.public_key, .expected_head = {}, .page_size = 1000});
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->events_checked == 1);
    CHECK(report->head.hash == genesis.hash);

    auto again = Ledger::init(options, root.secret_key);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Errc::conflict);

    auto reopened = Ledger::open(where.location());
    REQUIRE(reopened);
    CHECK(reopened->info().ledger_id == ledger->info().ledger_id);
}

TEMPLATE_TEST_CASE("init refuses a root public key that is not the secret key's", "[ledger]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    const keys::KeyPair root = keys::generate_key_pair();
    const keys::KeyPair other = keys::generate_key_pair();
    auto ledger = Ledger::init({.location = where.location(), .organisation = "x", .root_public_key = other.public_key,
                                .time = {}},
                               root.secret_key);
    REQUIRE_FALSE(ledger);
    CHECK(ledger.error().code == Errc::invalid_argument);
}

TEST_CASE("opening a SQLite ledger that does not exist is not_found", "[ledger]") {
    test::TempDir dir;
    auto ledger = Ledger::open(dir.file("missing.db"));
    REQUIRE_FALSE(ledger);
    CHECK(ledger.error().code == Errc::not_found);
}

TEMPLATE_TEST_CASE("only the root key registers and revokes keys", "[ledger][keys]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::KeyPair newcomer = keys::generate_key_pair();
    const KeyRegistration registration{.public_key = newcomer.public_key, .name = "新人", .role = Role::staff,
                                       .valid_from = test::t_valid_from, .valid_until = test::t_valid_until};

    auto by_admin = ledger.register_key(office.admin.secret_key, registration);
    REQUIRE_FALSE(by_admin);
    CHECK(by_admin.error().code == Errc::refused);

    auto registered = ledger.register_key(office.root.secret_key, registration, {.time = test::t_work});
    REQUIRE(registered);
    auto record = ledger.find_key(newcomer.public_key.id);
    REQUIRE(record);
    REQUIRE(record->has_value());
    CHECK((*record)->name == "新人");
    CHECK((*record)->registered_seq == registered->seq);
    CHECK_FALSE((*record)->revoked_seq);

    auto twice = ledger.register_key(office.root.secret_key, registration);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Errc::conflict);
    // A refusal that names the registration, not a conflict a retry could get past.
    CHECK(twice.error().reason == Reason::key_registered);
    CHECK(twice.error().detail == keys::key_id_hex(newcomer.public_key.id));
    CHECK(twice.error().expected == std::to_string(registered->seq));

    auto root_as_operator = ledger.register_key(
        office.root.secret_key, {.public_key = office.root.public_key, .name = "root", .role = Role::admin,
                                 .valid_from = test::t_valid_from, .valid_until = test::t_valid_until});
    REQUIRE_FALSE(root_as_operator);
    CHECK(root_as_operator.error().code == Errc::conflict);

    auto revoked = ledger.revoke_key(office.root.secret_key, newcomer.public_key.id, "退職", {.time = test::t_work});
    REQUIRE(revoked);
    record = ledger.find_key(newcomer.public_key.id);
    REQUIRE(record);
    CHECK((*record)->revoked_seq == revoked->seq);
    auto revoked_twice = ledger.revoke_key(office.root.secret_key, newcomer.public_key.id, "again");
    REQUIRE_FALSE(revoked_twice);
    CHECK(revoked_twice.error().code == Errc::conflict);
    CHECK(revoked_twice.error().reason == Reason::key_already_revoked);
    CHECK(revoked_twice.error().expected == std::to_string(revoked->seq));

    auto keys = ledger.registered_keys();
    REQUIRE(keys);
    CHECK(keys->size() == 4);
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("roles decide which events a key may sign", "[ledger][keys]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const AppendOptions at{.time = test::t_work};
    const Draft carry_out{EventType::media_carry_out, R"({"classification":1,"medium_serial":"USB-1"})"};
    const Draft note{EventType::audit_note, R"({"text":"棚卸し確認済み"})"};

    CHECK(ledger.append(office.staff.secret_key, carry_out, at));
    CHECK(ledger.append(office.admin.secret_key, carry_out, at));
    CHECK(ledger.append(office.auditor.secret_key, note, at));

    auto auditor_carry_out = ledger.append(office.auditor.secret_key, carry_out, at);
    REQUIRE_FALSE(auditor_carry_out);
    CHECK(auditor_carry_out.error().code == Errc::refused);
    CHECK(auditor_carry_out.error().context.ends_with("not_authorised"));
    auto staff_note = ledger.append(office.staff.secret_key, note, at);
    REQUIRE_FALSE(staff_note);
    CHECK(staff_note.error().code == Errc::refused);
    auto root_carry_out = ledger.append(office.root.secret_key, carry_out, at);
    REQUIRE_FALSE(root_carry_out);
    CHECK(root_carry_out.error().code == Errc::refused);

    const keys::KeyPair stranger = keys::generate_key_pair();
    auto unknown = ledger.append(stranger.secret_key, carry_out, at);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == Errc::refused);
    CHECK(unknown.error().context.ends_with("unknown_key"));

    auto too_early = ledger.append(office.staff.secret_key, carry_out, {.time = "2025-03-31T23:59:59Z"});
    REQUIRE_FALSE(too_early);
    CHECK(too_early.error().context.ends_with("key_not_valid_at_time"));
    auto too_late = ledger.append(office.staff.secret_key, carry_out, {.time = test::t_valid_until});
    REQUIRE_FALSE(too_late);
    CHECK(too_late.error().context.ends_with("key_not_valid_at_time"));

    REQUIRE(ledger.revoke_key(office.root.secret_key, office.staff.public_key.id, "鍵紛失", at));
    auto after_revocation = ledger.append(office.staff.secret_key, carry_out, at);
    REQUIRE_FALSE(after_revocation);
    CHECK(after_revocation.error().code == Errc::refused);
    CHECK(after_revocation.error().context.ends_with("revoked_key"));

    auto ledger_init = ledger.append(office.root.secret_key, {EventType::ledger_init, "{}"}, at);
    REQUIRE_FALSE(ledger_init);
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("assets are registered, updated and listed through events", "[ledger][assets]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const AppendOptions at{.time = test::t_work};
    Asset asset = test::sample_asset("A-001");
    auto registered = ledger.register_asset(office.staff.secret_key, asset, at);
    REQUIRE(registered);
    CHECK(registered->type == EventType::asset_register);

    auto stored = ledger.find_asset("A-001");
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    asset.updated_seq = registered->seq;
    CHECK(**stored == asset);  // Japanese text, quotes, backslashes and newlines byte for byte

    auto duplicate = ledger.register_asset(office.staff.secret_key, asset, at);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == Errc::conflict);

    asset.status = "廃棄済（消去証明書あり）";
    auto updated = ledger.update_asset(office.admin.secret_key, asset, at);
    REQUIRE(updated);
    asset.updated_seq = updated->seq;
    stored = ledger.find_asset("A-001");
    REQUIRE(stored);
    CHECK(**stored == asset);

    auto unknown = ledger.update_asset(office.staff.secret_key, test::sample_asset("Z-999"), at);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == Errc::not_found);

    Asset bad = test::sample_asset("A-002");
    bad.classification = 3;
    auto out_of_range = ledger.register_asset(office.staff.secret_key, bad, at);
    REQUIRE_FALSE(out_of_range);
    CHECK(out_of_range.error().code == Errc::invalid_argument);

    REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset("A-000"), at));
    auto all = ledger.assets();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].asset_id == "A-000");
    CHECK((*all)[1].asset_id == "A-001");
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("payloads are stored as canonical JSON", "[ledger][json]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const AppendOptions at{.time = test::t_work};
    auto event = ledger.append(office.staff.secret_key,
                               {EventType::media_return, "{ \"serial\" : \"ＵＳＢ－１\", \"asset_id\": \"A-1\" }"}, at);
    REQUIRE(event);
    CHECK(event->payload == "{\"asset_id\":\"A-1\",\"serial\":\"ＵＳＢ－１\"}");
    auto read = ledger.events({.after_seq = event->seq - 1, .limit = 1, .time_from = {}, .time_to = {}});
    REQUIRE(read);
    REQUIRE(read->size() == 1);
    CHECK(read->front().payload == event->payload);
    CHECK(read->front().hash == event->hash);

    for (const char* bad : {R"({"a":1,"a":2})", R"({"ratio":0.5})", "{\"s\":\"\xff\"}", "[1]", R"({"classification":7})"}) {
        INFO(bad);
        auto refused = ledger.append(office.staff.secret_key, {EventType::media_carry_out, bad}, at);
        CHECK_FALSE(refused);
    }
    auto missing_outcome = ledger.append(office.staff.secret_key, {EventType::wipe_certificate, "{}"}, at);
    REQUIRE_FALSE(missing_outcome);
    CHECK(missing_outcome.error().code == Errc::invalid_argument);
}

TEMPLATE_TEST_CASE("a My Number anywhere in a payload is refused and never stored", "[ledger][my_number]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    auto head_before = ledger.head();
    REQUIRE(head_before);

    Asset asset = test::sample_asset("A-100");
    asset.remarks = "本人確認: １２３４ ５６７８ ９０１８";
    auto registered = ledger.register_asset(office.staff.secret_key, asset);
    REQUIRE_FALSE(registered);
    CHECK(registered.error().code == Errc::refused);
    CHECK(registered.error().context == "my number in payload field remarks");

    auto nested = ledger.append(office.staff.secret_key,
                                {EventType::media_carry_out, R"({"classification":2,"files":[{"name":"123456789018.pdf"}]})"});
    REQUIRE_FALSE(nested);
    CHECK(nested.error().context == "my number in payload field files[0].name");

    auto head_after = ledger.head();
    REQUIRE(head_after);
    CHECK((*head_after)->seq == (*head_before)->seq);
    auto raw = where.raw();
    CHECK(raw->count("SELECT count(*) FROM events WHERE payload LIKE '%9018%' OR payload LIKE '%９０１８%'") == 0);
    CHECK(raw->count("SELECT count(*) FROM assets") == 0);
}

TEMPLATE_TEST_CASE("a medium serial that happens to pass the My Number check digit is recorded", "[ledger][my_number]",
                   BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    // 123456789018 passes the check digit: as a serial it is recorded, anywhere else refused.
    auto serial = ledger.append(office.staff.secret_key,
                                {EventType::media_carry_out, R"({"classification":0,"medium_serial":"123456789018"})"});
    CHECK(serial);
    auto elsewhere = ledger.append(office.staff.secret_key,
                                   {EventType::media_carry_out, R"({"classification":0,"remarks":"123456789018"})"});
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().code == Errc::refused);
    auto nested = ledger.append(office.staff.secret_key,
                                {EventType::media_carry_out, R"({"classification":0,"medium_serial":{"x":"123456789018"}})"});
    REQUIRE_FALSE(nested);
    CHECK(nested.error().code == Errc::refused);  // only the serial's own string is exempt
}

TEMPLATE_TEST_CASE("a key whose random id holds a 12-digit run with a valid check digit is registered",
                   "[ledger][my_number]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    // About one random key id in three thousand looks like this one: "123456789018" between
    // two letters. Such a key was once refused at registration.
    const std::string id_text = "A123456789018BCD";
    REQUIRE(contains_my_number(id_text));
    keys::PublicKey public_key = keys::generate_key_pair().public_key;
    auto id = keys::parse_key_id_hex(id_text);
    REQUIRE(id);
    public_key.id = *id;
    REQUIRE(keys::key_id_hex(public_key.id) == id_text);
    auto registered = ledger.register_key(office.root.secret_key,
                                          {.public_key = public_key, .name = "乱数 鍵", .role = Role::staff,
                                           .valid_from = test::t_valid_from, .valid_until = test::t_valid_until},
                                          {.time = test::t_work});
    CHECK(registered);
    auto revoked = ledger.revoke_key(office.root.secret_key, public_key.id, "test", {.time = test::t_work});
    CHECK(revoked);
    // Only the canonical spelling of a key id is exempt: a 12-digit number under that name is not.
    auto disguised = ledger.append(office.staff.secret_key,
                                   {EventType::media_carry_out, R"({"classification":0,"key_id":"123456789018"})"});
    REQUIRE_FALSE(disguised);
    CHECK(disguised.error().code == Errc::refused);
}

TEMPLATE_TEST_CASE("append_all writes all events or none", "[ledger]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const auto before = ledger.head();
    REQUIRE(before);
    const std::vector<Draft> drafts{{EventType::media_carry_out, R"({"classification":0})"},
                                    {EventType::media_carry_out, R"({"classification":9})"}};
    auto failed = ledger.append_all(office.staff.secret_key, drafts);
    REQUIRE_FALSE(failed);
    auto after = ledger.head();
    REQUIRE(after);
    CHECK((*after)->seq == (*before)->seq);

    const std::vector<Draft> good{{EventType::media_carry_out, R"({"classification":0})"},
                                  {EventType::media_return, R"({})"}};
    auto written = ledger.append_all(office.staff.secret_key, good, {.time = test::t_work});
    REQUIRE(written);
    REQUIRE(written->size() == 2);
    CHECK((*written)[1].prev_hash == (*written)[0].hash);
    CHECK((*written)[1].seq == (*before)->seq + 2);
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}
