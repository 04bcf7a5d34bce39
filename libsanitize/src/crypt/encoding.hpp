// The text encodings of age: unpadded canonical base64 (header), padded base64 (armor) and
// Bech32 without a length limit (keys).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sanitize::crypt::detail {

bool is_base64_char(char c) noexcept;

std::string encode_base64(std::span<const std::uint8_t> bytes, bool padded);
// nullopt unless `text` is the canonical encoding: alphabet only, padding exactly when (and
// only when) `padded` asks for it, zero unused bits. Canonical means one byte string has one
// text, so nothing in a header can be altered without breaking its MAC.
std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text, bool padded);

// "hrp" + "1" + data + checksum; lower case.
std::string encode_bech32(std::string_view hrp, std::span<const std::uint8_t> data);
struct Bech32 {
    std::string hrp;  // lower case
    std::vector<std::uint8_t> data;
};
// Accepts all lower or all upper case; the checksum is over the lower-case text.
std::optional<Bech32> decode_bech32(std::string_view text);

}  // namespace sanitize::crypt::detail
