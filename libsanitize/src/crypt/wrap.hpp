// The file-key wrapping shared by the native recipients: ChaCha20-Poly1305 with an all-zero
// nonce under a key used exactly once.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

std::vector<std::uint8_t> seal_file_key(std::span<const unsigned char> wrap_key, std::span<const unsigned char> file_key);
// nullopt when the body does not authenticate. The caller has checked the body's length.
std::optional<SecretBuffer> open_file_key(std::span<const unsigned char> wrap_key, std::span<const std::uint8_t> body);

Error malformed_stanza(const char* what);

}  // namespace sanitize::crypt::detail
