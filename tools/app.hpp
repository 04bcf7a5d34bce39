// The command line: what each command accepts, parsed with CLI11.
//
// Values stay strings here where the library owns their grammar (methods, verification plans):
// the commands hand them to parse_method/parse_verify, so that a GUI accepts the same specs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exit_codes.hpp"
#include "messages.hpp"
#include "secret_input.hpp"

namespace sanitize::cli {

struct GlobalArgs {
    std::string lang;  // "ja", "en" or empty (from the environment)
    bool verbose = false;
};

struct DevicesArgs {
    bool json = false;
};

struct WipeArgs {
    std::vector<std::string> targets;
    std::string method = "random";
    std::string verify = "last";
    bool blank = false;
    bool json = false;
    bool yes = false;
    std::vector<std::string> confirm;  // one per block device, in the order of the targets
    std::string generator = "auto";
    unsigned workers = 0;
};

struct VerifyMediaArgs {
    std::string target;
    std::string expect;  // "zero" or "byte:HH"
    std::string sample;  // percent; empty: read everything
    bool json = false;
};

// Who signs: a secret key file and where its passphrase comes from (never argv).
struct SignerArgs {
    std::string key_file;  // empty: the default (ledger_access.hpp)
    PassphraseSource passphrase;
};

// `sanitize key …` (command_key.cpp)
struct KeyArgs {};

// `sanitize ledger …` (command_ledger.cpp)
struct LedgerArgs {};

// `sanitize asset …` (command_asset.cpp)
struct AssetArgs {};

// `sanitize report` (command_report.cpp)
struct ReportArgs {};

// `sanitize cert …` (command_cert.cpp)
struct CertArgs {};

enum class Command { devices, wipe, verify_media, key, ledger, asset, report, cert };

struct Invocation {
    Command command = Command::devices;
    GlobalArgs global;
    DevicesArgs devices;
    WipeArgs wipe;
    VerifyMediaArgs verify_media;
    KeyArgs key;
    LedgerArgs ledger;
    AssetArgs asset;
    ReportArgs report;
    CertArgs cert;
};

struct ParseResult {
    std::optional<Invocation> invocation;  // nothing: help, version or an error was printed
    ExitCode exit_code = ExitCode::ok;
};

ParseResult parse_command_line(int argc, const char* const* argv, const Messages& messages);

// --lang, looked up before the full parse so that even parse errors use the chosen language.
std::optional<Lang> language_from_arguments(int argc, const char* const* argv);

}  // namespace sanitize::cli
