// verify()'s progress callback and stop token, and the filtered event list of the GUI's Audit
// page (search_events, event_rows_to_csv), on both backends.
#include <stop_token>

#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

// `count` wipe certificates for assets PC-0000.., all at t_work.
void add_certificates(Office& office, int count) {
    std::vector<Draft> drafts;
    for (int i = 0; i < count; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "PC-%04d", i);
        drafts.push_back({EventType::wipe_certificate,
                          std::string(R"({"asset_id":")") + id + R"(","outcome":")" + (i % 10 == 0 ? "failed" : "erased") + "\"}"});
    }
    REQUIRE(office.ledger->append_all(office.staff.secret_key, drafts, {.time = test::t_work}));
}

}  // namespace

TEMPLATE_TEST_CASE("verify reports monotone progress up to the chain's length", "[ledger][verify][progress]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    add_certificates(office, 700);
    auto head = office.ledger->head();
    REQUIRE(head);
    REQUIRE(*head);
    const std::int64_t length = (*head)->seq;
    std::vector<std::pair<std::int64_t, std::int64_t>> calls;
    VerifyOptions options;
    options.page_size = 100;
    options.progress_interval = std::chrono::milliseconds(0);  // every chance, to see them all
    options.progress = [&](std::int64_t checked, std::int64_t total) { calls.emplace_back(checked, total); };
    auto report = office.ledger->verify(options);
    REQUIRE(report);
    CHECK(report->ok());
    REQUIRE(calls.size() >= 3);
    CHECK(calls.front().first == 0);
    CHECK(calls.back() == std::pair<std::int64_t, std::int64_t>{length, length});
    for (std::size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls[i].second == length);
    }
    // The default interval still gives the first and the last call.
    calls.clear();
    options.progress_interval = std::chrono::hours(1);
    REQUIRE(office.ledger->verify(options));
    CHECK(calls.size() == 2);
    CHECK(calls.back().first == length);
}

TEMPLATE_TEST_CASE("a stop request ends verify with cancelled", "[ledger][verify][progress]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    add_certificates(office, 600);
    std::stop_source stop;
    VerifyOptions options;
    options.page_size = 100;
    options.progress_interval = std::chrono::milliseconds(0);
    options.stop = stop.get_token();
    std::int64_t last_seen = 0;
    // Cancel as a user would, from the progress: after the first events were checked.
    options.progress = [&](std::int64_t checked, std::int64_t) {
        last_seen = checked;
        if (checked > 0) stop.request_stop();
    };
    auto report = office.ledger->verify(options);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == Errc::cancelled);
    CHECK(last_seen > 0);
    CHECK(last_seen < 600);
    // Without the stop, the same ledger verifies: the cancel changed nothing.
    options.stop = {};
    auto again = office.ledger->verify(options);
    REQUIRE(again);
    CHECK(again->ok());
    // The signature without options still works.
    auto plain = office.ledger->verify();
    REQUIRE(plain);
    CHECK(plain->ok());
}

TEMPLATE_TEST_CASE("search_events filters by type, asset, time and text, page by page", "[ledger][search]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset("PC-0003"), {.time = test::t_work}));
    add_certificates(office, 50);
    REQUIRE(ledger.append(office.auditor.secret_key, {EventType::audit_note, R"({"text":"棚卸し完了 Inventory"})"},
                          {.time = "2025-07-01T00:00:00Z"}));

    auto all = ledger.search_events({});
    REQUIRE(all);
    CHECK(all->complete);
    CHECK(all->rows.size() == 4 + 1 + 50 + 1);  // init, three keys, the asset, 50 certificates, the note
    // The root key signs the init and the key registrations; it has no registered name.
    CHECK(all->rows[0].actor_is_root);
    CHECK(all->rows[0].actor_name.empty());
    CHECK_FALSE(all->rows[4].actor_is_root);

    auto certificates = ledger.search_events({.types = {EventType::wipe_certificate}});
    REQUIRE(certificates);
    CHECK(certificates->rows.size() == 50);
    CHECK(certificates->rows[0].actor_name == "山田 太郎");

    // PC-0003's registration and its certificate; the department comes from the asset.
    auto exact = ledger.search_events({.asset_id = "pc-0003"});  // ASCII letters in any case
    REQUIRE(exact);
    REQUIRE(exact->rows.size() == 2);
    CHECK(exact->rows[1].department == "総務部");
    CHECK(exact->rows[1].summary.find("outcome: erased") != std::string::npos);

    auto failed = ledger.search_events({.types = {EventType::wipe_certificate}, .text = "FAILED"});
    REQUIRE(failed);
    CHECK(failed->rows.size() == 5);
    auto japanese = ledger.search_events({.text = "棚卸し"});
    REQUIRE(japanese);
    REQUIRE(japanese->rows.size() == 1);
    CHECK(japanese->rows[0].event.type == EventType::audit_note);
    auto july = ledger.search_events({.time_from = "2025-07-01T00:00:00Z", .time_to = "2025-08-01T00:00:00Z"});
    REQUIRE(july);
    CHECK(july->rows.size() == 1);

    // Pages: resume after scanned_to until complete; together they are the one-call answer.
    std::vector<std::int64_t> seqs;
    EventSearch search{.after_seq = 0, .max_rows = 7, .max_scanned = 10};
    for (int calls = 0;; ++calls) {
        REQUIRE(calls < 100);
        auto page = ledger.search_events({.types = {EventType::wipe_certificate}}, search);
        REQUIRE(page);
        CHECK(page->rows.size() <= 7);
        for (const EventRow& row : page->rows) seqs.push_back(row.event.seq);
        search.after_seq = page->scanned_to;
        if (page->complete) break;
    }
    REQUIRE(seqs.size() == 50);
    for (std::size_t i = 0; i < seqs.size(); ++i) CHECK(seqs[i] == certificates->rows[i].event.seq);
}

TEST_CASE("event rows export as CSV with a BOM and one record per row", "[ledger][search][csv]") {
    Location<test::SqliteBackend> where;
    Office office(where.location());
    add_certificates(office, 3);
    auto rows = office.ledger->search_events({.types = {EventType::wipe_certificate}});
    REQUIRE(rows);
    const std::string csv = event_rows_to_csv(rows->rows, {.byte_order_mark = true});
    CHECK(csv.starts_with("\xEF\xBB\xBF連番,日時,種別,資産ID,実行者,部署,内容,鍵ID\r\n"));
    CHECK(csv.find("PC-0002") != std::string::npos);
    std::size_t lines = 0;
    for (std::size_t at = 0; (at = csv.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
    CHECK(lines == 4);

    auto init = office.ledger->search_events({.types = {EventType::ledger_init}});
    REQUIRE(init);
    REQUIRE(init->rows.size() == 1);
    CHECK(event_rows_to_csv(init->rows, {}).find(",台帳ルート鍵,") != std::string::npos);
}
