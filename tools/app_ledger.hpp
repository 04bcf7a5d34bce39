// The options of `sanitize ledger …`, added to the command line by app.cpp, and the option
// helpers app.cpp shares with it.
#pragma once

#include <string>
#include <string_view>

#include "app.hpp"

namespace CLI {
class App;
class Validator;
}

namespace sanitize::cli {

void add_ledger(CLI::App& app, const Messages& messages, LedgerArgs& args);

// Defined in app.cpp: --ledger; --key with --passphrase-file/--passphrase-fd; the help groups of
// a family's sub-commands.
void add_ledger_option(CLI::App* command, const Messages& messages, std::string& location);
void add_signer_options(CLI::App* command, const Messages& messages, SignerArgs& signer);
void group_leaves(CLI::App* family, const Messages& messages);
// An integer of `minimum` or more (0 or 1), its error said in the person's language.
CLI::Validator at_least(const Messages& messages, long long minimum);
// An integer from `minimum` to `maximum`, likewise; `type` is CLI11's name of the option's type
// ("INT", "UINT"), which the help shows once.
CLI::Validator within(const Messages& messages, long long minimum, long long maximum, std::string_view type = "INT");

}  // namespace sanitize::cli
