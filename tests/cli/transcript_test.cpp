// Transcript tests: the real `sanitize` binary, its exit codes, stdout and stderr.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "cli_test_support.hpp"
#include "temp_dir.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t image_size = std::uint64_t{4} << 20;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A disk image full of markers in a fresh directory.
struct Image {
    TempDir dir{"sanitize-cli"};
    std::string path = dir.file("disk.img");
    explicit Image(std::uint64_t size = image_size) { create_file(path, marker_text(size)); }
};

}  // namespace

TEST_CASE("option --help and --version exit 0", "[cli][transcript]") {
    ProcessResult help = run_cli({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(contains(help.out, "Usage: sanitize"));
    CHECK(contains(help.out, "wipe"));
    CHECK(contains(help.out, "verify-media"));
    for (const char* command : {"devices", "wipe", "verify-media"}) {
        ProcessResult sub = run_cli({command, "--help"});
        INFO(command);
        CHECK(sub.exit_code == 0);
        CHECK(contains(sub.out, std::string("sanitize ") + command));
        CHECK(contains(sub.out, "Examples:"));
    }
    ProcessResult version = run_cli({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.starts_with("sanitize 0."));
}

TEST_CASE("usage errors exit 2 with an error and a hint", "[cli][transcript]") {
    ProcessResult unknown = run_cli({"wipe", "--no-such-option", "x"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.starts_with("sanitize: error: "));
    CHECK(contains(unknown.err, "sanitize: hint: see 'sanitize wipe --help'"));
    CHECK(unknown.out.empty());

    CHECK(run_cli({}).exit_code == 2);
    CHECK(run_cli({"frobnicate"}).exit_code == 2);
    CHECK(run_cli({"wipe"}).exit_code == 2);  // no target
    CHECK(run_cli({"wipe", "--generator", "rc4", "x"}).exit_code == 2);
    // A resumed wipe follows its checkpoint's plan; a method given with it is refused, not ignored.
    CHECK(run_cli({"wipe", "--resume", "--method", "zero", "x"}).exit_code == 2);
    CHECK(run_cli({"wipe", "--resume", "--verify", "all", "x"}).exit_code == 2);
    CHECK(run_cli({"wipe", "--resume", "--blank", "x"}).exit_code == 2);
    CHECK(run_cli({"--lang", "fr", "devices"}).exit_code == 2);
    ProcessResult confirm_alone = run_cli({"wipe", "--confirm", "loop0", "x"});
    CHECK(confirm_alone.exit_code == 2);  // --confirm only means something with --yes
    CHECK(contains(confirm_alone.err, "--yes"));
}

TEST_CASE("a bad --method or --verify exits 2 with the library's context", "[cli][transcript]") {
    Image image;
    ProcessResult method = run_cli({"wipe", "--yes", "--method", "bogus", image.path});
    CHECK(method.exit_code == 2);
    CHECK(contains(method.err, "sanitize: error: invalid method 'bogus' (method \"bogus\")"));
    CHECK(contains(method.err, "sanitize: hint: methods: zero, random"));

    ProcessResult custom = run_cli({"wipe", "--yes", "--method", "custom:zz", image.path});
    CHECK(custom.exit_code == 2);
    CHECK(contains(custom.err, "custom pass \"zz\""));

    ProcessResult verify = run_cli({"wipe", "--yes", "--verify", "sample:5", image.path});
    CHECK(verify.exit_code == 2);
    CHECK(contains(verify.err, "sanitize: error: invalid verification 'sample:5' (verify \"sample:5\")"));
    CHECK(contains(verify.err, "sanitize: hint: use none, last, all or sample:P"));
    CHECK(contains_marker(read_file(image.path)));  // nothing was touched
}

TEST_CASE("a missing target exits 2 and names it", "[cli][transcript]") {
    TempDir dir("sanitize-cli");
    ProcessResult result = run_cli({"wipe", "--yes", dir.file("missing.img")});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "sanitize: error: " + dir.file("missing.img") + ": no such device or file"));
    CHECK(contains(result.err, "sanitize: hint: list the disks with 'sanitize devices'"));

    ProcessResult directory = run_cli({"wipe", "--yes", dir.path()});
    CHECK(directory.exit_code == 2);
    CHECK(contains(directory.err, "not a block device or regular file"));
}

TEST_CASE("every target is checked before any is wiped", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"wipe", "--yes", image.path, image.dir.file("missing.img")});
    CHECK(result.exit_code == 2);
    CHECK(contains_marker(read_file(image.path)));

    ProcessResult twice = run_cli({"wipe", "--yes", image.path, image.path});
    CHECK(twice.exit_code == 2);
    CHECK(contains(twice.err, "are the same target"));
    CHECK(contains_marker(read_file(image.path)));
}

TEST_CASE("a disk image without --yes and without a terminal is refused with exit 3", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"wipe", image.path}, "C", "yes\n");  // stdin is no terminal
    CHECK(result.exit_code == 3);
    CHECK(contains(result.err, "sanitize: error: overwriting the file " + image.path + " needs a confirmation"));
    CHECK(contains(result.err, "sanitize: hint: pass --yes"));
    CHECK(contains_marker(read_file(image.path)));
}

TEST_CASE("option --confirm tokens must match the block devices one for one", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"wipe", "--yes", "--confirm", "loop9", image.path});
    CHECK(result.exit_code == 3);
    // Not "0 block devices need one --confirm each … given 1 times" (issue 20, item 16).
    CHECK(contains(result.err, "one --confirm per block device, in order: expected 0, given 1 (image files take none)"));
    CHECK(contains_marker(read_file(image.path)));
}

TEST_CASE("a disk image wiped with --yes --json reports erased", "[cli][transcript]") {
    Image image;
    // --no-ledger: without it a machine without a ledger adds a hint that no certificate is made.
    ProcessResult result = run_cli({"wipe", "--yes", "--json", "--no-ledger", image.path});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.empty());  // no terminal and --json: no progress lines
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 1);
    const json& report = reports[0];
    CHECK(report["outcome"] == "erased");
    CHECK(report["method"] == "random");
    CHECK(report["bytes_written"] == image_size);
    CHECK(report["bytes_verified"] == image_size);
    CHECK(report["bad_ranges"].empty());
    CHECK(report["exceptions"].empty());
    CHECK(report["device"]["path"] == image.path);
    REQUIRE(report["passes"].size() == 1);
    CHECK(report["passes"][0]["kind"] == "random");
    std::string data = read_file(image.path);
    CHECK(data.size() == image_size);
    CHECK_FALSE(contains_marker(data));
}

TEST_CASE("the human report goes to stdout, progress lines to stderr", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"wipe", "--yes", "--method", "zero", image.path});
    REQUIRE(result.exit_code == 0);
    CHECK(contains(result.out, "device:"));
    CHECK(contains(result.out, "method:             zero"));
    CHECK(contains(result.out, "pass 1/1:           pattern 00"));
    CHECK(contains(result.out, "outcome:            erased"));
    CHECK(contains(result.err, image.path + ": pass 1/1, writing"));
    CHECK(contains(result.err, image.path + ": done: erased"));
    CHECK((read_file(image.path) == std::string(image_size, '\0')));
}

TEST_CASE("option --verify none is erased with the exception not_verified and exits 1", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"wipe", "--yes", "--json", "--verify", "none", image.path});
    CHECK(result.exit_code == 1);
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["outcome"] == "erased_with_exceptions");
    CHECK(reports[0]["exceptions"] == json::array({"not_verified"}));
    CHECK(reports[0]["bytes_verified"] == 0);
    CHECK(contains(result.err, "sanitize: error: " + image.path + ": erased with exceptions: not verified"));
    CHECK_FALSE(contains_marker(read_file(image.path)));
}

TEST_CASE("several disk images are wiped in one command, one report each in order", "[cli][transcript]") {
    Image first;
    std::string second = first.dir.file("second.img");
    create_file(second, marker_text(image_size / 2));
    ProcessResult result = run_cli({"wipe", "--yes", "--json", "--method", "dod-3", first.path, second});
    REQUIRE(result.exit_code == 0);
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 2);
    CHECK(reports[0]["device"]["path"] == first.path);
    CHECK(reports[1]["device"]["path"] == second);
    CHECK(reports[1]["bytes_written"] == 3 * image_size / 2);
    for (const json& report : reports) CHECK(report["outcome"] == "erased");
}

TEST_CASE("messages are Japanese with LANG=ja_JP.UTF-8 and follow --lang", "[cli][transcript][ja]") {
    TempDir dir("sanitize-cli");
    std::string missing = dir.file("missing.img");
    ProcessResult ja = run_cli({"wipe", "--yes", missing}, "ja_JP.UTF-8");
    CHECK(ja.exit_code == 2);
    CHECK(contains(ja.err, "sanitize: エラー: " + missing + ": デバイスまたはファイルが見つかりません"));
    CHECK(contains(ja.err, "sanitize: ヒント: "));

    ProcessResult forced_en = run_cli({"--lang", "en", "wipe", "--yes", missing}, "ja_JP.UTF-8");
    CHECK(contains(forced_en.err, "sanitize: error: "));
    ProcessResult forced_ja = run_cli({"wipe", "--lang", "ja", "--yes", missing});
    CHECK(contains(forced_ja.err, "sanitize: エラー: "));

    ProcessResult usage = run_cli({"wipe", "--bogus"}, "ja_JP.UTF-8");
    CHECK(usage.exit_code == 2);
    CHECK(contains(usage.err, "sanitize: エラー: "));
    ProcessResult help = run_cli({"wipe", "--help"}, "ja_JP.UTF-8");
    CHECK(contains(help.out, "使い方"));
    CHECK(contains(help.out, "例:"));
}

TEST_CASE("verify-media reads an image back: 0 when it matches, 1 when not", "[cli][transcript]") {
    Image image;
    ProcessResult not_wiped = run_cli({"verify-media", image.path, "--expect", "zero"});
    CHECK(not_wiped.exit_code == 1);
    CHECK(contains(not_wiped.err, "does not hold only 0x00"));

    REQUIRE(run_cli({"wipe", "--yes", "--method", "custom:ff", image.path}).exit_code == 0);
    ProcessResult ff = run_cli({"verify-media", image.path, "--expect", "byte:ff", "--json"});
    CHECK(ff.exit_code == 0);
    auto reports = json_lines(ff.out);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["matches"] == true);
    CHECK(reports[0]["verification"]["bytes_verified"] == image_size);

    ProcessResult sampled = run_cli({"verify-media", image.path, "--expect", "byte:FF", "--sample", "10"});
    CHECK(sampled.exit_code == 0);
    CHECK(contains(sampled.out, "holds only 0xff"));
    CHECK(run_cli({"verify-media", image.path, "--expect", "zero", "--sample", "10"}).exit_code == 1);
}

TEST_CASE("verify-media usage errors exit 2", "[cli][transcript]") {
    Image image;
    CHECK(run_cli({"verify-media", image.path}).exit_code == 2);  // --expect is required
    ProcessResult expect = run_cli({"verify-media", image.path, "--expect", "byte:zz"});
    CHECK(expect.exit_code == 2);
    CHECK(contains(expect.err, "invalid --expect 'byte:zz'"));
    ProcessResult sample = run_cli({"verify-media", image.path, "--expect", "zero", "--sample", "5"});
    CHECK(sample.exit_code == 2);
    CHECK(contains(sample.err, "invalid --sample '5'"));
    CHECK(run_cli({"verify-media", image.dir.file("missing"), "--expect", "zero"}).exit_code == 2);
}

TEST_CASE("devices --json prints one valid JSON array", "[cli][transcript]") {
    ProcessResult result = run_cli({"devices", "--json"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    json disks = json::parse(result.out);
    CHECK(disks.is_array());
    for (const json& disk : disks) CHECK(disk.contains("path"));
    ProcessResult table = run_cli({"devices"});
    CHECK(table.exit_code == 0);
    CHECK((table.out.starts_with("NAME") || contains(table.out, "no disks found")));
}

TEST_CASE("SIGINT during a wipe stops it: exit 130 and a report with outcome aborted", "[cli][transcript][slow]") {
    constexpr std::uint64_t size = std::uint64_t{512} << 20;
    Image image(size);
    std::string out = image.dir.file("out.json");
    std::string err = image.dir.file("err.txt");
    // 35 passes of 512 MiB: still running whenever the signal arrives.
    BackgroundCli cli({"wipe", "--yes", "--json", "--method", "gutmann", image.path}, out, err);
    bool started = eventually([&] {
        return !contains_marker(read_file(image.path, 4096));
    });
    REQUIRE(started);
    cli.signal(SIGINT);
    int exit_code = cli.wait();
    CHECK(exit_code == 130);
    auto reports = json_lines(read_file(out));
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["outcome"] == "aborted");
    CHECK(reports[0]["bytes_written"] < 35 * size);
    CHECK(contains(read_file(err), "wipe interrupted"));
}

TEST_CASE("on a terminal, a disk image is wiped after typing yes, and kept after anything else", "[cli][transcript][terminal]") {
    Image image;
    std::string out = image.dir.file("out.txt");
    std::string err = image.dir.file("err.txt");
    {
        TerminalCli cli({"wipe", "--method", "zero", image.path}, out, err);
        std::string screen = cli.read_until("type yes to confirm");
        CHECK(contains(screen, "the file " + image.path + " (4.2 MB) will be overwritten"));
        cli.type("no\n");
        CHECK(cli.wait() == 3);
        CHECK(contains(read_file(err), "sanitize: error: not confirmed"));
        CHECK(contains_marker(read_file(image.path)));
    }
    {
        TerminalCli cli({"wipe", "--method", "zero", image.path}, out, err);
        cli.read_until("type yes to confirm");
        cli.type("yes\n");
        CHECK(cli.wait() == 0);
        CHECK(contains(read_file(out), "outcome:            erased"));
        CHECK_FALSE(contains_marker(read_file(image.path)));
    }
}

TEST_CASE("SIGINT at the prompt exits 130 and writes nothing", "[cli][transcript][terminal]") {
    Image image;
    TerminalCli cli({"wipe", image.path}, image.dir.file("out.txt"), image.dir.file("err.txt"));
    REQUIRE(contains(cli.read_until("type yes to confirm"), "type yes to confirm"));
    cli.signal(SIGINT);
    CHECK(cli.wait() == 130);
    CHECK(contains(read_file(image.dir.file("err.txt")), "sanitize: error: interrupted"));
    CHECK(contains_marker(read_file(image.path)));
}

TEST_CASE("option --verbose prints what was found and the options in effect", "[cli][transcript]") {
    Image image;
    ProcessResult result = run_cli({"--verbose", "wipe", "--yes", "--json", "--method", "zero", image.path});
    REQUIRE(result.exit_code == 0);
    CHECK(contains(result.err, "sanitize: method zero (1 passes)"));
    CHECK(contains(result.err, "sanitize: " + image.path + ": 4.2 MB, transport file, sectors 512/512 bytes"));
    ProcessResult quiet = run_cli({"wipe", "--yes", "--json", "--no-ledger", "--method", "zero", image.path});
    CHECK(quiet.err.empty());
}
