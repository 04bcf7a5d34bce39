// STREAM chunking of the payload and nothing else: 64 KiB chunks sealed with
// ChaCha20-Poly1305 under a nonce of an 11-byte big-endian counter and a last-chunk flag.
// Chunks are sealed and opened a batch at a time on worker threads (batch_pipeline.hpp); the
// sink is only ever called on the thread that calls write() and finish().
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "crypt/batch_pipeline.hpp"
#include "sanitize/age.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::size_t payload_nonce_bytes = 16;

// The payload key: HKDF-SHA-256(file key, salt = nonce, info = "payload").
SecretBuffer payload_key(std::span<const unsigned char> file_key, std::span<const std::uint8_t> nonce);

// The ciphertext comes out in the same bytes as sealing chunk by chunk gives; it reaches the
// sink a batch at a time, at the latest when finish() returns.
class StreamWriter {
public:
    StreamWriter(SecretBuffer key, Sink sink);
    Result<void> write(std::span<const std::uint8_t> plaintext);
    Result<void> finish();

private:
    Result<void> submit();
    Result<void> release(bool wait_all);
    std::shared_ptr<const SecretBuffer> key_;  // shared with the workers
    Sink sink_;
    std::uint64_t counter_ = 0;  // of the next batch's first chunk
    std::unique_ptr<Batch> filling_;
    std::unique_ptr<BatchPipeline> pipeline_;
    bool failed_ = false;
};

// Plaintext reaches the sink chunk by chunk, in order, each only after its tag verified, and
// exactly the chunks the one-chunk-at-a-time reader would release before an error. A short
// chunk can only be the last; a full one is the last when it authenticates as such.
class StreamReader {
public:
    StreamReader(SecretBuffer key, Sink sink);
    [[nodiscard]] Result<void> write(std::span<const std::uint8_t> sealed);
    [[nodiscard]] Result<void> finish();

private:
    Result<void> release(bool wait_all);
    Result<void> release_batch(Batch& batch);
    std::shared_ptr<const SecretBuffer> key_;
    Sink sink_;
    std::uint64_t counter_ = 0;  // chunks handed to the pipeline
    std::unique_ptr<Batch> filling_;
    std::size_t filled_ = 0;     // ciphertext bytes in filling_
    std::unique_ptr<BatchPipeline> pipeline_;
    bool final_seen_ = false;
    bool failed_ = false;
};

}  // namespace sanitize::crypt::detail
