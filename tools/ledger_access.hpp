// Finding and opening what the ledger commands share: the ledger itself, the operator's secret
// key (unlocked with a passphrase) and public-key files.
//
// Defaults, so that a person types no paths on their own workstation:
//   ledger:  --ledger, else $SANITIZE_LEDGER, else $XDG_DATA_HOME/sanitize/ledger.db
//            (~/.local/share/sanitize/ledger.db): the embedded SQLite ledger
//   key:     --key, else $SANITIZE_KEY, else $XDG_CONFIG_HOME/sanitize/operator.key
//            (~/.config/sanitize/operator.key), its public key beside it with ".pub" added
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/files.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "secret_input.hpp"

namespace sanitize::cli {

using Getenv = std::function<const char*(const char*)>;

std::string ledger_location(const std::string& option, const Getenv& getenv_fn);
std::string operator_key_file(const std::string& option, const Getenv& getenv_fn);
// Whether a command that records its work (wipe, attach) uses a ledger, and which: not with
// --no-ledger; always when one was named (option or $SANITIZE_LEDGER); the default ledger only
// when its file exists, so that a person without a ledger can still work, and is told so.
std::optional<std::string> ledger_in_use(const std::string& option, bool no_ledger, const Getenv& getenv_fn);
// "operator.key" → "operator.key.pub"
std::string public_key_file_for(const std::string& secret_key_file);

// A step that printed its own error: either a value, or the exit code to return.
template <typename T>
struct Loaded {
    std::optional<T> value;
    ExitCode failure = ExitCode::ok;
    explicit operator bool() const noexcept { return value.has_value(); }
};

// Commands that only read (verify, log, lists, reports) open the ledger read-only, so that a copy
// on read-only media can be audited.
enum class LedgerUse { write, read };
Loaded<ledger::Ledger> open_ledger(const std::string& location, const Context& context, LedgerUse use = LedgerUse::write);
// Why a ledger did not open, in words: a server that cannot be reached (with its reason), a file
// that is not a ledger, a missing ledger (with the hint that makes one). Never the password.
ExitCode report_open_error(const Context& context, const Error& error, const std::string& location);
Loaded<keys::SecretKey> unlock_secret_key(const std::string& path, const PassphraseSource& source,
                                          const Context& context);
// The signer's key: the --key option, else the default operator key (operator_key_file).
Loaded<keys::SecretKey> unlock_signer_key(const std::string& key_option, const PassphraseSource& source,
                                          const Context& context);
Loaded<keys::PublicKey> load_public_key(const std::string& path, const Context& context);

using files::read_small_file;
using files::write_new_file;

}  // namespace sanitize::cli
