// The password policy (POLICY "Accounts and passwords") for the secrets people choose besides
// attachment passwords: operator key passphrases (the privileged rule, 12 characters) and age
// carry-out passphrases (the ordinary rule, 10). Refused with the reason, nothing written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

std::string make_folder(const TempDir& dir) {
    const std::string folder = dir.file("持ち出し");
    fs::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    return folder;
}

ProcessResult key_init(const CliOffice& office, const std::string& path, const std::string& passphrase,
                       const std::string& lang = "C") {
    create_file(office.dir.file("new.pass"), passphrase + "\n");
    return office.run({"key", "init", "--out", path, "--kdf", "interactive", "--passphrase-file", office.dir.file("new.pass")},
                      lang);
}

}  // namespace

TEST_CASE("key init holds the passphrase to the privileged rule and writes nothing when it is refused",
          "[cli][key][password]") {
    CliOffice office;
    const std::string key = office.dir.file("keys/new.key");
    // Eleven characters pass for an age passphrase (ordinary rule) but not for a key.
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"Kq7#mPx2Wz9", "11 characters; the policy asks for at least 12"},
        {"kq7#mpx2wz9!v", "upper-case"},
        {"Password2024!x", "dictionary word"},
    };
    for (const auto& [passphrase, reason] : refused) {
        ProcessResult made = key_init(office, key, passphrase);
        INFO(passphrase << ": " << made.err);
        CHECK(made.exit_code == 3);
        CHECK(contains(made.err, reason));
        CHECK_FALSE(contains(made.err, passphrase));  // the reason never repeats the passphrase
        CHECK_FALSE(fs::exists(key));
        CHECK_FALSE(fs::exists(key + ".pub"));
    }
    ProcessResult ja = key_init(office, key, "Kq7#mPx2Wz9", "ja_JP.UTF-8");
    INFO(ja.err);
    CHECK(ja.exit_code == 3);
    CHECK(contains(ja.err, "11 文字です（規程では 12 文字以上）"));
    CHECK(contains(ja.err, "鍵のパスフレーズは 12 文字以上"));

    ProcessResult accepted = key_init(office, key, "Kq7#mPx2Wz9!");
    INFO(accepted.err);
    CHECK(accepted.ok());
    CHECK(fs::exists(key));
}

TEST_CASE("encrypt refuses a weak carry-out passphrase before it writes or records anything", "[cli][age][password]") {
    CliOffice office;
    office.open_office();
    const std::string folder = make_folder(office.dir);
    const std::string archive = office.dir.file("out.tar.age");
    auto encrypt = [&](const std::string& passphrase, const std::string& lang = "C") {
        create_file(office.dir.file("pp.txt"), passphrase + "\n");
        return office.run({"encrypt", folder, "-o", archive, "--classification", "0", "--passphrase-file",
                           office.dir.file("pp.txt"), "--key-passphrase-file", office.pass_file},
                          lang);
    };
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"Ab1!xyz", "7 characters; the policy asks for at least 10"},
        {"a long carry-out passphrase", "upper-case"},
        {"Sunshine#77x", "dictionary word"},
    };
    for (const auto& [passphrase, reason] : refused) {
        ProcessResult made = encrypt(passphrase);
        INFO(passphrase << ": " << made.err);
        CHECK(made.exit_code == 3);
        CHECK(contains(made.err, reason));
        CHECK_FALSE(contains(made.err, passphrase));
        CHECK_FALSE(fs::exists(archive));
    }
    ProcessResult ja = encrypt("Sunshine#77x", "ja_JP.UTF-8");
    CHECK(ja.exit_code == 3);
    CHECK(contains(ja.err, "辞書にある単語"));
    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    CHECK_FALSE(contains(log.out, "media.carry_out"));

    // Eleven characters meet the ordinary rule that carry-out passphrases follow.
    ProcessResult accepted = encrypt("Kq7#mPx2Wz9");
    INFO(accepted.err);
    REQUIRE(accepted.ok());
    ProcessResult decrypted = office.run({"decrypt", archive, "-o", office.dir.file("plain"), "--passphrase-file",
                                          office.dir.file("pp.txt")});
    INFO(decrypted.err);
    CHECK(decrypted.ok());
}
