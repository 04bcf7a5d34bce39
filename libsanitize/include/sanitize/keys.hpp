// Operator keys: Ed25519 key pairs in minisign's formats, so that a key made here signs with
// `minisign -S`, a key made by `minisign -G` works here, and anything signed here verifies with
// `minisign -V`. Who a key belongs to (name, role, validity) lives in the ledger, not in the file.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::keys {

inline constexpr std::size_t key_id_bytes = 8;
inline constexpr std::size_t public_key_bytes = 32;
inline constexpr std::size_t signature_bytes = 64;
// The longest comments `minisign -V` reads back: its line buffers hold 1024 and 8192 bytes with
// the prefix and the line break. Longer comments make files that minisign rejects.
inline constexpr std::size_t untrusted_comment_max_bytes = 1003;
inline constexpr std::size_t trusted_comment_max_bytes = 8173;

using KeyId = std::array<std::uint8_t, key_id_bytes>;
using Signature = std::array<std::uint8_t, signature_bytes>;

// The key id as minisign prints it ("minisign public key 1A2B..."): 16 upper-case hex digits of
// the little-endian 64-bit number, fixed width as minisign 0.12+ prints it. minisign 0.11 (Debian
// 12) prints the same number without leading zeros ("%lX"), so parsing takes 1 to 16 digits, in
// either case; compare parsed ids, not strings.
std::string key_id_hex(const KeyId& id);
Result<KeyId> parse_key_id_hex(std::string_view text);

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, public_key_bytes> key{};
    friend bool operator==(const PublicKey&, const PublicKey&) = default;
};

// A secret key in memory: libsodium's 64-byte Ed25519 secret key (seed, then public key) in a
// SecretBuffer. Move-only, as the buffer is.
class SecretKey {
public:
    SecretKey(KeyId id, SecretBuffer ed25519_secret);  // aborts unless the buffer holds 64 bytes
    const KeyId& id() const noexcept { return id_; }
    PublicKey public_key() const;
    std::span<const unsigned char> ed25519_secret() const noexcept { return secret_.bytes(); }

private:
    KeyId id_;
    SecretBuffer secret_;
};

struct KeyPair {
    PublicKey public_key;
    SecretKey secret_key;
};

// A new key pair with a random key id, as `minisign -G` makes one.
KeyPair generate_key_pair();

// scrypt cost of a secret-key file. minisign writes the "sensitive" cost (1 GiB, seconds), or
// halves it where memory is short; tests may write a lighter one.
struct KdfCost {
    std::uint64_t opslimit = 33554432;    // crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE
    std::uint64_t memlimit = 1073741824;  // crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE
};

// Comments are caller data (a name typed in the GUI, a certificate id): one that minisign could
// not read back (a line break, a NUL, over the limits above) is Errc::invalid_argument rather
// than a file that fails later. Decoding is strict where minisign is lenient (extra lines,
// non-canonical base64, a comment line without its prefix: Errc::malformed_input); it accepts
// "\r\n" line ends and a missing final line break, as minisign does.

// The text of a minisign public-key file (two lines). Without a comment (or with an empty one)
// it carries minisign's own, "minisign public key <KEYID>", and cannot fail. Decoding accepts the
// file or its base64 line alone.
std::string encode_public_key(const PublicKey& key);
Result<std::string> encode_public_key(const PublicKey& key, std::string_view untrusted_comment);
Result<PublicKey> decode_public_key(std::string_view text);

// The text of a minisign encrypted secret-key file. Fails only when scrypt cannot get the memory
// the cost asks for (Errc::internal).
Result<std::string> encode_secret_key(const SecretKey& key, std::span<const unsigned char> passphrase,
                                      KdfCost cost = {});
// Wrong passphrase: Errc::wrong_passphrase. A file asking for more scrypt work than `limit` is
// Errc::malformed_input before any work is done, so a hostile file cannot make us allocate
// without bound. A key stored without encryption (`minisign -W`) is Errc::refused: operator keys
// are kept encrypted (DESIGN 3.5).
Result<SecretKey> decode_secret_key(std::string_view text, std::span<const unsigned char> passphrase,
                                    KdfCost limit = {});

// A minisign signature file (prehashed "ED": BLAKE2b-512 of the message, as minisign 0.10+
// writes by default) with a trusted comment that the global signature covers.
Result<std::string> sign_file(const SecretKey& key, std::span<const std::byte> message,
                              std::string_view trusted_comment,
                              std::string_view untrusted_comment = "signature from sanitize secret key");

struct VerifiedFile {
    KeyId key_id{};
    std::string trusted_comment;
};

// Checks a signature file against a message and a public key, as `minisign -V` does (both the
// legacy "Ed" and the prehashed "ED" algorithms, and the trusted comment's global signature).
// A file of another key, a bad signature or an edited trusted comment: Errc::signature_invalid.
[[nodiscard]] Result<VerifiedFile> verify_file(const PublicKey& key, std::span<const std::byte> message,
                                               std::string_view signature_text);

// The key id named in a signature file, to find the public key it needs. The whole file must
// parse (Errc::malformed_input otherwise); nothing is verified.
Result<KeyId> signature_key_id(std::string_view signature_text);

// Plain Ed25519 signatures over bytes, for ledger events.
Signature sign_detached(const SecretKey& key, std::span<const std::byte> message);
[[nodiscard]] bool verify_detached(const PublicKey& key, std::span<const std::byte> message, const Signature& signature);

}  // namespace sanitize::keys
