#include "ledger/event_hash.hpp"
#include "util/hex.hpp"

#include <sodium.h>

#include <array>
#include <cstddef>

#include "util/sodium_init.hpp"

namespace sanitize::ledger::detail {

namespace {

constexpr std::string_view domain_tag{"sanitize-ledger-v1\0", 19};

void update(crypto_generichash_state& state, std::span<const std::uint8_t> bytes) {
    crypto_generichash_update(&state, bytes.data(), bytes.size());
}

void update(crypto_generichash_state& state, std::string_view text) {
    update(state, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Hash event_hash(const HashInput& input) {
    util::ensure_sodium_initialized();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, hash_bytes);
    update(state, domain_tag);
    update(state, input.prev_hash);
    std::array<std::uint8_t, 8> seq_le{};
    const auto seq = static_cast<std::uint64_t>(input.seq);
    for (std::size_t i = 0; i < seq_le.size(); ++i) seq_le[i] = static_cast<std::uint8_t>(seq >> (8 * i));
    update(state, seq_le);
    const std::array<std::uint8_t, 1> separator{0};
    update(state, input.time);
    update(state, separator);
    update(state, input.type);
    update(state, separator);
    update(state, input.actor);
    update(state, input.payload);
    Hash hash{};
    crypto_generichash_final(&state, hash.data(), hash.size());
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
