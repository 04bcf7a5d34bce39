#include <sodium.h>

#include "sanitize/cert.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::cert {

Sha256 sha256_of(std::span<const std::byte> bytes) {
    util::ensure_sodium_initialized();
    Sha256 digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return digest;
}

std::string hex_text(std::span<const std::uint8_t> bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        text += digits[b >> 4];
        text += digits[b & 0x0F];
    }
    return text;
}

std::string sha256_hex(std::span<const std::byte> bytes) { return hex_text(sha256_of(bytes)); }

}  // namespace sanitize::cert
