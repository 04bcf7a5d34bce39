#include <sodium.h>

#include "keys/sodium_bytes.hpp"
#include "sanitize/keys.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::keys {

Signature sign_detached(const SecretKey& key, std::span<const std::byte> message) {
    util::ensure_sodium_initialized();
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr, detail::sodium_bytes(message), message.size(),
                         key.ed25519_secret().data());
    return signature;
}

bool verify_detached(const PublicKey& key, std::span<const std::byte> message, const Signature& signature) {
    util::ensure_sodium_initialized();
    return crypto_sign_verify_detached(signature.data(), detail::sodium_bytes(message), message.size(),
                                       key.key.data()) == 0;
}

}  // namespace sanitize::keys
