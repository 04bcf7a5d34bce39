// The first step of every GUI job that records in the ledger: the ledger opened and the
// operator's key unlocked, before anything is written. No widgets; runs on the worker thread.
#pragma once

#include <string>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct Signer {
    ledger::Ledger ledger;
    keys::SecretKey key;
};

// Errors: the ledger's (open), the key file's (read) or a wrong passphrase (decode).
Result<Signer> open_signer(const std::string& ledger, const std::string& key_file, const SecretBuffer& passphrase);

}  // namespace sanitize::gui
