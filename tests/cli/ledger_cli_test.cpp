// Transcripts of `sanitize key|ledger|asset|report`: the real binary against a SQLite ledger in a
// temporary directory, with HOME pointed into it, passphrases in files and light scrypt costs.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <ctime>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "ledger_test_support.hpp"
#include "office_fixture.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "temp_dir.hpp"

using namespace sanitize::test;
using nlohmann::json;


TEST_CASE("key init writes a key pair that stock minisign signs with", "[cli][ledger][key]") {
    CliOffice office;
    const std::string key = office.dir.file("new/keys/op.key");
    ProcessResult made = office.make_key(key);
    INFO(made.err);
    REQUIRE(made.ok());
    CHECK(contains(made.out, "key id: "));
    CHECK(contains(made.out, key + ".pub"));
    CHECK(mode_of(key) == 0600);
    CHECK(mode_of(key + ".pub") == 0644);
    CHECK(mode_of(office.dir.file("new/keys")) == 0700);

    // Never overwritten: the second init is refused and the file is the same.
    const std::string before = read_file(key);
    ProcessResult again = office.make_key(key);
    CHECK(again.exit_code == 3);
    CHECK(contains(again.err, "sanitize: error: " + key + " already exists"));
    CHECK(read_file(key) == before);

    ProcessResult shown = office.run({"key", "show", key + ".pub", "--json", "--ledger", office.dir.file("none.db")});
    REQUIRE(shown.ok());
    const json show = json::parse(shown.out);
    CHECK(contains(made.out, show["key_id"].get<std::string>()));
    CHECK(show["ledger"].is_null());

    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("minisign interop not checked: minisign is not installed");
        return;
    }
    const std::string message = office.dir.file("message.txt");
    create_file(message, "消去証明書 example\n");
    ProcessOptions options;
    options.stdin_text = std::string(passphrase) + "\n";
    ProcessResult signed_by_minisign = run_process({*minisign, "-S", "-s", key, "-m", message}, options);
    INFO(signed_by_minisign.out << signed_by_minisign.err);
    REQUIRE(signed_by_minisign.ok());
    ProcessResult verified = run_process({*minisign, "-V", "-p", key + ".pub", "-m", message});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
}

TEST_CASE("the ledger from init to the yearly report", "[cli][ledger]") {
    CliOffice office;
    office.open_office();

    ProcessResult twice = office.run({"ledger", "init", "--organisation", "x", "--key", office.root_key, "--passphrase-file", office.pass_file});
    CHECK(twice.exit_code == 3);
    CHECK(contains(twice.err, "a ledger already exists at " + office.ledger));

    ProcessResult shown = office.run({"key", "show"});  // the operator key by default
    INFO(shown.err);
    REQUIRE(shown.ok());
    CHECK(contains(shown.out, "山田 花子"));
    CHECK(contains(shown.out, "staff"));
    CHECK(contains(shown.out, "2020-01-01T00:00:00Z"));

    SECTION("assets one by one") {
        ProcessResult added = office.signed_run({"asset", "add", "--id", "A-001", "--name", "顧客名簿", "--classification",
                                                 "1", "--department", "総務部", "--owner", "佐藤"});
        INFO(added.err);
        REQUIRE(added.ok());
        CHECK(contains(added.out, "asset A-001 registered"));
        ProcessResult duplicate =
            office.signed_run({"asset", "add", "--id", "A-001", "--name", "x", "--classification", "0"});
        CHECK(duplicate.exit_code == 1);
        CHECK(contains(duplicate.err, "asset A-001 is already in the ledger"));

        ProcessResult updated = office.signed_run({"asset", "update", "A-001", "--status", "廃棄済み"});
        INFO(updated.err);
        REQUIRE(updated.ok());
        ProcessResult unknown = office.signed_run({"asset", "update", "A-999", "--status", "x"});
        CHECK(unknown.exit_code == 2);
        CHECK(contains(unknown.err, "asset A-999 is not in"));

        ProcessResult listed = office.run({"asset", "list", "--json"});
        REQUIRE(listed.ok());
        const auto rows = json_lines(listed.out);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0]["name"] == "顧客名簿");
        CHECK(rows[0]["status"] == "廃棄済み");
        CHECK(rows[0]["department"] == "総務部");  // kept: only --status was given
        CHECK(rows[0]["classification"] == 1);

        ProcessResult table = office.run({"asset", "list"}, "ja_JP.UTF-8");
        REQUIRE(table.ok());
        CHECK(contains(table.out, "資産ID"));
        CHECK(contains(table.out, "1 社外秘"));
    }

    SECTION("a My Number is refused with the field named") {
        REQUIRE(sanitize::ledger::is_my_number("123456789018"));
        ProcessResult refused = office.signed_run({"asset", "add", "--id", "A-002", "--name", "給与台帳",
                                                   "--classification", "2", "--remarks", "番号 1234-5678-9018"});
        CHECK(refused.exit_code == 3);
        CHECK(contains(refused.err, "the field remarks (--remarks) holds a My Number"));
        ProcessResult japanese = office.run({"asset", "add", "--id", "A-002", "--name", "給与台帳", "--classification",
                                             "2", "--remarks", "123456789018", "--passphrase-file", office.pass_file},
                                            "ja_JP.UTF-8");
        CHECK(japanese.exit_code == 3);
        CHECK(contains(japanese.err, "マイナンバー"));
        CHECK(office.run({"asset", "list", "--json"}).out.empty());
    }

    SECTION("CSV import, export and the report") {
        const std::string csv = office.dir.file("台帳.csv");
        create_file(csv, "\xEF\xBB\xBF資産ID,資産名,機密区分,管理部署,備考\r\n"
                         "B-001,人事ファイル,極秘,人事部,\"氏名, 住所\"\r\n"
                         "B-002,製品カタログ,公開,営業部,\r\n");
        ProcessResult imported = office.signed_run({"asset", "import", csv});
        INFO(imported.err);
        REQUIRE(imported.ok());
        CHECK(contains(imported.out, "2 registered, 0 updated, 0 unchanged"));

        create_file(csv, "資産ID,資産名,機密区分,管理部署,備考\n"
                         "B-001,人事ファイル,極秘,人事部,\"氏名, 住所, 連絡先\"\n"
                         "B-002,製品カタログ,公開,営業部,\n");
        ProcessResult again = office.signed_run({"asset", "import", csv, "--json"});
        REQUIRE(again.ok());
        CHECK(json::parse(again.out) == json{{"registered", 0}, {"updated", 1}, {"unchanged", 1}});

        const std::string bad = office.dir.file("bad.csv");
        create_file(bad, "資産ID,資産名,機密区分\nC-001,a,0\nC-002,b,とても秘密\n");
        ProcessResult malformed = office.signed_run({"asset", "import", bad});
        CHECK(malformed.exit_code == 1);
        CHECK(contains(malformed.err, "csv row 3 column 機密区分"));
        create_file(bad, "資産ID,資産名,機密区分,備考\nC-001,a,0,1234 5678 9018\n");
        ProcessResult my_number = office.signed_run({"asset", "import", bad});
        CHECK(my_number.exit_code == 3);
        CHECK(contains(my_number.err, "csv row 2 column 備考 holds a My Number"));

        const std::string exported = office.dir.file("export.csv");
        ProcessResult written = office.run({"asset", "export", "-o", exported, "--bom"});
        INFO(written.err);
        REQUIRE(written.ok());
        const std::string text = read_file(exported);
        CHECK(text.starts_with("\xEF\xBB\xBF資産ID,資産名,"));
        CHECK(contains(text, "\"氏名, 住所, 連絡先\""));
        CHECK(office.run({"asset", "export", "-o", exported}).exit_code == 3);  // never overwritten
        ProcessResult round_trip = office.signed_run({"asset", "import", exported});
        REQUIRE(round_trip.ok());
        CHECK(contains(round_trip.out, "0 registered, 0 updated, 2 unchanged"));
        CHECK(office.run({"asset", "export"}).out == text.substr(3));

        // Events the cert and carry-out commands will write, appended with the library.
        auto ledger = sanitize::ledger::Ledger::open(office.ledger).value();
        const std::string secret_text = read_file(office.operator_key);
        const std::string pass(passphrase);
        auto key = sanitize::keys::decode_secret_key(
                       secret_text, std::span(reinterpret_cast<const unsigned char*>(pass.data()), pass.size()))
                       .value();
        using sanitize::ledger::EventType;
        for (const auto& [type, payload] : std::vector<std::pair<EventType, std::string>>{
                 {EventType::wipe_certificate, R"({"outcome":"erased"})"},
                 {EventType::wipe_certificate, R"({"outcome":"failed"})"},
                 {EventType::media_carry_out, R"({"classification":2})"},
                 {EventType::media_return, R"({})"}}) {
            REQUIRE(ledger.append(key, {type, payload}));
        }
        const std::string year = std::to_string(current_japanese_year());
        ProcessResult report = office.run({"report", "--year", year, "--json"});
        INFO(report.err);
        REQUIRE(report.ok());
        const json figures = json::parse(report.out);
        CHECK(figures["certificates"] == 2);
        CHECK(figures["wipes_by_outcome"] == json{{"erased", 1}, {"failed", 1}});
        CHECK(figures["carry_outs_by_classification"] == json::array({0, 0, 1}));
        CHECK(figures["returns"] == 1);
        CHECK(figures["utc_offset_minutes"] == 540);
        ProcessResult table = office.run({"report", "--year", year}, "ja_JP.UTF-8");
        REQUIRE(table.ok());
        CHECK(contains(table.out, "消去証明書"));
        CHECK(contains(table.out, "2 極秘"));
        CHECK(office.run({"report", "--year", year, "--utc-offset", "9"}).exit_code == 2);
        ProcessResult last_year = office.run({"report", "--year", std::to_string(current_japanese_year() - 1), "--json"});
        CHECK(json::parse(last_year.out)["certificates"] == 0);

        ProcessResult verified = office.run({"ledger", "verify"});
        INFO(verified.err);
        CHECK(verified.ok());
    }
}

TEST_CASE("ledger log, export and verify, and a tampered event named by its seq", "[cli][ledger]") {
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "A-001", "--name", "顧客名簿", "--classification", "1"}).ok());

    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    const auto events = json_lines(log.out);
    REQUIRE(events.size() == 3);
    CHECK(events[0]["type"] == "ledger.init");
    CHECK(events[1]["type"] == "key.register");
    CHECK(events[2]["type"] == "asset.register");
    CHECK(events[2]["payload"]["name"] == "顧客名簿");
    CHECK(events[2]["hash"].get<std::string>().size() == 64);
    CHECK(events[2]["signature"].get<std::string>().size() == 128);
    CHECK(json_lines(office.run({"ledger", "log", "--json", "--after", "1", "--limit", "1"}).out).size() == 1);
    CHECK(contains(office.run({"ledger", "log"}).out, "asset.register"));

    const std::string exported = office.dir.file("events.jsonl");
    REQUIRE(office.run({"ledger", "export", "-o", exported}).ok());
    CHECK(json_lines(read_file(exported)) == events);

    ProcessResult ok = office.run({"ledger", "verify", "--root", office.root_key + ".pub"});
    INFO(ok.err);
    REQUIRE(ok.exit_code == 0);
    CHECK(contains(ok.out, "ledger OK: 3 events checked"));
    ProcessResult foreign_root = office.run({"ledger", "verify", "--root", office.operator_key + ".pub", "--json"});
    CHECK(foreign_root.exit_code == 4);
    CHECK(json::parse(foreign_root.out)["problem"] == "meta_mismatch");

    tamper(office.ledger, "DROP TRIGGER events_no_update; "
                          "UPDATE events SET payload = replace(payload, '顧客名簿', '顧客名薄') WHERE seq = 3;");
    ProcessResult bad = office.run({"ledger", "verify"});
    CHECK(bad.exit_code == 4);
    CHECK(contains(bad.err, "event 3 fails verification: its content was changed"));
    ProcessResult bad_json = office.run({"ledger", "verify", "--json"});
    CHECK(bad_json.exit_code == 4);
    const json report = json::parse(bad_json.out);
    CHECK(report["problem"] == "hash_mismatch");
    CHECK(report["first_bad_seq"] == 3);
    CHECK(report["events_checked"] == 2);
    ProcessResult japanese = office.run({"ledger", "verify"}, "ja_JP.UTF-8");
    CHECK(japanese.exit_code == 4);
    CHECK(contains(japanese.err, "イベント 3 の検証に失敗しました"));
}

TEST_CASE("key revocation, wrong passphrases, and passphrases never in argv", "[cli][ledger][key]") {
    CliOffice office;
    office.open_office();

    ProcessResult wrong = office.run({"asset", "add", "--id", "A-001", "--name", "n", "--classification", "0",
                                      "--passphrase-file", office.wrong_pass_file});
    CHECK(wrong.exit_code == 1);
    CHECK(contains(wrong.err, "wrong passphrase"));

    // There is no option that takes a passphrase on the command line.
    CHECK(office.run({"key", "init", "--out", office.dir.file("x.key"), "--passphrase", passphrase}).exit_code == 2);
    CHECK(office.run({"asset", "list", "--passphrase=" + std::string(passphrase)}).exit_code == 2);
    // Without a terminal and without a file or descriptor: an error that names both.
    ProcessResult no_source = office.run({"key", "init", "--out", office.dir.file("y.key"), "--kdf", "interactive"});
    CHECK(no_source.exit_code == 2);
    CHECK(contains(no_source.err, "--passphrase-file"));

    // An unregistered key may not write.
    const std::string stranger = office.dir.file("stranger.key");
    REQUIRE(office.make_key(stranger).ok());
    ProcessResult unknown = office.run({"asset", "add", "--id", "A-001", "--name", "n", "--classification", "0",
                                        "--key", stranger, "--passphrase-file", office.pass_file});
    CHECK(unknown.exit_code == 3);
    CHECK(contains(unknown.err, "does not accept key"));
    CHECK(contains(unknown.err, "sanitize: hint: the root key registers operator keys"));

    ProcessResult revoked = office.run({"key", "revoke", office.operator_key + ".pub", "--reason", "紛失", "--key",
                                        office.root_key, "--passphrase-file", office.pass_file});
    INFO(revoked.err);
    REQUIRE(revoked.ok());
    CHECK(contains(office.run({"key", "show"}).out, "yes, at event 3"));
    ProcessResult after = office.signed_run({"asset", "add", "--id", "A-001", "--name", "n", "--classification", "0"});
    CHECK(after.exit_code == 3);
    CHECK(contains(after.err, "signed by a revoked key"));
    CHECK(office.run({"ledger", "verify"}).ok());
}

TEST_CASE("a missing ledger or key gives a hint", "[cli][ledger]") {
    CliOffice office;
    ProcessResult list = office.run({"asset", "list"});
    CHECK(list.exit_code == 2);
    CHECK(contains(list.err, "sanitize: error: " + office.ledger));
    CHECK(contains(list.err, "sanitize: hint: create the ledger with `sanitize ledger init`"));
    CHECK(office.run({"ledger", "verify"}).exit_code == 2);
    CHECK(office.run({"report", "--year", "2025"}).exit_code == 2);

    ProcessResult show = office.run({"key", "show"});
    CHECK(show.exit_code == 2);
    CHECK(contains(show.err, "sanitize key init"));
}

TEST_CASE("help of the key, ledger, asset and report commands in both languages", "[cli][ledger]") {
    CliOffice office;
    for (std::vector<std::string> command :
         {std::vector<std::string>{"key"}, {"key", "init"}, {"key", "register"}, {"ledger"}, {"ledger", "verify"},
          {"asset"}, {"asset", "add"}, {"asset", "import"}, {"report"}}) {
        command.push_back("--help");
        ProcessResult en = office.run(command);
        INFO(command[0] << " " << command[1]);
        CHECK(en.exit_code == 0);
        CHECK(contains(en.out, "Examples:"));
        ProcessResult ja = office.run(command, "ja_JP.UTF-8");
        CHECK(ja.exit_code == 0);
        CHECK(contains(ja.out, "例:"));
    }
    ProcessResult no_action = office.run({"asset"});
    CHECK(no_action.exit_code == 2);
    ProcessResult unknown_option = office.run({"asset", "add", "--colour", "red"});
    CHECK(unknown_option.exit_code == 2);
    CHECK(contains(unknown_option.err, "sanitize: hint: see 'sanitize asset add --help'"));
    CHECK(office.run({"report"}).exit_code == 2);  // --year is required
    CHECK(office.run({"asset", "add", "--id", "A", "--name", "n", "--classification", "3"}).exit_code == 2);
}

TEST_CASE("a shared ledger on PostgreSQL, named by its URL", "[cli][ledger][postgres]") {
    Location<PostgresBackend> database;
    if (!database.available()) {
        WARN("PostgreSQL transcript not run: no test server (tests/ledger/pg_test_server.sh)");
        return;
    }
    CliOffice office;
    office.ledger = database.location();  // SANITIZE_LEDGER=postgresql://…
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "A-001", "--name", "顧客名簿", "--classification", "1"}).ok());
    const auto rows = json_lines(office.run({"asset", "list", "--json"}).out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["name"] == "顧客名簿");
    ProcessResult verified = office.run({"ledger", "verify"});
    INFO(verified.err);
    CHECK(verified.ok());
    CHECK(contains(verified.out, "3 events checked"));

    database.drop_append_only_guard();
    database.raw()->exec("UPDATE events SET time = '2020-01-01T00:00:00Z' WHERE seq = 2");
    ProcessResult bad = office.run({"ledger", "verify", "--json"});
    CHECK(bad.exit_code == 4);
    CHECK(json::parse(bad.out)["first_bad_seq"] == 2);
}
