// The SQLite ledger as a file: what is checked before SQLite is given a path, so that SQLite never
// turns a stray file into a database, a new ledger is private from its first byte, and a copy on
// a read-only medium can still be read.
#pragma once

#include <string>

#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

// A new ledger file, empty and mode 0600 (it lists secret assets; SQLite gives its -wal and
// -shm files the same mode). An existing file is left as it is: init then finds out whether it
// already holds a ledger.
Result<void> create_private_file(const std::string& path);

// An existing ledger must be a SQLite database: not_found when missing, malformed_input when
// empty or anything else ("not a ledger"). The file is only read.
Result<void> check_database_file(const std::string& path);

// The URI that opens `path` for reading only. On a read-only file system SQLite could neither
// create the -shm file a WAL database needs nor take a lock, so the file is opened immutable
// there: nobody can change it while it is read.
Result<std::string> read_only_uri(const std::string& path);

}  // namespace sanitize::ledger::detail
