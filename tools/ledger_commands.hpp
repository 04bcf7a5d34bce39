// The sub-commands of `sanitize ledger` that live in files of their own; run_ledger
// (command_ledger.cpp) dispatches to them.
#pragma once

#include "app.hpp"
#include "context.hpp"
#include "exit_codes.hpp"

namespace sanitize::cli {

ExitCode run_ledger_verify(const LedgerArgs& args, const Context& context);      // command_ledger_verify.cpp
ExitCode run_ledger_checkpoint(const LedgerArgs& args, const Context& context);  // command_ledger_checkpoint.cpp
ExitCode run_ledger_prove(const LedgerArgs& args, const Context& context);       // command_ledger_checkpoint.cpp
ExitCode run_ledger_outbox(const LedgerArgs& args, const Context& context);      // command_ledger_sync.cpp
ExitCode run_ledger_sync(const LedgerArgs& args, const Context& context);        // command_ledger_sync.cpp
ExitCode run_bundle_export(const LedgerArgs& args, const Context& context);      // command_ledger_bundle.cpp
ExitCode run_bundle_verify(const LedgerArgs& args, const Context& context);      // command_ledger_bundle.cpp

}  // namespace sanitize::cli
