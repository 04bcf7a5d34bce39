// Signed approvals (jobs/approvals.hpp) on both backends: titles only the root key gives, the
// approver's own signature, and every reason an approval is refused when it is used.
#include <chrono>

#include <nlohmann/json.hpp>
#include <cstdio>

#include "ledger_test_support.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/jobs/records.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

using std::chrono::sys_seconds;

sys_seconds now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

// The calendar date (UTC) `days` from now, as YYYY-MM-DD.
std::string date_in(int days) {
    const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(now()) + std::chrono::days{days}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return text;
}

Reason reason_of(const Result<jobs::ApprovalStatus>& result) { return result ? Reason::none : result.error().reason; }

}  // namespace

TEMPLATE_TEST_CASE("approvals: titles from the root key, grants signed by the approver, each use checked",
                   "[ledger][approval]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::KeyPair director = keys::generate_key_pair();
    const keys::KeyPair head = keys::generate_key_pair();
    office.register_key(director, "代表 太郎", Role::staff);
    office.register_key(head, "部長 次郎", Role::admin);
    REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset("DOC-2")));  // level 2
    Asset other = test::sample_asset("DOC-9");
    REQUIRE(ledger.register_asset(office.staff.secret_key, other));

    const std::vector<jobs::ApproverTitle> director_titles{jobs::ApproverTitle::representative_director};
    const std::vector<jobs::ApproverTitle> head_titles{jobs::ApproverTitle::department_head};
    // Only the root key gives titles, and only to registered keys.
    CHECK_FALSE(jobs::set_key_titles(ledger, office.admin.secret_key, director.public_key.id, director_titles));
    auto nobody = jobs::set_key_titles(ledger, office.root.secret_key, keys::generate_key_pair().public_key.id, director_titles);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().reason == Reason::key_unknown);
    REQUIRE(jobs::set_key_titles(ledger, office.root.secret_key, director.public_key.id, director_titles));
    REQUIRE(jobs::set_key_titles(ledger, office.root.secret_key, head.public_key.id, head_titles));
    auto held = jobs::key_titles(ledger, director.public_key.id);
    REQUIRE(held);
    CHECK(*held == director_titles);

    const std::string until = date_in(30);
    auto ask = [&](const std::string& asset) {
        auto event = jobs::request_approval(ledger, office.staff.secret_key,
                                            {.asset_id = asset, .purpose = "監査対応", .medium = "USB-1", .until = until});
        REQUIRE(event);
        return event->seq;
    };
    jobs::ApprovalUse use{.kind = jobs::ApprovalKind::carry_out, .asset_id = "DOC-2", .classification = 2, .now = now()};
    auto check = [&](std::int64_t id, sys_seconds at) {
        jobs::ApprovalUse checked = use;
        checked.id = id;
        checked.now = at;
        return jobs::check_approval_use(ledger, checked);
    };

    const std::int64_t id = ask("DOC-2");
    CHECK(reason_of(check(id, now())) == Reason::approval_pending);
    // The head may not decide a level-2 request; the director may, once.
    auto by_head = jobs::decide_approval(ledger, head.secret_key, {.id = id, .grant = true});
    REQUIRE_FALSE(by_head);
    CHECK(by_head.error().reason == Reason::approver_without_title);
    REQUIRE(jobs::decide_approval(ledger, director.secret_key, {.id = id, .grant = true, .remarks = "了承"}));
    auto twice = jobs::decide_approval(ledger, director.secret_key, {.id = id, .grant = false});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().reason == Reason::approval_decided);

    auto usable = check(id, now());
    REQUIRE(usable);
    CHECK(usable->state == jobs::ApprovalState::granted);
    CHECK(usable->decided_by == keys::key_id_hex(director.public_key.id));
    CHECK(usable->remarks == "了承");
    // Valid through its last day in Japan: 15:00 UTC that day is already the next day there.
    auto last_day = parse_time_text(until + "T14:59:59Z");
    REQUIRE(last_day);
    CHECK(check(id, *last_day));
    CHECK(reason_of(check(id, *last_day + std::chrono::seconds{1})) == Reason::approval_expired);

    jobs::ApprovalUse elsewhere = use;
    elsewhere.id = id;
    elsewhere.asset_id = "DOC-9";
    CHECK(reason_of(jobs::check_approval_use(ledger, elsewhere)) == Reason::approval_other_asset);
    elsewhere = use;
    elsewhere.id = id;
    elsewhere.kind = jobs::ApprovalKind::disposal;
    CHECK(reason_of(jobs::check_approval_use(ledger, elsewhere)) == Reason::approval_other_purpose);
    CHECK(reason_of(check(id + 1000, now())) == Reason::approval_unknown);
    CHECK(reason_of(check(1, now())) == Reason::approval_unknown);  // seq 1 is ledger.init

    // The record names the approval and uses it up.
    jobs::CarryOutRecord record{.asset_id = "DOC-2", .classification = 2, .approval = {id}, .archive_name = "a.tar.age",
                                .archive_sha256 = std::string(64, 'a')};
    auto carried = jobs::record_carry_out(ledger, office.staff.secret_key, record);
    REQUIRE(carried);
    CHECK(reason_of(check(id, now())) == Reason::approval_used);
    CHECK_FALSE(jobs::record_carry_out(ledger, office.staff.secret_key, record));
    auto listed = jobs::list_approvals(ledger);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().used_by == carried->seq);

    // Without an approval: refused with the title it needs, nothing appended.
    auto head_before = ledger.head();
    REQUIRE(head_before);
    record.approval = {};
    auto missing = jobs::record_carry_out(ledger, office.staff.secret_key, record);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().reason == Reason::approval_missing);
    CHECK(missing.error().expected == "representative_director");
    auto head_after = ledger.head();
    REQUIRE(head_after);
    CHECK((*head_after)->seq == (*head_before)->seq);

    // A denial, and grants voided by a title taken away or a key revoked.
    const std::int64_t denied = ask("DOC-2");
    REQUIRE(jobs::decide_approval(ledger, director.secret_key, {.id = denied, .grant = false}));
    CHECK(reason_of(check(denied, now())) == Reason::approval_denied);
    const std::int64_t untitled = ask("DOC-2");
    REQUIRE(jobs::decide_approval(ledger, director.secret_key, {.id = untitled, .grant = true}));
    const std::int64_t revoked = ask("DOC-2");
    REQUIRE(jobs::decide_approval(ledger, director.secret_key, {.id = revoked, .grant = true}));
    REQUIRE(jobs::set_key_titles(ledger, office.root.secret_key, director.public_key.id, head_titles));
    CHECK(reason_of(check(untitled, now())) == Reason::approval_title_missing);
    REQUIRE(jobs::set_key_titles(ledger, office.root.secret_key, director.public_key.id, director_titles));
    CHECK(check(untitled, now()));
    REQUIRE(ledger.revoke_key(office.root.secret_key, director.public_key.id, "退職"));
    CHECK(reason_of(check(revoked, now())) == Reason::approval_key_revoked);

    // A date that is no date, or already past, is refused before anything is signed.
    for (const std::string& bad : {std::string("2026-02-30"), std::string("31.12.2026"), date_in(-2)}) {
        auto refused = jobs::request_approval(ledger, office.staff.secret_key, {.asset_id = "DOC-2", .until = bad});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().reason == Reason::date_spec);
    }

    VerifyOptions trusted;
    trusted.trusted_root = office.root.public_key;
    auto report = ledger.verify(trusted);
    REQUIRE(report);
    INFO(problem_name(report->problem) << " at " << report->first_bad_seq << ": " << report->detail);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("approval events: shapes the ledger refuses, and who may sign them", "[ledger][approval]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::SecretKey& staff = office.staff.secret_key;
    const std::string staff_id = keys::key_id_hex(office.staff.public_key.id);
    CHECK_FALSE(ledger.append(staff, {EventType::approval_request, R"({"asset_id":"A","kind":"carry_out","until":"2026-13-01","classification":1})"}));
    CHECK_FALSE(ledger.append(staff, {EventType::approval_request, R"({"asset_id":"A","kind":"loan","until":"2026-12-01"})"}));
    CHECK_FALSE(ledger.append(staff, {EventType::approval_request, R"({"asset_id":"A","kind":"carry_out","until":"2026-12-01"})"}));
    CHECK_FALSE(ledger.append(staff, {EventType::approval_grant, R"({"approval":"5"})"}));
    CHECK_FALSE(ledger.append(staff, {EventType::approval_deny, R"({"approval":0})"}));
    // key.title is the root key's alone, with known titles, each once.
    CHECK_FALSE(ledger.append(staff, {EventType::key_title, R"({"key_id":")" + staff_id + R"(","titles":[]})"}));
    CHECK_FALSE(ledger.append(office.root.secret_key, {EventType::key_title, R"({"key_id":")" + staff_id + R"(","titles":["president"]})"}));
    CHECK_FALSE(ledger.append(office.root.secret_key,
                              {EventType::key_title, R"({"key_id":")" + staff_id + R"(","titles":["security_officer","security_officer"]})"}));
    CHECK(ledger.append(office.root.secret_key, {EventType::key_title, R"({"key_id":")" + staff_id + R"(","titles":["security_officer"]})"}));
    // Auditors comment; they neither ask nor decide.
    CHECK_FALSE(ledger.append(office.auditor.secret_key, {EventType::approval_request,
                                                          R"({"asset_id":"A","kind":"disposal","until":"2026-12-01"})"}));
    CHECK(ledger.append(staff, {EventType::approval_request, R"({"asset_id":"A","kind":"disposal","until":"2026-12-01"})"}));
    VerifyOptions trusted;
    trusted.trusted_root = office.root.public_key;
    auto report = ledger.verify(trusted);
    REQUIRE(report);
    CHECK(report->ok());
}
