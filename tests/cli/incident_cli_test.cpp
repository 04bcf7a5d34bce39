// Transcripts of `sanitize incident report` and `sanitize audit note|list`: a carry-out keeps the
// list of its files sealed to the auditors' age keys; an incident report shows it only to an
// auditor's identity, refuses another key with nothing recorded, and says when no list was kept.
// Audit notes are written by an auditor's key only.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "incident_office.hpp"

using namespace sanitize::test;
using nlohmann::json;


TEST_CASE("an incident report lists the lost files only with an auditor's age identity", "[cli][incident]") {
    IncidentOffice office;
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder + "/名簿");
    const std::string roster = "山田,090-0000-0000\n";
    const std::string minutes(70000, 'm');  // more than one age chunk
    create_file(folder + "/名簿/顧客一覧.csv", roster);
    create_file(folder + "/minutes.txt", minutes);
    const long long seq = office.carry_out(folder, office.dir.file("out.tar.age"));

    // The record holds the list sealed and its hash, never a file name in the clear.
    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    CHECK_FALSE(contains(log.out, "顧客一覧"));
    CHECK_FALSE(contains(log.out, "minutes.txt"));
    const std::vector<json> carry_outs = office.events_of_type("media.carry_out");
    REQUIRE(carry_outs.size() == 1);
    const json record = payload_of(carry_outs.front());
    CHECK(record["manifest"] == "sealed");
    CHECK(record["manifest_files"] == 2);
    CHECK(record["manifest_sha256"].get<std::string>().size() == 64);
    CHECK(record["manifest_recipient_fingerprints"].size() == 1);

    SECTION("without an identity: what was lost, and that the list exists and who can read it") {
        ProcessResult report = office.signed_run({"incident", "report", "--carry-out", std::to_string(seq), "--note",
                                                  "電車内で紛失", "--json"});
        INFO(report.err);
        REQUIRE(report.ok());
        const json document = json::parse(report.out);
        CHECK(document["carry_out"]["classification"] == 2);
        CHECK(document["carry_out"]["asset_id"] == "USB-7");
        CHECK(document["carry_out"]["department"] == "総務部");
        CHECK(document["carry_out"]["medium_serial"] == "SN-0042");
        CHECK(document["carry_out"]["encrypted"] == true);
        CHECK(document["carry_out"]["recipient_fingerprints"].size() == 1);
        CHECK(document["manifest"]["kept"] == true);
        CHECK(document["manifest"]["opened"] == false);
        CHECK_FALSE(document["manifest"].contains("files"));
        CHECK(document["manifest"]["readers"] == json::array({public_key_of(office.auditor_identity)}));
        CHECK_FALSE(contains(report.out, "顧客一覧"));
        const std::vector<json> incidents = office.events_of_type("incident.report");
        REQUIRE(incidents.size() == 1);
        CHECK(payload_of(incidents.front())["carry_out"] == seq);
        CHECK(payload_of(incidents.front())["note"] == "電車内で紛失");

        // The loss is the carry-out's state now; a second report of it is refused, nothing recorded.
        ProcessResult listed = office.run({"carry-out", "list", "--json"});
        REQUIRE(listed.ok());
        const std::vector<json> rows = json_lines(listed.out);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0]["open"] == false);
        CHECK(rows[0]["lost_seq"] == incidents.front()["seq"]);
        CHECK(contains(office.run({"carry-out", "list"}, "ja_JP.UTF-8").out, "紛失（事故報告、イベント"));
        CHECK(office.run({"carry-out", "list", "--open", "--json"}).out.empty());
        ProcessResult again = office.signed_run({"incident", "report", "--carry-out", std::to_string(seq)});
        CHECK(again.exit_code == 3);
        CHECK(contains(again.err, "carry-out " + std::to_string(seq) + " was reported lost already, in event"));
        ProcessResult again_ja = office.run({"incident", "report", "--carry-out", std::to_string(seq), "--passphrase-file",
                                             office.pass_file}, "ja_JP.UTF-8");
        CHECK(again_ja.exit_code == 3);
        CHECK(contains(again_ja.err, "の紛失はイベント"));
        CHECK(office.events_of_type("incident.report").size() == 1);

        // The text report, of another carry-out.
        const long long other = office.carry_out(folder, office.dir.file("other.tar.age"));
        ProcessResult text = office.signed_run({"incident", "report", "--carry-out", std::to_string(other)});
        INFO(text.err);
        REQUIRE(text.ok());
        CHECK(contains(text.out, "A list of the 2 files is kept, encrypted"));
        CHECK(contains(text.out, public_key_of(office.auditor_identity)));
        CHECK_FALSE(contains(text.out, "minutes.txt"));
    }

    SECTION("another age key is refused and nothing is recorded") {
        ProcessResult report = office.signed_run({"incident", "report", "--carry-out", std::to_string(seq), "--identity",
                                                  office.stranger_identity, "--json"});
        CHECK(report.exit_code == 1);
        CHECK_FALSE(contains(report.out, "顧客一覧"));
        CHECK(office.events_of_type("incident.report").empty());
        // Nor does the archive's own recipient read the auditors' list.
        ProcessResult receiver = office.signed_run({"incident", "report", "--carry-out", std::to_string(seq), "--identity",
                                                    office.receiver_identity});
        CHECK(receiver.exit_code == 1);
        CHECK(office.events_of_type("incident.report").empty());
    }

    SECTION("an auditor's identity lists the files, each with its size and SHA-256") {
        ProcessResult report = office.run({"incident", "report", "--carry-out", std::to_string(seq), "--identity",
                                           office.auditor_identity, "--key", office.auditor_key, "--passphrase-file",
                                           office.pass_file, "--json"});
        INFO(report.err);
        REQUIRE(report.ok());
        const json document = json::parse(report.out);
        CHECK(document["manifest"]["opened"] == true);
        const json files = document["manifest"]["files"];
        REQUIRE(files.size() == 2);
        // Archive order: names sorted bytewise within each folder.
        CHECK(files[0]["name"] == "持ち出し/minutes.txt");
        CHECK(files[0]["size"] == minutes.size());
        CHECK(files[0]["sha256"] == sha256_hex(minutes));
        CHECK(files[1]["name"] == "持ち出し/名簿/顧客一覧.csv");
        CHECK(files[1]["size"] == roster.size());
        CHECK(files[1]["sha256"] == sha256_hex(roster));
        // The auditor's report is an event of its own, signed by the auditor.
        CHECK(office.events_of_type("incident.report").size() == 1);

        const long long other = office.carry_out(folder, office.dir.file("other.tar.age"));
        ProcessResult japanese = office.run({"incident", "report", "--carry-out", std::to_string(other), "--identity",
                                             office.auditor_identity, "--key", office.auditor_key, "--passphrase-file",
                                             office.pass_file, "--lang", "ja"});
        INFO(japanese.err);
        REQUIRE(japanese.ok());
        CHECK(contains(japanese.out, "紛失を台帳に記録しました"));
        CHECK(contains(japanese.out, "持ち出し/名簿/顧客一覧.csv"));
        CHECK(contains(japanese.out, "総務部"));
    }

    SECTION("an event that is not a carry-out is refused with nothing recorded") {
        ProcessResult report = office.signed_run({"incident", "report", "--carry-out", "1"});
        CHECK(report.exit_code == 2);
        CHECK(contains(report.err, "ledger event 1 is not a carry-out"));
        CHECK(office.events_of_type("incident.report").empty());
    }
}

TEST_CASE("a carry-out without auditors configured records that no list was kept", "[cli][incident]") {
    IncidentOffice office;
    std::filesystem::remove(office.config_file);
    const std::string folder = office.dir.file("folder");
    std::filesystem::create_directories(folder);
    create_file(folder + "/a.txt", "a\n");
    const long long seq = office.carry_out(folder, office.dir.file("out.tar.age"));
    CHECK(payload_of(office.events_of_type("media.carry_out").front())["manifest"] == "not_kept");
    ProcessResult report = office.signed_run({"incident", "report", "--carry-out", std::to_string(seq), "--identity",
                                              office.auditor_identity});
    INFO(report.err);
    REQUIRE(report.ok());
    CHECK(contains(report.out, "No list of the files was kept"));
}

TEST_CASE("a mistyped auditor recipient in sanitize.conf stops the run before anything is encrypted", "[cli][incident]") {
    IncidentOffice office;
    create_file(office.config_file, "auditor_recipients = age1notakey\n");
    const std::string folder = office.dir.file("folder");
    std::filesystem::create_directories(folder);
    create_file(folder + "/a.txt", "a\n");
    ProcessResult encrypted = office.run({"encrypt", folder, "-o", office.dir.file("out.tar.age"), "-r",
                                          public_key_of(office.receiver_identity), "--asset", "USB-7", "--key-passphrase-file",
                                          office.pass_file});
    CHECK(encrypted.exit_code != 0);
    CHECK(contains(encrypted.err, "auditor_recipients"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("out.tar.age")));
}

TEST_CASE("audit notes are written by an auditor's key only and listed for every reader", "[cli][audit]") {
    IncidentOffice office;
    ProcessResult staff = office.signed_run({"audit", "note", "棚卸し: USB-7 所在不明"});
    CHECK(staff.exit_code == 3);
    ProcessResult empty = office.run({"audit", "list", "--json"});
    REQUIRE(empty.ok());
    CHECK(json_lines(empty.out).empty());

    ProcessResult auditor = office.run({"audit", "note", "棚卸し: USB-7 所在不明", "--key", office.auditor_key,
                                        "--passphrase-file", office.pass_file, "--json"});
    INFO(auditor.err);
    REQUIRE(auditor.ok());
    ProcessResult listed = office.run({"audit", "list", "--json"});
    REQUIRE(listed.ok());
    const std::vector<json> notes = json_lines(listed.out);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]["text"] == "棚卸し: USB-7 所在不明");
    CHECK(notes[0]["auditor"] == "監査 一郎");
    CHECK(notes[0]["seq"] == json::parse(auditor.out)["ledger_seq"]);
    ProcessResult other_year = office.run({"audit", "list", "--year", "2001", "--json"});
    REQUIRE(other_year.ok());
    CHECK(json_lines(other_year.out).empty());
    // The note's own year at UTC lists it: the year's bounds are the yearly report's.
    const std::string note_year = notes[0]["time"].get<std::string>().substr(0, 4);
    ProcessResult its_year = office.run({"audit", "list", "--year", note_year, "--utc-offset", "+00:00", "--json"});
    REQUIRE(its_year.ok());
    CHECK(json_lines(its_year.out).size() == 1);
    ProcessResult text = office.run({"audit", "list", "--lang", "ja"});
    REQUIRE(text.ok());
    CHECK(contains(text.out, "監査 一郎"));
    // A table with its header row, as the other lists have.
    CHECK(text.out.starts_with("番号"));
    CHECK(contains(text.out.substr(0, text.out.find('\n')), "所見"));
    CHECK(office.run({"audit", "list"}).out.starts_with("SEQ"));
}
