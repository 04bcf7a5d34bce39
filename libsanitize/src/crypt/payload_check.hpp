// Checking an archive we wrote ourselves, read back from where it went (a stick), without any
// identity: the file key is kept, in secret memory, from encryption to the check.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <span>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

// Wraps for `inner` and keeps a copy of the file key it was handed. Put it in an Encryptor's
// recipients in place of `inner`: the header is the same as with `inner` alone.
class KeyKeepingRecipient final : public Recipient {
public:
    explicit KeyKeepingRecipient(const Recipient& inner) : inner_(inner) {}
    Result<std::vector<Stanza>> wrap(std::span<const unsigned char> file_key) const override;
    // The kept key, once; the copy here is gone after. nullopt before any wrap.
    std::optional<SecretBuffer> take_key() const { return std::exchange(key_, std::nullopt); }

private:
    const Recipient& inner_;
    mutable std::optional<SecretBuffer> key_;
};

// Authenticates a whole age file fed in pieces with its file key: the header MAC, every STREAM
// chunk, the final chunk, and then that the plaintext is a tar stream whose headers all carry
// their checksums and which ends cleanly (two zero blocks, then only zeros). No plaintext leaves.
// Errc::integrity_failure for anything that does not authenticate or parse as such.
class PayloadCheck {
public:
    explicit PayloadCheck(SecretBuffer file_key);
    PayloadCheck(PayloadCheck&&) noexcept;
    PayloadCheck& operator=(PayloadCheck&&) noexcept;
    ~PayloadCheck();

    [[nodiscard]] Result<void> write(std::span<const std::uint8_t> ciphertext);
    [[nodiscard]] Result<void> finish();
    std::uint64_t tar_entries() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sanitize::crypt::detail
