// The scrypt (passphrase) recipient type and its identity.
#include <sodium.h>

#include <algorithm>
#include <array>
#include <string>

#include "crypt/encoding.hpp"
#include "crypt/wrap.hpp"
#include "sanitize/age.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt {
namespace {

constexpr std::string_view salt_label = "age-encryption.org/v1/scrypt";
constexpr std::size_t salt_bytes = 16;

// nullopt when libsodium cannot get the memory the work factor needs.
std::optional<SecretBuffer> scrypt_key(std::span<const unsigned char> passphrase, std::span<const std::uint8_t> salt,
                                       unsigned work_factor) {
    std::array<std::uint8_t, salt_label.size() + salt_bytes> full_salt{};
    std::copy(salt_label.begin(), salt_label.end(), full_salt.begin());
    std::copy(salt.begin(), salt.end(), full_salt.begin() + salt_label.size());
    SecretBuffer key(32);
    if (crypto_pwhash_scryptsalsa208sha256_ll(passphrase.data(), passphrase.size(), full_salt.data(), full_salt.size(),
                                              std::uint64_t{1} << work_factor, 8, 1, key.bytes().data(), 32) != 0) {
        return std::nullopt;
    }
    return key;
}

// "^[1-9][0-9]*$", and small enough to be a shift: anything else is malformed.
std::optional<unsigned> parse_work_factor(std::string_view text) {
    if (text.empty() || text.size() > 2 || text[0] < '1' || text[0] > '9') return std::nullopt;
    unsigned value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}

}  // namespace

Result<std::vector<Stanza>> ScryptRecipient::wrap(std::span<const unsigned char> file_key) const {
    util::ensure_sodium_initialized();
    if (work_factor_ < 1 || work_factor_ > 30) return make_error(Errc::invalid_argument, "scrypt work factor");
    std::array<std::uint8_t, salt_bytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    auto key = scrypt_key(passphrase_.bytes(), salt, work_factor_);
    if (!key) return make_error(Errc::internal, "scrypt: out of memory");
    return std::vector<Stanza>{{"scrypt",
                                {detail::encode_base64(salt, false), std::to_string(work_factor_)},
                                detail::seal_file_key(key->bytes(), file_key)}};
}

Result<std::optional<SecretBuffer>> ScryptIdentity::unwrap(std::span<const Stanza> stanzas) const {
    util::ensure_sodium_initialized();
    for (const Stanza& stanza : stanzas) {
        if (stanza.type != "scrypt") continue;
        if (stanza.args.size() != 2) return detail::malformed_stanza("scrypt stanza needs two arguments");
        auto salt = detail::decode_base64(stanza.args[0], false);
        if (!salt || salt->size() != salt_bytes) return detail::malformed_stanza("scrypt salt is not 16 bytes");
        const auto work_factor = parse_work_factor(stanza.args[1]);
        if (!work_factor) return detail::malformed_stanza("scrypt work factor");
        if (*work_factor > max_work_factor_) return detail::malformed_stanza("scrypt work factor too high");
        if (stanza.body.size() != file_key_bytes + 16) return detail::malformed_stanza("scrypt body size");
        auto key = scrypt_key(passphrase_.bytes(), *salt, *work_factor);
        if (!key) return make_error(Errc::internal, "scrypt: out of memory");
        if (auto file_key = detail::open_file_key(key->bytes(), stanza.body)) return std::optional(std::move(*file_key));
    }
    return std::optional<SecretBuffer>{};
}

}  // namespace sanitize::crypt
