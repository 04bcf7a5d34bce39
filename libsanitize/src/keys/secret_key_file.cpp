#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include "keys/base64.hpp"
#include "keys/minisign_text.hpp"
#include "sanitize/keys.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::keys {

namespace {

// minisign's SeckeyStruct, in the order the file holds it. Everything from keynum_at on (key id,
// secret key, checksum) is XORed with a scrypt stream of the passphrase.
constexpr std::size_t sig_alg_at = 0;
constexpr std::size_t kdf_alg_at = 2;
constexpr std::size_t chk_alg_at = 4;
constexpr std::size_t salt_at = 6;
constexpr std::size_t opslimit_at = salt_at + crypto_pwhash_scryptsalsa208sha256_SALTBYTES;
constexpr std::size_t memlimit_at = opslimit_at + 8;
constexpr std::size_t keynum_at = memlimit_at + 8;
constexpr std::size_t key_id_at = keynum_at;
constexpr std::size_t secret_at = key_id_at + key_id_bytes;
constexpr std::size_t checksum_at = secret_at + crypto_sign_SECRETKEYBYTES;
constexpr std::size_t blob_bytes = checksum_at + crypto_generichash_BYTES;
constexpr std::size_t keynum_bytes = blob_bytes - keynum_at;

constexpr std::string_view signature_algorithm = "Ed";
constexpr std::string_view scrypt_algorithm = "Sc";
constexpr std::string_view no_kdf_algorithm{"\0\0", 2};  // `minisign -W`
constexpr std::string_view blake2b_algorithm = "B2";
constexpr std::string_view default_comment = "minisign encrypted secret key";

using Checksum = std::array<unsigned char, crypto_generichash_BYTES>;

bool field_is(std::span<const unsigned char> blob, std::size_t at, std::string_view expected) {
    return std::memcmp(blob.data() + at, expected.data(), expected.size()) == 0;
}

void put_field(std::span<unsigned char> blob, std::size_t at, std::string_view value) {
    std::memcpy(blob.data() + at, value.data(), value.size());
}

// What a right passphrase restores: BLAKE2b-256 of the algorithm, the key id and the secret key.
void compute_checksum(std::span<const unsigned char> blob, Checksum& out) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, out.size());
    crypto_generichash_update(&state, blob.data() + sig_alg_at, signature_algorithm.size());
    crypto_generichash_update(&state, blob.data() + key_id_at, key_id_bytes + crypto_sign_SECRETKEYBYTES);
    crypto_generichash_final(&state, out.data(), out.size());
    sodium_memzero(&state, sizeof state);
}

// XORs the keynum part with scrypt(passphrase, salt, cost in the blob): encrypts and decrypts.
// False when scrypt cannot run with that cost (out of memory).
bool apply_kdf_stream(std::span<unsigned char> blob, std::span<const unsigned char> passphrase) {
    const std::uint64_t opslimit = detail::load_le64(blob.subspan<opslimit_at, 8>());
    const std::uint64_t memlimit = detail::load_le64(blob.subspan<memlimit_at, 8>());
    if constexpr (sizeof(std::size_t) < sizeof(std::uint64_t)) {
        if (memlimit > SIZE_MAX) return false;
    }
    // libsodium copies from the password pointer even for an empty one; never hand it null.
    static const char empty[1] = {};
    const char* password = passphrase.empty() ? empty : reinterpret_cast<const char*>(passphrase.data());
    SecretBuffer stream(keynum_bytes);
    if (crypto_pwhash_scryptsalsa208sha256(stream.bytes().data(), stream.size(), password, passphrase.size(),
                                           blob.data() + salt_at, opslimit, static_cast<std::size_t>(memlimit)) != 0) {
        return false;
    }
    for (std::size_t i = 0; i < keynum_bytes; ++i) blob[keynum_at + i] ^= stream.bytes()[i];
    return true;
}

// The clear header of a secret-key file: what it is and how much work it asks for.
Result<void> check_header(std::span<const unsigned char> blob, KdfCost limit) {
    if (!field_is(blob, sig_alg_at, signature_algorithm)) return detail::malformed("secret key algorithm");
    if (!field_is(blob, chk_alg_at, blake2b_algorithm)) return detail::malformed("secret key checksum algorithm");
    if (field_is(blob, kdf_alg_at, no_kdf_algorithm)) return make_error(Errc::refused, "unencrypted secret key");
    if (!field_is(blob, kdf_alg_at, scrypt_algorithm)) return detail::malformed("secret key kdf algorithm");
    if (detail::load_le64(blob.subspan<opslimit_at, 8>()) > limit.opslimit ||
        detail::load_le64(blob.subspan<memlimit_at, 8>()) > limit.memlimit) {
        return detail::malformed("secret key kdf cost");
    }
    return {};
}

// After the stream is applied: whether the checksum matches, compared in constant time.
bool checksum_matches(std::span<const unsigned char> blob) {
    Checksum expected{};
    compute_checksum(blob, expected);
    const bool matches = sodium_memcmp(expected.data(), blob.data() + checksum_at, expected.size()) == 0;
    sodium_memzero(expected.data(), expected.size());
    return matches;
}

}  // namespace

Result<std::string> encode_secret_key(const SecretKey& key, std::span<const unsigned char> passphrase, KdfCost cost) {
    util::ensure_sodium_initialized();
    SecretBuffer buffer(blob_bytes);
    const std::span<unsigned char> blob = buffer.bytes();
    put_field(blob, sig_alg_at, signature_algorithm);
    put_field(blob, kdf_alg_at, scrypt_algorithm);
    put_field(blob, chk_alg_at, blake2b_algorithm);
    randombytes_buf(blob.data() + salt_at, crypto_pwhash_scryptsalsa208sha256_SALTBYTES);
    detail::store_le64(blob.subspan<opslimit_at, 8>(), cost.opslimit);
    detail::store_le64(blob.subspan<memlimit_at, 8>(), cost.memlimit);
    std::copy(key.id().begin(), key.id().end(), blob.begin() + key_id_at);
    std::copy(key.ed25519_secret().begin(), key.ed25519_secret().end(), blob.begin() + secret_at);
    Checksum checksum{};
    compute_checksum(blob, checksum);
    std::copy(checksum.begin(), checksum.end(), blob.begin() + checksum_at);
    sodium_memzero(checksum.data(), checksum.size());
    if (!apply_kdf_stream(blob, passphrase)) return make_error(Errc::internal, "scrypt");
    // From here on the blob is ciphertext, so an ordinary string may hold its base64.
    return detail::comment_line(detail::untrusted_prefix, default_comment) + detail::encode_base64(blob) + "\n";
}

Result<SecretKey> decode_secret_key(std::string_view text, std::span<const unsigned char> passphrase, KdfCost limit) {
    util::ensure_sodium_initialized();
    std::array<std::string_view, 2> lines;
    if (!detail::split_lines(text, lines)) return detail::malformed("secret key lines");
    if (!detail::comment_of(lines[0], detail::untrusted_prefix, untrusted_comment_max_bytes)) {
        return detail::malformed("secret key comment");
    }
    SecretBuffer buffer(blob_bytes);
    const std::span<unsigned char> blob = buffer.bytes();
    if (!detail::decode_base64_exact(lines[1], blob)) return detail::malformed("secret key base64");
    if (Result<void> header = check_header(blob, limit); !header) return header.error();
    if (!apply_kdf_stream(blob, passphrase)) return make_error(Errc::internal, "scrypt");
    if (!checksum_matches(blob)) return make_error(Errc::wrong_passphrase, "secret key checksum");
    KeyId id{};
    std::copy_n(blob.begin() + key_id_at, key_id_bytes, id.begin());
    SecretBuffer secret(crypto_sign_SECRETKEYBYTES);
    std::copy_n(blob.begin() + secret_at, crypto_sign_SECRETKEYBYTES, secret.bytes().begin());
    return SecretKey(id, std::move(secret));
}

}  // namespace sanitize::keys
