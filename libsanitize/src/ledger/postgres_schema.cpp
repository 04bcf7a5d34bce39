#include "ledger/postgres_schema.hpp"

#include <array>

#include "sanitize/ledger.hpp"

namespace sanitize::ledger::detail {

namespace {

constexpr const char* tables = R"sql(
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
  signature TEXT NOT NULL,
  origin TEXT COLLATE "C" UNIQUE
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
CREATE TABLE blobs (
  sha256 TEXT COLLATE "C" PRIMARY KEY,
  content BYTEA NOT NULL
);
CREATE TABLE certificate_files (
  certificate_id TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  sha256 TEXT COLLATE "C" NOT NULL REFERENCES blobs(sha256),
  seq BIGINT NOT NULL REFERENCES events(seq),
  PRIMARY KEY (certificate_id, name)
);
CREATE TABLE ledger_permissions (
  role TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (role, type)
);
CREATE OR REPLACE FUNCTION ledger_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only();
CREATE TRIGGER blobs_append_only BEFORE UPDATE OR DELETE ON blobs
  FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only();
CREATE TRIGGER certificate_files_append_only BEFORE UPDATE OR DELETE ON certificate_files
  FOR EACH ROW EXECUTE FUNCTION ledger_events_append_only();
)sql";

// The extension module's functions (C: a superuser creates them), and the key id as minisign
// prints it: the 8 raw bytes after "Ed" in the public key, little-endian.
constexpr const char* helpers = R"sql(
CREATE FUNCTION sanitize_ledger_event_hash(bytea, bigint, text, text, bytea, text) RETURNS bytea
  AS 'sanitize_pg', 'sanitize_ledger_event_hash_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION sanitize_ledger_entry_hash(text, text, text, text, bytea, text) RETURNS bytea
  AS 'sanitize_pg', 'sanitize_ledger_entry_hash_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION sanitize_ledger_synced_hash(bytea, bigint, bytea) RETURNS bytea
  AS 'sanitize_pg', 'sanitize_ledger_synced_hash_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION sanitize_ed25519_verify(bytea, bytea, bytea) RETURNS boolean
  AS 'sanitize_pg', 'sanitize_ed25519_verify_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ledger_key_id_hex(public_key_line text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT upper(string_agg(lpad(to_hex(get_byte(decode(public_key_line, 'base64'), i)), 2, '0'), '' ORDER BY i DESC))
  FROM generate_series(2, 9) AS i
$$;
)sql";

// Refusals are integrity_constraint_violation (23000), as the append-only trigger's: the client
// library refuses the same events before it sends them, so only a client that bypasses it sees
// these.
constexpr const char* append_function = R"sql(
CREATE FUNCTION ledger_lock() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE;
END $$;

CREATE FUNCTION ledger_refuse(reason text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger refuses the event: %', reason USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE FUNCTION ledger_put_blob(content bytea) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE
  digest text := encode(sha256(content), 'hex');
BEGIN
  INSERT INTO blobs (sha256, content) VALUES (digest, content) ON CONFLICT (sha256) DO NOTHING;
  RETURN digest;
END $$;

CREATE FUNCTION ledger_append(p_seq bigint, p_time text, p_type text, p_actor text, p_payload text,
                              p_prev_hash text, p_hash text, p_signature text, p_origin text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  meta ledger_meta%ROWTYPE;
  head events%ROWTYPE;
  signer keys%ROWTYPE;
  key_line text;
  key_bytes bytea;
  body jsonb;
  entry bytea;
  expected bytea;
  root_id text;
  n bigint;
BEGIN
  LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE;
  SELECT * INTO meta FROM ledger_meta WHERE id = 1;
  SELECT * INTO head FROM events ORDER BY seq DESC LIMIT 1;
  IF meta.id IS NULL OR head.seq IS NULL THEN PERFORM ledger_refuse('no ledger'); END IF;
  IF p_seq <> head.seq + 1 OR p_prev_hash <> head.hash THEN
    RAISE EXCEPTION 'not the chain head (seq %)', head.seq USING ERRCODE = 'serialization_failure';
  END IF;
  IF p_time !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' THEN PERFORM ledger_refuse('time'); END IF;
  body := p_payload::jsonb;
  IF jsonb_typeof(body) <> 'object' OR p_type = 'ledger.init' THEN PERFORM ledger_refuse('payload'); END IF;

  -- The signer: the root key for root events, else a registered key allowed to sign this now.
  root_id := ledger_key_id_hex(meta.root_public_key);
  IF p_type IN ('key.register', 'key.revoke', 'key.title') OR p_actor = root_id THEN
    IF p_type NOT IN ('key.register', 'key.revoke', 'key.title') OR p_actor <> root_id THEN PERFORM ledger_refuse('not_authorised'); END IF;
    key_line := meta.root_public_key;
  ELSE
    SELECT * INTO signer FROM keys WHERE key_id = p_actor;
    IF signer.key_id IS NULL THEN PERFORM ledger_refuse('unknown_key'); END IF;
    IF signer.revoked_seq IS NOT NULL AND signer.revoked_seq < p_seq THEN PERFORM ledger_refuse('revoked_key'); END IF;
    IF p_time < signer.valid_from OR p_time >= signer.valid_until THEN PERFORM ledger_refuse('key_not_valid_at_time'); END IF;
    IF NOT EXISTS (SELECT 1 FROM ledger_permissions WHERE role = signer.role AND type = p_type) THEN
      PERFORM ledger_refuse('not_authorised');
    END IF;
    key_line := signer.public_key;
  END IF;
  key_bytes := decode(key_line, 'base64');

  -- The hash and the signature. An outbox event is signed over its entry hash, and each outbox's
  -- events come exactly once and in order: n = 1, or n - 1 is already in the chain.
  IF p_origin IS NULL THEN
    expected := sanitize_ledger_event_hash(decode(p_prev_hash, 'hex'), p_seq, p_time, p_type,
                                           substring(key_bytes FROM 3 FOR 8), p_payload);
    entry := expected;
  ELSE
    IF p_origin !~ '^[0-9a-f]{32}/[1-9][0-9]{0,18}$' THEN PERFORM ledger_refuse('origin'); END IF;
    n := split_part(p_origin, '/', 2)::bigint;
    IF n > 1 AND NOT EXISTS (SELECT 1 FROM events WHERE origin = split_part(p_origin, '/', 1) || '/' || (n - 1)) THEN
      PERFORM ledger_refuse('origin out of order');
    END IF;
    entry := sanitize_ledger_entry_hash(meta.ledger_id, p_origin, p_time, p_type, substring(key_bytes FROM 3 FOR 8), p_payload);
    expected := sanitize_ledger_synced_hash(decode(p_prev_hash, 'hex'), p_seq, entry);
  END IF;
  IF encode(expected, 'hex') <> p_hash THEN PERFORM ledger_refuse('hash_mismatch'); END IF;
  IF NOT sanitize_ed25519_verify(decode(p_signature, 'hex'), entry, substring(key_bytes FROM 11 FOR 32)) THEN
    PERFORM ledger_refuse('bad_signature');
  END IF;

  INSERT INTO events (seq, time, type, actor, payload, prev_hash, hash, signature, origin)
    VALUES (p_seq, p_time, p_type, p_actor, p_payload, p_prev_hash, p_hash, p_signature, p_origin);
  PERFORM ledger_project(p_seq, p_type, body, root_id);
END $$;

-- What an event does to the projections, as chain_rules.cpp says (assets, keys, certificate files).
CREATE FUNCTION ledger_project(p_seq bigint, p_type text, body jsonb, root_id text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF p_type IN ('asset.register', 'asset.update') THEN
    IF p_type = 'asset.update' AND NOT EXISTS (SELECT 1 FROM assets WHERE asset_id = body->>'asset_id') THEN
      RAISE EXCEPTION 'unknown asset' USING ERRCODE = 'no_data_found';
    END IF;
    IF p_type = 'asset.update' THEN DELETE FROM assets WHERE asset_id = body->>'asset_id'; END IF;
    INSERT INTO assets (asset_id, name, remarks, department, owner, user_scope, media_location, retention,
                        classification, status, updated_seq)
      VALUES (body->>'asset_id', body->>'name', coalesce(body->>'remarks', ''), coalesce(body->>'department', ''),
              coalesce(body->>'owner', ''), coalesce(body->>'user_scope', ''), coalesce(body->>'media_location', ''),
              coalesce(body->>'retention', ''), (body->>'classification')::integer, coalesce(body->>'status', ''), p_seq);
  ELSIF p_type = 'key.register' THEN
    IF body->>'key_id' = root_id OR ledger_key_id_hex(body->>'public_key') <> body->>'key_id' THEN
      PERFORM ledger_refuse('key_id');
    END IF;
    INSERT INTO keys (key_id, public_key, name, role, valid_from, valid_until, registered_seq)
      VALUES (body->>'key_id', body->>'public_key', body->>'name', body->>'role', body->>'valid_from',
              body->>'valid_until', p_seq);
  ELSIF p_type = 'key.title' THEN
    IF NOT EXISTS (SELECT 1 FROM keys WHERE key_id = body->>'key_id') THEN PERFORM ledger_refuse('key not registered'); END IF;
  ELSIF p_type = 'key.revoke' THEN
    UPDATE keys SET revoked_seq = p_seq WHERE key_id = body->>'key_id' AND revoked_seq IS NULL;
    IF NOT FOUND THEN PERFORM ledger_refuse('key not registered, or revoked already'); END IF;
  ELSIF p_type = 'certificate.files' THEN
    INSERT INTO certificate_files (certificate_id, name, sha256, seq)
      SELECT body->>'certificate_id', f->>'name', f->>'sha256', p_seq
      FROM jsonb_array_elements(body->'files') AS f;
  END IF;
END $$;
)sql";

// Roles named after the database, so that two ledgers in one cluster do not share operators.
// The owner role owns everything and logs in as nobody; people log in as their own roles, which
// a DBA makes members of the operator or reader role.
constexpr const char* roles = R"sql(
DO $$
DECLARE
  owner_role text := current_database() || '_ledger_owner';
  operator_role text := current_database() || '_ledger_operator';
  reader_role text := current_database() || '_ledger_reader';
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY[owner_role, operator_role, reader_role] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', name);
    END IF;
  END LOOP;
  FOREACH name IN ARRAY ARRAY['ledger_meta', 'events', 'assets', 'keys', 'blobs', 'certificate_files', 'ledger_permissions'] LOOP
    EXECUTE format('ALTER TABLE %I OWNER TO %I', name, owner_role);
    EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', name);
    EXECUTE format('GRANT SELECT ON %I TO %I, %I', name, operator_role, reader_role);
  END LOOP;
  FOREACH name IN ARRAY ARRAY['ledger_lock()', 'ledger_refuse(text)', 'ledger_put_blob(bytea)',
      'ledger_append(bigint, text, text, text, text, text, text, text, text)',
      'ledger_project(bigint, text, jsonb, text)', 'ledger_events_append_only()', 'ledger_key_id_hex(text)'] LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', name, owner_role);
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', name);
  END LOOP;
  EXECUTE format('GRANT EXECUTE ON FUNCTION ledger_lock(), ledger_put_blob(bytea), '
                 'ledger_append(bigint, text, text, text, text, text, text, text, text) TO %I', operator_role);
  EXECUTE format('GRANT EXECUTE ON FUNCTION ledger_key_id_hex(text) TO %I, %I', operator_role, reader_role);
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), operator_role, reader_role);
  EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I, %I', operator_role, reader_role);
END $$;
)sql";

// Every (role, event type) the role table allows, as rows of ledger_permissions.
std::string permission_rows() {
    std::string sql = "INSERT INTO ledger_permissions (role, type) VALUES ";
    bool first = true;
    for (const Role role : {Role::staff, Role::admin, Role::auditor}) {
        // Every type the ledger names, so that a type added later gets its rows too.
        for (int i = 0; event_type_name(static_cast<EventType>(i)) != "unknown"; ++i) {
            const auto type = static_cast<EventType>(i);
            if (!role_may_write(role, type)) continue;
            sql += std::string(first ? "" : ", ") + "('" + std::string(role_name(role)) + "', '" +
                   std::string(event_type_name(type)) + "')";
            first = false;
        }
    }
    return sql + ";\n";
}

}  // namespace

std::string postgres_install_sql() {
    return std::string(tables) + permission_rows() + helpers + append_function + roles;
}

std::string postgres_init_script(const MetaRow& meta, const StoredEvent& genesis) {
    // standard_conforming_strings is on (the default since 9.1): only quotes need doubling.
    auto literal = [](std::string_view text) {
        std::string out = "'";
        for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
        return out + "'";
    };
    const StoredEvent& g = genesis;
    return "-- sanitize ledger " + meta.ledger_id + ": run as a superuser, e.g. psql -v ON_ERROR_STOP=1 -f FILE DATABASE\n"
           "BEGIN;\nSET standard_conforming_strings = on;\n" + postgres_install_sql() +
           "INSERT INTO ledger_meta (id, format_version, ledger_id, organisation, root_public_key) VALUES (1, " +
           std::to_string(meta.format_version) + ", " + literal(meta.ledger_id) + ", " + literal(meta.organisation) + ", " +
           literal(meta.root_public_key) + ");\n"
           "INSERT INTO events (seq, time, type, actor, payload, prev_hash, hash, signature) VALUES (1, " +
           literal(g.time) + ", " + literal(g.type) + ", " + literal(g.actor) + ", " + literal(g.payload) + ", " +
           literal(g.prev_hash) + ", " + literal(g.hash) + ", " + literal(g.signature) + ");\nCOMMIT;\n";
}

}  // namespace sanitize::ledger::detail
