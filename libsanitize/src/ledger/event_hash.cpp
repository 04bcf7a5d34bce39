#include "ledger/event_hash.hpp"
#include "util/hex.hpp"

#include <sodium.h>

#include <array>
#include <cstddef>

#include "ledger/event_layout.h"
#include "util/sodium_init.hpp"

namespace sanitize::ledger::detail {

namespace {

sanitize_ledger_text text(std::string_view view) { return {view.data(), view.size()}; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Hash event_hash(const HashInput& input) {
    util::ensure_sodium_initialized();
    Hash hash{};
    sanitize_ledger_event_hash(input.prev_hash.data(), input.seq, text(input.time), text(input.type), input.actor.data(),
                               text(input.payload), hash.data());
    return hash;
}

Hash entry_hash(const EntryInput& input) {
    util::ensure_sodium_initialized();
    Hash hash{};
    sanitize_ledger_entry_hash(text(input.ledger_id), text(input.origin), text(input.time), text(input.type),
                               input.actor.data(), text(input.payload), hash.data());
    return hash;
}

Hash synced_hash(const Hash& prev_hash, std::int64_t seq, const Hash& entry) {
    util::ensure_sodium_initialized();
    Hash hash{};
    sanitize_ledger_synced_hash(prev_hash.data(), seq, entry.data(), hash.data());
    return hash;
}

keys::Signature sign_hash(const keys::SecretKey& actor, const Hash& hash) {
    return keys::sign_detached(actor, std::as_bytes(std::span(hash)));
}

bool signature_valid(const keys::PublicKey& actor, const Hash& hash, const keys::Signature& signature) {
    return keys::verify_detached(actor, std::as_bytes(std::span(hash)), signature);
}

std::string to_hex(std::span<const std::uint8_t> bytes) { return util::to_hex(bytes); }

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> from_hex(std::string_view text) {
    if (text.size() != 2 * N) return std::nullopt;
    std::array<std::uint8_t, N> bytes{};
    for (std::size_t i = 0; i < N; ++i) {
        const int high = hex_digit(text[2 * i]);
        const int low = hex_digit(text[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        bytes[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return bytes;
}

template std::optional<std::array<std::uint8_t, 32>> from_hex<32>(std::string_view);
template std::optional<std::array<std::uint8_t, 64>> from_hex<64>(std::string_view);
template std::optional<std::array<std::uint8_t, 16>> from_hex<16>(std::string_view);

std::string random_ledger_id() {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, 16> id{};
    randombytes_buf(id.data(), id.size());
    return to_hex(id);
}

}  // namespace sanitize::ledger::detail
