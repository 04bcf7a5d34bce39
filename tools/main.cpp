// sanitize: the command-line front end of libsanitize.
//
// main only prepares the process (no core dumps, signals as stop requests, the language) and
// dispatches; the commands live in command_*.cpp and every decision about media in the library.
#include <clocale>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "app.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "diagnostics.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "messages.hpp"
#include "sanitize/secret.hpp"
#include "signals.hpp"

namespace {

int dispatch(const sanitize::cli::Invocation& invocation, const sanitize::cli::Context& context) {
    using sanitize::cli::Command;
    switch (invocation.command) {
        case Command::devices: return to_int(sanitize::cli::run_devices(invocation.devices, context));
        case Command::wipe: return to_int(sanitize::cli::run_wipe(invocation.wipe, context));
        case Command::verify_media: return to_int(sanitize::cli::run_verify_media(invocation.verify_media, context));
        case Command::key: return to_int(sanitize::cli::run_key(invocation.key, context));
        case Command::ledger: return to_int(sanitize::cli::run_ledger(invocation.ledger, context));
        case Command::asset: return to_int(sanitize::cli::run_asset(invocation.asset, context));
        case Command::report: return to_int(sanitize::cli::run_report(invocation.report, context));
        case Command::cert: return to_int(sanitize::cli::run_cert(invocation.cert, context));
        case Command::attach: return to_int(sanitize::cli::run_attach(invocation.attach, context));
        case Command::encrypt: return to_int(sanitize::cli::run_encrypt(invocation.encrypt, context));
        case Command::decrypt: return to_int(sanitize::cli::run_decrypt(invocation.decrypt, context));
        case Command::keygen: return to_int(sanitize::cli::run_keygen(invocation.keygen, context));
        case Command::carry_out: return to_int(sanitize::cli::run_carry_out(invocation.carry_out, context));
        case Command::prepare: return to_int(sanitize::cli::run_prepare(invocation.prepare, context));
        case Command::purge: return to_int(sanitize::cli::run_purge(invocation.purge, context));
        case Command::config: return to_int(sanitize::cli::run_config(invocation.config, invocation.global, context));
    }
    return to_int(sanitize::cli::ExitCode::usage);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace sanitize::cli;
    // A core dump of a wipe would hold keystream keys and, later, passphrases: none are written.
    sanitize::disable_core_dumps();
    std::setlocale(LC_ALL, "");
    // Before any other thread exists, so that every later thread inherits the blocked signals.
    SignalWatcher signals;

    Lang lang = language_from_arguments(argc, argv).value_or(language_from_environment(std::getenv));
    Messages messages(lang);
    try {
        ParseResult parsed = parse_command_line(argc, argv, messages);
        if (!parsed.invocation) return to_int(parsed.exit_code);
        Diagnostics diagnostics(parsed.invocation->global.verbose);
        // Whoever reads JSON from a wipe, a preparation or a purge reads its errors as JSON too.
        const bool protocol = parsed.invocation->wipe.json_progress || parsed.invocation->prepare.json_progress ||
                              parsed.invocation->purge.json;
        Context context{messages, diagnostics, signals.token(), protocol};
        return dispatch(*parsed.invocation, context);
    } catch (const std::exception& error) {
        // The library never throws; this is the boundary for dependencies that do (bad_alloc, fmt).
        print_error(messages, error_text(messages, make_error(sanitize::Errc::internal, error.what())));
        return to_int(ExitCode::failed);
    }
}
