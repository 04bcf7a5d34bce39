// Transcripts of misuses (issue 20): each one met by one behaviour, said in the user's language,
// refused before any work where it can be known before.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;

namespace {

std::set<std::string> names_in(const std::string& directory) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) names.insert(entry.path().filename().string());
    return names;
}

}  // namespace

TEST_CASE("an existing output is refused before any work, exit 3, in English and Japanese", "[cli][misuse]") {
    CliOffice office;
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    const std::string existing = office.dir.file("既存.bin");
    create_file(existing, "keep me\n");
    const std::set<std::string> before = names_in(office.dir.path());

    struct Misuse {
        std::vector<std::string> args;
        std::string stdin_text;
    };
    const std::vector<Misuse> misuses{
        {{"attach", folder, "-o", existing, "--no-ledger"}, ""},
        // The passphrase on stdin is never asked for: the refusal comes first.
        {{"encrypt", folder, "-o", existing, "--passphrase-fd", "0", "--no-ledger"}, "受け渡し用 passphrase 2026\n"},
        {{"keygen", "-o", existing}, ""},
    };
    for (const Misuse& misuse : misuses) {
        CAPTURE(misuse.args[0]);
        ProcessResult en = office.run(misuse.args, "C", misuse.stdin_text);
        CHECK(en.exit_code == 3);
        CHECK(contains(en.err, "sanitize: error: " + existing + " already exists"));
        CHECK_FALSE(contains(en.err, "changed by someone else"));
        std::vector<std::string> ja_args{"--lang", "ja"};
        ja_args.insert(ja_args.end(), misuse.args.begin(), misuse.args.end());
        ProcessResult ja = office.run(ja_args, "C", misuse.stdin_text);
        CHECK(ja.exit_code == 3);
        CHECK(contains(ja.err, existing + " は既に存在します"));
        CHECK(read_file(existing) == "keep me\n");
        CHECK(names_in(office.dir.path()) == before);  // no temporary or partial file left
    }
}

TEST_CASE("a zero-length image is refused up front, exit 2, and nothing is written", "[cli][misuse]") {
    CliOffice office;
    const std::string image = office.dir.file("empty.img");
    create_file(image, "");
    const std::set<std::string> before = names_in(office.dir.path());

    ProcessResult wiped = office.run({"wipe", image, "--yes", "--method", "zero", "--no-ledger", "--json"});
    CHECK(wiped.exit_code == 2);
    CHECK(contains(wiped.err, "sanitize: error: " + image + " holds 0 bytes"));
    CHECK(wiped.out.empty());  // no report: the wipe never started
    ProcessResult wiped_ja = office.run({"--lang", "ja", "wipe", image, "--yes", "--method", "zero", "--no-ledger"});
    CHECK(wiped_ja.exit_code == 2);
    CHECK(contains(wiped_ja.err, image + " の容量は 0 バイトです"));

    ProcessResult verified = office.run({"verify-media", image, "--expect", "zero"});
    CHECK(verified.exit_code == 2);
    CHECK(contains(verified.err, image + " holds 0 bytes"));

    CHECK(read_file(image).empty());
    CHECK(names_in(office.dir.path()) == before);
}

TEST_CASE("a purge the target does not offer is refused before the key's passphrase is asked", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    const std::string image = office.dir.file("disk.img");
    create_file(image, marker_text(std::uint64_t{1} << 20));
    // A ledger and a key are set (SANITIZE_LEDGER, SANITIZE_KEY) and no passphrase is given: the
    // key would be unlocked from a terminal, which a test has not. The method is refused first.
    ProcessResult purged = office.run({"purge", image, "--method", "nvme-sanitize-crypto"});
    CHECK(purged.exit_code == 3);
    CHECK(contains(purged.err, "nvme-sanitize-crypto is not available: a disk image has no drive firmware to ask"));
    CHECK_FALSE(contains(purged.err, "passphrase"));
    ProcessResult purged_ja = office.run({"purge", image, "--method", "nvme-sanitize-crypto", "--json"}, "ja_JP.UTF-8");
    CHECK(purged_ja.exit_code == 3);
    CHECK(contains(purged_ja.out, "sanitize.purge-unavailable/1"));
    CHECK(contains(purged_ja.err, "ディスクイメージには問い合わせるファームウェアがありません"));
    CHECK_FALSE(contains(purged_ja.err, "パスフレーズ"));
    CHECK(contains_marker(read_file(image)));
}

TEST_CASE("encrypt and prepare: --passphrase-file is the archive's, said in the help and when given with -r",
          "[cli][misuse]") {
    CliOffice office;
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    const std::string identity = office.dir.file("receiver.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::string text = read_file(identity);
    const std::string recipient = text.substr(text.find("age1"), 62);

    for (const char* command : {"encrypt", "prepare", "decrypt"}) {
        CAPTURE(command);
        const std::string help = office.run({command, "--help"}).out;
        // The option's line, then its description on the next.
        const std::size_t option = help.find("  --passphrase-file ");
        REQUIRE(option != std::string::npos);
        const std::size_t start = help.find('\n', option) + 1;
        const std::string description = help.substr(start, help.find('\n', start) - start);
        CHECK(contains(description, "archive's passphrase"));
        CHECK_FALSE(contains(description, "the key's"));
    }
    const std::vector<std::vector<std::string>> both{
        {"encrypt", folder, "-o", office.dir.file("out.tar.age"), "-r", recipient, "--passphrase-file", office.pass_file,
         "--no-ledger"},
        {"prepare", office.dir.file("stick.img"), "--folder", folder, "-r", recipient, "--passphrase-file", office.pass_file},
    };
    for (const std::vector<std::string>& args : both) {
        CAPTURE(args[0]);
        ProcessResult en = office.run(args);
        CHECK(en.exit_code == 2);
        CHECK(contains(en.err, "sanitize: error: give recipients or a passphrase, not both"));
        CHECK(contains(en.err, "the signing key's passphrase is --key-passphrase-file"));
        CHECK_FALSE(contains(en.err, "give a recipient with -r"));
        std::vector<std::string> ja_args{"--lang", "ja"};
        ja_args.insert(ja_args.end(), args.begin(), args.end());
        ProcessResult ja = office.run(ja_args);
        CHECK(ja.exit_code == 2);
        CHECK(contains(ja.err, "署名鍵のパスフレーズは --key-passphrase-file"));
    }
    CHECK_FALSE(std::filesystem::exists(office.dir.file("out.tar.age")));
}

TEST_CASE("errors name the object at fault: an unknown asset, a missing folder or input, a revoked key", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    const std::string image = office.dir.file("stick.img");
    create_file(image, std::string(1 << 20, 'x'));
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");

    ProcessResult asset = office.signed_run({"wipe", image, "--yes", "--asset", "NOPE", "--no-pdf"});
    CHECK(asset.exit_code == 2);
    CHECK(contains(asset.err, "sanitize: error: asset NOPE is not in the ledger"));
    CHECK_FALSE(contains(asset.err, office.ledger));

    const std::string missing = office.dir.file("ない");
    ProcessResult no_input = office.run({"attach", missing, "-o", office.dir.file("x.zip"), "--no-ledger"});
    CHECK(no_input.exit_code == 2);
    CHECK(contains(no_input.err, "sanitize: error: " + missing + ": "));
    CHECK_FALSE(contains(no_input.err, "x.zip"));

    ProcessResult no_folder = office.run({"prepare", image, "--folder", missing, "--passphrase-fd", "0", "--classification",
                                          "0", "--key-passphrase-file", office.pass_file, "--cert-dir", office.dir.path()});
    CHECK(no_folder.exit_code == 2);
    CHECK(contains(no_folder.err, "sanitize: error: " + missing + ": "));
    CHECK_FALSE(contains(no_folder.err, image));

    REQUIRE(office.run({"key", "revoke", office.operator_key + ".pub", "--reason", "紛失", "--key", office.root_key,
                        "--passphrase-file", office.pass_file})
                .ok());
    ProcessResult revoked = office.signed_run({"asset", "add", "--id", "A-1", "--name", "顧客名簿", "--classification", "1"});
    CHECK(revoked.exit_code == 3);
    CHECK(contains(revoked.err, "signed by a revoked key"));
    CHECK(contains(revoked.err, "sanitize: hint: a revoked key signs nothing more: sign with your current key (--key)"));
    std::vector<std::string> ja_args{"--lang", "ja", "asset", "add", "--id", "A-1", "--name", "顧客名簿", "--classification", "1",
                                     "--passphrase-file", office.pass_file};
    ProcessResult revoked_ja = office.run(ja_args);
    CHECK(revoked_ja.exit_code == 3);
    CHECK(contains(revoked_ja.err, "失効した鍵ではもう署名できません"));
}

TEST_CASE("key show of a secret key names the public one, and --key shows it", "[cli][misuse]") {
    // `key show op.key` said "malformed input (public key base64)" with no hint (issue 20, item 16).
    CliOffice office;
    REQUIRE(office.make_key(office.operator_key).ok());
    const ProcessResult secret = office.run({"key", "show", office.operator_key});
    CHECK(secret.exit_code == 2);
    CHECK(secret.err.find(office.operator_key + " is a secret key") != std::string::npos);
    CHECK(secret.err.find("hint: the public key of " + office.operator_key + " is " + office.operator_key + ".pub") !=
          std::string::npos);
    CHECK(secret.err.find("base64") == std::string::npos);
    const ProcessResult japanese = office.run({"key", "show", office.operator_key}, "ja_JP.UTF-8");
    CHECK(japanese.err.find("は秘密鍵です") != std::string::npos);

    const ProcessResult by_key = office.run({"key", "show", "--key", office.operator_key});
    INFO(by_key.err);
    REQUIRE(by_key.ok());
    const ProcessResult by_file = office.run({"key", "show", office.operator_key + ".pub"});
    REQUIRE(by_file.ok());
    CHECK(by_key.out == by_file.out);
    CHECK(office.run({"key", "show", "--key", office.operator_key, office.operator_key + ".pub"}).exit_code == 2);
}

TEST_CASE("verify-media of a medium that differs says how much it read and where it differs", "[cli][misuse]") {
    CliOffice office;
    const std::string image = office.dir.file("not-wiped.img");
    create_file(image, marker_text(std::uint64_t{8} << 20));  // no sector holds only zeros

    ProcessResult en = office.run({"verify-media", image, "--expect", "zero"});
    INFO(en.out);
    CHECK(en.exit_code == 1);
    CHECK(contains(en.out, "8.4 MB read back in "));
    CHECK(contains(en.out, "of which 0 B (0.0 % of the medium) as expected, 1 mismatched and 0 unreadable ranges"));
    CHECK(contains(en.out, "1 ranges do not hold what was expected"));
    CHECK_FALSE(contains(en.out, "0 B read back"));

    ProcessResult ja = office.run({"verify-media", image, "--expect", "zero"}, "ja_JP.UTF-8");
    INFO(ja.out);
    CHECK(ja.exit_code == 1);
    CHECK(contains(ja.out, "8.4 MB を "));
    CHECK(contains(ja.out, "うち期待どおり 0 B（媒体の 0.0 %）、不一致 1 範囲"));
    CHECK(contains(ja.out, "期待と異なる範囲: 1 個"));
    CHECK_FALSE(contains(ja.out, "0 B（0.0 %）を"));

    ProcessResult json = office.run({"verify-media", image, "--expect", "zero", "--json"});
    CHECK(json.exit_code == 1);
    auto reports = json_lines(json.out);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["verification"]["bytes_read"] == std::uint64_t{8} << 20);
    CHECK(reports[0]["verification"]["bytes_verified"] == 0);  // what held the expected bytes
    CHECK(reports[0]["verification"]["mismatches"].size() == 1);
}

TEST_CASE("a key registered or revoked twice is refused, exit 3, with the event that did it", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    const std::vector<std::string> again{"key", "register", office.operator_key + ".pub", "--name", "山田 花子", "--role",
                                         "staff", "--valid-from", "2020-01-01", "--key", office.root_key, "--passphrase-file",
                                         office.pass_file};
    ProcessResult registered = office.run(again);
    CHECK(registered.exit_code == 3);
    CHECK(contains(registered.err, "is already registered in the ledger (event 2): nothing was recorded"));
    CHECK_FALSE(contains(registered.err, "changed by someone else"));
    ProcessResult registered_ja = office.run(again, "ja_JP.UTF-8");
    CHECK(registered_ja.exit_code == 3);
    CHECK(contains(registered_ja.err, "は既に台帳に登録されています（イベント 2）"));

    const std::vector<std::string> revoke{"key", "revoke", office.operator_key + ".pub", "--reason", "退職", "--key",
                                          office.root_key, "--passphrase-file", office.pass_file};
    REQUIRE(office.run(revoke).ok());
    ProcessResult revoked = office.run(revoke);
    CHECK(revoked.exit_code == 3);
    CHECK(contains(revoked.err, "is already revoked (event 3): nothing was recorded"));
    CHECK_FALSE(contains(revoked.err, "changed by someone else"));
    ProcessResult revoked_ja = office.run(revoke, "ja_JP.UTF-8");
    CHECK(revoked_ja.exit_code == 3);
    CHECK(contains(revoked_ja.err, "は既に失効しています（イベント 3）"));
    CHECK_FALSE(contains(revoked_ja.err, "他から変更されました"));
}

TEST_CASE("a return of something not carried out is refused, exit 3, and no event is written", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "PC-001", "--name", "ノートPC", "--classification", "0"}).ok());
    ProcessResult before = office.run({"ledger", "log", "--json"});
    REQUIRE(before.ok());
    for (const char* asset : {"NOPE", "PC-001"}) {
        CAPTURE(asset);
        ProcessResult en = office.signed_run({"carry-out", "return", "--asset", asset});
        CHECK(en.exit_code == 3);
        CHECK(contains(en.err, std::string(asset) + " is not carried out: nothing to return, nothing was recorded"));
        ProcessResult ja = office.run({"carry-out", "return", "--asset", asset, "--passphrase-file", office.pass_file},
                                      "ja_JP.UTF-8");
        CHECK(ja.exit_code == 3);
        CHECK(contains(ja.err, std::string(asset) + " は持ち出し中ではありません"));
    }
    CHECK(office.run({"ledger", "log", "--json"}).out == before.out);
}

TEST_CASE("wipe refuses a target that is no device or file before the key's passphrase is asked", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    const std::string folder = office.dir.file("フォルダー");
    std::filesystem::create_directories(folder);
    // A ledger and a key are set and no passphrase is given: the target is refused first.
    ProcessResult en = office.run({"wipe", "--yes", folder});
    CHECK(en.exit_code == 2);
    CHECK_FALSE(contains(en.err, "passphrase"));
    ProcessResult ja = office.run({"wipe", "--yes", folder}, "ja_JP.UTF-8");
    CHECK(ja.exit_code == 2);
    CHECK_FALSE(contains(ja.err, "パスフレーズ"));
    CHECK(contains(ja.err, folder));
}

TEST_CASE("encrypt of a folder that does not exist says so before asking for a classification", "[cli][misuse]") {
    CliOffice office;
    office.open_office();
    const std::string missing = office.dir.file("無い");
    const std::string output = office.dir.file("out.tar.age");
    const std::vector<std::string> args{"encrypt", missing, "-o", output, "--passphrase-fd", "0",
                                        "--key-passphrase-file", office.pass_file};
    ProcessResult en = office.run(args, "C", "受け渡し用 passphrase 2026\n");
    CHECK(en.exit_code == 2);
    CHECK(contains(en.err, missing));
    CHECK_FALSE(contains(en.err, "classification"));
    ProcessResult ja = office.run(args, "ja_JP.UTF-8", "受け渡し用 passphrase 2026\n");
    CHECK(ja.exit_code == 2);
    CHECK(contains(ja.err, missing));
    CHECK_FALSE(std::filesystem::exists(output));
}
