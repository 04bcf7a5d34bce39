/* The bytes an event's hash covers, written once in C so that the library and the PostgreSQL
 * extension (libsanitize/pg/sanitize_pg.c), which checks appends inside the database, hash
 * exactly the same layout (docs/ledger.md, "The chain").
 *
 *   event hash  = BLAKE2b-256("sanitize-ledger-v1\0" || prev_hash || LE64(seq) || time || 0x00
 *                             || type || 0x00 || actor key id (8 raw bytes) || payload)
 *
 * An event written offline in an outbox and synced later is signed before its place in the chain
 * is known, so its signature covers an entry hash instead, and its chain hash covers that:
 *
 *   entry hash  = BLAKE2b-256("sanitize-ledger-entry-v1\0" || ledger_id || 0x00 || origin || 0x00
 *                             || time || 0x00 || type || 0x00 || actor key id || payload)
 *   synced hash = BLAKE2b-256("sanitize-ledger-synced-v1\0" || prev_hash || LE64(seq) || entry hash)
 */
#ifndef SANITIZE_LEDGER_EVENT_LAYOUT_H
#define SANITIZE_LEDGER_EVENT_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { sanitize_ledger_hash_bytes = 32, sanitize_ledger_key_id_bytes = 8 };

struct sanitize_ledger_text {
    const char* bytes;
    size_t size;
};

void sanitize_ledger_event_hash(const uint8_t prev_hash[32], int64_t seq, struct sanitize_ledger_text time,
                                struct sanitize_ledger_text type, const uint8_t actor[8],
                                struct sanitize_ledger_text payload, uint8_t out[32]);

void sanitize_ledger_entry_hash(struct sanitize_ledger_text ledger_id, struct sanitize_ledger_text origin,
                                struct sanitize_ledger_text time, struct sanitize_ledger_text type,
                                const uint8_t actor[8], struct sanitize_ledger_text payload, uint8_t out[32]);

void sanitize_ledger_synced_hash(const uint8_t prev_hash[32], int64_t seq, const uint8_t entry_hash[32],
                                 uint8_t out[32]);

#ifdef __cplusplus
}
#endif

#endif
