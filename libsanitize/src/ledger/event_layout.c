#include "ledger/event_layout.h"

#include <sodium.h>

static const unsigned char separator = 0;

static void add(crypto_generichash_state* state, const void* bytes, size_t size) {
    crypto_generichash_update(state, (const unsigned char*)bytes, size);
}

static void add_text(crypto_generichash_state* state, struct sanitize_ledger_text text) {
    add(state, text.bytes, text.size);
}

static void add_le64(crypto_generichash_state* state, int64_t value) {
    unsigned char bytes[8];
    const uint64_t bits = (uint64_t)value;
    for (int i = 0; i < 8; ++i) bytes[i] = (unsigned char)(bits >> (8 * i));
    add(state, bytes, sizeof bytes);
}

/* The domain tag with its terminating NUL. */
static void start(crypto_generichash_state* state, const char* tag, size_t size_with_nul) {
    crypto_generichash_init(state, NULL, 0, sanitize_ledger_hash_bytes);
    add(state, tag, size_with_nul);
}

void sanitize_ledger_event_hash(const uint8_t prev_hash[32], int64_t seq, struct sanitize_ledger_text time,
                                struct sanitize_ledger_text type, const uint8_t actor[8],
                                struct sanitize_ledger_text payload, uint8_t out[32]) {
    static const char tag[] = "sanitize-ledger-v1";
    crypto_generichash_state state;
    start(&state, tag, sizeof tag);
    add(&state, prev_hash, sanitize_ledger_hash_bytes);
    add_le64(&state, seq);
    add_text(&state, time);
    add(&state, &separator, 1);
    add_text(&state, type);
    add(&state, &separator, 1);
    add(&state, actor, sanitize_ledger_key_id_bytes);
    add_text(&state, payload);
    crypto_generichash_final(&state, out, sanitize_ledger_hash_bytes);
}

void sanitize_ledger_entry_hash(struct sanitize_ledger_text ledger_id, struct sanitize_ledger_text origin,
                                struct sanitize_ledger_text time, struct sanitize_ledger_text type,
                                const uint8_t actor[8], struct sanitize_ledger_text payload, uint8_t out[32]) {
    static const char tag[] = "sanitize-ledger-entry-v1";
    crypto_generichash_state state;
    start(&state, tag, sizeof tag);
    add_text(&state, ledger_id);
    add(&state, &separator, 1);
    add_text(&state, origin);
    add(&state, &separator, 1);
    add_text(&state, time);
    add(&state, &separator, 1);
    add_text(&state, type);
    add(&state, &separator, 1);
    add(&state, actor, sanitize_ledger_key_id_bytes);
    add_text(&state, payload);
    crypto_generichash_final(&state, out, sanitize_ledger_hash_bytes);
}

void sanitize_ledger_synced_hash(const uint8_t prev_hash[32], int64_t seq, const uint8_t entry_hash[32],
                                 uint8_t out[32]) {
    static const char tag[] = "sanitize-ledger-synced-v1";
    crypto_generichash_state state;
    start(&state, tag, sizeof tag);
    add(&state, prev_hash, sanitize_ledger_hash_bytes);
    add_le64(&state, seq);
    add(&state, entry_hash, sanitize_ledger_hash_bytes);
    crypto_generichash_final(&state, out, sanitize_ledger_hash_bytes);
}
