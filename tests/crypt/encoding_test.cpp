// Base64 and Bech32 as age uses them, and the header grammar's round trip.
#include <catch2/catch.hpp>

#include "crypt/encoding.hpp"
#include "crypt/header.hpp"
#include "crypt_test_support.hpp"

using namespace sanitize::crypt;
using namespace sanitize::crypt::detail;
using sanitize::test::bytes_of;

TEST_CASE("age: unpadded base64 decodes only canonical text", "[crypt][encoding]") {
    CHECK(decode_base64("", false)->empty());
    CHECK(*decode_base64("YQ", false) == std::vector<std::uint8_t>{'a'});
    CHECK_FALSE(decode_base64("YR", false));     // stray low bits
    CHECK_FALSE(decode_base64("YQ==", false));   // padding where none belongs
    CHECK_FALSE(decode_base64("Y", false));      // impossible length
    CHECK_FALSE(decode_base64("YQ\n", false));   // no whitespace
    CHECK(encode_base64(bytes_of("ab"), false) == "YWI");
}

TEST_CASE("age: padded base64 needs its padding and nothing else", "[crypt][encoding]") {
    CHECK(*decode_base64("YWI=", true) == std::vector<std::uint8_t>{'a', 'b'});
    CHECK_FALSE(decode_base64("YWI", true));
    CHECK_FALSE(decode_base64("YWJ=", true));
    CHECK_FALSE(decode_base64("Y===", true));
    CHECK(encode_base64(bytes_of("a"), true) == "YQ==");
}

TEST_CASE("age: Bech32 round-trips, refuses mixed case and bad checksums, has no length limit", "[crypt][encoding]") {
    const std::vector<std::uint8_t> data(200, 0xa5);  // far over BIP173's 90 characters
    const std::string text = encode_bech32("age", data);
    auto decoded = decode_bech32(text);
    REQUIRE(decoded);
    CHECK(decoded->hrp == "age");
    CHECK(decoded->data == data);
    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(decode_bech32(upper));
    std::string mixed = text;
    mixed[5] = static_cast<char>(std::toupper(static_cast<unsigned char>(mixed[5])));
    if (mixed != text) CHECK_FALSE(decode_bech32(mixed));
    std::string broken = text;
    broken[10] = broken[10] == 'q' ? 'p' : 'q';
    CHECK_FALSE(decode_bech32(broken));
}

TEST_CASE("age: a marshalled header parses back to the same stanzas", "[crypt][header]") {
    const std::vector<Stanza> stanzas = {{"X25519", {"abc"}, std::vector<std::uint8_t>(32, 7)},
                                         {"example.com/grease", {"x", "y"}, std::vector<std::uint8_t>(48, 1)},
                                         {"empty", {}, {}}};
    const std::string text = marshal_without_mac(stanzas) + " " + std::string(43, 'A') + "\n";
    auto parsed = parse_header_prefix(bytes_of(text));
    REQUIRE(parsed);
    REQUIRE(*parsed);
    CHECK((*parsed)->stanzas == stanzas);
    CHECK((*parsed)->length == text.size());
    // 48 bytes fill exactly one 64-column line, so an empty line must end that body.
    CHECK(text.find(std::string(64, 'A') + "\n\n") == std::string::npos);
    CHECK(text.find("\n\n") != std::string::npos);
    // Every prefix is "need more", not an error.
    for (std::size_t cut = 0; cut < text.size(); ++cut) {
        auto partial = parse_header_prefix(bytes_of(std::string_view(text).substr(0, cut)));
        REQUIRE(partial);
        CHECK_FALSE(*partial);
    }
}

TEST_CASE("age: armor round-trips and refuses a non-canonical body", "[crypt][armor]") {
    for (const std::size_t size : std::vector<std::size_t>{0, 1, 47, 48, 49, 96, 1000}) {
        const std::string data = sanitize::test::pattern_bytes(size, 9);
        const std::string armored = armor_encode(bytes_of(data));
        auto back = armor_decode(armored);
        REQUIRE(back);
        CHECK(std::string(back->begin(), back->end()) == data);
    }
    CHECK_FALSE(armor_decode("-----BEGIN AGE ENCRYPTED FILE-----\nYWJ=\n-----END AGE ENCRYPTED FILE-----\n"));
    CHECK_FALSE(armor_decode("junk\n-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----\n"));
}
