// Yearly report figures and CSV import/export through the ledger, on both backends.
#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

TEMPLATE_TEST_CASE("yearly figures count a Japanese calendar year by default", "[ledger][report]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::SecretKey& staff = office.staff.secret_key;
    auto at = [](const char* time) { return AppendOptions{.time = time}; };
    // 2025-12-31T15:00:00Z is 2026-01-01 00:00 in Japan: the first event of 2026 there.
    REQUIRE(ledger.append(staff, {EventType::wipe_certificate, R"({"outcome":"erased"})"}, at("2025-06-01T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::wipe_certificate, R"({"outcome":"erased"})"}, at("2025-12-31T14:59:59Z")));
    REQUIRE(ledger.append(staff, {EventType::wipe_certificate, R"({"outcome":"failed"})"}, at("2025-07-01T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::wipe_certificate, R"({"outcome":"erased"})"}, at("2025-12-31T15:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::media_carry_out, R"({"classification":2})"}, at("2025-05-01T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::media_carry_out, R"({"classification":1})"}, at("2025-05-02T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::media_carry_out, R"({"classification":1})"}, at("2025-05-03T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::media_return, R"({})"}, at("2025-05-04T00:00:00Z")));
    REQUIRE(ledger.append(staff, {EventType::attachment_disclosure, R"({"to":"取引先"})"}, at("2025-08-01T00:00:00Z")));

    auto y2025 = ledger.year_figures({.year = 2025});
    REQUIRE(y2025);
    CHECK(y2025->time_from == "2024-12-31T15:00:00Z");
    CHECK(y2025->time_to == "2025-12-31T15:00:00Z");
    CHECK(y2025->certificates == 3);
    CHECK(y2025->wipes_by_outcome == std::map<std::string, std::int64_t>{{"erased", 2}, {"failed", 1}});
    CHECK(y2025->carry_outs == 3);
    CHECK(y2025->carry_outs_by_classification == std::array<std::int64_t, 3>{0, 2, 1});
    CHECK(y2025->returns == 1);
    CHECK(y2025->disclosures == 1);

    auto y2026 = ledger.year_figures({.year = 2026});
    REQUIRE(y2026);
    CHECK(y2026->certificates == 1);
    CHECK(y2026->carry_outs == 0);

    auto utc = ledger.year_figures({.year = 2025, .utc_offset_minutes = 0});
    REQUIRE(utc);
    CHECK(utc->certificates == 4);
    CHECK(utc->time_from == "2025-01-01T00:00:00Z");

    CHECK_FALSE(ledger.year_figures({.year = 2025, .utc_offset_minutes = 15 * 60}));
}

TEMPLATE_TEST_CASE("yearly figures per department, with incidents and audit notes", "[ledger][report]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::SecretKey& staff = office.staff.secret_key;
    const AppendOptions at{.time = test::t_work};
    Asset general = test::sample_asset("A-001");
    general.department = "総務部";
    REQUIRE(ledger.register_asset(staff, general, at));
    auto carried = ledger.append(staff, {EventType::media_carry_out, R"({"classification":2,"asset_id":"A-001"})"}, at);
    REQUIRE(carried);
    const std::string incident =
        R"({"carry_out":)" + std::to_string(carried->seq) + R"(,"asset_id":"A-001","classification":2})";
    REQUIRE(ledger.append(staff, {EventType::incident_report, incident}, at));
    // A certificate without a ledger asset counts for the department it names.
    REQUIRE(ledger.append(staff, {EventType::wipe_certificate, R"({"outcome":"erased","department":"情報システム課"})"}, at));
    REQUIRE(ledger.append(staff, {EventType::media_return, R"({})"}, at));
    REQUIRE(ledger.append(office.auditor.secret_key, {EventType::audit_note, R"({"text":"確認済み"})"}, at));
    // An incident names its carry-out: without it the event is refused, and staff cannot write
    // an audit note.
    CHECK_FALSE(ledger.append(staff, {EventType::incident_report, R"({"note":"紛失"})"}, at));
    CHECK_FALSE(ledger.append(staff, {EventType::audit_note, R"({"text":"自分で書く所見"})"}, at));

    auto figures = ledger.year_figures({.year = 2025});
    REQUIRE(figures);
    CHECK(figures->incidents == 1);
    CHECK(figures->audit_notes == 1);
    CHECK(figures->carry_outs == 1);
    REQUIRE(figures->departments.size() == 3);
    CHECK(figures->departments.at("総務部").carry_outs == 1);
    CHECK(figures->departments.at("総務部").incidents == 1);
    CHECK(figures->departments.at("総務部").carry_outs_by_classification == std::array<std::int64_t, 3>{0, 0, 1});
    CHECK(figures->departments.at("情報システム課").certificates == 1);
    CHECK(figures->departments.at("").returns == 1);

    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("CSV import writes one event per new or changed row", "[ledger][csv]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const AppendOptions at{.time = test::t_work};
    std::vector<Asset> assets{test::sample_asset("A-001"), test::sample_asset("A-002")};
    assets[1].name = "見積書, \"最終版\"";
    assets[1].classification = 1;
    const std::string csv = assets_to_csv(assets, {.byte_order_mark = true});

    auto first = ledger.import_assets_csv(office.staff.secret_key, csv, at);
    REQUIRE(first);
    CHECK(first->registered == 2);
    auto again = ledger.import_assets_csv(office.staff.secret_key, csv, at);
    REQUIRE(again);
    CHECK(again->unchanged == 2);
    CHECK(again->registered + again->updated == 0);

    assets[0].status = "廃棄済";
    assets.push_back(test::sample_asset("A-003"));
    auto changed = ledger.import_assets_csv(office.staff.secret_key, assets_to_csv(assets), at);
    REQUIRE(changed);
    CHECK(changed->updated == 1);
    CHECK(changed->registered == 1);
    CHECK(changed->unchanged == 1);

    auto exported = ledger.assets();
    REQUIRE(exported);
    auto round_trip = assets_from_csv(assets_to_csv(*exported));
    REQUIRE(round_trip);
    REQUIRE(round_trip->size() == 3);
    for (std::size_t i = 0; i < assets.size(); ++i) {
        Asset expected = assets[i];
        expected.updated_seq = 0;
        CHECK((*round_trip)[i] == expected);
    }

    auto head = ledger.head();
    REQUIRE(head);
    const std::string with_number = assets_to_csv(assets) + "A-004,名簿,マイナンバー 1234-5678-9018,,,,,,2,\r\n";
    auto refused = ledger.import_assets_csv(office.staff.secret_key, with_number, at);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::refused);
    CHECK(refused.error().context == "csv row 5 column 備考");
    CHECK((*ledger.head())->seq == (*head)->seq);

    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
}
