// Transcripts of `sanitize keygen|encrypt|decrypt` against the stock `age` binary: what we write
// opens with `age -d | tar -x`, what `tar -c | age -r` writes opens with ours, and a damaged
// file leaves nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

std::string make_folder(const TempDir& dir) {
    const std::string folder = dir.file("持ち出し");
    std::filesystem::create_directories(folder + "/空のフォルダ");
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    create_file(folder + "/exact.bin", std::string(64 * 1024 * 2, 'x'));  // two whole chunks
    create_file(folder + "/empty.txt", "");
    return folder;
}

std::string public_key_of(const std::string& identity_file) {
    const std::string text = read_file(identity_file);
    const auto at = text.find("age1");
    REQUIRE(at != std::string::npos);
    return text.substr(at, text.find('\n', at) - at);
}

ProcessResult shell(const std::string& command, const std::string& directory) {
    ProcessOptions options;
    options.working_directory = directory;
    return run_process({"/bin/sh", "-c", command}, options);
}

}  // namespace

TEST_CASE("encrypt writes what stock age and tar open, decrypt opens what they write", "[cli][age]") {
    if (!find_program("age")) {
        WARN("age interop not checked: age is not installed");
        return;
    }
    CliOffice office;
    const std::string folder = make_folder(office.dir);
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    CHECK(mode_of(identity) == 0600);
    const std::string recipient = public_key_of(identity);

    ProcessResult encrypted = office.run({"encrypt", folder, "-o", office.dir.file("out.tar.age"), "-r", recipient, "--no-ledger"});
    INFO(encrypted.err);
    REQUIRE(encrypted.ok());
    std::filesystem::create_directory(office.dir.file("by_age"));
    ProcessResult opened = shell("age -d -i key.txt out.tar.age | tar -x -C by_age", office.dir.path());
    INFO(opened.err);
    REQUIRE(opened.ok());
    CHECK(read_file(office.dir.file("by_age/持ち出し/報告書.txt")) == "報告書 2026\n");
    CHECK(read_file(office.dir.file("by_age/持ち出し/exact.bin")) == std::string(64 * 1024 * 2, 'x'));
    CHECK(std::filesystem::is_directory(office.dir.file("by_age/持ち出し/空のフォルダ")));

    ProcessResult written = shell("tar -c 持ち出し | age -r " + recipient + " > theirs.tar.age", office.dir.path());
    REQUIRE(written.ok());
    ProcessResult decrypted = office.run({"decrypt", office.dir.file("theirs.tar.age"), "-o", office.dir.file("ours"), "-i", identity});
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    CHECK(read_file(office.dir.file("ours/持ち出し/報告書.txt")) == "報告書 2026\n");
    CHECK(read_file(office.dir.file("ours/持ち出し/empty.txt")).empty());
}

TEST_CASE("a passphrase file in armor round-trips, a damaged file leaves nothing", "[cli][age]") {
    CliOffice office;
    const std::string folder = make_folder(office.dir);
    create_file(office.dir.file("pp.txt"), "Vt8%cRy-Qz3&oUt\n");
    const std::string armored = office.dir.file("p.tar.age");
    ProcessResult encrypted = office.run({"encrypt", folder, "-o", armored, "--armor", "--passphrase-file", office.dir.file("pp.txt"), "--no-ledger"});
    INFO(encrypted.err);
    REQUIRE(encrypted.ok());
    CHECK(read_file(armored).starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    ProcessResult decrypted = office.run({"decrypt", armored, "-o", office.dir.file("plain"), "--passphrase-file", office.dir.file("pp.txt")});
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    CHECK(read_file(office.dir.file("plain/持ち出し/報告書.txt")) == "報告書 2026\n");

    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::string binary = office.dir.file("b.tar.age");
    REQUIRE(office.run({"encrypt", folder, "-o", binary, "-r", public_key_of(identity), "--no-ledger"}).ok());
    std::string bytes = read_file(binary);
    bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 1);
    create_file(binary, bytes);
    ProcessResult damaged = office.run({"decrypt", binary, "-o", office.dir.file("never"), "-i", identity});
    CHECK(damaged.exit_code == 4);
    CHECK(contains(damaged.err, "corrupted or was tampered with"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("never")));
    // No staging directory left beside the target (the library names them .sanitize-decrypt-*).
    for (const auto& entry : std::filesystem::directory_iterator(office.dir.path())) {
        CHECK_FALSE(entry.path().filename().string().starts_with(".sanitize-decrypt-"));
    }
}

TEST_CASE("with a ledger, encrypt records the carry-out, and only with the approval its level needs", "[cli][age][ledger]") {
    CliOffice office;
    office.open_office();
    ProcessResult asset = office.signed_run({"asset", "add", "--id", "PC-9", "--name", "顧客データ", "--classification", "2"});
    REQUIRE(asset.ok());
    const std::string folder = make_folder(office.dir);
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::vector<std::string> base{"encrypt", folder, "-r", public_key_of(identity), "--asset", "PC-9",
                                        "--key-passphrase-file", office.pass_file, "--json"};
    auto encrypt = [&](const std::string& output, std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.begin() + 2, {"-o", output});
        args.insert(args.end(), extra.begin(), extra.end());
        return office.run(args);
    };

    const std::string director = office.add_approver("director", "代表 太郎", "representative_director");
    const std::string head = office.add_approver("head", "佐藤 部長", "department_head");

    ProcessResult none = encrypt(office.dir.file("a.tar.age"), {});
    CHECK(none.exit_code == 3);
    CHECK(contains(none.err, "level 2 needs the approval of the representative director"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("a.tar.age")));

    // A department head may not decide a level-2 request at all.
    const std::string asked = office.requested_approval("PC-9", 2);
    ProcessResult by_head = office.signed_run({"approval", "grant", asked, "--key", head});
    CHECK(by_head.exit_code == 3);
    CHECK(contains(by_head.err, "may not decide this approval: that takes the representative director"));
    ProcessResult pending = encrypt(office.dir.file("a.tar.age"), {"--approval", asked});
    CHECK(pending.exit_code == 3);
    CHECK(contains(pending.err, "approval " + asked + " has not been granted yet"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("a.tar.age")));

    const std::string id = office.granted_approval("PC-9", 2, director);
    ProcessResult approved = encrypt(office.dir.file("b.tar.age"), {"--approval", id, "--medium-serial", "USB-SN-1"});
    INFO(approved.err);
    REQUIRE(approved.ok());
    const json result = json::parse(approved.out);
    REQUIRE(result["ledger_seq"].is_number());
    ProcessResult log = office.run({"ledger", "log", "--json"});
    int carry_outs = 0;
    for (const json& event : json_lines(log.out)) {
        if (event["type"] != "media.carry_out") continue;
        ++carry_outs;
        const json payload = event["payload"].is_string() ? json::parse(event["payload"].get<std::string>()) : event["payload"];
        CHECK(payload["classification"] == 2);
        CHECK(std::to_string(payload["approval"].get<long long>()) == id);  // the record names the approval it used
        CHECK(payload["medium_serial"] == "USB-SN-1");
        CHECK(payload["recipient_fingerprints"] == result["recipient_fingerprints"]);
    }
    CHECK(carry_outs == 1);

    // One approval, one carry-out.
    ProcessResult again = encrypt(office.dir.file("c.tar.age"), {"--approval", id});
    CHECK(again.exit_code == 3);
    CHECK(contains(again.err, "approval " + id + " was used already"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("c.tar.age")));
    ProcessResult returned = office.signed_run({"carry-out", "return", "--asset", "PC-9"});
    INFO(returned.err);
    CHECK(returned.ok());
    ProcessResult report = office.run({"report", "--year", std::to_string(current_japanese_year()), "--json"});
    REQUIRE(report.ok());
    const json figures = json::parse(report.out);
    CHECK(figures["carry_outs"] == 1);
    CHECK(figures["returns"] == 1);
    // Without --year: this year, in the report's time zone (Japan by default).
    ProcessResult this_year = office.run({"report", "--json"});
    INFO(this_year.err);
    REQUIRE(this_year.ok());
    CHECK(json::parse(this_year.out) == figures);
}

TEST_CASE("an approval is refused when denied, for another asset or level, or its approver lost the title or key",
          "[cli][age][ledger][approval]") {
    CliOffice office;
    office.open_office();
    for (const auto& [id, level] : {std::pair{"PC-1", "1"}, std::pair{"PC-2", "1"}, std::pair{"PC-3", "2"}}) {
        REQUIRE(office.signed_run({"asset", "add", "--id", id, "--name", "顧客データ", "--classification", level}).ok());
    }
    const std::string head = office.add_approver("head", "佐藤 部長", "department_head");
    const std::string director = office.add_approver("director", "代表 太郎", "representative_director");
    const std::string folder = make_folder(office.dir);
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::string output = office.dir.file("out.tar.age");
    auto encrypt = [&](const std::string& asset, const std::string& approval, const std::string& lang = "C") {
        return office.run({"encrypt", folder, "-o", output, "-r", public_key_of(identity), "--asset", asset, "--approval",
                           approval, "--key-passphrase-file", office.pass_file},
                          lang);
    };
    auto carry_outs = [&] {
        int count = 0;
        for (const json& event : json_lines(office.run({"ledger", "log", "--json"}).out)) count += event["type"] == "media.carry_out";
        return count;
    };
    auto refused = [&](const ProcessResult& result, const std::string& words) {
        INFO(result.err);
        CHECK(result.exit_code == 3);
        CHECK(contains(result.err, words));
        CHECK_FALSE(std::filesystem::exists(output));
        CHECK(carry_outs() == 0);
    };

    const std::string denied = office.requested_approval("PC-1", 1);
    ProcessResult deny = office.signed_run({"approval", "deny", denied, "--remarks", "郵送にしてください", "--key", head});
    INFO(deny.err);
    REQUIRE(deny.ok());
    refused(encrypt("PC-1", denied), "approval " + denied + " was denied");
    ProcessResult twice = office.signed_run({"approval", "grant", denied, "--key", director});
    CHECK(twice.exit_code == 3);
    CHECK(contains(twice.err, "is denied already"));

    const std::string for_pc1 = office.granted_approval("PC-1", 1, head);
    refused(encrypt("PC-2", for_pc1), "approval " + for_pc1 + " is for asset PC-1");
    // The level recorded is the asset's: a level-1 approval does not carry out a level-2 asset.
    const std::string level_one = office.requested_approval("PC-3", 1);
    REQUIRE(office.signed_run({"approval", "grant", level_one, "--key", head}).ok());
    refused(encrypt("PC-3", level_one), "approval " + level_one + " is for level 1");
    refused(encrypt("PC-1", "99999"), "approval 99999: no such approval request");

    // Titles are read when the approval is used: the head's was taken away since.
    const std::string by_head = office.granted_approval("PC-2", 1, head);
    REQUIRE(office.run({"key", "title", head + ".pub", "--clear", "--key", office.root_key, "--passphrase-file", office.pass_file}).ok());
    refused(encrypt("PC-2", by_head), "was granted by a key that is not the department head or representative director");
    ProcessResult japanese = encrypt("PC-2", by_head, "ja_JP.UTF-8");
    CHECK(contains(japanese.err, "承認 " + by_head + " を許可した鍵は部門長または代表取締役の鍵ではありません"));

    // A revoked approver's grants are void.
    const std::string by_director = office.granted_approval("PC-2", 1, director);
    REQUIRE(office.run({"key", "revoke", director + ".pub", "--reason", "退職", "--key", office.root_key, "--passphrase-file",
                        office.pass_file})
                .ok());
    refused(encrypt("PC-2", by_director), "which has been revoked");

    // Only the root key gives titles.
    ProcessResult self_titled = office.signed_run({"key", "title", head + ".pub", "--set", "representative_director", "--key",
                                                   office.operator_key});
    CHECK(self_titled.exit_code != 0);
    ProcessResult bad_title = office.run({"key", "title", head + ".pub", "--set", "president", "--key", office.root_key,
                                          "--passphrase-file", office.pass_file});
    CHECK(bad_title.exit_code == 2);
    CHECK(contains(bad_title.err, "not a title: president"));

    // The inbox: what waits for a decision.
    const std::string waiting = office.requested_approval("PC-3", 2);
    ProcessResult inbox = office.run({"approval", "list", "--pending", "--json"});
    REQUIRE(inbox.ok());
    const std::vector<json> rows = json_lines(inbox.out);
    REQUIRE(rows.size() == 1);
    CHECK(std::to_string(rows[0]["approval"].get<long long>()) == waiting);
    CHECK(rows[0]["state"] == "pending");
    ProcessResult listed = office.run({"approval", "list"}, "ja_JP.UTF-8");
    CHECK(contains(listed.out, "却下"));
    CHECK(contains(listed.out, "判断待ち"));
}

TEST_CASE("the medium's life: due dates, open carry-outs, retention dates, disposal with the officer's approval",
          "[cli][ledger][lifecycle]") {
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "OLD-1", "--name", "旧顧客名簿", "--classification", "0",
                               "--retention", "2020-03-31"})
                .ok());
    REQUIRE(office.signed_run({"asset", "add", "--id", "USB-1", "--name", "USBメモリ", "--classification", "0",
                               "--retention", "2099-12-31"})
                .ok());
    ProcessResult free_text = office.signed_run({"asset", "add", "--id", "X-1", "--name", "x", "--classification", "0",
                                                 "--retention", "契約終了後5年"});
    CHECK(free_text.exit_code == 2);
    CHECK(contains(free_text.err, "--retention 契約終了後5年: not a date"));
    ProcessResult past = office.run({"asset", "list", "--past-retention", "--json"});
    REQUIRE(past.ok());
    const std::vector<json> past_rows = json_lines(past.out);
    REQUIRE(past_rows.size() == 1);
    CHECK(past_rows[0]["asset_id"] == "OLD-1");

    // A carry-out with its due day, open until the medium comes back.
    const std::string folder = make_folder(office.dir);
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    auto encrypt = [&](const std::string& output, const std::string& due) {
        return office.run({"encrypt", folder, "-o", output, "-r", public_key_of(identity), "--asset", "USB-1", "--due", due,
                           "--medium-serial", "SN-1", "--key-passphrase-file", office.pass_file});
    };
    ProcessResult bad_due = encrypt(office.dir.file("x.tar.age"), "2001-01-01");
    CHECK(bad_due.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(office.dir.file("x.tar.age")));
    ProcessResult carried = encrypt(office.dir.file("a.tar.age"), "2099-01-31");
    INFO(carried.err);
    REQUIRE(carried.ok());
    ProcessResult open = office.run({"carry-out", "list", "--open", "--json"});
    REQUIRE(open.ok());
    const std::vector<json> open_rows = json_lines(open.out);
    REQUIRE(open_rows.size() == 1);
    CHECK(open_rows[0]["due"] == "2099-01-31");
    CHECK(open_rows[0]["overdue"] == false);
    CHECK(office.run({"carry-out", "list", "--overdue", "--json"}).out.empty());
    REQUIRE(office.signed_run({"carry-out", "return", "--asset", "USB-1", "--medium-serial", "SN-1"}).ok());
    CHECK(office.run({"carry-out", "list", "--open", "--json"}).out.empty());
    ProcessResult listed = office.run({"carry-out", "list"}, "ja_JP.UTF-8");
    CHECK(contains(listed.out, "返却済み"));

    // Disposal: the security officer's approval, the vendor's certificate stored and given back.
    const std::string officer = office.add_approver("officer", "情報 責任者", "security_officer");
    const std::string certificate = office.dir.file("vendor-certificate.pdf");
    create_file(certificate, "%PDF-1.7 erased by the vendor\n");
    ProcessResult asked = office.signed_run({"approval", "request", "--asset", "USB-1", "--disposal", "--until", "2099-12-31", "--json"});
    REQUIRE(asked.ok());
    const std::string id = std::to_string(json::parse(asked.out)["approval"].get<long long>());
    const std::vector<std::string> dispose{"asset", "dispose", "USB-1", "--vendor-erasure", "--vendor", "株式会社消去",
                                           "--vendor-certificate", certificate, "--approval", id};
    ProcessResult pending = office.signed_run(dispose);
    CHECK(pending.exit_code == 3);
    CHECK(contains(pending.err, "has not been granted yet"));
    REQUIRE(office.signed_run({"approval", "grant", id, "--key", officer}).ok());
    std::vector<std::string> with_json = dispose;
    with_json.push_back("--json");
    ProcessResult disposed = office.signed_run(with_json);
    INFO(disposed.err);
    REQUIRE(disposed.ok());
    const json event = json::parse(disposed.out);
    const json payload = event["payload"].is_string() ? json::parse(event["payload"].get<std::string>()) : event["payload"];
    const std::string stored_as = payload["vendor_certificate"]["stored_as"];
    std::filesystem::create_directory(office.dir.file("back"));
    ProcessResult got = office.run({"cert", "get", stored_as, "-o", office.dir.file("back")});
    INFO(got.err);
    REQUIRE(got.ok());
    CHECK(read_file(office.dir.file("back") + "/vendor-certificate.pdf") == "%PDF-1.7 erased by the vendor\n");
    ProcessResult assets = office.run({"asset", "list", "--json"});
    bool found = false;
    for (const json& row : json_lines(assets.out)) {
        if (row["asset_id"] != "USB-1") continue;
        found = true;
        CHECK(row["status"] == "vendor_erased");
    }
    CHECK(found);
    // The state the library gave, in the person's words; the JSON above keeps the identifier.
    ProcessResult listed_ja = office.run({"asset", "list"}, "ja_JP.UTF-8");
    CHECK(contains(listed_ja.out, "外部委託消去済み"));
    CHECK_FALSE(contains(listed_ja.out, "vendor_erased"));
    CHECK(contains(office.run({"asset", "list"}).out, "erased by a vendor"));
    ProcessResult twice = office.signed_run(dispose);
    CHECK(twice.exit_code == 3);
    CHECK(contains(twice.err, "was used already"));
}
