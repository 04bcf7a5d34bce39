// A seekable keystream for random passes: the bytes at any offset can be generated on their own,
// so verification and resume regenerate any range without storing the data.
//
// Each pass gets a fresh 256-bit key from the CSPRNG; the cipher's block counter is the byte
// offset divided by the block size. AES-256-CTR (libcrypto, hardware AES) where the CPU has AES
// instructions, ChaCha20 (libsodium, 64-bit counter) otherwise: measured here, AES-NI makes
// ~5 GB/s per core and ChaCha20 ~1.8 GB/s, and only the former keeps up with a fast sink while
// the kernel's copy takes the other core.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::wipe {

enum class KeystreamCipher { aes256_ctr, chacha20 };

// The cipher `automatic` stands for on this CPU.
KeystreamCipher resolve_generator(Generator requested) noexcept;
std::string_view cipher_name(KeystreamCipher cipher) noexcept;

class Keystream {
public:
    static constexpr std::size_t key_bytes = 32;

    // A keystream under a fresh random key.
    static Keystream generate(KeystreamCipher cipher);
    // A keystream under a given key (tests; resume will restore keys through this).
    static Keystream from_key(KeystreamCipher cipher, std::span<const unsigned char, key_bytes> key);

    // Writes the keystream bytes [offset, offset + out.size()) into out. Thread-safe.
    void fill(std::uint64_t offset, std::span<std::byte> out) const;
    // XORs the keystream into data in place: data read back from a random pass becomes all
    // zero where it is intact. Verification does this instead of generating and comparing,
    // which saves a buffer's worth of memory traffic per chunk.
    void xor_into(std::uint64_t offset, std::span<std::byte> data) const;

    KeystreamCipher cipher() const noexcept { return cipher_; }
    // The key, for the checkpoint of a resumable wipe (the only place it is kept).
    std::span<const unsigned char> key() const noexcept { return key_.bytes(); }

private:
    Keystream(KeystreamCipher cipher, SecretBuffer key) : cipher_(cipher), key_(std::move(key)) {}
    // out = keystream XOR in (in == nullptr: XOR with zeros), from a block boundary.
    void transform(std::uint64_t first_block, const std::byte* in, std::span<std::byte> out) const;
    void apply(std::uint64_t offset, const std::byte* in, std::span<std::byte> out) const;
    std::size_t block_bytes() const noexcept;

    KeystreamCipher cipher_;
    SecretBuffer key_;
};

}  // namespace sanitize::wipe
