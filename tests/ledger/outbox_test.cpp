// Offline stations: entries signed in an outbox keep their signature and time through a sync,
// come exactly once and in order, and the ledger refuses them twice, out of order or forged.
#include "ledger_test_support.hpp"
#include "sanitize/ledger_outbox.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

Outbox make_outbox(const test::TempDir& dir, Office& office, int entries) {
    auto outbox = Outbox::create(dir.file("outbox.db"), office.ledger->info());
    REQUIRE(outbox);
    for (int i = 0; i < entries; ++i) {
        const std::string payload = R"({"outcome":"erased","station":"PC-0)" + std::to_string(i) + R"("})";
        const std::string time = "2025-06-0" + std::to_string(1 + i % 5) + "T0" + std::to_string(i % 10) + ":00:00Z";
        REQUIRE(outbox->add(office.staff.secret_key, {EventType::wipe_certificate, payload}, {.time = time}));
    }
    return std::move(*outbox);
}

}  // namespace

TEMPLATE_TEST_CASE("a synced outbox keeps each entry's signature and time, once and in order", "[ledger][outbox]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Outbox outbox = make_outbox(where.dir(), office, 7);
    CHECK(office.ledger->outbox_position(outbox.info().outbox_id).value() == 0);
    // Something else is written meanwhile: the synced entries follow it.
    REQUIRE(office.ledger->register_asset(office.admin.secret_key, test::sample_asset("A-1"), {.time = test::t_work}));

    auto report = sync_outbox(outbox, *office.ledger, {.batch = 3});
    REQUIRE(report);
    CHECK(report->entries == 7);
    CHECK(report->already == 0);
    CHECK(report->appended == 7);
    auto again = sync_outbox(outbox, *office.ledger);
    REQUIRE(again);
    CHECK(again->already == 7);
    CHECK(again->appended == 0);

    const auto entries = outbox.entries(0, 100).value();
    const auto events = office.ledger->events({.after_seq = 5, .limit = 100, .time_from = {}, .time_to = {}}).value();
    REQUIRE(events.size() == 7);
    for (std::size_t i = 0; i < events.size(); ++i) {
        CHECK(events[i].origin == outbox.info().outbox_id + "/" + std::to_string(i + 1));
        CHECK(events[i].time == entries[i].time);
        CHECK(events[i].signature == entries[i].signature);
        CHECK(events[i].payload == entries[i].payload);
        // Found again by its origin, as `cert verify` finds a certificate issued offline.
        auto found = office.ledger->event_with_origin(entries[i].origin);
        REQUIRE(found);
        REQUIRE(found->has_value());
        CHECK((*found)->seq == events[i].seq);
        CHECK((*found)->hash == events[i].hash);
    }
    CHECK_FALSE(office.ledger->event_with_origin(outbox.info().outbox_id + "/8").value().has_value());
    auto verified = office.ledger->verify({.trusted_root = office.root.public_key, .expected_head = {}, .page_size = 4});
    REQUIRE(verified);
    CHECK(verified->ok());
    CHECK(verified->events_checked == 12);
}

TEMPLATE_TEST_CASE("the ledger refuses an outbox entry twice, out of order, or forged", "[ledger][outbox]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Outbox outbox = make_outbox(where.dir(), office, 3);
    const auto entries = outbox.entries(0, 10).value();
    auto second_first = office.ledger->append_signed(std::span(&entries[1], 1));
    REQUIRE_FALSE(second_first);
    CHECK(second_first.error().code == Errc::conflict);
    REQUIRE(office.ledger->append_signed(std::span(&entries[0], 1)));
    auto twice = office.ledger->append_signed(std::span(&entries[0], 1));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Errc::conflict);
    SignedEntry forged = entries[1];
    forged.payload = R"({"outcome":"failed","station":"PC-01"})";
    auto refused = office.ledger->append_signed(std::span(&forged, 1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::refused);
    // Signed for another ledger: its entry hash names that ledger, so the signature fails here.
    Location<TestType> elsewhere;
    Office other(elsewhere.location());
    auto foreign = Outbox::create(where.dir().file("foreign.db"), other.ledger->info()).value();
    auto entry = foreign.add(office.staff.secret_key, {EventType::wipe_certificate, R"({"outcome":"erased"})"},
                             {.time = test::t_work});
    REQUIRE(entry);
    CHECK(office.ledger->append_signed(std::span(&*entry, 1)).error().code == Errc::refused);
    CHECK_FALSE(sync_outbox(foreign, *office.ledger));
    auto report = office.ledger->verify();
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("a synced entry edited in the database is found by verify", "[ledger][outbox][tamper]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Outbox outbox = make_outbox(where.dir(), office, 2);
    REQUIRE(sync_outbox(outbox, *office.ledger));
    where.drop_append_only_guard();
    where.raw()->exec("UPDATE events SET time = '2025-06-09T00:00:00Z' WHERE seq = 6");
    auto report = office.ledger->verify();
    REQUIRE(report);
    CHECK(report->problem == Problem::hash_mismatch);
    CHECK(report->first_bad_seq == 6);
}

TEMPLATE_TEST_CASE("certificate files stored in the ledger come back byte for byte", "[ledger][certificates]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    std::string pdf = "%PDF-1.7\n";
    for (int i = 0; i < 4096; ++i) pdf += static_cast<char>(i * 37 % 256);  // every byte value, NUL too
    const std::vector<StoredFile> files{{"certificate-x.json", "{\"証明書\": 1}\n"}, {"certificate-x.json.minisig", "sig\n"},
                                        {"certificate-x.pdf", pdf}};
    auto event = office.ledger->store_certificate_files(office.staff.secret_key, "x", files, {.time = test::t_work});
    REQUIRE(event);
    CHECK(event->type == EventType::certificate_files);
    auto back = office.ledger->certificate_files("x");
    REQUIRE(back);
    std::vector<StoredFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(), [](const StoredFile& a, const StoredFile& b) { return a.name < b.name; });
    CHECK(*back == sorted);
    CHECK(office.ledger->stored_certificates().value() == std::vector<std::string>{"x"});
    CHECK(office.ledger->certificate_files("unknown").value().empty());
    // The validator adds a file later; the same name again is refused.
    const StoredFile validation{"certificate-x.json.validator.minisig", "countersignature\n"};
    REQUIRE(office.ledger->store_certificate_files(office.auditor.secret_key, "x", std::span(&validation, 1), {.time = test::t_work}));
    CHECK(office.ledger->store_certificate_files(office.admin.secret_key, "x", std::span(&validation, 1), {.time = test::t_work})
              .error()
              .code == Errc::conflict);
    auto report = office.ledger->verify();
    REQUIRE(report);
    CHECK(report->ok());

    // Bytes swapped in the database behind the ledger's back are caught by verify and refused by get.
    where.drop_append_only_guard();
    auto raw = where.raw();
    if constexpr (std::is_same_v<TestType, test::SqliteBackend>) {
        raw->exec("DROP TRIGGER blobs_no_change; UPDATE blobs SET content = X'00' WHERE length(content) = 4");
    } else {
        raw->exec("ALTER TABLE blobs DISABLE TRIGGER ALL; UPDATE blobs SET content = '\\x00' WHERE length(content) = 4");
    }
    auto tampered = office.ledger->verify();
    REQUIRE(tampered);
    CHECK(tampered->problem == Problem::projection_mismatch);
    CHECK(tampered->detail.starts_with("blob "));
    CHECK(office.ledger->certificate_files("x").error().code == Errc::integrity_failure);
}
