#include <sodium.h>

#include "sanitize/cert.hpp"
#include "util/hex.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::cert {

Sha256 sha256_of(std::span<const std::byte> bytes) {
    util::ensure_sodium_initialized();
    Sha256 digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return digest;
}

std::string hex_text(std::span<const std::uint8_t> bytes) { return util::to_hex(bytes); }

std::string sha256_hex(std::span<const std::byte> bytes) { return hex_text(sha256_of(bytes)); }

}  // namespace sanitize::cert
