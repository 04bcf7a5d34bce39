#include <catch2/catch.hpp>

#include "sanitize/wipe.hpp"
#include "wipe/pass_data.hpp"

using namespace sanitize::wipe;

namespace {
std::vector<std::uint8_t> pattern_of(const Method& m, std::size_t i) { return m.passes.at(i).pattern; }
}  // namespace

TEST_CASE("built-in methods are the documented tables of passes", "[method]") {
    auto zero = parse_method("zero");
    REQUIRE(zero);
    REQUIRE(zero->passes.size() == 1);
    CHECK(pattern_of(*zero, 0) == std::vector<std::uint8_t>{0x00});

    auto random = parse_method("random");
    REQUIRE(random);
    REQUIRE(random->passes.size() == 1);
    CHECK(random->passes[0].kind == PassKind::random);

    auto clear = parse_method("nist-clear");
    REQUIRE(clear);
    REQUIRE(clear->passes.size() == 2);
    CHECK(static_cast<std::uint8_t>(pattern_of(*clear, 0)[0] ^ pattern_of(*clear, 1)[0]) == 0xFF);  // complement

    auto dod = parse_method("dod-3");
    REQUIRE(dod);
    REQUIRE(dod->passes.size() == 3);
    CHECK(pattern_of(*dod, 0) == std::vector<std::uint8_t>{0x00});
    CHECK(pattern_of(*dod, 1) == std::vector<std::uint8_t>{0xFF});
    CHECK(dod->passes[2].kind == PassKind::random);

    auto gutmann = parse_method("gutmann");
    REQUIRE(gutmann);
    REQUIRE(gutmann->passes.size() == 35);
    for (std::size_t i : {0U, 1U, 2U, 3U, 31U, 32U, 33U, 34U}) CHECK(gutmann->passes[i].kind == PassKind::random);
    CHECK(pattern_of(*gutmann, 6) == std::vector<std::uint8_t>{0x92, 0x49, 0x24});
    CHECK(pattern_of(*gutmann, 30) == std::vector<std::uint8_t>{0xDB, 0x6D, 0xB6});
}

TEST_CASE("custom methods parse hex patterns and random", "[method]") {
    auto custom = parse_method("custom:00,ff,random,DEADbeef");
    REQUIRE(custom);
    REQUIRE(custom->passes.size() == 4);
    CHECK(pattern_of(*custom, 1) == std::vector<std::uint8_t>{0xFF});
    CHECK(custom->passes[2].kind == PassKind::random);
    CHECK(pattern_of(*custom, 3) == std::vector<std::uint8_t>{0xDE, 0xAD, 0xBE, 0xEF});
    CHECK(custom->name == "custom:00,ff,random,DEADbeef");
}

TEST_CASE("malformed methods are refused with the offending part", "[method]") {
    for (const char* bad : {"", "zeros", "custom:", "custom:0", "custom:zz", "custom:00,,ff", "custom:00,rand"}) {
        auto method = parse_method(bad);
        INFO(bad);
        REQUIRE_FALSE(method);
        CHECK(method.error().code == sanitize::Errc::invalid_argument);
    }
    CHECK_FALSE(parse_method("custom:" + std::string(130, 'a')));  // 65-byte pattern
}

TEST_CASE("verification specs", "[verify]") {
    CHECK(parse_verify("none")->mode == VerifyMode::none);
    CHECK(parse_verify("last")->mode == VerifyMode::last);
    CHECK(parse_verify("all")->mode == VerifyMode::all);
    auto sample = parse_verify("sample:12.5");
    REQUIRE(sample);
    CHECK(sample->mode == VerifyMode::sample);
    CHECK(sample->sample_percent == Approx(12.5));
    CHECK(parse_verify("sample:100%")->sample_percent == Approx(100));
    // NIST SP 800-88r1 §4.7 asks for at least 10%: less is refused, not silently raised.
    for (const char* bad : {"sample:9.9", "sample:0", "sample:101", "sample:", "sample:x", "some", "LAST"})
        CHECK_FALSE(parse_verify(bad));
}

TEST_CASE("chunk sizes are multiples of the alignment and the pattern period", "[method]") {
    CHECK(chunk_bytes_for(4 << 20, 4096, 1) == 4 << 20);
    const auto three = chunk_bytes_for(4 << 20, 4096, 3);
    CHECK(three % 4096 == 0);
    CHECK(three % 3 == 0);
    CHECK(three <= 4 << 20);
    CHECK(three > 4 << 19);
    CHECK(chunk_bytes_for(100, 4096, 1) == 4096);  // never below one aligned unit
}
