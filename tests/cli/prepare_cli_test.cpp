// `sanitize prepare` on real loop devices, checked only with outside tools: fsck.vfat reads the
// file system, mcopy takes the archive off, the stock age decrypts it, the ledger and the
// certificate verify. Refused runs must leave the stick exactly as it was.
#include <sodium.h>

#include <filesystem>
#include <fstream>

#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t mib = std::uint64_t{1} << 20;

std::optional<std::string> tools_missing() {
    if (auto reason = LoopDevice::unavailable_reason()) return reason;
    for (const char* tool : {"mkfs.vfat", "mcopy", "fsck.vfat"}) {
        if (!find_program(tool)) return std::string(tool) + " is not installed";
    }
    return std::nullopt;
}

void write_file(const fs::path& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary);
    out << data;
    REQUIRE(out.good());
}

std::string slurp(const fs::path& path) { return read_file(path.string()); }

// A folder with Japanese names, an empty file and a file of exactly one age chunk (64 KiB).
fs::path make_report(const CliOffice& office) {
    const fs::path folder = fs::path(office.dir.path()) / "report";
    fs::create_directories(folder / "資料");
    write_file(folder / "議事録.txt", "第1回 打ち合わせ\n出席: 山田、佐藤\n");
    write_file(folder / "空.txt", "");
    std::string chunk(64 * 1024, '\0');
    for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = static_cast<char>(i * 7 + 3);
    write_file(folder / "資料" / "64k.bin", chunk);
    return folder;
}

std::string sha256_hex(const std::string& data) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char text[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(text, sizeof text, digest, sizeof digest);
    return text;
}

// A file of the stick, read by mtools itself (not by this software).
std::string file_on_stick(const std::string& device, const std::string& name) {
    ProcessOptions options;
    options.extra_env = {"MTOOLS_SKIP_CHECK=1", "LC_ALL=C.UTF-8"};
    ProcessResult copied = run_process({*find_program("mcopy"), "-i", device, "::" + name, "-"}, options);
    INFO(copied.err);
    REQUIRE(copied.ok());
    return copied.out;
}

void compare_trees(const fs::path& expected, const fs::path& actual) {
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(expected)) {
        const fs::path other = actual / fs::relative(entry.path(), expected);
        INFO(other.string());
        REQUIRE(fs::exists(other));
        if (entry.is_regular_file()) {
            CHECK(slurp(other) == slurp(entry.path()));
            ++files;
        }
    }
    CHECK(files == 3);
}

std::vector<json> ledger_events(const CliOffice& office, const std::string& type) {
    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    std::vector<json> found;
    for (const json& event : json_lines(log.out)) {
        if (event["type"] == type) found.push_back(event["payload"]);
    }
    return found;
}

// The public key of an identity made by the stock age-keygen, or by `sanitize keygen`.
std::string make_identity(const CliOffice& office, const std::string& path) {
    if (auto keygen = find_program("age-keygen")) {
        REQUIRE(run_process({*keygen, "-o", path}).ok());
    } else {
        REQUIRE(office.run({"keygen", "-o", path}).ok());
    }
    const std::string text = slurp(path);
    const auto at = text.find("age1");
    REQUIRE(at != std::string::npos);
    return text.substr(at, text.find('\n', at) - at);
}

std::vector<std::string> prepare_args(const LoopDevice& loop, const fs::path& folder, const CliOffice& office) {
    return {"prepare", loop.path(), "--folder", folder.string(), "--key-passphrase-file", office.pass_file,
            "--cert-dir", office.dir.path(), "--no-pdf", "--yes", "--device-serial", loop.kernel_name(), "--json"};
}

}  // namespace

TEST_CASE("prepare: a loop device gets a verified wipe, FAT32, an archive stock age opens, and the record", "[cli][prepare][root]") {
    if (auto reason = tools_missing()) {
        WARN("skipped: " << *reason);
        return;
    }
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "DOC-1", "--name", "議事録", "--classification", "1"}).ok());
    LoopDevice loop({.size_bytes = 96 * mib});
    const fs::path folder = make_report(office);
    const std::string identity = office.dir.file("receiver.txt");
    std::vector<std::string> args = prepare_args(loop, folder, office);
    const std::string head = office.add_approver("head", "佐藤 部長", "department_head");
    args.insert(args.end(), {"-r", make_identity(office, identity), "--asset", "DOC-1", "--approval",
                             office.granted_approval("DOC-1", 1, head)});
    ProcessResult prepared = office.run(args);
    INFO(prepared.err);
    REQUIRE(prepared.ok());
    const json result = json::parse(prepared.out);
    CHECK(result["archive_checked"] == true);
    CHECK(result["file_system"] == "fat32");
    CHECK(result["wipe"]["outcome"] == "erased");
    REQUIRE(result["files"].size() == 2);
    CHECK(result["files"][0]["name"] == "report.tar.age");
    CHECK(result["files"][1]["name"] == "README-DECRYPT.txt");

    ProcessResult fsck = run_process({*find_program("fsck.vfat"), "-n", loop.path()});
    INFO(fsck.out << fsck.err);
    CHECK(fsck.ok());

    const std::string archive = file_on_stick(loop.path(), "report.tar.age");
    CHECK(archive.size() == result["files"][0]["bytes"].get<std::size_t>());
    CHECK(sha256_hex(archive) == result["archive_sha256"]);
    if (auto age = find_program("age")) {
        write_file(office.dir.file("copy.tar.age"), archive);
        fs::create_directories(office.dir.file("out"));
        // The receiver's command line from the note: age -d -i KEYFILE NAME | tar -x
        ProcessResult decrypted = run_process({"/bin/sh", "-c", "\"$0\" -d -i \"$1\" \"$2\" | tar -x -C \"$3\"", *age, identity,
                                 office.dir.file("copy.tar.age"), office.dir.file("out")});
        INFO(decrypted.err);
        REQUIRE(decrypted.ok());
        compare_trees(folder, fs::path(office.dir.file("out")) / "report");
    } else {
        WARN("stock age is not installed: the archive was not decrypted with it");
    }

    const std::string note = file_on_stick(loop.path(), "README-DECRYPT.txt");
    CHECK(contains(note, "report.tar.age"));
    CHECK(contains(note, "age -d -i KEYFILE \"report.tar.age\" | tar -x"));
    CHECK(contains(note, "https://age-encryption.org"));
    CHECK(contains(note, "\r\n"));
    CHECK_FALSE(contains(note, slurp(identity).substr(slurp(identity).find("AGE-SECRET-KEY-1"), 40)));

    const std::vector<json> certificates = ledger_events(office, "wipe.certificate");
    const std::vector<json> carry_outs = ledger_events(office, "media.carry_out");
    REQUIRE(certificates.size() == 1);
    REQUIRE(carry_outs.size() == 1);
    CHECK(certificates[0]["outcome"] == "erased");
    CHECK(carry_outs[0]["archive_sha256"] == sha256_hex(archive));
    CHECK(carry_outs[0]["archive"] == "report.tar.age");
    CHECK(carry_outs[0]["asset_id"] == "DOC-1");
    CHECK(carry_outs[0]["classification"] == 1);
    CHECK(carry_outs[0]["wipe_certificate_id"] == certificates[0]["certificate_id"]);
    CHECK(carry_outs[0]["recipient_fingerprints"].size() == 1);
    CHECK(office.run({"ledger", "verify"}).ok());
    const std::string certificate = result["certificate"]["json"];
    ProcessResult verified = office.run({"cert", "verify", certificate});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
}

TEST_CASE("prepare: a passphrase archive on the stick opens with sanitize decrypt", "[cli][prepare][root]") {
    if (auto reason = tools_missing()) {
        WARN("skipped: " << *reason);
        return;
    }
    CliOffice office;
    office.open_office();
    LoopDevice loop({.size_bytes = 64 * mib});
    const fs::path folder = make_report(office);
    std::vector<std::string> args = prepare_args(loop, folder, office);
    args.insert(args.end(), {"--passphrase-fd", "0", "--classification", "0"});
    ProcessResult prepared = office.run(args, "C", "受け渡し用 Kq7#mPx2\n");
    INFO(prepared.err);
    REQUIRE(prepared.ok());
    const json result = json::parse(prepared.out);
    CHECK(result["archive_checked"] == true);
    CHECK(run_process({*find_program("fsck.vfat"), "-n", loop.path()}).ok());

    write_file(office.dir.file("copy.tar.age"), file_on_stick(loop.path(), "report.tar.age"));
    ProcessResult decrypted = office.run({"decrypt", office.dir.file("copy.tar.age"), "-o", office.dir.file("out"),
                                          "--passphrase-fd", "0"}, "C", "受け渡し用 Kq7#mPx2\n");
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    compare_trees(folder, fs::path(office.dir.file("out")) / "report");
    const std::string note = file_on_stick(loop.path(), "README-DECRYPT.txt");
    CHECK(contains(note, "age -d \"report.tar.age\" | tar -x"));
    CHECK_FALSE(contains(note, "受け渡し用"));
    const std::vector<json> carry_outs = ledger_events(office, "media.carry_out");
    REQUIRE(carry_outs.size() == 1);
    CHECK(carry_outs[0]["passphrase"] == true);
}

TEST_CASE("prepare: refusals before the wipe leave the stick as it was", "[cli][prepare][root]") {
    if (auto reason = tools_missing()) {
        WARN("skipped: " << *reason);
        return;
    }
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "SECRET-2", "--name", "顧客名簿", "--classification", "2"}).ok());
    LoopDevice loop({.size_bytes = 40 * mib});
    const std::string marker = marker_text(1 * mib);
    {
        std::fstream device(loop.path(), std::ios::in | std::ios::out | std::ios::binary);
        device.write(marker.data(), static_cast<std::streamsize>(marker.size()));
        REQUIRE(device.good());
    }
    const fs::path folder = make_report(office);
    const std::string identity = office.dir.file("receiver.txt");
    const std::string recipient = make_identity(office, identity);
    auto run = [&](std::vector<std::string> extra, const fs::path& source) {
        std::vector<std::string> args = prepare_args(loop, source, office);
        args.insert(args.end(), {"-r", recipient});
        args.insert(args.end(), extra.begin(), extra.end());
        return office.run(args);
    };

    // Level 2 without the director's granted approval: refused before the stick is touched.
    ProcessResult unapproved = run({"--asset", "SECRET-2"}, folder);
    CHECK(unapproved.exit_code == 3);
    CHECK(contains(unapproved.err, "level 2 needs the approval of the representative director"));
    const std::string pending = office.requested_approval("SECRET-2", 2);
    ProcessResult not_granted = run({"--asset", "SECRET-2", "--approval", pending}, folder);
    CHECK(not_granted.exit_code == 3);
    CHECK(contains(not_granted.err, "has not been granted yet"));
    const std::string director = office.add_approver("director", "鈴木 社長", "representative_director");
    REQUIRE(office.signed_run({"asset", "add", "--id", "OTHER-2", "--name", "人事評価", "--classification", "2"}).ok());
    ProcessResult other_asset = run({"--asset", "SECRET-2", "--approval", office.granted_approval("OTHER-2", 2, director)}, folder);
    CHECK(other_asset.exit_code == 3);
    CHECK(contains(other_asset.err, "is for asset OTHER-2"));

    const fs::path big = fs::path(office.dir.path()) / "big";
    fs::create_directories(big);
    LoopDevice::create_sparse((big / "image.bin").string(), 100 * mib);
    ProcessResult too_large = run({"--classification", "0"}, big);
    CHECK(too_large.exit_code == 3);
    CHECK(contains(too_large.err, "would not fit"));

    // A stick below FAT32's smallest size: mkfs.vfat would make one that mtools cannot write into,
    // after the wipe. Refused first, in both languages.
    LoopDevice small({.size_bytes = 16 * mib});
    {
        std::fstream device(small.path(), std::ios::in | std::ios::out | std::ios::binary);
        device.write(marker.data(), static_cast<std::streamsize>(marker.size()));
        REQUIRE(device.good());
    }
    std::vector<std::string> small_args = prepare_args(small, folder, office);
    small_args.insert(small_args.end(), {"-r", recipient, "--classification", "0"});
    ProcessResult too_small = office.run(small_args);
    CHECK(too_small.exit_code == 3);
    CHECK(contains(too_small.err, small.path() + " (16.8 MB) is too small for FAT32, which needs at least 34.1 MB"));
    ProcessResult too_small_ja = office.run(small_args, "ja_JP.UTF-8");
    CHECK(too_small_ja.exit_code == 3);
    CHECK(contains(too_small_ja.err, "FAT32 には小さすぎます"));
    CHECK(read_file(small.path(), marker.size()) == marker);

    ProcessResult exfat = run({"--classification", "0", "--file-system", "exfat"}, folder);
    CHECK(exfat.exit_code == 2);
    CHECK(contains(exfat.err, "exfat"));

    ProcessResult unverified = run({"--classification", "0", "--verify", "none"}, folder);
    CHECK(unverified.exit_code == 2);

    // No ledger named and none at the default place: the policy's record could not be kept.
    std::vector<std::string> no_ledger_args{SANITIZE_CLI_PATH};
    const std::vector<std::string> base = prepare_args(loop, folder, office);
    no_ledger_args.insert(no_ledger_args.end(), base.begin(), base.end());
    no_ledger_args.insert(no_ledger_args.end(), {"-r", recipient, "--classification", "0"});
    ProcessOptions options;
    options.extra_env = cli_environment();
    options.extra_env.push_back("HOME=" + office.home);
    ProcessResult no_ledger = run_process(no_ledger_args, options);
    CHECK(no_ledger.exit_code == 3);
    CHECK(contains(no_ledger.err, "needs a ledger"));

    // The archive's passphrase is held to the password policy before the stick is touched.
    std::vector<std::string> weak_args = prepare_args(loop, folder, office);
    weak_args.insert(weak_args.end(), {"--classification", "0", "--passphrase-fd", "0"});
    ProcessResult weak = office.run(weak_args, "C", "receiver passphrase\n");
    CHECK(weak.exit_code == 3);
    CHECK(contains(weak.err, "password refused"));
    CHECK_FALSE(contains(weak.err, "receiver passphrase"));

    CHECK(read_file(loop.path(), marker.size()) == marker);
    CHECK(ledger_events(office, "wipe.certificate").empty());
    CHECK(ledger_events(office, "media.carry_out").empty());
}

TEST_CASE("prepare: a stop during the wipe leaves a certificate and a ledger event of the aborted wipe, the level unchanged",
          "[cli][prepare][root]") {
    if (auto reason = tools_missing()) {
        WARN("skipped: " << *reason);
        return;
    }
    CliOffice office;
    office.open_office();
    REQUIRE(office.signed_run({"asset", "add", "--id", "SECRET-2", "--name", "顧客名簿", "--classification", "2"}).ok());
    LoopDevice loop({.size_bytes = 40 * mib});
    const fs::path folder = make_report(office);
    const std::string recipient = make_identity(office, office.dir.file("receiver.txt"));
    std::vector<std::string> args = prepare_args(loop, folder, office);
    // stdin is closed once the wipe's first progress line is out: with --stdin-cancels that is a
    // stop during the wipe (the helper's Cancel), in a wipe long enough not to finish first.
    // Closed at once instead, on a loaded machine the stop could come before the wipe began.
    const std::string director = office.add_approver("director", "鈴木 社長", "representative_director");
    args.insert(args.end(), {"-r", recipient, "--asset", "SECRET-2", "--approval", office.granted_approval("SECRET-2", 2, director),
                             "--method", "gutmann", "--stdin-cancels", "--json-progress"});
    ProcessResult stopped = office.run(args, "C", "", "\"progress\":");
    INFO(stopped.out + stopped.err);
    CHECK(stopped.exit_code == 130);

    const std::vector<json> certificates = ledger_events(office, "wipe.certificate");
    REQUIRE(certificates.size() == 1);
    CHECK(certificates[0]["outcome"] == "aborted");
    CHECK(certificates[0]["classification_before"] == 2);
    CHECK(certificates[0]["classification_after"] == 2);
    CHECK(ledger_events(office, "media.carry_out").empty());

    const std::string id = certificates[0]["certificate_id"];
    const std::string file = office.dir.file("certificate-" + id + ".json");
    const json certificate = json::parse(slurp(file));
    CHECK(certificate["outcome"] == "aborted");
    CHECK(certificate["classification_after"] == 2);
    CHECK(contains(stopped.err, file));
    ProcessResult verified = office.run({"cert", "verify", file});
    INFO(verified.out + verified.err);
    CHECK(verified.ok());
}
