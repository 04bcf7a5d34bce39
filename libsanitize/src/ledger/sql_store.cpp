#include "ledger/sql_store.hpp"

#include <utility>

namespace sanitize::ledger::detail {

namespace {

constexpr const char* event_columns = "seq, time, type, actor, payload, prev_hash, hash, signature, origin";

StoredEvent event_from(const SqlRow& row) {
    return StoredEvent{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4),
                       row.text(5),    row.text(6), row.text(7), row.is_null(8) ? std::string() : row.text(8)};
}

SqlParam text_or_null(const std::string& text) { return text.empty() ? SqlParam{nullptr} : SqlParam{std::string_view(text)}; }

Asset asset_from(const SqlRow& row) {
    return Asset{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                 row.text(6), row.text(7), static_cast<int>(row.integer(8)), row.text(9), row.integer(10)};
}

KeyRow key_from(const SqlRow& row) {
    KeyRow key{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.integer(6), {}};
    if (!row.is_null(7)) key.revoked_seq = row.integer(7);
    return key;
}

std::int64_t as_int(std::size_t value) { return static_cast<std::int64_t>(value); }

}  // namespace

Result<std::optional<MetaRow>> SqlStore::read_meta() {
    std::optional<MetaRow> meta;
    auto ok = run("read_meta",
                  "SELECT format_version, ledger_id, organisation, root_public_key FROM ledger_meta WHERE id = 1", {},
                  [&](const SqlRow& row) { meta = MetaRow{row.integer(0), row.text(1), row.text(2), row.text(3)}; });
    if (!ok) return ok.error();
    return meta;
}

Result<void> SqlStore::insert_meta(const MetaRow& meta) {
    return run("insert_meta",
               "INSERT INTO ledger_meta (id, format_version, ledger_id, organisation, root_public_key) "
               "VALUES (1, $1, $2, $3, $4)",
               {meta.format_version, meta.ledger_id, meta.organisation, meta.root_public_key}, {});
}

Result<std::optional<StoredEvent>> SqlStore::last_event() {
    static const std::string sql = std::string("SELECT ") + event_columns + " FROM events ORDER BY seq DESC LIMIT 1";
    std::optional<StoredEvent> last;
    auto ok = run("last_event", sql.c_str(), {}, [&](const SqlRow& row) { last = event_from(row); });
    if (!ok) return ok.error();
    return last;
}

Result<void> SqlStore::insert_event(const StoredEvent& e) {
    static const std::string sql =
        std::string("INSERT INTO events (") + event_columns + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    return run("insert_event", sql.c_str(),
               {e.seq, e.time, e.type, e.actor, e.payload, e.prev_hash, e.hash, e.signature, text_or_null(e.origin)}, {});
}

Result<bool> SqlStore::origin_exists(std::string_view origin) {
    bool found = false;
    auto ok = run("origin_exists", "SELECT 1 FROM events WHERE origin = $1", {origin}, [&](const SqlRow&) { found = true; });
    if (!ok) return ok.error();
    return found;
}

Result<std::optional<StoredEvent>> SqlStore::event_with_origin(std::string_view origin) {
    static const std::string sql = std::string("SELECT ") + event_columns + " FROM events WHERE origin = $1";
    std::optional<StoredEvent> found;
    auto ok = run("event_with_origin", sql.c_str(), {origin}, [&](const SqlRow& row) { found = event_from(row); });
    if (!ok) return ok.error();
    return found;
}

Result<void> SqlStore::insert_certificate_file(const CertificateFileRow& f) {
    return run("insert_certificate_file",
               "INSERT INTO certificate_files (certificate_id, name, sha256, seq) VALUES ($1, $2, $3, $4)",
               {f.certificate_id, f.name, f.sha256, f.seq}, {});
}

Result<std::vector<CertificateFileRow>> SqlStore::read_certificate_files(std::string_view certificate_id) {
    std::vector<CertificateFileRow> rows;
    auto ok = run("read_certificate_files",
                  "SELECT certificate_id, name, sha256, seq FROM certificate_files "
                  "WHERE CAST($1 AS TEXT) = '' OR certificate_id = $1 ORDER BY certificate_id, name",
                  {certificate_id},
                  [&](const SqlRow& row) { rows.push_back({row.text(0), row.text(1), row.text(2), row.integer(3)}); });
    if (!ok) return ok.error();
    return rows;
}

Result<std::vector<StoredEvent>> SqlStore::read_events(const EventQuery& q) {
    static const std::string sql = std::string("SELECT ") + event_columns +
                                   " FROM events WHERE seq > $1 AND (CAST($2 AS TEXT) = '' OR time >= $2)"
                                   " AND (CAST($3 AS TEXT) = '' OR time < $3)"
                                   " ORDER BY seq LIMIT $4";
    std::vector<StoredEvent> events;
    events.reserve(q.limit);
    auto ok = run("read_events", sql.c_str(), {q.after_seq, q.time_from, q.time_to, as_int(q.limit)},
                  [&](const SqlRow& row) { events.push_back(event_from(row)); });
    if (!ok) return ok.error();
    return events;
}

Result<std::optional<Asset>> SqlStore::find_asset(std::string_view asset_id) {
    std::optional<Asset> asset;
    auto ok = run("find_asset",
                  "SELECT asset_id, name, remarks, department, owner, user_scope, media_location, retention, "
                  "classification, status, updated_seq FROM assets WHERE asset_id = $1",
                  {asset_id}, [&](const SqlRow& row) { asset = asset_from(row); });
    if (!ok) return ok.error();
    return asset;
}

Result<void> SqlStore::put_asset(const Asset& a) {
    return run("put_asset",
               "INSERT INTO assets (asset_id, name, remarks, department, owner, user_scope, media_location, retention, "
               "classification, status, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
               "ON CONFLICT (asset_id) DO UPDATE SET name = excluded.name, remarks = excluded.remarks, "
               "department = excluded.department, owner = excluded.owner, user_scope = excluded.user_scope, "
               "media_location = excluded.media_location, retention = excluded.retention, "
               "classification = excluded.classification, status = excluded.status, updated_seq = excluded.updated_seq",
               {a.asset_id, a.name, a.remarks, a.department, a.owner, a.user_scope, a.media_location, a.retention,
                std::int64_t{a.classification}, a.status, a.updated_seq},
               {});
}

Result<std::vector<Asset>> SqlStore::read_assets(std::string_view after_id, std::size_t limit) {
    std::vector<Asset> assets;
    auto ok = run("read_assets",
                  "SELECT asset_id, name, remarks, department, owner, user_scope, media_location, retention, "
                  "classification, status, updated_seq FROM assets WHERE asset_id > $1 ORDER BY asset_id LIMIT $2",
                  {after_id, as_int(limit)}, [&](const SqlRow& row) { assets.push_back(asset_from(row)); });
    if (!ok) return ok.error();
    return assets;
}

Result<std::optional<KeyRow>> SqlStore::find_key(std::string_view key_id) {
    std::optional<KeyRow> key;
    auto ok = run("find_key",
                  "SELECT key_id, public_key, name, role, valid_from, valid_until, registered_seq, revoked_seq "
                  "FROM keys WHERE key_id = $1",
                  {key_id}, [&](const SqlRow& row) { key = key_from(row); });
    if (!ok) return ok.error();
    return key;
}

Result<void> SqlStore::insert_key(const KeyRow& k) {
    const SqlParam revoked = k.revoked_seq ? SqlParam{*k.revoked_seq} : SqlParam{nullptr};
    return run("insert_key",
               "INSERT INTO keys (key_id, public_key, name, role, valid_from, valid_until, registered_seq, revoked_seq) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
               {k.key_id, k.public_key, k.name, k.role, k.valid_from, k.valid_until, k.registered_seq, revoked}, {});
}

Result<void> SqlStore::set_key_revoked(std::string_view key_id, std::int64_t seq) {
    return run("set_key_revoked", "UPDATE keys SET revoked_seq = $1 WHERE key_id = $2", {seq, key_id}, {});
}

Result<std::vector<KeyRow>> SqlStore::read_keys() {
    std::vector<KeyRow> keys;
    auto ok = run("read_keys",
                  "SELECT key_id, public_key, name, role, valid_from, valid_until, registered_seq, revoked_seq "
                  "FROM keys ORDER BY key_id",
                  {}, [&](const SqlRow& row) { keys.push_back(key_from(row)); });
    if (!ok) return ok.error();
    return keys;
}

// A URL names a PostgreSQL database; anything else is a SQLite file.
Result<std::unique_ptr<Store>> open_store(std::string_view location, OpenMode mode) {
    if (is_database_url(location)) return open_postgres_store(std::string(location), mode);
    if (location.empty()) return make_error(Errc::invalid_argument, "ledger location");
    return open_sqlite_store(std::string(location), mode);
}

}  // namespace sanitize::ledger::detail
