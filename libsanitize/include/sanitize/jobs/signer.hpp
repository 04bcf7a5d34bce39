// Who signs what a job records: the ledger opened and the operator's key unlocked, before
// anything is written. The passphrase is the front end's to ask for (a terminal, a dialog, a
// descriptor); everything else is here, so that each front end opens them the same way.
#pragma once

#include <span>
#include <string>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

struct Signer {
    ledger::Ledger ledger;
    keys::SecretKey key;
};

// Ledger::open; a ledger file that does not exist is Reason::ledger_missing, a server that
// cannot be reached Reason::ledger_unreachable, a file that is no ledger Reason::not_a_ledger
// (path: the location, without a password).
[[nodiscard]] Result<ledger::Ledger> open_ledger(const std::string& location, ledger::OpenOptions options = {});

// The encrypted secret key file's text; a missing file is Reason::key_file_missing (path: it).
// Asked for before the passphrase, so that nobody types one for a key that is not there.
[[nodiscard]] Result<std::string> read_key_file(const std::string& path);

// keys::decode_secret_key, with the file named in the error (path).
[[nodiscard]] Result<keys::SecretKey> unlock_key(const std::string& path, std::string_view key_text,
                                                 std::span<const unsigned char> passphrase);

// All three: the ledger, the key file, the key unlocked.
[[nodiscard]] Result<Signer> open_signer(const std::string& ledger_location, const std::string& key_file,
                                         std::span<const unsigned char> passphrase);

// Whether the ledger lets this key sign an event of this type now: registered with this very
// public key, not revoked, valid now, of a role that may write the type. Errc::refused with the
// reason (key_not_registered, key_mismatch, key_revoked, key_not_valid_now, role_may_not_sign;
// detail: the key id) otherwise. The ledger applies the same rules when appending; jobs ask
// first so that no work is done that cannot be recorded.
[[nodiscard]] Result<ledger::KeyRecord> authorise_signer(ledger::Ledger& ledger, const keys::PublicKey& key,
                                                         ledger::EventType type);

}  // namespace sanitize::jobs
