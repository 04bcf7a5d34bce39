// Transcript tests on loop devices the tests create (root): confirmation and safety refusals.
#include <catch2/catch.hpp>

#include <string>

#include "cli_test_support.hpp"
#include "loop_device.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

constexpr std::uint64_t loop_size = std::uint64_t{16} << 20;

}  // namespace

TEST_CASE("a loop device with --yes and a wrong --confirm is refused and left unchanged", "[cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop({.size_bytes = loop_size});
    write_and_sync(loop.path(), marker_text(loop_size));
    std::string before = read_file(loop.path());

    ProcessResult wrong = run_cli({"wipe", "--yes", "--confirm", "not-" + loop.kernel_name(), loop.path()});
    CHECK(wrong.exit_code == 3);
    // Whose token it is and what to check, never the right token to copy.
    CHECK(contains(wrong.err, "sanitize: error: --confirm not-" + loop.kernel_name() + " is not the serial number of " +
                                  loop.path()));
    CHECK(contains(wrong.err, "check that " + loop.path() + " is the drive you mean"));
    CHECK_FALSE(contains(wrong.err, " " + loop.kernel_name() + "\n"));
    CHECK_FALSE(contains(wrong.err, " " + loop.kernel_name() + " "));
    ProcessResult wrong_ja = run_cli({"--lang", "ja", "wipe", "--yes", "--confirm", "not-" + loop.kernel_name(), loop.path()});
    CHECK(wrong_ja.exit_code == 3);
    CHECK(contains(wrong_ja.err, "--confirm not-" + loop.kernel_name() + " は " + loop.path() + " のシリアル番号"));
    CHECK(contains(wrong_ja.err, "sanitize devices で確かめてください"));
    CHECK_FALSE(contains(wrong_ja.err, " " + loop.kernel_name() + " "));

    ProcessResult missing = run_cli({"wipe", "--yes", loop.path()});
    CHECK(missing.exit_code == 3);
    CHECK(contains(missing.err, "--yes needs --confirm " + loop.kernel_name()));

    ProcessResult no_terminal = run_cli({"wipe", loop.path()}, "C", loop.kernel_name() + "\n");
    CHECK(no_terminal.exit_code == 3);
    CHECK(contains(no_terminal.err, "sanitize: hint: pass --yes --confirm " + loop.kernel_name()));

    CHECK((read_file(loop.path()) == before));  // parenthesised: Catch must not print megabytes
}

TEST_CASE("with several block devices, --confirm is given once per device in order", "[cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice a({.size_bytes = loop_size});
    LoopDevice b({.size_bytes = loop_size});
    write_and_sync(a.path(), marker_text(loop_size));
    write_and_sync(b.path(), marker_text(loop_size));

    ProcessResult swapped = run_cli({"wipe", "--yes", "--confirm", b.kernel_name(), "--confirm", a.kernel_name(),
                                     a.path(), b.path()});
    CHECK(swapped.exit_code == 3);
    ProcessResult too_few = run_cli({"wipe", "--yes", "--confirm", a.kernel_name(), a.path(), b.path()});
    CHECK(too_few.exit_code == 3);
    CHECK(contains(too_few.err, "--confirm " + a.kernel_name() + " --confirm " + b.kernel_name()));
    CHECK(contains_marker(read_file(a.path())));
    CHECK(contains_marker(read_file(b.path())));
}

TEST_CASE("a mounted loop device is refused with the reason mounted and left unchanged", "[cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    auto mkfs = find_program("mkfs.ext4");
    if (!mkfs) {
        WARN("skipped: mkfs.ext4 is not installed");
        return;
    }
    LoopDevice loop({.size_bytes = loop_size});
    // No lazy initialisation and a read-only mount: nothing but the CLI could write meanwhile.
    REQUIRE(run_process({*mkfs, "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", loop.path()}).ok());
    ScopedMount mount(loop.path(), {"-o", "ro"});
    std::string before = read_file(loop.path());

    ProcessResult result = run_cli({"wipe", "--yes", "--confirm", loop.kernel_name(), "--json", loop.path()});
    CHECK(result.exit_code == 3);
    CHECK(contains(result.err, "sanitize: error: " + loop.path() + " is mounted at " + mount.path() + ": unmount it first"));
    CHECK(contains(result.err, "sanitize: hint: nothing was wiped"));
    CHECK(result.out.empty());

    // Reading it back is refused as well (docs/exit-codes.md): a mounted file system is no
    // wiped medium to check.
    ProcessResult verified = run_cli({"verify-media", loop.path(), "--expect", "zero"});
    CHECK(verified.exit_code == 3);
    CHECK(contains(verified.err, "sanitize: error: " + loop.path() + " is mounted at " + mount.path()));

    ProcessResult devices = run_cli({"devices"});
    CHECK(devices.exit_code == 0);
    std::string row = devices.out.substr(devices.out.find(loop.kernel_name() + " "));
    CHECK(row.substr(0, row.find('\n')).ends_with("mounted"));

    CHECK((read_file(loop.path()) == before));  // parenthesised: Catch must not print megabytes
}

TEST_CASE("a loop device is wiped with --yes --confirm NAME and listed by devices --json", "[cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop({.size_bytes = loop_size});
    write_and_sync(loop.path(), marker_text(loop_size));

    json disks = json::parse(run_cli({"devices", "--json"}).out);
    bool listed = false;
    for (const json& disk : disks) listed = listed || disk["path"] == loop.path();
    CHECK(listed);

    ProcessResult result = run_cli({"wipe", "--yes", "--confirm", loop.kernel_name(), "--json", loop.path()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["outcome"] == "erased");
    CHECK(reports[0]["device"]["kernel_name"] == loop.kernel_name());
    CHECK(reports[0]["device"]["transport"] == "loop");
    CHECK_FALSE(contains_marker(read_file(loop.path())));
}

TEST_CASE("on a terminal, a loop device is wiped only after its name is typed", "[cli][root][terminal]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop({.size_bytes = loop_size});
    write_and_sync(loop.path(), marker_text(loop_size));
    std::string out = loop.dir().file("out.txt");
    std::string err = loop.dir().file("err.txt");
    {
        TerminalCli cli({"wipe", "--method", "zero", loop.path()}, out, err);
        std::string screen = cli.read_until("to confirm");
        CHECK(contains(screen, "ALL DATA on " + loop.path() + " will be destroyed:"));
        CHECK(contains(screen, "transport: loop"));
        CHECK(contains(screen, "type " + loop.kernel_name() + " to confirm"));
        cli.type("sda\n");
        CHECK(cli.wait() == 3);
        CHECK(contains(read_file(err), "confirmation for " + loop.path() + " does not match: expected " + loop.kernel_name()));
        CHECK(contains_marker(read_file(loop.path())));
    }
    {
        TerminalCli cli({"wipe", "--method", "zero", loop.path()}, out, err);
        cli.read_until("to confirm");
        cli.type(loop.kernel_name() + "\n");
        CHECK(cli.wait() == 0);
        CHECK(contains(read_file(out), "outcome:            erased"));
        CHECK_FALSE(contains_marker(read_file(loop.path())));
    }
}
