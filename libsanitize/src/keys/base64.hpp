// Base64 as minisign writes it: the original alphabet with padding (libsodium's
// sodium_base64_VARIANT_ORIGINAL), on one line.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sanitize::keys::detail {

std::string encode_base64(std::span<const unsigned char> bytes);

// Fills `out` when `text` is exactly the canonical base64 of out.size() bytes: padded, no
// whitespace, no other characters, zero padding bits. Every field that minisign decodes has a
// fixed size, so a longer or shorter decoding is as malformed as a bad character.
[[nodiscard]] bool decode_base64_exact(std::string_view text, std::span<unsigned char> out);

}  // namespace sanitize::keys::detail
