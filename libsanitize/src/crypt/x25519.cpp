// The X25519 recipient type and its identity.
#include <sodium.h>

#include <algorithm>
#include <string>

#include "crypt/encoding.hpp"
#include "crypt/hkdf.hpp"
#include "crypt/wrap.hpp"
#include "sanitize/age.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt {
namespace {

constexpr std::string_view recipient_hrp = "age";
constexpr std::string_view identity_hrp = "age-secret-key-";
constexpr std::string_view stanza_info = "age-encryption.org/v1/X25519";

SecretBuffer wrap_key(std::span<const unsigned char> shared, std::span<const unsigned char> share,
                      std::span<const unsigned char> recipient) {
    std::array<unsigned char, 64> salt{};
    std::copy(share.begin(), share.end(), salt.begin());
    std::copy(recipient.begin(), recipient.end(), salt.begin() + 32);
    return detail::hkdf_sha256(shared, salt, stanza_info);
}

}  // namespace

Result<X25519Recipient> X25519Recipient::parse(std::string_view text) {
    auto decoded = detail::decode_bech32(text);
    if (!decoded || decoded->hrp != recipient_hrp || decoded->data.size() != 32) {
        return make_error(Errc::malformed_input, "recipient: not an age1 X25519 key");
    }
    std::array<std::uint8_t, 32> key{};
    std::copy(decoded->data.begin(), decoded->data.end(), key.begin());
    return X25519Recipient(key);
}

std::string X25519Recipient::to_string() const { return detail::encode_bech32(recipient_hrp, key_); }

Result<std::vector<Stanza>> X25519Recipient::wrap(std::span<const unsigned char> file_key) const {
    util::ensure_sodium_initialized();
    SecretBuffer ephemeral(32);
    randombytes_buf(ephemeral.bytes().data(), 32);
    std::array<unsigned char, 32> share{};
    crypto_scalarmult_base(share.data(), ephemeral.bytes().data());
    SecretBuffer shared(32);
    if (crypto_scalarmult(shared.bytes().data(), ephemeral.bytes().data(), key_.data()) != 0) {
        return make_error(Errc::invalid_argument, "recipient: low-order X25519 key");
    }
    const SecretBuffer key = wrap_key(shared.bytes(), share, key_);
    return std::vector<Stanza>{{"X25519", {detail::encode_base64(share, false)}, detail::seal_file_key(key.bytes(), file_key)}};
}

X25519Identity X25519Identity::generate() {
    util::ensure_sodium_initialized();
    SecretBuffer secret(32);
    randombytes_buf(secret.bytes().data(), 32);
    return X25519Identity(std::move(secret));
}

Result<X25519Identity> X25519Identity::parse(std::span<const unsigned char> text) {
    auto decoded = detail::decode_bech32(std::string_view(reinterpret_cast<const char*>(text.data()), text.size()));
    const bool ok = decoded && decoded->hrp == identity_hrp && decoded->data.size() == 32;
    SecretBuffer secret(32);
    if (ok) std::copy(decoded->data.begin(), decoded->data.end(), secret.bytes().begin());
    if (decoded) sodium_memzero(decoded->data.data(), decoded->data.size());
    if (!ok) return make_error(Errc::malformed_input, "identity: not an AGE-SECRET-KEY-1 key");
    return X25519Identity(std::move(secret));
}

SecretBuffer X25519Identity::to_string() const {
    std::vector<std::uint8_t> data(secret_.bytes().begin(), secret_.bytes().end());
    std::string text = detail::encode_bech32(identity_hrp, data);
    sodium_memzero(data.data(), data.size());
    SecretBuffer out(text.size());
    std::transform(text.begin(), text.end(), out.bytes().begin(), [](char c) {
        return static_cast<unsigned char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    });
    sodium_memzero(text.data(), text.size());
    return out;
}

X25519Recipient X25519Identity::recipient() const {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, 32> key{};
    crypto_scalarmult_base(key.data(), secret_.bytes().data());
    return X25519Recipient(key);
}

Result<std::optional<SecretBuffer>> X25519Identity::unwrap(std::span<const Stanza> stanzas) const {
    util::ensure_sodium_initialized();
    const std::array<std::uint8_t, 32> own = recipient().public_key();
    for (const Stanza& stanza : stanzas) {
        if (stanza.type != "X25519") continue;
        if (stanza.args.size() != 1) return detail::malformed_stanza("X25519 stanza needs one argument");
        auto share = detail::decode_base64(stanza.args[0], false);
        if (!share || share->size() != 32) return detail::malformed_stanza("X25519 share is not 32 bytes");
        // Checked before any decryption, so that a body's length cannot probe the key.
        if (stanza.body.size() != file_key_bytes + 16) return detail::malformed_stanza("X25519 body size");
        SecretBuffer shared(32);
        if (crypto_scalarmult(shared.bytes().data(), secret_.bytes().data(), share->data()) != 0) {
            return detail::malformed_stanza("X25519 share gives an all-zero secret");
        }
        const SecretBuffer key = wrap_key(shared.bytes(), *share, own);
        if (auto file_key = detail::open_file_key(key.bytes(), stanza.body)) return std::optional(std::move(*file_key));
    }
    return std::optional<SecretBuffer>{};
}

}  // namespace sanitize::crypt
