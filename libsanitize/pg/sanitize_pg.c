/* sanitize_pg: the checks of the shared ledger that must run inside PostgreSQL, so that the
 * append function (ledger_append, SECURITY DEFINER) can refuse an event whose hash or signature
 * is wrong even when a client bypasses the library. Two pure functions, no state:
 *
 *   sanitize_ledger_event_hash(prev bytea, seq int8, time text, type text, actor bytea, payload text)
 *   sanitize_ledger_entry_hash(ledger_id text, origin text, time text, type text, actor bytea, payload text)
 *   sanitize_ledger_synced_hash(prev bytea, seq int8, entry bytea)
 *   sanitize_ed25519_verify(signature bytea, message bytea, public_key bytea) -> boolean
 *
 * The hash layouts are the library's own (libsanitize/src/ledger/event_layout.c, compiled in). */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <sodium.h>

#include "ledger/event_layout.h"

PG_MODULE_MAGIC;

void _PG_init(void);

void _PG_init(void) {
    if (sodium_init() < 0) ereport(ERROR, (errmsg("sanitize_pg: libsodium could not be initialised")));
}

static struct sanitize_ledger_text text_of(text* value) {
    struct sanitize_ledger_text out = {VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value)};
    return out;
}

/* The bytes of a bytea argument that must be exactly `size` long. */
static const uint8_t* exact_bytes(bytea* value, size_t size, const char* what) {
    if (VARSIZE_ANY_EXHDR(value) != size) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("sanitize_pg: %s must be %zu bytes", what, size)));
    }
    return (const uint8_t*)VARDATA_ANY(value);
}

static bytea* new_hash(void) {
    bytea* out = (bytea*)palloc(VARHDRSZ + sanitize_ledger_hash_bytes);
    SET_VARSIZE(out, VARHDRSZ + sanitize_ledger_hash_bytes);
    return out;
}

PG_FUNCTION_INFO_V1(sanitize_ledger_event_hash_sql);
Datum sanitize_ledger_event_hash_sql(PG_FUNCTION_ARGS) {
    const uint8_t* prev = exact_bytes(PG_GETARG_BYTEA_PP(0), sanitize_ledger_hash_bytes, "prev_hash");
    const int64 seq = PG_GETARG_INT64(1);
    const uint8_t* actor = exact_bytes(PG_GETARG_BYTEA_PP(4), sanitize_ledger_key_id_bytes, "actor");
    bytea* out = new_hash();
    sanitize_ledger_event_hash(prev, seq, text_of(PG_GETARG_TEXT_PP(2)), text_of(PG_GETARG_TEXT_PP(3)), actor,
                               text_of(PG_GETARG_TEXT_PP(5)), (uint8_t*)VARDATA(out));
    PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(sanitize_ledger_entry_hash_sql);
Datum sanitize_ledger_entry_hash_sql(PG_FUNCTION_ARGS) {
    const uint8_t* actor = exact_bytes(PG_GETARG_BYTEA_PP(4), sanitize_ledger_key_id_bytes, "actor");
    bytea* out = new_hash();
    sanitize_ledger_entry_hash(text_of(PG_GETARG_TEXT_PP(0)), text_of(PG_GETARG_TEXT_PP(1)),
                               text_of(PG_GETARG_TEXT_PP(2)), text_of(PG_GETARG_TEXT_PP(3)), actor,
                               text_of(PG_GETARG_TEXT_PP(5)), (uint8_t*)VARDATA(out));
    PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(sanitize_ledger_synced_hash_sql);
Datum sanitize_ledger_synced_hash_sql(PG_FUNCTION_ARGS) {
    const uint8_t* prev = exact_bytes(PG_GETARG_BYTEA_PP(0), sanitize_ledger_hash_bytes, "prev_hash");
    const int64 seq = PG_GETARG_INT64(1);
    const uint8_t* entry = exact_bytes(PG_GETARG_BYTEA_PP(2), sanitize_ledger_hash_bytes, "entry hash");
    bytea* out = new_hash();
    sanitize_ledger_synced_hash(prev, seq, entry, (uint8_t*)VARDATA(out));
    PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(sanitize_ed25519_verify_sql);
Datum sanitize_ed25519_verify_sql(PG_FUNCTION_ARGS) {
    bytea* signature = PG_GETARG_BYTEA_PP(0);
    bytea* message = PG_GETARG_BYTEA_PP(1);
    bytea* public_key = PG_GETARG_BYTEA_PP(2);
    if (VARSIZE_ANY_EXHDR(signature) != crypto_sign_BYTES || VARSIZE_ANY_EXHDR(public_key) != crypto_sign_PUBLICKEYBYTES) {
        PG_RETURN_BOOL(false);
    }
    const int verified = crypto_sign_verify_detached((const unsigned char*)VARDATA_ANY(signature),
                                                     (const unsigned char*)VARDATA_ANY(message),
                                                     VARSIZE_ANY_EXHDR(message),
                                                     (const unsigned char*)VARDATA_ANY(public_key));
    PG_RETURN_BOOL(verified == 0);
}
