#include "crypt/stream.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "crypt/hkdf.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt::detail {
namespace {

using Nonce = std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES>;
static_assert(crypto_aead_chacha20poly1305_ietf_ABYTES == tag_bytes);

Nonce chunk_nonce(std::uint64_t counter, bool last) {
    Nonce nonce{};  // the counter's top three bytes stay zero: 2^64 chunks are out of reach
    for (std::size_t i = 0; i < 8; ++i) nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    nonce[11] = last ? 1 : 0;
    return nonce;
}

Error tampered(std::string what) {
    return make_error(Errc::integrity_failure, "payload: " + std::move(what));
}

// In place: the tag lands right behind the chunk, inside its slot.
void seal_batch(const SecretBuffer& key, Batch& batch) {
    for (std::size_t i = 0; i < batch.chunks; ++i) {
        const bool last = batch.final && i + 1 == batch.chunks;
        const std::size_t length = i + 1 == batch.chunks ? batch.tail : payload_chunk_bytes;
        const Nonce nonce = chunk_nonce(batch.first_counter + i, last);
        unsigned char* slot = batch.slot(i);
        crypto_aead_chacha20poly1305_ietf_encrypt_detached(slot, slot + length, nullptr, slot, length, nullptr, 0,
                                                           nullptr, nonce.data(), key.bytes().data());
    }
}

// Verifies first (a null message pointer makes libsodium only check the tag), then decrypts in
// place: a chunk that fails as a middle chunk must stay intact to be tried as the last one.
bool open_chunk(const SecretBuffer& key, unsigned char* slot, std::size_t length, std::uint64_t counter, bool last) {
    const std::size_t plain = length - tag_bytes;
    const Nonce nonce = chunk_nonce(counter, last);
    if (crypto_aead_chacha20poly1305_ietf_decrypt_detached(nullptr, nullptr, slot, plain, slot + plain, nullptr, 0,
                                                           nonce.data(), key.bytes().data()) != 0) {
        return false;
    }
    crypto_stream_chacha20_ietf_xor_ic(slot, slot, plain, nonce.data(), 1, key.bytes().data());
    return true;
}

// A full chunk is tried as a middle chunk, failing that as the last one (a payload that is an
// exact multiple of 64 KiB); a short one can only be the last. Nothing after a last or failed
// chunk is ever released, so the batch stops there.
void open_batch(const SecretBuffer& key, Batch& batch) {
    for (std::size_t i = 0; i < batch.chunks; ++i) {
        const std::size_t length = batch.slot_length(i);
        const std::uint64_t counter = batch.first_counter + i;
        unsigned char* slot = batch.slot(i);
        ChunkOutcome outcome = ChunkOutcome::not_authentic;
        if (length == sealed_chunk_bytes) {
            outcome = open_chunk(key, slot, length, counter, false) ? ChunkOutcome::middle
                      : open_chunk(key, slot, length, counter, true) ? ChunkOutcome::last
                                                                      : ChunkOutcome::not_authentic;
        } else if (length < tag_bytes) {
            outcome = ChunkOutcome::too_short;
        } else if (length == tag_bytes && counter > 0) {
            outcome = ChunkOutcome::empty_final;
        } else if (open_chunk(key, slot, length, counter, true)) {
            outcome = ChunkOutcome::last;
        }
        batch.outcomes[i] = outcome;
        batch.processed = i + 1;
        if (outcome != ChunkOutcome::middle) return;
    }
}

}  // namespace

SecretBuffer payload_key(std::span<const unsigned char> file_key, std::span<const std::uint8_t> nonce) {
    return hkdf_sha256(file_key, nonce, "payload");
}

// ---- StreamWriter ----

StreamWriter::StreamWriter(SecretBuffer key, Sink sink)
    : key_(std::make_shared<const SecretBuffer>(std::move(key))), sink_(std::move(sink)) {
    util::ensure_sodium_initialized();
    pipeline_ = std::make_unique<BatchPipeline>([key = key_](Batch& batch) { seal_batch(*key, batch); });
    filling_ = pipeline_->take();
}

Result<void> StreamWriter::write(std::span<const std::uint8_t> plaintext) {
    if (failed_) return make_error(Errc::invalid_argument, "payload: write after a failure");
    while (!plaintext.empty()) {
        Batch& batch = *filling_;
        if (batch.chunks == 0 || batch.tail == payload_chunk_bytes) {
            // A full chunk is sealed only once more data shows it is not the last.
            if (batch.chunks == batch_chunks) {
                if (auto submitted = submit(); !submitted) return submitted;
                continue;
            }
            ++batch.chunks;
            batch.tail = 0;
        }
        const std::size_t take = std::min(plaintext.size(), payload_chunk_bytes - batch.tail);
        std::memcpy(batch.slot(batch.chunks - 1) + batch.tail, plaintext.data(), take);
        batch.tail += take;
        plaintext = plaintext.subspan(take);
    }
    return {};
}

Result<void> StreamWriter::submit() {
    filling_->first_counter = counter_;
    counter_ += filling_->chunks;
    pipeline_->submit(std::move(filling_));
    filling_ = pipeline_->take();
    return release(false);
}

// Writes out the batches that are done, oldest first; waits (working queued batches meanwhile)
// while too many are in flight, or for all of them at the end.
Result<void> StreamWriter::release(bool wait_all) {
    while (true) {
        const bool wait = wait_all || pipeline_->in_flight() >= max_batches_in_flight;
        std::unique_ptr<Batch> batch = pipeline_->next_done(wait);
        if (!batch) return {};
        const std::size_t length = (batch->chunks - 1) * sealed_chunk_bytes + batch->tail + tag_bytes;
        auto written = sink_(std::span<const std::uint8_t>(batch->buffer.bytes().data(), length));
        pipeline_->recycle(std::move(batch));
        if (!written) {
            failed_ = true;
            return written;
        }
    }
}

Result<void> StreamWriter::finish() {
    if (failed_) return make_error(Errc::invalid_argument, "payload: finish after a failure");
    failed_ = true;  // one finish only
    if (filling_->chunks == 0) {  // only an empty payload: its one chunk is empty and final
        filling_->chunks = 1;
        filling_->tail = 0;
    }
    filling_->final = true;
    filling_->first_counter = counter_;
    counter_ += filling_->chunks;
    pipeline_->run_here(std::move(filling_));
    return release(true);
}

// ---- StreamReader ----

StreamReader::StreamReader(SecretBuffer key, Sink sink)
    : key_(std::make_shared<const SecretBuffer>(std::move(key))), sink_(std::move(sink)) {
    util::ensure_sodium_initialized();
    pipeline_ = std::make_unique<BatchPipeline>([key = key_](Batch& batch) { open_batch(*key, batch); });
    filling_ = pipeline_->take();
}

Result<void> StreamReader::release_batch(Batch& batch) {
    for (std::size_t i = 0; i < batch.processed; ++i) {
        if (final_seen_) return tampered("trailing data after the final chunk");
        switch (batch.outcomes[i]) {
            case ChunkOutcome::too_short: return tampered("chunk shorter than its tag");
            case ChunkOutcome::empty_final: return tampered("empty final chunk");
            case ChunkOutcome::not_authentic:
                return tampered("chunk " + std::to_string(batch.first_counter + i) + " does not authenticate");
            case ChunkOutcome::last: final_seen_ = true; break;
            case ChunkOutcome::middle: break;
        }
        const std::size_t plain = batch.slot_length(i) - tag_bytes;
        if (auto sunk = sink_(std::span<const std::uint8_t>(batch.slot(i), plain)); !sunk) return sunk;
    }
    if (batch.processed < batch.chunks) return tampered("trailing data after the final chunk");
    return {};
}

Result<void> StreamReader::release(bool wait_all) {
    while (true) {
        const bool wait = wait_all || pipeline_->in_flight() >= max_batches_in_flight;
        std::unique_ptr<Batch> batch = pipeline_->next_done(wait);
        if (!batch) return {};
        auto released = release_batch(*batch);
        pipeline_->recycle(std::move(batch));
        if (!released) {
            failed_ = true;
            return released;
        }
    }
}

Result<void> StreamReader::write(std::span<const std::uint8_t> sealed) {
    if (failed_) return tampered("write after a failure");
    static constexpr std::size_t capacity = batch_chunks * sealed_chunk_bytes;
    // Batch by batch, so that memory stays a few batches whatever the caller hands in.
    while (!sealed.empty()) {
        if (final_seen_) {
            failed_ = true;
            return tampered("trailing data after the final chunk");
        }
        const std::size_t take = std::min(sealed.size(), capacity - filled_);
        std::memcpy(filling_->buffer.bytes().data() + filled_, sealed.data(), take);
        filled_ += take;
        sealed = sealed.subspan(take);
        if (filled_ < capacity) continue;
        // Full chunks need no lookahead: each is tried as a middle chunk, then as the last.
        filling_->first_counter = counter_;
        filling_->chunks = batch_chunks;
        filling_->tail = sealed_chunk_bytes;
        counter_ += batch_chunks;
        pipeline_->submit(std::move(filling_));
        filling_ = pipeline_->take();
        filled_ = 0;
        if (auto released = release(false); !released) return released;
    }
    return {};
}

Result<void> StreamReader::finish() {
    if (failed_) return tampered("finish after a failure");
    if (filled_ > 0) {
        filling_->first_counter = counter_;
        filling_->chunks = (filled_ + sealed_chunk_bytes - 1) / sealed_chunk_bytes;
        filling_->tail = filled_ - (filling_->chunks - 1) * sealed_chunk_bytes;
        filling_->final = true;
        counter_ += filling_->chunks;
        filled_ = 0;
        pipeline_->run_here(std::move(filling_));
    }
    auto released = release(true);
    failed_ = true;  // one finish only
    if (!released) return released;
    if (final_seen_) return {};
    return tampered(counter_ == 0 ? "no chunks" : "truncated: no final chunk");
}

}  // namespace sanitize::crypt::detail
