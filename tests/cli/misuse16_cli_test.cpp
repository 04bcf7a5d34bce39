// Transcripts of issue 20, item 16 (the CLI's part): a --key with no default says none, a
// generated attachment password is said in groups with its hyphens named, decrypt says what is
// wrong with its input or output before any work, and a refusal names the partition that is
// mounted or the whole disk to wipe instead ([root]: loop devices with a partition table).
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;

namespace {

constexpr std::uint64_t loop_size = std::uint64_t{16} << 20;

}  // namespace

// Item 16: the root key's --key has no default, so its help must not name one beside REQUIRED.
TEST_CASE("a --key that is required names no default in its help, in English and Japanese", "[cli][misuse][help]") {
    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
             {"ledger", "init"}, {"key", "register"}, {"key", "revoke"}, {"ledger", "checkpoint"}}) {
        for (const std::string lang : {"en", "ja"}) {
            std::vector<std::string> args{"--lang", lang};
            args.insert(args.end(), command.begin(), command.end());
            args.push_back("--help");
            ProcessResult help = run_cli(args);
            REQUIRE(help.exit_code == 0);
            const std::size_t at = help.out.find("  --key ");
            REQUIRE(at != std::string::npos);
            const std::string line = help.out.substr(at, help.out.find('\n', at) - at);
            CAPTURE(command, lang, line);
            CHECK(contains(line, lang == "en" ? "REQUIRED" : "必須"));
            CHECK_FALSE(contains(line, "$SANITIZE_KEY"));
            CHECK_FALSE(contains(line, lang == "en" ? "(default:" : "（既定:"));
        }
    }
    // Where --key is optional its default is still named.
    ProcessResult wipe_help = run_cli({"wipe", "--help"});
    CHECK(contains(wipe_help.out, "$SANITIZE_KEY"));
}

namespace {

// Five groups of one kind each (capitals, small letters, digits) and the hyphens between them:
// "KMRX-7294-hcwa-FUKY-3859".
bool sayable_groups(const std::string& password) {
    const std::string upper = "ACFHKMRUWXY", lower = "acfhkmruwxy", digits = "23456789";
    std::size_t groups = 0;
    for (std::size_t start = 0; start <= password.size(); start += 5, ++groups) {
        const std::string group = password.substr(start, 4);
        if (group.size() != 4) return false;
        bool one_kind = false;
        for (const std::string* alphabet : {&upper, &lower, &digits}) {
            one_kind = one_kind || group.find_first_not_of(*alphabet) == std::string::npos;
        }
        if (!one_kind) return false;
        if (start + 4 < password.size() && password[start + 4] != '-') return false;
    }
    return groups == 5 && password.size() == 24;
}

}  // namespace

TEST_CASE("a generated attachment password is said in groups, its hyphens named as part of it", "[cli][misuse][attach]") {
    CliOffice office;
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");

    ProcessResult en = office.run({"attach", folder, "-o", office.dir.file("en.zip"), "--no-ledger"});
    INFO(en.err);
    REQUIRE(en.exit_code == 0);
    const std::size_t shown = en.out.find("\n    ");
    REQUIRE(shown != std::string::npos);
    const std::string password = en.out.substr(shown + 5, en.out.find('\n', shown + 5) - shown - 5);
    CAPTURE(password);
    CHECK(sayable_groups(password));
    CHECK(contains(en.out, "the hyphens (-) are part of the password: the receiver types them too"));
    CHECK(contains(en.out, "each group is capital letters only, small letters only, or digits only"));

    ProcessResult ja = office.run({"--lang", "ja", "attach", folder, "-o", office.dir.file("ja.zip"), "--no-ledger"});
    REQUIRE(ja.exit_code == 0);
    CHECK(contains(ja.out, "ハイフン（-）もパスワードの一部です"));
    CHECK(contains(ja.out, "大文字だけ、小文字だけ、または数字だけ"));

    // What a script gets is the same shape, and the one checker (password_rules) accepts it as a
    // supplied password too: the policy's ten characters and four classes, the hyphen the symbol.
    ProcessResult json_run = office.run({"attach", folder, "-o", office.dir.file("json.zip"), "--no-ledger", "--json"});
    REQUIRE(json_run.exit_code == 0);
    const std::string scripted = nlohmann::json::parse(json_run.out)["password"];
    CHECK(sayable_groups(scripted));
    const std::string password_file = office.dir.file("password.txt");
    create_file(password_file, scripted + "\n");
    ProcessResult supplied = office.run({"attach", folder, "-o", office.dir.file("again.zip"), "--no-ledger",
                                         "--password-file", password_file});
    INFO(supplied.err);
    CHECK(supplied.exit_code == 0);
}

TEST_CASE("decrypt says what is wrong with its input or output before asking or showing progress", "[cli][misuse][age]") {
    CliOffice office;
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::string text = read_file(identity);
    const std::string recipient = text.substr(text.find("age1"), text.find('\n', text.find("age1")) - text.find("age1"));
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    const std::string archive = office.dir.file("out.tar.age");
    REQUIRE(office.run({"encrypt", folder, "-o", archive, "-r", recipient, "--no-ledger"}).ok());

    SECTION("an existing folder: refused, exit 3, with what to do") {
        const std::string existing = office.dir.file("受け取り");
        std::filesystem::create_directories(existing);
        ProcessResult en = office.run({"decrypt", archive, "-o", existing, "-i", identity});
        CHECK(en.exit_code == 3);
        CHECK(contains(en.err, "sanitize: error: " + existing + " already exists: decrypt makes the folder itself"));
        CHECK(contains(en.err, "sanitize: hint: name a folder that does not exist yet, e.g. -o " + existing + "-new"));
        CHECK(contains(en.err, "'rmdir " + existing + "'"));
        ProcessResult ja = office.run({"--lang", "ja", "decrypt", archive, "-o", existing, "-i", identity});
        CHECK(ja.exit_code == 3);
        CHECK(contains(ja.err, existing + " は既に存在します: decrypt は出力フォルダーを自分で作成します"));
        CHECK(contains(ja.err, "まだ存在しないフォルダーを指定してください"));
        CHECK(std::filesystem::is_empty(existing));
        // Asked before the passphrase: nothing is read from stdin, no prompt is shown.
        ProcessResult passphrase = office.run({"decrypt", archive, "-o", existing, "--passphrase-fd", "0"}, "C", "x\n");
        CHECK(passphrase.exit_code == 3);
        CHECK_FALSE(contains(passphrase.err, "passphrase"));
    }
    SECTION("a ZIP: refused before any progress, exit 1, named as a ZIP") {
        const std::string zip = office.dir.file("添付.zip");
        REQUIRE(office.run({"attach", folder, "-o", zip, "--no-ledger"}).ok());
        const std::string out = office.dir.file("out");
        ProcessResult en = office.run({"decrypt", zip, "-o", out, "-i", identity});
        CHECK(en.exit_code == 1);
        CHECK(contains(en.err, "sanitize: error: " + zip + " is a ZIP archive, not an age file: nothing was extracted"));
        CHECK(contains(en.err, "sanitize attach --check " + zip));
        CHECK_FALSE(contains(en.err, "%"));
        ProcessResult ja = office.run({"--lang", "ja", "decrypt", zip, "-o", out, "-i", identity});
        CHECK(ja.exit_code == 1);
        CHECK(contains(ja.err, zip + " は ZIP 書庫で、age ファイルではありません"));
        CHECK_FALSE(contains(ja.err, "%"));
        ProcessResult text_file = office.run({"decrypt", folder + "/報告書.txt", "-o", out, "-i", identity});
        CHECK(text_file.exit_code == 1);
        CHECK(contains(text_file.err, folder + "/報告書.txt is not an age file: nothing was extracted"));
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("a single file encrypted with stock age: named, with the age command that opens it") {
        if (!find_program("age")) {
            WARN("skipped: age is not installed");
            return;
        }
        const std::string single = office.dir.file("報告書.txt.age");
        ProcessResult made = run_process({*find_program("age"), "-r", recipient, "-o", single, folder + "/報告書.txt"});
        REQUIRE(made.ok());
        const std::string out = office.dir.file("out");
        ProcessResult en = office.run({"decrypt", single, "-o", out, "-i", identity});
        CHECK(en.exit_code == 1);
        CHECK(contains(en.err, single + " was decrypted, but it holds a single file or other data, not a folder archive"));
        CHECK(contains(en.err, "'age -d -i KEY -o FILE " + single + "'"));
        CHECK_FALSE(contains(en.err, "tar: open"));
        ProcessResult ja = office.run({"--lang", "ja", "decrypt", single, "-o", out, "-i", identity});
        CHECK(ja.exit_code == 1);
        CHECK(contains(ja.err, "単一のファイルなどです"));
        CHECK_FALSE(std::filesystem::exists(out));
        for (const auto& entry : std::filesystem::directory_iterator(office.dir.path())) {
            CHECK_FALSE(entry.path().filename().string().starts_with(".sanitize-decrypt-"));  // no staging left
        }
    }
}

// Issue 20, item 16: a mounted partition was reported as the disk being mounted, and a partition
// target was refused without naming the disk to wipe instead.
TEST_CASE("a disk with a mounted partition names the partition, and a partition target names its disk", "[cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    auto mkfs = find_program("mkfs.ext4");
    if (!mkfs) {
        WARN("skipped: mkfs.ext4 is not installed");
        return;
    }
    LoopDevice loop({.size_bytes = loop_size, .partscan = true, .prepare = [](const std::string& image) {
                         write_mbr_with_one_partition(image, static_cast<std::uint32_t>(loop_size / 512));
                     }});
    const std::string partition = loop.partition_path(1);
    REQUIRE(wait_for_path(partition));
    REQUIRE(run_process({*mkfs, "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", partition}).ok());
    ScopedMount mount(partition, {"-o", "ro"});
    const std::string before = read_file(loop.path());

    ProcessResult disk = run_cli({"wipe", "--yes", "--confirm", loop.kernel_name(), loop.path()});
    CHECK(disk.exit_code == 3);
    CHECK(contains(disk.err, "sanitize: error: " + loop.path() + ": its partition " + partition + " is mounted at " +
                                 mount.path() + ": unmount it first"));
    ProcessResult disk_ja = run_cli({"--lang", "ja", "wipe", "--yes", "--confirm", loop.kernel_name(), loop.path()});
    CHECK(disk_ja.exit_code == 3);
    CHECK(contains(disk_ja.err, loop.path() + " のパーティション " + partition + " が " + mount.path() + " にマウントされています"));
    ProcessResult verified = run_cli({"verify-media", loop.path(), "--expect", "zero"});
    CHECK(verified.exit_code == 3);
    CHECK(contains(verified.err, "its partition " + partition + " is mounted at " + mount.path()));

    // The partition itself: mounted (itself, no other partition named) and a partition of the disk.
    const std::string part_name = partition.substr(partition.rfind('/') + 1);
    ProcessResult part = run_cli({"wipe", "--yes", "--confirm", part_name, partition});
    CHECK(part.exit_code == 3);
    CHECK(contains(part.err, "sanitize: error: " + partition + " is mounted at " + mount.path() + ": unmount it first"));
    CHECK(contains(part.err, "sanitize: error: " + partition + " is a partition of " + loop.path() +
                                 ": wipe the whole disk " + loop.path() + " instead"));
    ProcessResult part_ja = run_cli({"--lang", "ja", "wipe", "--yes", "--confirm", part_name, partition});
    CHECK(part_ja.exit_code == 3);
    CHECK(contains(part_ja.err, partition + " は " + loop.path() + " のパーティションです: ディスク全体 " + loop.path() +
                                    " を指定してください"));

    mount.unmount();
    ProcessResult unmounted = run_cli({"wipe", "--yes", "--confirm", part_name, partition});
    CHECK(unmounted.exit_code == 3);
    CHECK(contains(unmounted.err, "is a partition of " + loop.path()));
    CHECK_FALSE(contains(unmounted.err, "mounted"));
    CHECK((read_file(loop.path()) == before));  // parenthesised: Catch must not print megabytes
}
