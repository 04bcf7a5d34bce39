// HKDF-SHA-256 against the RFC 5869 appendix A vectors (test cases 1 to 3, SHA-256).
#include <catch2/catch.hpp>

#include <string>

#include "crypt/hkdf.hpp"
#include "util/hex.hpp"

using sanitize::crypt::detail::hkdf_sha256;
using sanitize::util::parse_hex;
using sanitize::util::to_hex;

namespace {

std::string hkdf_hex(const std::string& ikm, const std::string& salt, const std::string& info, std::size_t length) {
    const auto ikm_bytes = *parse_hex(ikm);
    const auto salt_bytes = *parse_hex(salt);
    const auto info_bytes = *parse_hex(info);
    const std::string info_text(info_bytes.begin(), info_bytes.end());
    const auto okm = hkdf_sha256(ikm_bytes, salt_bytes, info_text, length);
    return to_hex(okm.bytes());
}

}  // namespace

TEST_CASE("age: HKDF-SHA-256 gives RFC 5869 test case 1", "[crypt][hkdf]") {
    CHECK(hkdf_hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "000102030405060708090a0b0c", "f0f1f2f3f4f5f6f7f8f9", 42) ==
          "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST_CASE("age: HKDF-SHA-256 gives RFC 5869 test case 2 (long inputs)", "[crypt][hkdf]") {
    std::string ikm, salt, info;
    for (int i = 0x00; i <= 0x4f; ++i) ikm += to_hex(std::vector<std::uint8_t>{static_cast<std::uint8_t>(i)});
    for (int i = 0x60; i <= 0xaf; ++i) salt += to_hex(std::vector<std::uint8_t>{static_cast<std::uint8_t>(i)});
    for (int i = 0xb0; i <= 0xff; ++i) info += to_hex(std::vector<std::uint8_t>{static_cast<std::uint8_t>(i)});
    CHECK(hkdf_hex(ikm, salt, info, 82) ==
          "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
}

TEST_CASE("age: HKDF-SHA-256 gives RFC 5869 test case 3 (empty salt and info)", "[crypt][hkdf]") {
    CHECK(hkdf_hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "", "", 42) ==
          "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}
