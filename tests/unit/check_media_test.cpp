#include <catch2/catch.hpp>

#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;

TEST_CASE("check_media finds exactly the sectors that do not hold the pattern", "[verify-media]") {
    sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 4 * 1024 * 1024, .initial_fill = 0x00});
    MediaCheckOptions options{.expected_pattern = {0x00}, .plan = {VerifyMode::all, 0}, .workers = 2,
                              .chunk_bytes = 64 * 1024};
    auto clean = check_media(dev, options, {}, {});
    CHECK(clean.matches);
    CHECK(clean.verification.bytes_verified == 4 * 1024 * 1024);

    // A leftover byte after a "wipe": one sector is reported.
    const auto leftover = std::vector<std::byte>(1, std::byte{0x42});
    REQUIRE(dev.pwrite(leftover, 5000));
    auto dirty = check_media(dev, options, {}, {});
    CHECK_FALSE(dirty.matches);
    CHECK(dirty.verification.mismatches == std::vector<ByteRange>{{4608, 512}});
    CHECK(dirty.expected_hex == "00");

    options.expected_pattern = {0xFF};
    CHECK_FALSE(check_media(dev, options, {}, {}).matches);
}

TEST_CASE("check_media by sampling reads at least the asked share", "[verify-media]") {
    sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 8 * 1024 * 1024, .initial_fill = 0xFF});
    MediaCheckOptions options{.expected_pattern = {0xFF}, .plan = {VerifyMode::sample, 20}};
    const auto report = check_media(dev, options, {}, {});
    CHECK(report.matches);
    CHECK(report.verification.coverage_percent >= 20.0);
    CHECK(report.verification.sample_subsections == 1000);
}
