// The medium's whole life in the ledger (jobs/lifecycle.hpp), on both backends: erased by a
// wipe, destroyed or erased by a vendor with the security officer's approval, past its
// retention date, carried out and not returned.
#include <chrono>

#include <nlohmann/json.hpp>
#include <fstream>

#include "ledger_test_support.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/records.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

std::chrono::sys_seconds now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

std::string today() { return jobs::office_date(now()); }
std::string day_after(int days) { return jobs::office_date(now() + std::chrono::days{days}); }

Asset asset_row(Ledger& ledger, const std::string& id) {
    auto found = ledger.find_asset(id);
    REQUIRE(found);
    REQUIRE(found->has_value());
    return **found;
}

// A key registered as staff with `title` given by the root key.
keys::KeyPair titled_key(Office& office, const std::string& name, jobs::ApproverTitle title) {
    keys::KeyPair pair = keys::generate_key_pair();
    office.register_key(pair, name, Role::staff);
    const std::vector<jobs::ApproverTitle> titles{title};
    REQUIRE(jobs::set_key_titles(*office.ledger, office.root.secret_key, pair.public_key.id, titles));
    return pair;
}

std::int64_t disposal_approval(Office& office, const std::string& asset, const keys::KeyPair& approver) {
    auto asked = jobs::request_approval(*office.ledger, office.staff.secret_key,
                                        {.kind = jobs::ApprovalKind::disposal, .asset_id = asset, .until = day_after(30)});
    REQUIRE(asked);
    REQUIRE(jobs::decide_approval(*office.ledger, approver.secret_key, {.id = asked->seq, .grant = true}));
    return asked->seq;
}

}  // namespace

TEMPLATE_TEST_CASE("lifecycle: a wipe that erased moves the asset to erased, another outcome does not",
                   "[ledger][lifecycle]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset("USB-1")));  // level 2, 利用中
    cert::Certificate certificate;
    certificate.asset_id = "USB-1";
    certificate.classification_before = 2;
    certificate.classification_after = 0;
    certificate.outcome = wipe::Outcome::failed;
    auto unchanged = jobs::record_erased_asset(ledger, office.staff.secret_key, certificate);
    REQUIRE(unchanged);
    CHECK_FALSE(unchanged->has_value());
    CHECK(asset_row(ledger, "USB-1").status == "利用中");

    certificate.outcome = wipe::Outcome::erased;
    auto moved = jobs::record_erased_asset(ledger, office.staff.secret_key, certificate);
    REQUIRE(moved);
    REQUIRE(moved->has_value());
    CHECK((*moved)->type == EventType::asset_update);
    const Asset erased = asset_row(ledger, "USB-1");
    CHECK(erased.status == "erased");
    CHECK(erased.classification == 0);
    CHECK(erased.name == test::sample_asset("USB-1").name);  // the rest of the row kept

    certificate.asset_id = "NOT-IN-LEDGER";
    auto unknown = jobs::record_erased_asset(ledger, office.staff.secret_key, certificate);
    REQUIRE(unknown);
    CHECK_FALSE(unknown->has_value());
}

TEMPLATE_TEST_CASE("lifecycle: disposal by destruction or by a vendor, with the security officer's approval",
                   "[ledger][lifecycle]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    test::TempDir dir{"sanitize-lifecycle"};
    const std::string photo = dir.file("破砕.jpg");
    const std::string vendor_certificate = dir.file("消去証明書.pdf");
    std::ofstream(photo) << "jpeg bytes";
    std::ofstream(vendor_certificate) << "%PDF-1.7 vendor certificate";
    for (const char* id : {"HDD-1", "HDD-2", "HDD-3"}) REQUIRE(ledger.register_asset(office.staff.secret_key, test::sample_asset(id)));
    const keys::KeyPair officer = titled_key(office, "情報 セキュリティ", jobs::ApproverTitle::security_officer);
    const keys::KeyPair head = titled_key(office, "部長 次郎", jobs::ApproverTitle::department_head);

    // A department head cannot approve a disposal; a request with no decision is not an approval.
    auto asked = jobs::request_approval(ledger, office.staff.secret_key,
                                        {.kind = jobs::ApprovalKind::disposal, .asset_id = "HDD-1", .until = day_after(30)});
    REQUIRE(asked);
    auto by_head = jobs::decide_approval(ledger, head.secret_key, {.id = asked->seq, .grant = true});
    REQUIRE_FALSE(by_head);
    CHECK(by_head.error().reason == Reason::approver_without_title);
    jobs::DisposalRequest destroyed{.asset_id = "HDD-1", .method = jobs::DisposalMethod::destroyed,
                                    .destruction_method = "破砕", .witness = "総務 花子", .photo = photo,
                                    .approval = {asked->seq}};
    auto head_before = ledger.head();
    auto pending = jobs::dispose_asset(ledger, office.staff.secret_key, destroyed);
    REQUIRE_FALSE(pending);
    CHECK(pending.error().reason == Reason::approval_pending);
    destroyed.approval = {};
    auto none = jobs::dispose_asset(ledger, office.staff.secret_key, destroyed);
    REQUIRE_FALSE(none);
    CHECK(none.error().reason == Reason::approval_missing);
    destroyed.witness.clear();
    auto no_witness = jobs::dispose_asset(ledger, office.staff.secret_key, destroyed);
    REQUIRE_FALSE(no_witness);
    CHECK(no_witness.error().reason == Reason::disposal_spec);
    CHECK(no_witness.error().detail == "--witness");
    CHECK((*ledger.head())->seq == (*head_before)->seq);  // nothing written by a refusal

    // Destroyed: the photo's hash recorded, the status moved, the approval used up.
    destroyed.witness = "総務 花子";
    REQUIRE(jobs::decide_approval(ledger, officer.secret_key, {.id = asked->seq, .grant = true}));
    destroyed.approval = {asked->seq};
    auto disposed = jobs::dispose_asset(ledger, office.staff.secret_key, destroyed);
    REQUIRE(disposed);
    CHECK(disposed->type == EventType::asset_dispose);
    const auto payload = nlohmann::json::parse(disposed->payload);
    auto photo_hash = files::sha256_file_hex(photo);
    REQUIRE(photo_hash);
    CHECK(payload["photo"]["sha256"] == *photo_hash);
    CHECK(payload["photo"]["name"] == "破砕.jpg");
    CHECK(payload["witness"] == "総務 花子");
    CHECK(std::to_string(payload["approval"].get<std::int64_t>()) == std::to_string(asked->seq));
    CHECK(asset_row(ledger, "HDD-1").status == "destroyed");
    auto again = jobs::dispose_asset(ledger, office.staff.secret_key, destroyed);
    REQUIRE_FALSE(again);
    CHECK(again.error().reason == Reason::approval_used);
    // An approval for one asset does not dispose of another.
    const std::int64_t for_two = disposal_approval(office, "HDD-2", officer);
    jobs::DisposalRequest other = destroyed;
    other.asset_id = "HDD-3";
    other.approval = {for_two};
    auto elsewhere = jobs::dispose_asset(ledger, office.staff.secret_key, other);
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().reason == Reason::approval_other_asset);

    // Erased by a vendor: the vendor's certificate is stored and comes back byte for byte.
    jobs::DisposalRequest by_vendor{.asset_id = "HDD-2", .method = jobs::DisposalMethod::vendor_erasure,
                                    .vendor = "株式会社データ消去", .vendor_certificate = vendor_certificate,
                                    .approval = {for_two}};
    auto erased = jobs::dispose_asset(ledger, office.staff.secret_key, by_vendor);
    REQUIRE(erased);
    const auto vendor_payload = nlohmann::json::parse(erased->payload);
    CHECK(vendor_payload["vendor"] == "株式会社データ消去");
    const std::string stored_as = vendor_payload["vendor_certificate"]["stored_as"];
    auto files = ledger.certificate_files(stored_as);
    REQUIRE(files);
    REQUIRE(files->size() == 1);
    CHECK(files->front().name == "消去証明書.pdf");
    CHECK(files->front().bytes == "%PDF-1.7 vendor certificate");
    CHECK(asset_row(ledger, "HDD-2").status == "vendor_erased");
    CHECK(asset_row(ledger, "HDD-3").status == "利用中");

    VerifyOptions trusted;
    trusted.trusted_root = office.root.public_key;
    auto report = ledger.verify(trusted);
    REQUIRE(report);
    CHECK(report->ok());
}

TEMPLATE_TEST_CASE("lifecycle: assets past their retention date, carry-outs open and overdue", "[ledger][lifecycle]",
                   BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    Ledger& ledger = *office.ledger;
    const keys::SecretKey& staff = office.staff.secret_key;
    Asset expired = test::sample_asset("OLD-1");
    expired.retention = day_after(-1);
    Asset kept = test::sample_asset("NEW-1");
    kept.retention = today();  // kept through today
    Asset free_text = test::sample_asset("TXT-1");  // 契約終了後5年: not a date, never listed
    for (const Asset& asset : {expired, kept, free_text}) REQUIRE(ledger.register_asset(staff, asset));
    auto assets = ledger.assets();
    REQUIRE(assets);
    const std::vector<Asset> past = jobs::past_retention(*assets, today());
    REQUIRE(past.size() == 1);
    CHECK(past.front().asset_id == "OLD-1");

    auto carry = [&](const std::string& asset, const std::string& serial, const std::string& due) {
        jobs::CarryOutRecord record{.asset_id = asset, .classification = 0, .archive_name = "a.tar.age",
                                    .archive_sha256 = std::string(64, 'b'), .medium_serial = serial, .due = due};
        auto event = jobs::record_carry_out(ledger, staff, record);
        REQUIRE(event);
        return event->seq;
    };
    const std::int64_t late = carry("OLD-1", "USB-A", day_after(-3));
    const std::int64_t due_later = carry("NEW-1", "USB-B", day_after(7));
    const std::int64_t back = carry("NEW-1", "USB-C", day_after(-3));
    const std::int64_t no_date = carry("TXT-1", "", "");
    auto returned = jobs::record_return(ledger, staff, {.asset_id = "NEW-1", .medium_serial = "USB-C"});
    REQUIRE(returned);

    auto all = jobs::list_carry_outs(ledger);
    REQUIRE(all);
    REQUIRE(all->size() == 4);
    std::vector<std::int64_t> open, overdue;
    for (const jobs::CarryOutStatus& out : *all) {
        if (out.open()) open.push_back(out.seq);
        if (out.overdue(today())) overdue.push_back(out.seq);
    }
    CHECK(open == std::vector<std::int64_t>{late, due_later, no_date});
    CHECK(overdue == std::vector<std::int64_t>{late});
    CHECK((*all)[2].returned_seq == returned->seq);
    CHECK((*all)[2].seq == back);
    // Returned already, never carried out, another medium: refused, and no event is written.
    auto head = ledger.events({});
    REQUIRE(head);
    const std::size_t events_before = head->size();
    for (const jobs::ReturnRecord& nothing_out : {jobs::ReturnRecord{.asset_id = "NEW-1", .medium_serial = "USB-C"},
                                                  jobs::ReturnRecord{.asset_id = "NOPE"},
                                                  jobs::ReturnRecord{.asset_id = "OLD-1", .medium_serial = "USB-Z"}}) {
        auto refused = jobs::record_return(ledger, staff, nothing_out);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Errc::refused);
        CHECK(refused.error().reason == Reason::not_carried_out);
    }
    auto after = ledger.events({});
    REQUIRE(after);
    CHECK(after->size() == events_before);
    // A return naming only the medium closes that medium's carry-out, whatever its asset.
    auto by_serial = jobs::record_return(ledger, staff, {.medium_serial = "USB-B"});
    REQUIRE(by_serial);
    auto closed = jobs::list_carry_outs(ledger);
    REQUIRE(closed);
    CHECK((*closed)[1].seq == due_later);
    CHECK((*closed)[1].returned_seq == by_serial->seq);
    // A due date must be a day to come when a carry-out is asked for.
    CHECK(jobs::check_due_date(day_after(1)));
    CHECK_FALSE(jobs::check_due_date(day_after(-1)));
    CHECK_FALSE(jobs::check_due_date("2026-02-30"));
    CHECK(jobs::check_due_date(""));
}
