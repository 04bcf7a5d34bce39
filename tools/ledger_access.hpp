// Finding and opening what the ledger commands share: the ledger, the signer's secret key
// (unlocked with a passphrase read the CLI's way) and public-key files. Where they are when
// nobody says is the library's rule (jobs/paths.hpp, jobs/settings.hpp): options over the
// environment over the site and user files over the XDG defaults, and for root its own state
// directory.
#pragma once

#include <optional>
#include <string>

#include "app.hpp"
#include "context.hpp"
#include "sanitize/jobs/paths.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "secret_input.hpp"

namespace sanitize::cli {

// The paths of this run: the options given (empty: not given) over the settings in force.
jobs::Paths paths_for(const Context& context, const std::string& ledger_option, const std::string& key_option,
                      const std::string& checkpoint_option = {});
std::string ledger_location(const std::string& option, const Context& context);
std::string operator_key_file(const std::string& option, const Context& context);

// Commands that only read (verify, log, lists, reports) open the ledger read-only, so that a copy
// on read-only media can be audited and a replica answers them.
enum class LedgerUse { write, read };
[[nodiscard]] Result<ledger::Ledger> open_ledger(const std::string& location, LedgerUse use = LedgerUse::write);
// For writing, with every event appended recorded in the system journal (system_log.hpp).
[[nodiscard]] Result<ledger::Ledger> open_ledger_to_write(const std::string& location, const Context& context);
// The key file, its passphrase (asked only once the file was read), the key unlocked.
[[nodiscard]] Result<keys::SecretKey> unlock_secret_key(const std::string& path, const PassphraseSource& source,
                                                        const Context& context);
// The signer's key: --key, else the default operator key.
[[nodiscard]] Result<keys::SecretKey> unlock_signer_key(const SignerArgs& signer, const Context& context);
[[nodiscard]] Result<keys::PublicKey> load_public_key(const std::string& path);

// The ledger at `location` and the signer's key, in that order: a missing ledger is reported
// before a passphrase is asked for.
[[nodiscard]] Result<jobs::Signer> open_signer(const std::string& location, const SignerArgs& signer,
                                               const Context& context);

// A command that records its work (wipe, purge, attach, encrypt) records it when a ledger is in
// use (jobs::ledger_in_use): then its signer; else nothing, and nobody is asked for anything.
[[nodiscard]] Result<std::optional<jobs::Signer>> signer_if_ledger(const std::string& ledger_option, bool no_ledger,
                                                                   const SignerArgs& signer, const Context& context);

}  // namespace sanitize::cli
