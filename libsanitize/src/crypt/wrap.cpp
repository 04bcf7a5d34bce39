#include "crypt/wrap.hpp"

#include <sodium.h>

#include <array>

#include "sanitize/age.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt::detail {
namespace {
// Each wrap key seals one file key once, so a fixed nonce is safe.
constexpr std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> zero_nonce{};
}  // namespace

std::vector<std::uint8_t> seal_file_key(std::span<const unsigned char> wrap_key, std::span<const unsigned char> file_key) {
    util::ensure_sodium_initialized();
    std::vector<std::uint8_t> body(file_key.size() + crypto_aead_chacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(body.data(), &length, file_key.data(), file_key.size(), nullptr, 0,
                                              nullptr, zero_nonce.data(), wrap_key.data());
    return body;
}

std::optional<SecretBuffer> open_file_key(std::span<const unsigned char> wrap_key, std::span<const std::uint8_t> body) {
    util::ensure_sodium_initialized();
    SecretBuffer file_key(file_key_bytes);
    unsigned long long length = 0;
    if (body.size() != file_key_bytes + crypto_aead_chacha20poly1305_ietf_ABYTES) return std::nullopt;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(file_key.bytes().data(), &length, nullptr, body.data(), body.size(),
                                                  nullptr, 0, zero_nonce.data(), wrap_key.data()) != 0) {
        return std::nullopt;
    }
    return file_key;
}

Error malformed_stanza(const char* what) { return make_error(Errc::malformed_input, std::string("header: ") + what); }

}  // namespace sanitize::crypt::detail
