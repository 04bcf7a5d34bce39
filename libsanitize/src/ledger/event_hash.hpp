// The chain's cryptography: an event's hash and its actor's signature over it, plus the hex
// forms stored in the database. The layouts are in event_layout.h (shared with the PostgreSQL
// extension):
//
// hash = BLAKE2b-256("sanitize-ledger-v1\0" || prev_hash || LE64(seq) || time || 0x00 || type ||
//                    0x00 || actor key id (8 bytes) || canonical payload)
// signature = Ed25519(actor, hash)
//
// An event synced from an outbox (it has an origin) is signed over its entry hash, and its chain
// hash is synced_hash(prev_hash, seq, entry hash).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger::detail {

struct HashInput {
    const Hash& prev_hash;
    std::int64_t seq;
    std::string_view time;
    std::string_view type;
    const keys::KeyId& actor;
    std::string_view payload;
};

Hash event_hash(const HashInput& input);

struct EntryInput {
    std::string_view ledger_id;
    std::string_view origin;  // "<outbox id>/<n>"
    std::string_view time;
    std::string_view type;
    const keys::KeyId& actor;
    std::string_view payload;
};

Hash entry_hash(const EntryInput& input);
Hash synced_hash(const Hash& prev_hash, std::int64_t seq, const Hash& entry);
keys::Signature sign_hash(const keys::SecretKey& actor, const Hash& hash);
[[nodiscard]] bool signature_valid(const keys::PublicKey& actor, const Hash& hash, const keys::Signature& signature);

std::string to_hex(std::span<const std::uint8_t> bytes);  // lower case
// Exactly 2*N hex digits (either case) -> N bytes.
template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> from_hex(std::string_view text);

extern template std::optional<std::array<std::uint8_t, 32>> from_hex<32>(std::string_view);
extern template std::optional<std::array<std::uint8_t, 64>> from_hex<64>(std::string_view);
extern template std::optional<std::array<std::uint8_t, 16>> from_hex<16>(std::string_view);

// 16 random bytes in hex: a new ledger's id.
std::string random_ledger_id();

}  // namespace sanitize::ledger::detail
