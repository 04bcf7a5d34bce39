// STREAM chunking of the payload and nothing else: 64 KiB chunks sealed with
// ChaCha20-Poly1305 under a nonce of an 11-byte big-endian counter and a last-chunk flag.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::size_t payload_nonce_bytes = 16;
inline constexpr std::size_t tag_bytes = 16;
inline constexpr std::size_t sealed_chunk_bytes = payload_chunk_bytes + tag_bytes;

// The payload key: HKDF-SHA-256(file key, salt = nonce, info = "payload").
SecretBuffer payload_key(std::span<const unsigned char> file_key, std::span<const std::uint8_t> nonce);

class StreamWriter {
public:
    StreamWriter(SecretBuffer key, Sink sink);
    Result<void> write(std::span<const std::uint8_t> plaintext);
    Result<void> finish();

private:
    Result<void> seal(bool last);
    SecretBuffer key_;
    Sink sink_;
    std::uint64_t counter_ = 0;
    SecretBuffer plain_;  // plaintext waiting for its chunk to be sealed
    std::size_t filled_ = 0;
    std::vector<std::uint8_t> sealed_;
};

// Plaintext reaches the sink chunk by chunk, each only after its tag verified. A short chunk
// can only be the last; a full one is the last when it authenticates as such.
class StreamReader {
public:
    StreamReader(SecretBuffer key, Sink sink);
    [[nodiscard]] Result<void> write(std::span<const std::uint8_t> sealed);
    [[nodiscard]] Result<void> finish();

private:
    Result<void> open(std::span<const std::uint8_t> sealed, bool last);
    Result<void> open_full(std::span<const std::uint8_t> sealed);
    SecretBuffer key_;
    Sink sink_;
    std::uint64_t counter_ = 0;
    std::vector<std::uint8_t> pending_;  // less than one sealed chunk
    SecretBuffer plain_;
    bool final_seen_ = false;
    bool failed_ = false;
};

}  // namespace sanitize::crypt::detail
