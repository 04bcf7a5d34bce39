// The ledger's tables, one text per backend; docs/ledger.md explains them. The two differ only
// in types (SQLite's INTEGER PRIMARY KEY is its rowid), collation (PostgreSQL orders asset ids
// bytewise with COLLATE "C", as SQLite does) and the trigger syntax.
#pragma once

namespace sanitize::ledger::detail {

inline constexpr const char* sqlite_schema = R"sql(
CREATE TABLE ledger_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  format_version INTEGER NOT NULL,
  ledger_id TEXT NOT NULL,
  organisation TEXT NOT NULL,
  root_public_key TEXT NOT NULL
);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  time TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE TABLE assets (
  asset_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  remarks TEXT NOT NULL,
  department TEXT NOT NULL,
  owner TEXT NOT NULL,
  user_scope TEXT NOT NULL,
  media_location TEXT NOT NULL,
  retention TEXT NOT NULL,
  classification INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 2),
  status TEXT NOT NULL,
  updated_seq INTEGER NOT NULL REFERENCES events(seq)
);
CREATE TABLE keys (
  key_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('staff', 'admin', 'auditor')),
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  registered_seq INTEGER NOT NULL REFERENCES events(seq),
  revoked_seq INTEGER REFERENCES events(seq)
);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
)sql";

inline constexpr const char* postgres_schema = R"sql(
CREATE TABLE ledger_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  format_version INTEGER NOT NULL,
  ledger_id TEXT NOT NULL,
  organisation TEXT NOT NULL,
  root_public_key TEXT NOT NULL
);
CREATE TABLE events (
  seq BIGINT PRIMARY KEY CHECK (seq >= 1),
  time TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE TABLE assets (
  asset_id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT NOT NULL,
  remarks TEXT NOT NULL,
  department TEXT NOT NULL,
  owner TEXT NOT NULL,
  user_scope TEXT NOT NULL,
  media_location TEXT NOT NULL,
  retention TEXT NOT NULL,
  classification INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 2),
  status TEXT NOT NULL,
  updated_seq BIGINT NOT NULL REFERENCES events(seq)
);
CREATE TABLE keys (
  key_id TEXT COLLATE "C" PRIMARY KEY,
  public_key TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('staff', 'admin', 'auditor')),
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  registered_seq BIGINT NOT NULL REFERENCES events(seq),
  revoked_seq BIGINT REFERENCES events(seq)
);
CREATE OR REPLACE FUNCTION ledger_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only();
)sql";

}  // namespace sanitize::ledger::detail
