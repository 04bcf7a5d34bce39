// Transcripts of `sanitize attach`: archives that stock 7-Zip opens with the password shown
// once, passwords refused with their reason, the disclosure in the ledger without the password,
// and --check telling a protected archive from one that is not, crafted ones included.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "hostile_zips.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

// A folder with a Japanese name, a text file and some random bytes.
std::string make_documents(const TempDir& dir) {
    const std::string folder = dir.file("見積");
    std::filesystem::create_directories(folder + "/添付資料");
    create_file(folder + "/見積書.txt", "御見積書\n金額: 1,000,000 円\n");
    std::string random(200000, '\0');
    for (std::size_t i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 2654435761U) >> 13);
    create_file(folder + "/添付資料/data.bin", random);
    return folder;
}

// 7-Zip's listing of the archive, technical form; the password goes into the test's own 7z
// argv, which is acceptable in a test and nowhere else.
ProcessResult seven_zip(const std::vector<std::string>& args) {
    const auto program = find_program("7z");
    REQUIRE(program);
    std::vector<std::string> argv{*program};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

}  // namespace

TEST_CASE("attach makes a ZIP that 7-Zip extracts with the generated password", "[cli][attach]") {
    CliOffice office;
    const std::string folder = make_documents(office.dir);
    const std::string archive = office.dir.file("見積.zip");
    ProcessResult made = office.run({"attach", folder, "-o", archive, "--no-ledger", "--json"});
    INFO(made.err);
    REQUIRE(made.ok());
    const json result = json::parse(made.out);
    const std::string password = result["password"];
    CHECK(password.size() == 24);  // five groups of four, four hyphens
    CHECK(result["encryption"] == "winzip-aes-256");

    if (!find_program("7z")) {
        WARN("7-Zip interop not checked: 7z is not installed");
        return;
    }
    ProcessResult listed = seven_zip({"l", "-slt", "-p" + password, archive});
    REQUIRE(listed.ok());
    CHECK(contains(listed.out, "Path = 見積/見積書.txt"));
    CHECK(contains(listed.out, "Method = AES-256 Deflate"));
    const std::string out = office.dir.file("out");
    ProcessResult extracted = seven_zip({"x", "-p" + password, "-o" + out, archive});
    INFO(extracted.out << extracted.err);
    REQUIRE(extracted.ok());
    CHECK(read_file(out + "/見積/見積書.txt") == read_file(folder + "/見積書.txt"));
    CHECK(read_file(out + "/見積/添付資料/data.bin") == read_file(folder + "/添付資料/data.bin"));
    CHECK_FALSE(seven_zip({"x", "-pWrong-Pass-Word-1", "-o" + office.dir.file("wrong"), archive}).ok());
}

TEST_CASE("a supplied password must meet the policy, and the refusal says why", "[cli][attach]") {
    CliOffice office;
    const std::string folder = make_documents(office.dir);
    const std::string archive = office.dir.file("a.zip");
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"Ab1!", "4 characters; the policy asks for at least 10"},
        {"abcdefgh12!!", "it has no upper-case letter"},
        {"Password123!", "dictionary word"},
    };
    for (const auto& [password, reason] : refused) {
        create_file(office.dir.file("pw.txt"), password + "\n");
        ProcessResult made = office.run({"attach", folder, "-o", archive, "--no-ledger", "--password-file", office.dir.file("pw.txt")});
        INFO(password << ": " << made.err);
        CHECK(made.exit_code == 3);
        CHECK(contains(made.err, reason));
        CHECK_FALSE(contains(made.err, password));  // the reason never repeats the password
        CHECK_FALSE(std::filesystem::exists(archive));
    }
    create_file(office.dir.file("pw.txt"), "Hq7#vR2m!xTz9@\n");
    ProcessResult accepted = office.run({"attach", folder, "-o", archive, "--no-ledger", "--password-file", office.dir.file("pw.txt")});
    INFO(accepted.err);
    REQUIRE(accepted.ok());
    CHECK_FALSE(contains(accepted.out, "Hq7#vR2m!xTz9@"));  // a supplied password is never echoed
    ProcessResult checked = office.run({"attach", "--check", archive, "--password-file", office.dir.file("pw.txt")});
    CHECK(checked.ok());
    create_file(office.dir.file("wrong.txt"), "Hq7#vR2m!xTz9?\n");
    ProcessResult wrong = office.run({"attach", "--check", archive, "--password-file", office.dir.file("wrong.txt")});
    CHECK(wrong.exit_code == 1);
    CHECK(contains(wrong.err, "wrong password (entry"));  // an attachment's password, not a passphrase
}

TEST_CASE("with a ledger the disclosure is recorded, and the password is nowhere in it", "[cli][attach]") {
    CliOffice office;
    office.open_office();
    const std::string folder = make_documents(office.dir);
    const std::string archive = office.dir.file("送付.zip");
    ProcessResult made = office.signed_run({"attach", folder, "-o", archive, "--to", "A社 佐藤様", "--classification", "2", "--json"});
    INFO(made.err);
    REQUIRE(made.ok());
    const json result = json::parse(made.out);
    REQUIRE(result["ledger_seq"].is_number());
    const std::string password = result["password"];

    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    bool found = false;
    for (const json& event : json_lines(log.out)) {
        if (event["type"] != "attachment.disclosure") continue;
        found = true;
        const json payload = event["payload"].is_string() ? json::parse(event["payload"].get<std::string>()) : event["payload"];
        CHECK(payload["recipient"] == "A社 佐藤様");
        CHECK(payload["classification"] == 2);
        CHECK(payload["archive_sha256"] == result["sha256"]);
    }
    CHECK(found);
    // The whole ledger file, WAL included, never holds the password.
    for (const std::string& file : {office.ledger, office.ledger + "-wal"}) {
        if (std::filesystem::exists(file)) CHECK_FALSE(contains(read_file(file), password));
    }
    ProcessResult report = office.run({"report", "--year", std::to_string(current_japanese_year()), "--json"});
    REQUIRE(report.ok());
    CHECK(json::parse(report.out)["disclosures"] == 1);
}

// The writer re-opens every archive before naming it, for both front ends; the GUI also checked
// the named archive again, as `attach --check` does, before recording it, and the CLI did not
// (nor said so). Both now run the attach job, which does, and the CLI says what it read back.
TEST_CASE("CLI drift: the attachment is read back with its password before it is recorded", "[cli][attach][drift]") {
    CliOffice office;
    office.open_office();
    const std::string folder = make_documents(office.dir);
    const std::string archive = office.dir.file("送付.zip");
    ProcessResult made = office.signed_run({"attach", folder, "-o", archive, "--to", "A社 佐藤様", "--json"});
    INFO(made.err);
    REQUIRE(made.ok());
    const json result = json::parse(made.out);
    REQUIRE(result["ledger_seq"].is_number());
    CHECK(result["read_back_entries"] == result["entries"]);
    CHECK(result["read_back_entries"] == 4);  // the folder, its subfolder and two files

    ProcessResult text = office.signed_run({"attach", folder, "-o", office.dir.file("二通目.zip"), "--to", "A社 佐藤様"});
    INFO(text.err);
    REQUIRE(text.ok());
    CHECK(contains(text.out, "read back with the password: 4 entries, all intact"));
}

TEST_CASE("hidden names, and --check refusing traditional ZIP encryption", "[cli][attach]") {
    CliOffice office;
    const std::string folder = make_documents(office.dir);
    const std::string hidden = office.dir.file("hidden.zip");
    ProcessResult made = office.run({"attach", folder, "-o", hidden, "--hide-names", "--no-ledger", "--json"});
    INFO(made.err);
    REQUIRE(made.ok());
    if (find_program("7z")) {
        ProcessResult listed = seven_zip({"l", "-slt", "-pnot-the-password", hidden});
        CHECK_FALSE(contains(listed.out, "見積書.txt"));
    }

    const std::string legacy = office.dir.file("legacy.zip");
    create_file(office.dir.file("pw.txt"), "Hq7#vR2m!xTz9@\n");
    ProcessResult weak = office.run({"attach", folder, "-o", legacy, "--legacy-zipcrypto", "--no-ledger", "--password-file",
                                     office.dir.file("pw.txt")});
    INFO(weak.err);
    REQUIRE(weak.ok());
    CHECK(contains(weak.err, "traditional ZIP encryption is broken"));
    ProcessResult checked = office.run({"attach", "--check", legacy, "--password-file", office.dir.file("pw.txt")});
    CHECK(checked.exit_code == 3);
    CHECK(contains(checked.err, "ZipCrypto"));
}

TEST_CASE("attach --check reads 7-Zip's own archives: AES-256 passes, ZipCrypto is refused, damage is found", "[cli][attach]") {
    if (!find_program("7z")) {
        WARN("not checked: 7z is not installed");
        return;
    }
    CliOffice office;
    const std::string folder = make_documents(office.dir);
    const std::string password = "Hq7#vR2m!xTz9@";
    create_file(office.dir.file("pw.txt"), password + "\n");
    const std::string aes = office.dir.file("aes.zip");
    const std::string legacy = office.dir.file("zipcrypto.zip");
    // Short files are stored (not deflated) by 7-Zip: the path libzip 1.7.3 cannot check.
    REQUIRE(seven_zip({"a", "-tzip", "-mem=AES256", "-p" + password, aes, folder}).ok());
    REQUIRE(seven_zip({"a", "-tzip", "-p" + password, legacy, folder}).ok());

    ProcessResult good = office.run({"attach", "--check", aes, "--password-file", office.dir.file("pw.txt")});
    INFO(good.err);
    CHECK(good.ok());
    ProcessResult weak = office.run({"attach", "--check", legacy, "--password-file", office.dir.file("pw.txt")});
    CHECK(weak.exit_code == 3);
    CHECK(contains(weak.err, "ZipCrypto"));

    std::string bytes = read_file(aes);
    const auto at = bytes.find("data.bin");
    REQUIRE(at != std::string::npos);
    bytes[at + 200] = static_cast<char>(bytes[at + 200] ^ 0x40);  // inside the first entry's ciphertext
    create_file(aes, bytes);
    ProcessResult damaged = office.run({"attach", "--check", aes, "--password-file", office.dir.file("pw.txt")});
    CHECK(damaged.exit_code == 4);
    CHECK(contains(damaged.err, "does not authenticate"));
}

TEST_CASE("attach --check fails crafted archives that hide plaintext from the directory", "[cli][attach]") {
    CliOffice office;
    const std::string password = "Hq7#vR2m!xTz9@";
    create_file(office.dir.file("pw.txt"), password + "\n");
    auto check = [&](const std::string& name, const zip::Bytes& bytes, const std::string& lang) {
        create_file(office.dir.file(name), std::string(bytes.begin(), bytes.end()));
        return office.run({"attach", "--check", office.dir.file(name), "--password-file", office.dir.file("pw.txt")}, lang);
    };
    ProcessResult passes = check("honest.zip", zip::honest_archive(password), "C");
    INFO(passes.err);
    CHECK(passes.ok());
    const zip::Bytes crafted = zip::folder_hiding_plaintext(password);
    ProcessResult en = check("crafted.zip", crafted, "C");
    CHECK(en.exit_code == 4);
    CHECK(contains(en.err, "tampered with"));
    CHECK(contains(en.err, "folder/: its local header names another file"));
    ProcessResult ja = check("crafted.zip", crafted, "ja_JP.UTF-8");
    CHECK(ja.exit_code == 4);
    CHECK(contains(ja.err, "改ざん"));
}
