// WinZip AES (AE-1/AE-2) for one entry: PBKDF2-HMAC-SHA1 key derivation, AES-256 in CTR mode
// with the format's little-endian counter, HMAC-SHA1 over the ciphertext. Knows nothing of ZIP
// headers: it turns plaintext into the bytes that follow the local header.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::attach::detail {

inline constexpr std::size_t aes256_key_bytes = 32;
inline constexpr std::size_t aes256_salt_bytes = 16;
inline constexpr std::size_t aes_verifier_bytes = 2;
inline constexpr std::size_t aes_mac_bytes = 10;
inline constexpr int aes_pbkdf2_iterations = 1000;
// What encryption adds to an entry's compressed size.
inline constexpr std::size_t aes256_overhead = aes256_salt_bytes + aes_verifier_bytes + aes_mac_bytes;

// Encrypts one entry. Construction derives the keys (PBKDF2, the costly part: ~ms), header()
// gives salt ‖ verifier, encrypt() works in place on any lengths, mac() ends the entry.
class AesEntryEncryptor {
public:
    // Fresh random salt from the CSPRNG: a salt reused under one password would reuse the
    // keystream (CTR restarts at 1 in every entry), so every entry gets its own.
    static Result<AesEntryEncryptor> create(std::span<const unsigned char> password);
    // A given salt: for tests and the decryptor only.
    static Result<AesEntryEncryptor> create(std::span<const unsigned char> password,
                                            std::span<const std::uint8_t, aes256_salt_bytes> salt);
    ~AesEntryEncryptor();
    AesEntryEncryptor(AesEntryEncryptor&&) noexcept;
    AesEntryEncryptor& operator=(AesEntryEncryptor&&) noexcept;

    std::array<std::uint8_t, aes256_salt_bytes + aes_verifier_bytes> header() const;
    Result<void> encrypt(std::span<std::uint8_t> data);
    // For reading back in tests: authenticates the ciphertext first, then decrypts.
    Result<void> decrypt(std::span<std::uint8_t> data);
    Result<std::array<std::uint8_t, aes_mac_bytes>> mac();

private:
    struct State;
    explicit AesEntryEncryptor(std::unique_ptr<State> state);
    Result<void> apply_keystream(std::span<std::uint8_t> data);
    std::unique_ptr<State> state_;
};

}  // namespace sanitize::attach::detail
