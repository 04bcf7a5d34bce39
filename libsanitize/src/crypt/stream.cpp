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

}  // namespace

SecretBuffer payload_key(std::span<const unsigned char> file_key, std::span<const std::uint8_t> nonce) {
    return hkdf_sha256(file_key, nonce, "payload");
}

StreamWriter::StreamWriter(SecretBuffer key, Sink sink)
    : key_(std::move(key)), sink_(std::move(sink)), plain_(payload_chunk_bytes), sealed_(sealed_chunk_bytes) {
    util::ensure_sodium_initialized();
}

Result<void> StreamWriter::seal(bool last) {
    const Nonce nonce = chunk_nonce(counter_++, last);
    unsigned long long sealed_length = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(sealed_.data(), &sealed_length, plain_.bytes().data(), filled_,
                                              nullptr, 0, nullptr, nonce.data(), key_.bytes().data());
    filled_ = 0;
    return sink_(std::span<const std::uint8_t>(sealed_.data(), static_cast<std::size_t>(sealed_length)));
}

Result<void> StreamWriter::write(std::span<const std::uint8_t> plaintext) {
    while (!plaintext.empty()) {
        // A full chunk is sealed only once more data shows it is not the last.
        if (filled_ == payload_chunk_bytes) {
            if (auto sealed = seal(false); !sealed) return sealed;
        }
        const std::size_t take = std::min(plaintext.size(), payload_chunk_bytes - filled_);
        std::memcpy(plain_.bytes().data() + filled_, plaintext.data(), take);
        filled_ += take;
        plaintext = plaintext.subspan(take);
    }
    return {};
}

Result<void> StreamWriter::finish() { return seal(true); }

StreamReader::StreamReader(SecretBuffer key, Sink sink)
    : key_(std::move(key)), sink_(std::move(sink)), plain_(payload_chunk_bytes) {
    util::ensure_sodium_initialized();
}

Result<void> StreamReader::open(std::span<const std::uint8_t> sealed, bool last) {
    if (sealed.size() < tag_bytes) return tampered("chunk shorter than its tag");
    if (last && sealed.size() == tag_bytes && counter_ > 0) return tampered("empty final chunk");
    const Nonce nonce = chunk_nonce(counter_, last);
    unsigned long long plain_length = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(plain_.bytes().data(), &plain_length, nullptr, sealed.data(),
                                                  sealed.size(), nullptr, 0, nonce.data(),
                                                  key_.bytes().data()) != 0) {
        return tampered("chunk " + std::to_string(counter_) + " does not authenticate");
    }
    ++counter_;
    final_seen_ = last;
    return sink_(std::span<const std::uint8_t>(plain_.bytes().data(), static_cast<std::size_t>(plain_length)));
}

// A full chunk is opened as soon as it is complete: as a middle chunk, or failing that as the
// last one (a payload that is an exact multiple of 64 KiB), after which nothing may follow.
// This releases exactly what the reference implementation releases before an error.
Result<void> StreamReader::open_full(std::span<const std::uint8_t> sealed) {
    if (auto middle = open(sealed, false)) return middle;
    return open(sealed, true);
}

Result<void> StreamReader::write(std::span<const std::uint8_t> sealed) {
    if (failed_) return tampered("write after a failure");
    // Slice by slice, so that memory stays one chunk whatever the caller hands in.
    while (!sealed.empty()) {
        if (final_seen_) {
            failed_ = true;
            return tampered("trailing data after the final chunk");
        }
        const std::size_t take = std::min(sealed.size(), sealed_chunk_bytes - pending_.size());
        pending_.insert(pending_.end(), sealed.begin(), sealed.begin() + static_cast<std::ptrdiff_t>(take));
        sealed = sealed.subspan(take);
        if (pending_.size() < sealed_chunk_bytes) continue;
        auto opened = open_full(pending_);
        pending_.clear();
        if (!opened) {
            failed_ = true;
            return opened;
        }
    }
    return {};
}

Result<void> StreamReader::finish() {
    if (failed_) return tampered("finish after a failure");
    failed_ = true;  // one finish only
    if (final_seen_) return {};
    if (pending_.empty()) return tampered(counter_ == 0 ? "no chunks" : "truncated: no final chunk");
    return open(pending_, true);
}

}  // namespace sanitize::crypt::detail
