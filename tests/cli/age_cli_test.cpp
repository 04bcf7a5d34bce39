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

    ProcessResult head_only = encrypt(office.dir.file("a.tar.age"), {"--approver", "部長", "--approver-title", "department_head"});
    CHECK(head_only.exit_code == 3);
    CHECK(contains(head_only.err, "level 2 needs the approval of the representative_director"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("a.tar.age")));

    ProcessResult approved =
        encrypt(office.dir.file("b.tar.age"), {"--approver", "代表 太郎", "--approver-title", "representative_director", "--medium-serial", "USB-SN-1"});
    INFO(approved.err);
    REQUIRE(approved.ok());
    const json result = json::parse(approved.out);
    REQUIRE(result["ledger_seq"].is_number());
    ProcessResult log = office.run({"ledger", "log", "--json"});
    bool found = false;
    for (const json& event : json_lines(log.out)) {
        if (event["type"] != "media.carry_out") continue;
        found = true;
        const json payload = event["payload"].is_string() ? json::parse(event["payload"].get<std::string>()) : event["payload"];
        CHECK(payload["classification"] == 2);
        CHECK(payload["approver"]["name"] == "代表 太郎");
        CHECK(payload["medium_serial"] == "USB-SN-1");
        CHECK(payload["recipient_fingerprints"] == result["recipient_fingerprints"]);
    }
    CHECK(found);
    ProcessResult returned = office.signed_run({"carry-out", "return", "--asset", "PC-9"});
    INFO(returned.err);
    CHECK(returned.ok());
    ProcessResult report = office.run({"report", "--year", std::to_string(current_japanese_year()), "--json"});
    REQUIRE(report.ok());
    const json figures = json::parse(report.out);
    CHECK(figures["carry_outs"] == 1);
    CHECK(figures["returns"] == 1);
}
