#include "crypt/hkdf.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "util/sodium_init.hpp"

namespace sanitize::crypt::detail {

void hmac_sha256(std::span<const unsigned char> key, std::span<const unsigned char> message,
                 std::span<unsigned char, 32> out) {
    util::ensure_sodium_initialized();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, message.data(), message.size());
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
}

SecretBuffer hkdf_sha256(std::span<const unsigned char> ikm, std::span<const unsigned char> salt,
                         std::string_view info, std::size_t length) {
    if (length > hkdf_sha256_max_length) std::abort();  // broken invariant, see the header
    util::ensure_sodium_initialized();
    static constexpr std::array<unsigned char, 32> zero_salt{};
    SecretBuffer prk(32);
    hmac_sha256(salt.empty() ? std::span<const unsigned char>(zero_salt) : salt, ikm,
                std::span<unsigned char, 32>(prk.bytes().data(), 32));

    SecretBuffer okm(length);
    SecretBuffer block(32);
    std::size_t done = 0;
    for (unsigned counter = 1; done < length; ++counter) {
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, prk.bytes().data(), prk.size());
        if (counter > 1) crypto_auth_hmacsha256_update(&state, block.bytes().data(), block.size());
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(info.data()), info.size());
        const auto counter_byte = static_cast<unsigned char>(counter);
        crypto_auth_hmacsha256_update(&state, &counter_byte, 1);
        crypto_auth_hmacsha256_final(&state, block.bytes().data());
        sodium_memzero(&state, sizeof state);
        const std::size_t take = std::min<std::size_t>(32, length - done);
        std::copy_n(block.bytes().begin(), take, okm.bytes().begin() + static_cast<std::ptrdiff_t>(done));
        done += take;
    }
    return okm;
}

}  // namespace sanitize::crypt::detail
