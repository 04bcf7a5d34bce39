// The exit codes of `sanitize`, documented in docs/exit-codes.md: scripts depend on them.
#pragma once

#include "sanitize/result.hpp"

namespace sanitize::cli {

enum class ExitCode : int {
    ok = 0,            // every target erased / the medium matches
    failed = 1,        // a wipe failed or has exceptions, an I/O error, a medium that differs
    usage = 2,         // the command line is wrong: unknown option, bad spec, missing target
    refused = 3,       // a safety rule or a missing confirmation stopped the command
    integrity = 4,     // a signature or hash chain does not verify (certificates, ledger)
    interrupted = 130  // SIGINT/SIGTERM/SIGHUP: stopped between chunks, report printed
};

constexpr int to_int(ExitCode code) noexcept { return static_cast<int>(code); }

// What a library error means for the caller of the command. Why these groups: a target that
// does not exist or cannot be wiped at all is a wrong operand (usage); a device someone else
// holds is as unsafe to wipe as a mounted one (refused).
constexpr ExitCode exit_code_for(Errc code) noexcept {
    switch (code) {
        case Errc::invalid_argument:
        case Errc::not_found:
        case Errc::unsupported_target: return ExitCode::usage;
        case Errc::busy:
        case Errc::refused: return ExitCode::refused;
        case Errc::cancelled: return ExitCode::interrupted;
        case Errc::signature_invalid:
        case Errc::integrity_failure: return ExitCode::integrity;
        case Errc::malformed_input:
        case Errc::wrong_passphrase:
        case Errc::conflict:
        case Errc::permission_denied:
        case Errc::io_error:
        case Errc::device_vanished:
        case Errc::size_mismatch:
        case Errc::internal: return ExitCode::failed;
    }
    return ExitCode::failed;
}

}  // namespace sanitize::cli
