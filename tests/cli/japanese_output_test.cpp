// A Japanese run of the README's walkthrough and of issue 20's misuse list (item 15): every line
// the real `sanitize` prints, on stdout and stderr, is searched for English words. What may stay
// in Latin letters is a short list, explained in english_words_in(); anything else is English
// that a Japanese office would read, and fails the test with the line it is in.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "english_words.hpp"
#include "hostile_zips.hpp"
#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;

namespace {

constexpr const char* japanese = "ja_JP.UTF-8";

// The vendor, model and serial each disk of this machine reports (`devices --json`): the
// maker's words, which `devices` prints as they are, whatever the machine (a CI runner's
// virtual disk reports a serial such as "overlayblk").
std::vector<std::string> drive_words() {
    std::vector<std::string> words;
    const ProcessResult listed = run_cli({"devices", "--json"});
    const nlohmann::json devices = nlohmann::json::parse(listed.out, nullptr, false);
    if (!devices.is_array()) return words;
    for (const nlohmann::json& device : devices) {
        for (const char* field : {"vendor", "model", "serial"}) {
            const std::string word = device.value(field, std::string{});
            if (!word.empty()) words.push_back(word);
        }
    }
    return words;
}

// `line` without the drives' own words.
std::string without_drive_words(std::string line) {
    static const std::vector<std::string> words = drive_words();
    for (const std::string& word : words) {
        for (std::size_t at = line.find(word); at != std::string::npos; at = line.find(word, at)) line.replace(at, word.size(), " ");
    }
    return line;
}

// What one command printed, for the report of a failure.
struct Transcript {
    std::vector<std::string> lines;  // "$ args" then its output, line by line
    std::vector<std::string> found;  // "line  ← words"

    void add(const std::vector<std::string>& args, const ProcessResult& result) {
        std::string command = "$ sanitize";
        for (const std::string& arg : args) command += " " + arg;
        lines.push_back(command + "   (exit " + std::to_string(result.exit_code) + ")");
        for (const std::string* stream : {&result.out, &result.err}) {
            std::size_t start = 0;
            while (start < stream->size()) {
                std::size_t end = stream->find('\n', start);
                if (end == std::string::npos) end = stream->size();
                const std::string line = stream->substr(start, end - start);
                lines.push_back(line);
                std::string words;
                for (const std::string& word : english_words_in(without_drive_words(line))) {
                    words += (words.empty() ? "" : ", ") + word;
                }
                if (!words.empty()) found.push_back(command + "\n    " + line + "\n    <- " + words);
                start = end + 1;
            }
        }
    }

    std::string text() const {
        std::string all;
        for (const std::string& line : lines) all += line + "\n";
        return all;
    }
};

// Runs one command of the office in Japanese (LANG, as a Japanese desktop sets it) and adds it to
// the transcript; the exit code is the caller's to check.
ProcessResult run_ja(const CliOffice& office, Transcript& transcript, const std::vector<std::string>& args,
                     const std::string& stdin_text = "") {
    ProcessResult result = office.run(args, japanese, stdin_text);
    transcript.add(args, result);
    return result;
}

void require_no_english(const Transcript& transcript) {
    std::string report;
    for (const std::string& each : transcript.found) report += each + "\n";
    INFO("English in Japanese output:\n" << report << "\nthe whole transcript:\n" << transcript.text());
    CHECK(transcript.found.empty());
}

std::string first_file_ending(const std::string& directory, const std::string& ending) {
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("certificate-") && name.ends_with(ending)) return entry.path().string();
    }
    return {};
}

}  // namespace

TEST_CASE("the English detector finds English and lets names, paths and identifiers pass", "[cli][ja]") {
    CHECK(english_words_in("sanitize: エラー: could not open the device") == std::vector<std::string>{"could", "not", "open", "the", "device"});
    CHECK(english_words_in("  署名者の氏名と役割  合格  (山田 花子 staff)") == std::vector<std::string>{"staff"});
    CHECK(english_words_in("隠し領域  n/a") == std::vector<std::string>{"n/a"});
    CHECK(english_words_in("消去方式: one random pass") == std::vector<std::string>{"one", "pass"});  // "random" is a method name
    CHECK(english_words_in("消去方式: ゼロ 1 パス（--method zero）").empty());
    CHECK(english_words_in("Subcommands:") == std::vector<std::string>{"Subcommands"});
    CHECK(english_words_in("  --key TEXT 必須") == std::vector<std::string>{});  // the value of an option
    CHECK(english_words_in("  -o 文字列 必須  出力 TEXT").empty());                // upper case: a placeholder
    CHECK(english_words_in("sanitize: エラー: /srv/images/disk.img は既に存在します").empty());
    CHECK(english_words_in("ヒント: `sanitize ledger init --key root.key` で作成します").empty());
    CHECK(english_words_in("証明書 ID 2f6c0a1b、SHA-256 9ae0…、16.8 MB を 0.5 s で書き込み（33.5 MB/s）").empty());
    CHECK(english_words_in("鍵 ID: 4f1e2d3c4b5a6978").empty());
    CHECK(english_words_in("age や minisign で検証できます").empty());
}

TEST_CASE("the same walkthrough in English is found to be English: the check can fail", "[cli][ja]") {
    CliOffice office;
    office.open_office();
    Transcript transcript;
    const std::vector<std::string> args{"ledger", "verify"};
    transcript.add(args, office.run(args, "C"));
    CHECK_FALSE(transcript.found.empty());
}

TEST_CASE("a Japanese run of the README walkthrough prints no English", "[cli][ja]") {
    CliOffice office;
    office.open_office();
    Transcript t;
    const std::string certs = office.dir.file("certs");
    std::filesystem::create_directories(certs);
    const std::string image = office.dir.file("disk.img");
    create_file(image, marker_text(std::uint64_t{2} << 20));
    const std::string folder = office.dir.file("報告書");
    std::filesystem::create_directories(folder);
    create_file(folder + "/見積書.txt", "見積書 2026\n");
    const std::string archive_pass = office.dir.file("archive-pass.txt");
    create_file(archive_pass, "Kq7#mPx2-Wz9!vR4 受け渡し\n");
    const std::string zip_pass = office.dir.file("zip-pass.txt");
    create_file(zip_pass, "Vt6#kR9q-Lm2!pWz\n");
    const auto ok = [&](const std::vector<std::string>& args, const std::string& stdin_text = "") {
        const ProcessResult result = run_ja(office, t, args, stdin_text);
        INFO(t.text());
        CHECK(result.exit_code == 0);
        return result;
    };

    ok({"--help"});
    ok({"wipe", "--help"});
    ok({"key", "--help"});
    ok({"key", "register", "--help"});
    ok({"ledger", "--help"});
    ok({"cert", "verify", "--help"});
    ok({"config", "show"});
    ok({"key", "show", "--key", office.operator_key});
    ok({"asset", "add", "--id", "USB-0001", "--name", "持ち出し用 USB メモリ", "--classification", "2",
        "--passphrase-file", office.pass_file});
    ok({"asset", "list"});
    ok({"wipe", "--yes", "--method", "zero", "--asset", "USB-0001", "--destination", "disposal", "--cert-dir", certs,
        "--passphrase-file", office.pass_file, image});
    const std::string certificate = first_file_ending(certs, ".json");
    REQUIRE_FALSE(certificate.empty());
    const ProcessResult verified = ok({"cert", "verify", certificate});
    CHECK(contains(verified.out, "失効していません"));  // the checks' notes are words too
    ok({"cert", "pdf", certificate, "-o", office.dir.file("copy.pdf")});
    ok({"verify-media", image, "--expect", "zero"});
    ok({"asset", "list"});  // the asset's state after the wipe, given by the library
    ok({"ledger", "verify"});
    ok({"ledger", "log"});
    ok({"report"});
    ok({"keygen", "-o", office.dir.file("receiver.key")});
    ok({"encrypt", folder, "-o", office.dir.file("報告書.tar.age"), "--passphrase-file", archive_pass, "--no-ledger"});
    ok({"decrypt", office.dir.file("報告書.tar.age"), "-o", office.dir.file("受領"), "--passphrase-file", archive_pass});
    ok({"attach", folder + "/見積書.txt", "-o", office.dir.file("見積書.zip"), "--to", "A社 佐藤様", "--classification",
        "1", "--password-file", zip_pass, "--no-ledger"});
    ok({"attach", "--check", office.dir.file("見積書.zip"), "--password-file", zip_pass});
    ok({"devices"});
    require_no_english(t);
}

TEST_CASE("Japanese refusals of the misuse list print no English", "[cli][ja][misuse]") {
    CliOffice office;
    office.open_office();
    Transcript t;
    const std::string image = office.dir.file("stick.img");
    create_file(image, marker_text(std::uint64_t{1} << 20));
    const std::string empty_image = office.dir.file("empty.img");
    create_file(empty_image, "");
    const std::string empty_ledger = office.dir.file("empty.db");
    create_file(empty_ledger, "");
    const std::string existing = office.dir.file("既存.zip");
    create_file(existing, "keep me\n");
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    const std::string missing = office.dir.file("ない");
    const std::string zip_pass = office.dir.file("zip-pass.txt");
    create_file(zip_pass, "Vt6#kR9q-Lm2!pWz\n");
    const auto refused = [&](const std::vector<std::string>& args, const std::string& stdin_text = "") {
        const ProcessResult result = run_ja(office, t, args, stdin_text);
        INFO(t.text());
        CHECK(result.exit_code != 0);
        CHECK_FALSE(result.err.empty());
        return result;
    };

    refused({"wipe", "--no-such-option", image});                                   // unknown option
    refused({"wipe"});                                                               // no target
    refused({"wipe", "--yes", "--method", "bogus", image});                          // unknown method
    refused({"wipe", "--yes", "--verify", "sample:5", image});                       // bad verification
    refused({"wipe", "--yes", "--no-ledger", empty_image});                          // zero-length image
    refused({"wipe", "--yes", "--no-ledger", missing});                              // missing target
    refused({"wipe", "--yes", "--asset", "NOPE", "--passphrase-file", office.pass_file, image});  // unknown asset
    refused({"asset", "add", "--id", "A-1", "--name", "名簿", "--classification", "1", "--passphrase-file",
             office.wrong_pass_file});                                               // wrong passphrase
    refused({"attach", folder, "-o", existing, "--password-file", zip_pass, "--no-ledger"});  // existing output
    refused({"attach", missing, "-o", office.dir.file("x.zip"), "--password-file", zip_pass, "--no-ledger"});
    refused({"encrypt", missing, "-o", office.dir.file("x.tar.age"), "--passphrase-fd", "0", "--no-ledger"},
            "Kq7#mPx2-Wz9!vR4 受け渡し\n");                                      // missing folder
    refused({"ledger", "verify", "--ledger", empty_ledger});                         // zero-byte ledger
    refused({"asset", "list", "--ledger", empty_ledger});
    refused({"ledger", "verify", "--ledger", missing + ".db"});                      // no ledger there
    refused({"cert", "verify", office.dir.file("certificate-none.json")});          // no such certificate
    refused({"verify-media", image, "--expect", "zero"});                            // a medium that does not match
    refused({"report", "--year", "1999x"});                                          // a bad value
    REQUIRE(office.run({"key", "revoke", office.operator_key + ".pub", "--reason", "紛失", "--key", office.root_key,
                        "--passphrase-file", office.pass_file})
                .ok());
    refused({"asset", "add", "--id", "A-1", "--name", "名簿", "--classification", "1", "--passphrase-file",
             office.pass_file});                                                     // revoked key
    CHECK(read_file(existing) == "keep me\n");
    CHECK(std::filesystem::file_size(empty_ledger) == 0);
    require_no_english(t);
}

// A Japanese refusal keeps its reason: the library's English context is not shown in Japanese,
// so each reason has words of its own (what the refusal names, and why).
TEST_CASE("Japanese refusals say why, in Japanese", "[cli][ja][misuse]") {
    CliOffice office;
    office.open_office();
    Transcript t;
    const auto says = [&](const std::vector<std::string>& args, const std::string& words) {
        const ProcessResult result = run_ja(office, t, args);
        INFO(t.text());
        CHECK(result.exit_code != 0);
        CHECK(contains(result.err, words));
    };
    const std::string zip_pass = office.dir.file("zip-pass.txt");
    create_file(zip_pass, "Vt6#kR9q-Lm2!pWz\n");

    std::vector<zip::Entry> plain{zip::stored_plaintext("a.txt", "社外秘\n")};
    zip::Bytes bytes;
    zip::append_locals(bytes, plain);
    zip::append_directory(bytes, plain);
    create_file(office.dir.file("plain.zip"), std::string(bytes.begin(), bytes.end()));
    says({"attach", "--check", office.dir.file("plain.zip"), "--password-file", zip_pass}, "a.txt は暗号化されていません");

    const std::string image = office.dir.file("disk.img");
    create_file(image, marker_text(std::uint64_t{1} << 20));
    const std::string certs = office.dir.file("certs");
    std::filesystem::create_directories(certs);
    REQUIRE(office.signed_run({"wipe", "--yes", "--method", "zero", "--cert-dir", certs, image}).ok());
    const std::string certificate = first_file_ending(certs, ".json");
    REQUIRE_FALSE(certificate.empty());
    says({"cert", "countersign", certificate, "--passphrase-file", office.pass_file}, "別の人が確認者として副署します");

    says({"carry-out", "return", "--passphrase-file", office.pass_file}, "--asset または --medium-serial");
    const std::string csv = office.dir.file("資産.csv");
    create_file(csv, "資産ID,資産名,機密区分\nA-1,名簿,9\n");
    says({"asset", "import", csv, "--passphrase-file", office.pass_file}, "2 行目の列「機密区分」");

    const std::string folder = office.dir.file("報告書");
    std::filesystem::create_directories(folder);
    create_file(folder + "/見積書.txt", "見積書 2026\n");
    REQUIRE(office.run({"encrypt", folder, "-o", office.dir.file("報告書.tar.age"), "--passphrase-file", zip_pass, "--no-ledger"}).ok());
    says({"decrypt", office.dir.file("報告書.tar.age"), "-i", zip_pass, "-o", office.dir.file("受領")}, "1 行目は秘密鍵");

    says({"asset", "dispose", "A-1", "--approval", "1", "--passphrase-file", office.pass_file},
         "--destroyed または --vendor-erasure のどちらか");
    says({"key", "title", office.operator_key + ".pub", "--key", office.root_key, "--passphrase-file", office.pass_file},
         "--set または --clear のどちらか");
    REQUIRE(office.signed_run({"asset", "add", "--id", "USB-1", "--name", "持ち出し用 USB メモリ", "--classification", "1"}).ok());
    says({"encrypt", folder, "-o", office.dir.file("持ち出し.tar.age"), "--passphrase-file", zip_pass, "--asset", "USB-1",
          "--classification", "1", "--key-passphrase-file", office.pass_file},
         "部門長または代表取締役の承認が必要です");

    const std::string head = office.add_approver("head", "鈴木 一郎", "department_head");
    const std::string officer = office.add_approver("officer", "佐藤 次郎", "security_officer");
    const std::string granted = office.granted_approval("USB-1", 1, head);
    says({"approval", "grant", granted, "--key", head, "--passphrase-file", office.pass_file}, "既に許可されています");
    const std::string pending = office.requested_approval("USB-1", 1);
    says({"approval", "grant", pending, "--key", officer, "--passphrase-file", office.pass_file}, "部門長または代表取締役の役職が必要です");
    says({"asset", "dispose", "USB-1", "--destroyed", "--method", "破砕", "--witness", "佐藤 次郎", "--approval", granted,
          "--passphrase-file", office.pass_file},
         "持ち出しの承認で、廃棄には使えません");
    require_no_english(t);
}

// The words around a refusal in Japanese: verdicts, help, ranges, fields, hints, and what an
// unknown word on the command line is.
TEST_CASE("Japanese verdicts, help, hints and usage errors name what is wrong", "[cli][ja][misuse]") {
    CliOffice office;
    office.open_office();
    Transcript t;
    const auto says = [&](const std::vector<std::string>& args, const std::string& words, const std::string& stdin_text = "") {
        const ProcessResult result = run_ja(office, t, args, stdin_text);
        INFO(t.text());
        CHECK(contains(result.out + result.err, words));
        return result;
    };
    const auto occurrences = [](const std::string& text, const std::string& part) {
        std::size_t count = 0;
        for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
        return count;
    };

    says({"ledger", "verify", "--root", office.operator_key + ".pub"}, "ルート鍵が --root の鍵と一致しません");
    const std::string bundle = office.dir.file("監査.zip");
    REQUIRE(office.run({"ledger", "export", "--bundle", bundle, "--key", office.root_key, "--passphrase-file", office.pass_file}).ok());
    says({"ledger", "verify", "--bundle", bundle, "--root", office.operator_key + ".pub"}, "ルート鍵が --root の鍵と一致しません");

    const ProcessResult encrypt_help = says({"encrypt", "--help"}, "0 以上の整数");
    CHECK_FALSE(contains(encrypt_help.out, "NONNEGATIVE"));
    CHECK_FALSE(contains(encrypt_help.out, "POSITIVE"));
    const ProcessResult wipe_help = says({"wipe", "--help"}, "--workers");
    CHECK_FALSE(contains(wipe_help.out, "0 以上の整数:0 以上の整数"));
    CHECK(occurrences(says({"carry-out", "return", "--help"}, "--medium-serial").out, "オプション:") == 1);
    CHECK(occurrences(says({"incident", "report", "--help"}, "--carry-out").out, "オプション:") == 1);
    says({"key", "--help"}, "title");
    says({"asset", "--help"}, "dispose");
    says({"ledger", "--help"}, "prove");

    const ProcessResult after = says({"ledger", "log", "--after", "abc"}, "0 以上の整数を指定してください");
    CHECK_FALSE(contains(after.err, "1797693"));
    says({"approval", "grant", "0", "--key", office.operator_key}, "1 以上の整数を指定してください");
    says({"report", "--year", "1"}, "1970〜9998 の整数を指定してください");
    says({"asset", "add", "--id", "Q-1", "--name", "名簿", "--classification", "5"}, "0〜2 の整数を指定してください");
    CHECK(contains(wipe_help.out, "--workers 0 以上の整数 [0 - 256]"));

    const std::string auditor = office.dir.file("home/keys/auditor.key");
    REQUIRE(office.make_key(auditor).ok());
    REQUIRE(office.run({"key", "register", auditor + ".pub", "--name", "監査 次郎", "--role", "auditor", "--valid-from",
                        "2020-01-01", "--key", office.root_key, "--passphrase-file", office.pass_file})
                .ok());
    says({"audit", "note", "123456789018", "--key", auditor, "--passphrase-file", office.pass_file}, "所見の本文");

    const std::string image = office.dir.file("disk.img");
    create_file(image, marker_text(std::uint64_t{1} << 20));
    says({"purge", image, "--method", "discard", "--verify", "last", "--no-ledger"}, "パージには読み戻す最後のパスがありません");
    says({"verify-media", image, "--expect", "zero", "--sample", "5"}, "--sample には");
    const ProcessResult unasked = says({"wipe", "--no-ledger", image}, "--yes を指定してください");
    CHECK_FALSE(contains(unasked.err, "  を"));
    const std::string zip_pass = office.dir.file("zip-pass.txt");
    create_file(zip_pass, "Vt6#kR9q-Lm2!pWz\n");
    const std::string wrong_zip_pass = office.dir.file("zip-wrong.txt");
    create_file(wrong_zip_pass, "Vt6#kR9q-Lm2!pWy\n");
    const std::string file = office.dir.file("見積書.txt");
    create_file(file, "見積書 2026\n");
    REQUIRE(office.run({"attach", file, "-o", office.dir.file("見積書.zip"), "--to", "A社 佐藤様", "--password-file", zip_pass,
                        "--no-ledger"})
                .ok());
    says({"attach", "--check", office.dir.file("見積書.zip"), "--password-file", wrong_zip_pass}, "パスワードが違います");

    says({"audit", "note", "所見", "--passphrase-file", office.pass_file}, "監査所見は監査人の鍵で署名します");
    says({"wipe", "--yes", "--method", "zero", "--key", office.root_key, "--passphrase-file", office.pass_file, image},
         "ルート鍵は人の登録に使う鍵");

    const std::string late = office.dir.file("home/keys/late.key");
    REQUIRE(office.make_key(late).ok());
    says({"key", "register", late + ".pub", "--name", "遅野 三郎", "--role", "staff", "--valid-from", "2099-01-01", "--key",
          office.root_key, "--passphrase-file", office.pass_file},
         "遅野 三郎（操作者）");
    says({"asset", "add", "--id", "Z-1", "--name", "名簿", "--classification", "0", "--key", late, "--passphrase-file",
          office.pass_file},
         "鍵は登録された有効期間の間だけ署名に使えます");
    says({"key", "title", office.operator_key + ".pub", "--set", "department_head", "--key", office.operator_key,
          "--passphrase-file", office.pass_file},
         "役職の設定はルート鍵で署名します");
    const std::string certs = office.dir.file("certs");
    std::filesystem::create_directories(certs);
    REQUIRE(office.signed_run({"wipe", "--yes", "--method", "zero", "--cert-dir", certs, image}).ok());
    const std::string certificate = first_file_ending(certs, ".json");
    REQUIRE_FALSE(certificate.empty());
    const std::string colleague = office.add_approver("colleague", "鈴木 一郎", "department_head");
    says({"cert", "countersign", certificate, "--key", colleague, "--passphrase-file", office.pass_file},
         "副署は管理者または監査人の鍵で行います");

    const std::string checkpoint = office.dir.file("cp.txt");
    REQUIRE(office.run({"ledger", "checkpoint", "-o", checkpoint, "--key", office.root_key, "--passphrase-file", office.pass_file}).ok());
    says({"ledger", "prove", "999", "--checkpoint", checkpoint, "-o", office.dir.file("proof.json")},
         "イベント 999 はチェックポイント");

    says({"bogus"}, "そのようなコマンドはありません: bogus");
    says({"key", "bogus"}, "そのようなコマンドはありません: bogus");
    says({"wipe", "--bogus"}, "--bogus");
    require_no_english(t);
}

TEST_CASE("Japanese refusals and a wipe on loop devices print no English", "[cli][ja][misuse][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    CliOffice office;
    office.open_office();
    Transcript t;
    LoopDevice loop({.size_bytes = std::uint64_t{8} << 20});
    write_and_sync(loop.path(), marker_text(std::uint64_t{8} << 20));
    const std::string before = read_file(loop.path());

    ProcessResult wrong = run_ja(office, t, {"wipe", "--yes", "--confirm", "not-" + loop.kernel_name(), "--no-ledger", loop.path()});
    CHECK(wrong.exit_code == 3);
    ProcessResult unconfirmed = run_ja(office, t, {"wipe", "--yes", "--no-ledger", loop.path()});
    CHECK(unconfirmed.exit_code == 3);
    ProcessResult no_terminal = run_ja(office, t, {"wipe", "--no-ledger", loop.path()}, loop.kernel_name() + "\n");
    CHECK(no_terminal.exit_code == 3);
    ProcessResult purge = run_ja(office, t, {"purge", loop.path(), "--method", "ata-sanitize-crypto", "--no-ledger"});
    CHECK(purge.exit_code == 3);
    CHECK((read_file(loop.path()) == before));  // parenthesised: Catch must not print megabytes

    if (auto mkfs = find_program("mkfs.ext4")) {
        LoopDevice mounted_disk({.size_bytes = std::uint64_t{16} << 20});
        REQUIRE(run_process({*mkfs, "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", mounted_disk.path()}).ok());
        ScopedMount mount(mounted_disk.path(), {"-o", "ro"});
        CHECK(run_ja(office, t, {"wipe", "--yes", "--confirm", mounted_disk.kernel_name(), "--no-ledger", mounted_disk.path()})
                  .exit_code == 3);
        CHECK(run_ja(office, t, {"verify-media", mounted_disk.path(), "--expect", "zero"}).exit_code == 3);
        CHECK(run_ja(office, t, {"devices"}).exit_code == 0);
    }

    // A ledger on a read-only file system: read, but not written.
    const std::string data = office.dir.file("data");
    const std::string read_only = office.dir.file("ro");
    std::filesystem::create_directory(read_only);
    if (::mount(data.c_str(), read_only.c_str(), nullptr, MS_BIND, nullptr) == 0) {
        if (::mount(nullptr, read_only.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0) {
            CHECK(run_ja(office, t, {"ledger", "verify", "--ledger", read_only + "/ledger.db"}).exit_code == 0);
            CHECK(run_ja(office, t, {"asset", "add", "--id", "B-1", "--name", "名簿", "--classification", "0", "--ledger",
                                     read_only + "/ledger.db", "--passphrase-file", office.pass_file})
                      .exit_code != 0);
        }
        ::umount2(read_only.c_str(), MNT_DETACH);
    }

    ProcessResult wiped = run_ja(office, t, {"wipe", "--yes", "--confirm", loop.kernel_name(), "--method", "zero",
                                             "--no-ledger", loop.path()});
    CHECK(wiped.exit_code == 0);
    CHECK(run_ja(office, t, {"verify-media", loop.path(), "--expect", "zero"}).exit_code == 0);
    CHECK_FALSE(contains_marker(read_file(loop.path())));

    // A carry-out stick: wipe, certificate, FAT32, archive, read back, record; its step lines.
    if (find_program("mformat") && find_program("mcopy")) {
        LoopDevice stick({.size_bytes = std::uint64_t{64} << 20});
        const std::string folder = office.dir.file("報告書");
        std::filesystem::create_directories(folder);
        create_file(folder + "/議事録.txt", "議事録 2026\n");
        ProcessResult prepared = run_ja(office, t,
                                        {"prepare", stick.path(), "--folder", folder, "--key-passphrase-file", office.pass_file,
                                         "--cert-dir", office.dir.path(), "--no-pdf", "--yes", "--device-serial",
                                         stick.kernel_name(), "--passphrase-fd", "0", "--classification", "0"},
                                        "受け渡し用 Kq7#mPx2\n");
        CHECK(prepared.exit_code == 0);
    }
    require_no_english(t);
}
