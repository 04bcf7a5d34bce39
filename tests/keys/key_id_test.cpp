#include <catch2/catch.hpp>

#include "sanitize/keys.hpp"

using sanitize::Errc;
using namespace sanitize::keys;

TEST_CASE("key_id_hex prints the little-endian number in upper case with leading zeros") {
    // The id bytes of a minisign key whose public-key file says "minisign public key FC8A1F48E4159DD4".
    const KeyId id{0xD4, 0x9D, 0x15, 0xE4, 0x48, 0x1F, 0x8A, 0xFC};
    CHECK(key_id_hex(id) == "FC8A1F48E4159DD4");
    CHECK(key_id_hex(KeyId{0x01, 0, 0, 0, 0, 0, 0, 0}) == "0000000000000001");
    CHECK(key_id_hex(KeyId{}) == "0000000000000000");
}

TEST_CASE("parse_key_id_hex inverts key_id_hex") {
    const KeyId id{0xD4, 0x9D, 0x15, 0xE4, 0x48, 0x1F, 0x8A, 0xFC};
    auto parsed = parse_key_id_hex("FC8A1F48E4159DD4");
    REQUIRE(parsed);
    CHECK(*parsed == id);
    auto lower = parse_key_id_hex("fc8a1f48e4159dd4");
    REQUIRE(lower);
    CHECK(*lower == id);
}

TEST_CASE("parse_key_id_hex takes the unpadded ids that minisign 0.11 prints") {
    auto parsed = parse_key_id_hex("1A2B");
    REQUIRE(parsed);
    CHECK(*parsed == KeyId{0x2B, 0x1A, 0, 0, 0, 0, 0, 0});
    CHECK(key_id_hex(*parsed) == "0000000000001A2B");
}

TEST_CASE("parse_key_id_hex rejects what is not 1 to 16 hex digits") {
    for (const char* text : {"", "FC8A1F48E4159DD4F", "FC8A1F48E4159DDG", " FC8A", "FC8A ", "0x1A", "-1"}) {
        INFO(text);
        auto parsed = parse_key_id_hex(text);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == Errc::invalid_argument);
    }
}
