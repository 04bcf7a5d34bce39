// End to end ([root]): loop devices created here are filled with markers, wiped through the CLI,
// detached, and their backing files read back with plain reads, independent of the engine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "../cli/cli_test_support.hpp"
#include "loop_device.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t loop_size = std::uint64_t{16} << 20;

bool all_bytes_are(const std::string& data, unsigned char value) {
    return std::all_of(data.begin(), data.end(), [value](char c) { return static_cast<unsigned char>(c) == value; });
}

// Pearson's statistic over the 256 byte values. For uniform bytes it follows chi-square with
// 255 degrees of freedom (mean 255, standard deviation ~23); 400 is beyond 6 deviations, so
// random data never fails, while text, patterns or a stuck generator exceed it by far.
double chi_square(const std::string& data) {
    std::array<std::uint64_t, 256> counts{};
    for (char c : data) ++counts[static_cast<unsigned char>(c)];
    double expected = static_cast<double>(data.size()) / 256.0;
    double sum = 0;
    for (std::uint64_t count : counts) {
        double d = static_cast<double>(count) - expected;
        sum += d * d / expected;
    }
    return sum;
}

void check_looks_random(const std::string& data) {
    CHECK_FALSE(contains_marker(data));
    CHECK_FALSE(all_bytes_are(data, 0x00));
    CHECK(chi_square(data) < 400.0);
}

struct Wiped {
    json report;
    std::string backing;  // the backing file's bytes after the loop device was detached
};

// A marker-filled loop device wiped through the CLI; returns the report and the file's bytes.
Wiped wipe_loop(const std::vector<std::string>& extra_args, const LoopOptions& options = {.size_bytes = loop_size}) {
    LoopDevice loop(options);
    write_and_sync(loop.path(), marker_text(options.size_bytes));
    std::vector<std::string> args{"wipe", "--yes", "--confirm", loop.kernel_name(), "--json"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    args.push_back(loop.path());
    ProcessResult result = run_cli(args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 1);
    loop.detach();
    return {reports[0], read_file(loop.image_path())};
}

#define REQUIRE_LOOP_DEVICES()                                  \
    if (auto reason = LoopDevice::unavailable_reason()) {       \
        WARN("skipped: " << *reason);                           \
        return;                                                 \
    }

}  // namespace

TEST_CASE("zero leaves only 0x00 on the medium", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--method", "zero"});
    CHECK(wiped.report["outcome"] == "erased");
    CHECK(wiped.report["bytes_verified"] == loop_size);
    CHECK(wiped.backing.size() == loop_size);
    CHECK(all_bytes_are(wiped.backing, 0x00));
}

TEST_CASE("custom:ff leaves only 0xFF on the medium", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--method", "custom:ff"});
    CHECK(wiped.report["outcome"] == "erased");
    CHECK(all_bytes_are(wiped.backing, 0xFF));
}

TEST_CASE("random leaves no marker and bytes that look uniform", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({});
    CHECK(wiped.report["outcome"] == "erased");
    CHECK(wiped.report["passes"][0]["kind"] == "random");
    check_looks_random(wiped.backing);
}

TEST_CASE("random with each generator looks uniform", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    for (const char* generator : {"aes", "chacha20"}) {
        INFO(generator);
        Wiped wiped = wipe_loop({"--generator", generator});
        CHECK(wiped.report["outcome"] == "erased");
        check_looks_random(wiped.backing);
    }
}

TEST_CASE("random --blank ends with zeros everywhere", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--blank"});
    CHECK(wiped.report["outcome"] == "erased");
    CHECK(wiped.report["passes"].size() == 2);
    CHECK(all_bytes_are(wiped.backing, 0x00));
}

TEST_CASE("dod-3 ends with its random pass", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--method", "dod-3"});
    CHECK(wiped.report["outcome"] == "erased");
    REQUIRE(wiped.report["passes"].size() == 3);
    CHECK(wiped.report["passes"][2]["kind"] == "random");
    check_looks_random(wiped.backing);
}

TEST_CASE("nist-clear ends with the complement of its first pattern", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--method", "nist-clear"});
    CHECK(wiped.report["outcome"] == "erased");
    REQUIRE(wiped.report["passes"].size() == 2);
    auto first = std::stoul(wiped.report["passes"][0]["pattern"].get<std::string>(), nullptr, 16);
    auto last = std::stoul(wiped.report["passes"][1]["pattern"].get<std::string>(), nullptr, 16);
    CHECK(last == (~first & 0xFFu));
    CHECK(all_bytes_are(wiped.backing, static_cast<unsigned char>(last)));
}

TEST_CASE("a loop device with 4096-byte sectors is wiped completely", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    Wiped wiped = wipe_loop({"--method", "zero"}, {.size_bytes = loop_size, .sector_bytes = 4096});
    CHECK(wiped.report["outcome"] == "erased");
    CHECK(wiped.report["device"]["logical_sector_bytes"] == 4096);
    CHECK(all_bytes_are(wiped.backing, 0x00));
}

TEST_CASE("two loop devices are wiped in parallel by one command", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    LoopDevice a({.size_bytes = loop_size});
    LoopDevice b({.size_bytes = 2 * loop_size});
    write_and_sync(a.path(), marker_text(loop_size));
    write_and_sync(b.path(), marker_text(2 * loop_size));
    ProcessResult result = run_cli({"wipe", "--yes", "--confirm", a.kernel_name(), "--confirm", b.kernel_name(),
                                    "--json", a.path(), b.path()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto reports = json_lines(result.out);
    REQUIRE(reports.size() == 2);
    CHECK(reports[0]["device"]["path"] == a.path());
    CHECK(reports[1]["device"]["path"] == b.path());
    CHECK(reports[1]["bytes_written"] == 2 * loop_size);
    for (const json& report : reports) CHECK(report["outcome"] == "erased");
    a.detach();
    b.detach();
    check_looks_random(read_file(a.image_path()));
    check_looks_random(read_file(b.image_path()));
}

TEST_CASE("verify-media on loop devices: 0 after a zero wipe, 1 after a random one", "[integration][root]") {
    REQUIRE_LOOP_DEVICES();
    LoopDevice loop({.size_bytes = loop_size});
    write_and_sync(loop.path(), marker_text(loop_size));
    auto wipe = [&](const std::string& method) {
        return run_cli({"wipe", "--yes", "--confirm", loop.kernel_name(), "--method", method, loop.path()}).exit_code;
    };
    REQUIRE(wipe("zero") == 0);
    CHECK(run_cli({"verify-media", loop.path(), "--expect", "zero"}).exit_code == 0);
    ProcessResult sampled = run_cli({"verify-media", loop.path(), "--expect", "zero", "--sample", "10", "--json"});
    CHECK(sampled.exit_code == 0);
    auto reports = json_lines(sampled.out);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0]["verification"]["mode"] == "sample");
    CHECK(reports[0]["verification"]["sample_subsections"] >= 1000);

    REQUIRE(wipe("random") == 0);
    ProcessResult random = run_cli({"verify-media", loop.path(), "--expect", "zero"});
    CHECK(random.exit_code == 1);
    CHECK(random.err.find("does not hold only 0x00") != std::string::npos);
}
