// HKDF-SHA-256 (RFC 5869), which libsodium 1.0.18 lacks, on its HMAC-SHA-256.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::size_t hkdf_sha256_max_length = 255 * 32;

// Extract with `salt` (empty: 32 zero bytes, as the RFC says), then expand to `length` bytes.
// Aborts when length exceeds 255 * 32: the callers ask for fixed sizes.
SecretBuffer hkdf_sha256(std::span<const unsigned char> ikm, std::span<const unsigned char> salt,
                         std::string_view info, std::size_t length = 32);

// HMAC-SHA-256 of `message` under `key`: the header MAC.
void hmac_sha256(std::span<const unsigned char> key, std::span<const unsigned char> message,
                 std::span<unsigned char, 32> out);

}  // namespace sanitize::crypt::detail
