// The certificate side of a wipe or a purge, made ready before any medium is touched: a wrong
// passphrase or an unregistered key must stop the command while the data is still there.
#pragma once

#include <optional>
#include <vector>

#include "app.hpp"
#include "context.hpp"
#include "ledger_access.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

struct CertificateSetup {
    ledger::Ledger ledger;
    keys::SecretKey key;
    std::vector<cert::CertificateContext> contexts;  // one per target of args.targets
};

// Empty (and ExitCode::ok) when no ledger is in use; the hint that says so is printed here.
Loaded<std::optional<CertificateSetup>> prepare_certificates(const WipeArgs& args, const Context& context);

}  // namespace sanitize::cli
