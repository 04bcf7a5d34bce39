// A Japanese run of the README's walkthrough and of issue 20's misuse list (item 15): every line
// the real `sanitize` prints, on stdout and stderr, is searched for English words. What may stay
// in Latin letters is a short list, explained in english_words_in(); anything else is English
// that a Japanese office would read, and fails the test with the line it is in.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;

namespace {

constexpr const char* japanese = "ja_JP.UTF-8";

// Words in Latin letters that are names, not English: the program and its commands as typed,
// the programs it names (age, minisign, …), the values a person types, NIST's category names and
// unit symbols. Everything else the allowance
// below lets through has a shape no English word has.
const std::set<std::string>& names() {
    static const std::set<std::string> list{
        // the program, its commands and sub-commands (typed as they are)
        "sanitize", "devices", "wipe", "verify-media", "prepare", "purge", "keygen", "encrypt", "decrypt",
        "carry-out", "attach", "key", "ledger", "asset", "report", "cert", "config", "init", "register", "revoke",
        "show", "list", "add", "verify", "countersign", "pdf", "get", "export", "sync", "checkpoint", "return", "log",
        "approval", "request", "grant", "deny", "incident", "audit", "note", "title", "dispose", "prove", "outbox",
        "bundle", "cert-dir",
        // method names (--method's values, as typed)
        "random", "nist-clear", "gutmann", "discard", "secure-discard", "ata-sanitize-crypto", "ata-sanitize-block",
        "ata-sanitize-overwrite", "ata-security-erase", "ata-security-erase-enhanced", "nvme-sanitize-crypto",
        "nvme-sanitize-block", "nvme-sanitize-overwrite", "nvme-format-crypto", "nvme-format-user-data",
        "scsi-sanitize-crypto", "scsi-sanitize-block", "scsi-sanitize-overwrite",
        // the keys of sanitize.conf, as `config show` lists them (typed as they are)
        "organisation", "department", "language", "unattended", "method", "verify", "workers", "generator",
        // the kernel's device types (lsblk's TYPE column) and the model a virtual disk reports
        "loop", "file", "disk", "part", "virtio",
        // names of formats and of a drive feature: JSON Lines, ATA's Accessible Max Address
        "Lines", "Accessible", "Max", "Address",
        // the value the misuse list types as a method
        "bogus",
        // other programs and formats named in hints
        "age", "minisign", "tar", "bsdtar", "mtools", "pkexec", "swapoff", "umount", "PostgreSQL", "SQLite",
        "WinZip", "exFAT",
        "git", "sudo", "Debian", "age-keygen", "Excel", "Ctrl-C",
        // users and the values a person types, listed in hints ("none、last、all …", "yes と入力")
        "root", "yes", "no", "none", "last", "all", "zero", "ja", "en", "reuse", "disposal",
        // NIST SP 800-88's category names, given beside the Japanese (クリア（Clear）)
        "Clear", "Purge",
        // unit symbols
        "kB", "KiB", "MiB", "GiB", "TiB"};
    return list;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Removes `…` and '…' spans: a command to type, or a value the person gave, quoted as such.
std::string without_quoted(const std::string& line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '`' || c == '\'') {
            const std::size_t close = line.find(c, i + 1);
            if (close != std::string::npos) {
                i = close;
                out += ' ';
                continue;
            }
        }
        out += c;
    }
    return out;
}

// The English words of one line. A line is cut into runs of ASCII (Japanese text, spaces and
// brackets separate them); a run is allowed when it is
//   - a path, a file name, a URL, a time, an identifier or a number: it holds '/', '.', '_',
//     '@', '=', ':' or a digit (key ids, serials, loop3, certificate-<id>.json, 2026-01-01T…);
//   - an option (starts with '-') or the value right after one (--role staff, --expect zero);
//     "n/a" is the one exception to these shapes: it reads as English;
//   - written without small letters: an acronym (JSON, USB, SMART, NIST), a placeholder (FILE);
//   - one letter (the unit "s", "B");
//   - one of names().
// Anything else with two letters or more is an English word.
std::vector<std::string> english_words_in(const std::string& line) {
    std::vector<std::string> runs;
    std::string run;
    const auto close_run = [&] {
        while (!run.empty() && std::string(".,:;!?").find(run.back()) != std::string::npos) run.pop_back();
        if (!run.empty()) runs.push_back(run);
        run.clear();
    };
    // A JSON object in a line (`ledger log` prints each event's payload) is data for scripts: its
    // keys and values are identifiers, not words for people.
    const std::string text = line.substr(0, line.find("{\""));
    for (char c : without_quoted(text)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || byte <= ' ' || std::string("()[]{}<>\"|").find(c) != std::string::npos) {
            close_run();
        } else {
            run += c;
        }
    }
    close_run();
    std::vector<std::string> words;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const std::string& word = runs[i];
        const bool shaped_as_name = word.find_first_of("/._@=:0123456789") != std::string::npos;
        const bool option = word.starts_with("-") || (i > 0 && runs[i - 1].starts_with("--"));
        const bool small_letters = word.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
        std::size_t letters = 0;
        for (char c : word) letters += is_ascii_letter(c) ? 1U : 0U;
        if (word == "n/a") {  // shaped as a path, read as English
            words.push_back(word);
            continue;
        }
        // The kernel's names of the machine's own disks (vda, sdb): names, whatever the machine.
        const bool kernel_disk_name = (word.starts_with("sd") || word.starts_with("vd") || word.starts_with("hd")) &&
                                      word.size() <= 4;
        if (shaped_as_name || option || !small_letters || letters < 2 || names().contains(word) || kernel_disk_name) continue;
        words.push_back(word);
    }
    return words;
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
                for (const std::string& word : english_words_in(line)) words += (words.empty() ? "" : ", ") + word;
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
