// `sanitize purge` and the firmware facts of `sanitize devices` through the real binary, on a
// disk image and a loop device the test creates: every method unavailable, exit 3, a hint
// pointing to `sanitize wipe`, and the medium untouched.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "loop_device.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using nlohmann::json;
using sanitize::test::LoopDevice;
using sanitize::test::ProcessOptions;
using sanitize::test::ProcessResult;
using sanitize::test::TempDir;

namespace {

ProcessResult sanitize_cli(std::vector<std::string> args) {
    args.insert(args.begin(), SANITIZE_CLI_PATH);
    ProcessOptions options;
    options.extra_env = {"LC_ALL=", "LC_MESSAGES=", "LANG=C", "TERM=dumb", "SANITIZE_LEDGER=", "SANITIZE_KEY="};
    return sanitize::test::run_process(args, options);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string make_image(const TempDir& dir) {
    const std::string path = dir.file("disk.img");
    std::ofstream(path) << std::string(1 << 20, 'D');
    return path;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string data(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    return data;
}

}  // namespace

TEST_CASE("purge on a disk image: every method unavailable, exit 3, hint to wipe", "[purge][cli]") {
    TempDir dir("sanitize-purge-cli");
    const std::string image = make_image(dir);
    const ProcessResult r = sanitize_cli({"purge", image, "--method", "ata-sanitize-crypto"});
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(contains(r.err, "sanitize: error: " + image + ": ata-sanitize-crypto is not available: a disk image has no drive firmware to ask"));
    CHECK(contains(r.err, "  discard: a disk image has no drive firmware to ask"));
    CHECK(contains(r.err, "sanitize: hint: overwrite it instead: sanitize wipe " + image));
    CHECK(r.out.empty());
    CHECK(read_all(image) == std::string(1 << 20, 'D'));

    const ProcessResult j = sanitize_cli({"purge", image, "--method", "discard", "--json"});
    CHECK(j.exit_code == 3);
    const json report = json::parse(j.out);
    CHECK(report["schema"] == "sanitize.purge-unavailable/1");
    CHECK(report["outcome"] == "unavailable");
    CHECK(report["detail"] == "disk_image");
    REQUIRE(report["methods"].size() == 15);
    for (const json& m : report["methods"]) CHECK(m["available"] == false);
}

TEST_CASE("purge: an unknown method or --verify last is a usage error", "[purge][cli]") {
    TempDir dir("sanitize-purge-cli");
    const std::string image = make_image(dir);
    const ProcessResult bad = sanitize_cli({"purge", image, "--method", "magic"});
    CHECK(bad.exit_code == 2);
    CHECK(contains(bad.err, "unknown purge method 'magic'"));
    CHECK(contains(bad.err, "ata-sanitize-crypto"));
    CHECK(sanitize_cli({"purge", image, "--method", "discard", "--verify", "last"}).exit_code == 2);
    const ProcessResult ja = sanitize_cli({"--lang", "ja", "purge", image, "--method", "discard"});
    CHECK(ja.exit_code == 3);
    CHECK(contains(ja.err, "ディスクイメージには問い合わせるファームウェアがありません"));
}

TEST_CASE("purge and devices on a loop device: not applicable, nothing sent, medium untouched", "[purge][cli][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop;
    const ProcessResult r = sanitize_cli({"purge", loop.path(), "--method", "discard", "--yes", "--confirm", loop.kernel_name()});
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(contains(r.err, "discard is not available: a loop device has no drive firmware to ask"));
    CHECK(contains(r.err, "sanitize: hint: overwrite it instead: sanitize wipe " + loop.path()));

    const ProcessResult devices = sanitize_cli({"devices", "--json"});
    REQUIRE(devices.exit_code == 0);
    bool listed = false;
    for (const json& disk : json::parse(devices.out)) {
        if (disk["path"] != loop.path()) continue;
        listed = true;
        CHECK(disk["hidden_areas"]["hpa"]["state"] == "not_applicable");
        CHECK(disk["hidden_areas"]["commands_sent"].empty());
        CHECK(disk["smart"]["available"] == false);
        CHECK(disk["smart"]["state"] == "not_applicable");
        CHECK(disk["smart"]["passed"] == nullptr);
        CHECK(disk["smart"]["reason"] == "loop_device");
        for (const json& m : disk["purge_methods"]) CHECK(m["available"] == false);
    }
    CHECK(listed);

    // The wipe report carries the probe's result too (loop: not applicable, nothing sent).
    const ProcessResult wiped = sanitize_cli({"wipe", "--yes", "--confirm", loop.kernel_name(), "--json", "--no-ledger",
                                              "--method", "zero", loop.path()});
    INFO(wiped.err);
    REQUIRE(wiped.exit_code == 0);
    const json report = json::parse(wiped.out.substr(0, wiped.out.find('\n')));
    CHECK(report["hidden_areas"]["hpa"]["state"] == "not_applicable");
    CHECK(report["hidden_areas"]["dco"]["reason"] == "loop_device");
}

TEST_CASE("wipe --reset-hidden-areas on a disk image: not applicable, said so, the wipe goes on", "[purge][cli][hidden]") {
    TempDir dir("sanitize-purge-cli");
    const std::string image = make_image(dir);
    const ProcessResult r =
        sanitize_cli({"wipe", image, "--yes", "--method", "zero", "--no-ledger", "--reset-hidden-areas", "--json"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.err, image + ": no hidden areas to reset (not_applicable)"));
    CHECK(read_all(image) == std::string(1 << 20, '\0'));
    const json report = json::parse(r.out.substr(0, r.out.find('\n')));
    CHECK(report["hidden_areas"]["hpa"]["state"] == "not_applicable");
    CHECK(report["hidden_areas"]["reset"] == false);
}

TEST_CASE("the flag --restore-dco only together with --reset-hidden-areas", "[purge][cli][hidden]") {
    TempDir dir("sanitize-purge-cli");
    const std::string image = make_image(dir);
    const ProcessResult r = sanitize_cli({"wipe", image, "--yes", "--method", "zero", "--no-ledger", "--restore-dco"});
    CHECK(r.exit_code == 2);
    CHECK(read_all(image) == std::string(1 << 20, 'D'));
}
