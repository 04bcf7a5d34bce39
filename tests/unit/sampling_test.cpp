#include <catch2/catch.hpp>

#include "wipe/byte_ranges.hpp"
#include "wipe/sampling.hpp"

using namespace sanitize::wipe;

namespace {
constexpr std::array<unsigned char, 32> seed_a{7};
constexpr std::array<unsigned char, 32> seed_b{8};
}  // namespace

TEST_CASE("a sample follows NIST SP 800-88r1 §4.7", "[sampling]") {
    const std::uint32_t sector = GENERATE(512U, 4096U);
    const std::uint64_t size = std::uint64_t{sector} * 123457;  // not a multiple of 1000 sectors
    const double percent = GENERATE(10.0, 25.0, 60.0);
    const SamplePlan plan = make_sample_plan(size, sector, percent, seed_a);
    INFO("sector " << sector << " percent " << percent);

    CHECK(plan.subsections >= 1000);
    REQUIRE_FALSE(plan.ranges.empty());
    CHECK(plan.ranges.front().offset == 0);                                        // first sector
    CHECK(plan.ranges.back().offset + plan.ranges.back().length == size);         // last sector
    CHECK(static_cast<double>(plan.bytes) >= static_cast<double>(size) * percent / 100.0);
    CHECK(plan.bytes == total_length(plan.ranges));
    CHECK(plan.ranges == normalized(plan.ranges));  // sorted, disjoint
    for (const ByteRange& r : plan.ranges) {
        CHECK(r.offset % sector == 0);
        CHECK(r.length % sector == 0);
    }
    // Every one of the 1000 subsections holds part of the sample.
    const std::uint64_t per = size / sector / 1000 * sector;
    std::vector<bool> hit(1000, false);
    for (const ByteRange& r : plan.ranges)
        for (std::uint64_t at = r.offset; at < r.offset + r.length; at += sector)
            hit[std::min<std::uint64_t>(at / per, 999)] = true;
    CHECK(std::count(hit.begin(), hit.end(), true) == 1000);
}

TEST_CASE("sample places depend on the seed and only on it", "[sampling]") {
    const std::uint64_t size = 512ULL * 100000;
    CHECK(make_sample_plan(size, 512, 10, seed_a).ranges == make_sample_plan(size, 512, 10, seed_a).ranges);
    CHECK(make_sample_plan(size, 512, 10, seed_a).ranges != make_sample_plan(size, 512, 10, seed_b).ranges);
}

TEST_CASE("a medium too small for 1000 subsections is read whole", "[sampling]") {
    const SamplePlan plan = make_sample_plan(512 * 1500, 512, 10, seed_a);
    CHECK(plan.subsections == 0);
    CHECK(plan.ranges == std::vector<ByteRange>{{0, 512 * 1500}});
}

TEST_CASE("byte ranges merge and subtract", "[ranges]") {
    CHECK(normalized({{10, 5}, {0, 10}, {30, 0}, {12, 10}}) == std::vector<ByteRange>{{0, 22}});
    CHECK(normalized({{20, 5}, {0, 5}}) == std::vector<ByteRange>{{0, 5}, {20, 5}});
    CHECK(subtract({{0, 100}}, {{10, 10}, {50, 60}}) == std::vector<ByteRange>{{0, 10}, {20, 30}});
    CHECK(subtract({{0, 10}}, {}) == std::vector<ByteRange>{{0, 10}});
    CHECK(subtract({{0, 10}}, {{0, 10}}).empty());
    CHECK(total_length({{0, 10}, {20, 5}}) == 15);
}
