// The embedded ledger's tables; docs/ledger.md explains them. PostgreSQL's are in
// postgres_schema.cpp, with its roles and append function; the two differ only in types
// (SQLite's INTEGER PRIMARY KEY is its rowid), collation (PostgreSQL orders text keys bytewise
// with COLLATE "C", as SQLite does) and the trigger syntax.
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
  signature TEXT NOT NULL,
  origin TEXT UNIQUE
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
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  content BLOB NOT NULL
);
CREATE TABLE certificate_files (
  certificate_id TEXT NOT NULL,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  seq INTEGER NOT NULL REFERENCES events(seq),
  PRIMARY KEY (certificate_id, name)
);
CREATE TRIGGER blobs_no_change BEFORE UPDATE ON blobs
  BEGIN SELECT RAISE(ABORT, 'blobs are append-only'); END;
CREATE TRIGGER certificate_files_no_change BEFORE UPDATE ON certificate_files
  BEGIN SELECT RAISE(ABORT, 'certificate files are append-only'); END;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
)sql";

}  // namespace sanitize::ledger::detail
