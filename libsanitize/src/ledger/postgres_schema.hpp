// The shared ledger's installation on PostgreSQL: tables, the append-only triggers, and the roles
// that make rewriting impossible for operators (docs/ledger.md, "The shared ledger"):
//
//   <database>_ledger_owner     NOLOGIN; owns the tables and the SECURITY DEFINER functions
//   <database>_ledger_operator  SELECT, and EXECUTE of ledger_lock, ledger_append, ledger_put_blob
//   <database>_ledger_reader    SELECT only (auditors, replicas' readers)
//
// ledger_append checks, inside the transaction, the link to the head, the event's hash and
// Ed25519 signature (the sanitize_pg extension module), the signer's registration, validity,
// revocation and role, and applies the event to the projections. Operators have no UPDATE,
// DELETE, TRUNCATE, DDL or trigger rights on anything.
#pragma once

#include <string>

#include "ledger/store.hpp"

namespace sanitize::ledger::detail {

// The whole installation as one SQL text for a superuser (C functions need one), run in one
// transaction; also what `sanitize ledger init --print-sql` gives a DBA. Roles that exist
// already are reused.
std::string postgres_install_sql();

// The whole of a new ledger for a DBA to run with psql: BEGIN, the installation, the meta row and
// the signed genesis event, COMMIT.
std::string postgres_init_script(const MetaRow& meta, const StoredEvent& genesis);

}  // namespace sanitize::ledger::detail
