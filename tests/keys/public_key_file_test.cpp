#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "keys_test_support.hpp"
#include "sanitize/keys.hpp"

using sanitize::Errc;
using namespace sanitize::keys;
using namespace sanitize::test;

namespace {

// A public-key file written by minisign 0.11 (`minisign -G`).
constexpr std::string_view minisign_public_key =
    "untrusted comment: minisign public key FC8A1F48E4159DD4\n"
    "RWTUnRXkSB+K/A0SLgQMnlCIPR3N99f2hVEOadzWnme1GNALycLpT2PA\n";

void check_malformed(std::string_view text) {
    INFO(std::string(text));
    auto decoded = decode_public_key(text);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().code == Errc::malformed_input);
}

}  // namespace

TEST_CASE("a public key file written by minisign decodes, and encodes back to the same text") {
    auto key = decode_public_key(minisign_public_key);
    REQUIRE(key);
    CHECK(key_id_hex(key->id) == "FC8A1F48E4159DD4");
    CHECK(encode_public_key(*key) == minisign_public_key);
    auto with_empty_comment = encode_public_key(*key, "");
    REQUIRE(with_empty_comment);
    CHECK(*with_empty_comment == minisign_public_key);
}

TEST_CASE("a generated public key round-trips with and without a comment") {
    const KeyPair pair = generate_key_pair();
    CHECK(pair.public_key == pair.secret_key.public_key());
    for (std::string_view comment : {std::string_view{}, std::string_view("operator 山田 (admin)")}) {
        auto encoded = encode_public_key(pair.public_key, comment);
        REQUIRE(encoded);
        CHECK(line_of(*encoded, 0) ==
              "untrusted comment: " + (comment.empty() ? "minisign public key " + key_id_hex(pair.public_key.id)
                                                       : std::string(comment)));
        auto decoded = decode_public_key(*encoded);
        REQUIRE(decoded);
        CHECK(*decoded == pair.public_key);
    }
}

TEST_CASE("decode_public_key takes the base64 line alone, as minisign -P does") {
    const std::string line = line_of(minisign_public_key, 1);
    for (const std::string& text : {line, line + "\n", line + "\r\n"}) {
        auto key = decode_public_key(text);
        REQUIRE(key);
        CHECK(key_id_hex(key->id) == "FC8A1F48E4159DD4");
    }
}

TEST_CASE("decode_public_key accepts CRLF line ends and a missing final line break") {
    const std::string crlf = "untrusted comment: minisign public key FC8A1F48E4159DD4\r\n" + line_of(minisign_public_key, 1) + "\r\n";
    CHECK(decode_public_key(crlf));
    std::string no_final_break(minisign_public_key);
    no_final_break.pop_back();
    CHECK(decode_public_key(no_final_break));
}

TEST_CASE("a public key comment that minisign could not read back is refused when encoding") {
    const KeyPair pair = generate_key_pair();
    for (const std::string& comment : {std::string("two\nlines"), std::string("carriage\rreturn"),
                                       std::string("nul\0byte", 8), std::string(untrusted_comment_max_bytes + 1, 'x')}) {
        auto encoded = encode_public_key(pair.public_key, comment);
        REQUIRE_FALSE(encoded);
        CHECK(encoded.error().code == Errc::invalid_argument);
    }
    CHECK(encode_public_key(pair.public_key, std::string(untrusted_comment_max_bytes, 'x')));
}

TEST_CASE("malformed public keys are malformed_input") {
    const std::string comment = line_of(minisign_public_key, 0);
    const std::string line = line_of(minisign_public_key, 1);
    const std::string file(minisign_public_key);
    check_malformed("");
    check_malformed("\n");
    check_malformed(comment + "\n");                                 // no key line
    check_malformed(comment + "\n" + line.substr(0, line.size() - 4) + "\n");  // truncated by a quantum
    check_malformed(comment + "\n" + line.substr(0, line.size() - 1) + "\n");  // truncated mid-quantum
    check_malformed(comment + "\n" + line + "AAAA\n");               // too long
    check_malformed(file + "extra line\n");                          // extra line
    check_malformed(file + "\n");                                    // extra empty line
    check_malformed("comment: no prefix\n" + line + "\n");           // first line is no comment
    check_malformed(" " + line);                                     // whitespace around the base64
    check_malformed(line + " \n");
    check_malformed(comment + "\n" + line.substr(0, 20) + "\n" + line.substr(20) + "\n");  // split line
    check_malformed(comment + std::string("\0", 1) + "\n" + line + "\n");  // NUL in the comment
    check_malformed(comment + "\n" + std::string(line.size(), '*') + "\n");
    check_malformed(comment + "\n" + line + "=\n");                 // 42 bytes take no padding
}

TEST_CASE("a public key of another algorithm is malformed_input") {
    std::vector<unsigned char> blob = decode_base64(line_of(minisign_public_key, 1), 42);
    blob[1] = 'D';  // "ED" names prehashed signatures, never a key
    check_malformed(base64_of(blob));
    blob[0] = 'X';
    blob[1] = 'd';
    check_malformed(base64_of(blob));
}
