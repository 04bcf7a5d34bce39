#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "keys_test_support.hpp"
#include "sanitize/keys.hpp"

using sanitize::Errc;
using namespace sanitize::keys;
using namespace sanitize::test;

namespace {

// A key pair written by minisign 0.11 (`minisign -G`, passphrase "pw1", its default scrypt cost).
constexpr std::string_view minisign_public_key =
    "untrusted comment: minisign public key FC8A1F48E4159DD4\n"
    "RWTUnRXkSB+K/A0SLgQMnlCIPR3N99f2hVEOadzWnme1GNALycLpT2PA\n";
constexpr std::string_view minisign_secret_key =
    "untrusted comment: minisign encrypted secret key\n"
    "RWRTY0IybsA1wn9vmyNR1PgeI23v8DuPJhFY9Smq+jowy/CU3akAAAACAAAAAAAAAEAAAAAAR7MaHDzSrNYqwKSsSKLvGKoLi8WGRctT6E4X5+"
    "srj6deEg5olEKdi8CTPyblSv5MmbxrrpXIBuOVYjnfQXXiM4APAP0A5w1Zl9swoknUSfxDJneCkbXo82QEC1cEvMutIh8kf8RU7sk=\n";

constexpr std::size_t blob_bytes = 158;  // minisign's SeckeyStruct

std::string encoded_light(const SecretKey& key, std::string_view pass) {
    auto encoded = encode_secret_key(key, passphrase(pass), light_cost);
    REQUIRE(encoded);
    return *encoded;
}

// The file with its binary blob edited by `edit`.
template <typename Edit>
std::string with_blob(const std::string& file, Edit edit) {
    std::vector<unsigned char> blob = decode_base64(line_of(file, 1), blob_bytes);
    edit(blob);
    return replace_line(file, 1, base64_of(blob));
}

void check_error(const std::string& text, Errc expected, std::string_view pass = "pass") {
    INFO(text);
    auto decoded = decode_secret_key(text, passphrase(pass), light_cost);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().code == expected);
}

bool same_secret(const SecretKey& a, const SecretKey& b) {
    return std::equal(a.ed25519_secret().begin(), a.ed25519_secret().end(), b.ed25519_secret().begin(),
                      b.ed25519_secret().end());
}

}  // namespace

TEST_CASE("a secret key round-trips through its encrypted file") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "correct horse");
    CHECK(line_of(file, 0) == "untrusted comment: minisign encrypted secret key");
    auto decoded = decode_secret_key(file, passphrase("correct horse"), light_cost);
    REQUIRE(decoded);
    CHECK(decoded->id() == pair.secret_key.id());
    CHECK(decoded->public_key() == pair.public_key);
    CHECK(same_secret(*decoded, pair.secret_key));
}

TEST_CASE("the secret key file carries minisign's algorithms and the cost it was written with") {
    const KeyPair pair = generate_key_pair();
    const std::vector<unsigned char> blob = decode_base64(line_of(encoded_light(pair.secret_key, "p"), 1), blob_bytes);
    CHECK(std::string(blob.begin(), blob.begin() + 6) == "EdScB2");
    CHECK(std::vector<unsigned char>(blob.begin() + 38, blob.begin() + 54) ==
          std::vector<unsigned char>{0x00, 0x80, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x01, 0, 0, 0, 0});
}

TEST_CASE("each encoding draws a fresh salt") {
    const KeyPair pair = generate_key_pair();
    const std::string first = encoded_light(pair.secret_key, "p");
    const std::string second = encoded_light(pair.secret_key, "p");
    CHECK(first != second);
    CHECK(decode_secret_key(second, passphrase("p"), light_cost));
}

TEST_CASE("empty and non-ASCII passphrases work") {
    const KeyPair pair = generate_key_pair();
    for (std::string_view pass : {std::string_view{}, std::string_view("合言葉は山と川")}) {
        auto decoded = decode_secret_key(encoded_light(pair.secret_key, pass), passphrase(pass), light_cost);
        REQUIRE(decoded);
        CHECK(decoded->public_key() == pair.public_key);
    }
}

TEST_CASE("a wrong passphrase is wrong_passphrase") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "right");
    check_error(file, Errc::wrong_passphrase, "wrong");
    check_error(file, Errc::wrong_passphrase, "");
    check_error(file, Errc::wrong_passphrase, "right ");
}

TEST_CASE("edited ciphertext shows as a checksum mismatch") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "pass");
    for (std::size_t at : {std::size_t{54}, std::size_t{100}, std::size_t{157}}) {  // key id, secret, checksum
        check_error(with_blob(file, [&](std::vector<unsigned char>& blob) { blob[at] ^= 0x01; }), Errc::wrong_passphrase);
    }
}

TEST_CASE("a file asking for more scrypt work than the limit is malformed_input, before any work") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "pass");
    for (KdfCost limit : {KdfCost{light_cost.opslimit - 1, light_cost.memlimit},
                          KdfCost{light_cost.opslimit, light_cost.memlimit - 1}}) {
        auto decoded = decode_secret_key(file, passphrase("pass"), limit);
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error().code == Errc::malformed_input);
    }
    // minisign's own cost is over the light limit and refused without seconds of scrypt.
    check_error(std::string(minisign_secret_key), Errc::malformed_input, "pw1");
}

TEST_CASE("unknown algorithms are malformed_input, an unencrypted key is refused") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "pass");
    auto set = [&](std::size_t at, std::string_view value) {
        return with_blob(file, [&](std::vector<unsigned char>& blob) { std::copy(value.begin(), value.end(), blob.begin() + static_cast<std::ptrdiff_t>(at)); });
    };
    check_error(set(0, "ED"), Errc::malformed_input);   // signature algorithm
    check_error(set(2, "Ar"), Errc::malformed_input);   // key derivation
    check_error(set(4, "B3"), Errc::malformed_input);   // checksum
    check_error(set(2, std::string_view("\0\0", 2)), Errc::refused);  // `minisign -W`
}

TEST_CASE("malformed secret key files are malformed_input") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "pass");
    const std::string comment = line_of(file, 0);
    const std::string line = line_of(file, 1);
    check_error("", Errc::malformed_input);
    check_error(line + "\n", Errc::malformed_input);                         // no comment line
    check_error(comment + "\n", Errc::malformed_input);                      // no key line
    check_error(file + "more\n", Errc::malformed_input);                     // extra line
    check_error(file + "\n", Errc::malformed_input);                         // extra empty line
    check_error(comment + "\n" + line.substr(0, line.size() - 4) + "\n", Errc::malformed_input);
    check_error(comment + "\n" + line.substr(4) + "\n", Errc::malformed_input);
    check_error(comment + "\n" + line + "AAAA\n", Errc::malformed_input);
    check_error("comment: x\n" + line + "\n", Errc::malformed_input);
    check_error(comment + "\n" + line.substr(0, 100) + " " + line.substr(100) + "\n", Errc::malformed_input);
}

TEST_CASE("a secret key file accepts CRLF line ends and a missing final line break") {
    const KeyPair pair = generate_key_pair();
    const std::string file = encoded_light(pair.secret_key, "pass");
    CHECK(decode_secret_key(line_of(file, 0) + "\r\n" + line_of(file, 1) + "\r\n", passphrase("pass"), light_cost));
    CHECK(decode_secret_key(file.substr(0, file.size() - 1), passphrase("pass"), light_cost));
}

TEST_CASE("a secret key written by minisign decodes with its passphrase", "[slow]") {
    auto key = decode_secret_key(minisign_secret_key, passphrase("pw1"));
    REQUIRE(key);
    auto expected = decode_public_key(minisign_public_key);
    REQUIRE(expected);
    CHECK(key->public_key() == *expected);
}
