#include <sodium.h>

#include <cstdlib>
#include <utility>

#include "sanitize/keys.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::keys {

static_assert(public_key_bytes == crypto_sign_PUBLICKEYBYTES);
static_assert(signature_bytes == crypto_sign_BYTES);

SecretKey::SecretKey(KeyId id, SecretBuffer ed25519_secret) : id_(id), secret_(std::move(ed25519_secret)) {
    if (secret_.size() != crypto_sign_SECRETKEYBYTES) std::abort();  // broken invariant: not an Ed25519 key
}

PublicKey SecretKey::public_key() const {
    // libsodium's secret key carries its public key in the second half; no point arithmetic.
    PublicKey key{id_, {}};
    crypto_sign_ed25519_sk_to_pk(key.key.data(), secret_.bytes().data());
    return key;
}

KeyPair generate_key_pair() {
    util::ensure_sodium_initialized();
    KeyId id{};
    randombytes_buf(id.data(), id.size());
    SecretBuffer secret(crypto_sign_SECRETKEYBYTES);
    PublicKey public_key{id, {}};
    crypto_sign_keypair(public_key.key.data(), secret.bytes().data());
    return KeyPair{public_key, SecretKey(id, std::move(secret))};
}

}  // namespace sanitize::keys
