// sanitize: the command-line front end of libsanitize.
//
// main only prepares the process (no core dumps, signals as stop requests, the language) and
// dispatches; the commands live in command_*.cpp and every decision about media in the library.
#include <unistd.h>

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
#include "run_settings.hpp"
#include "sanitize/secret.hpp"
#include "signals.hpp"
#include "system_log.hpp"

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
        case Command::config: return to_int(sanitize::cli::run_config(invocation.config, context));
        case Command::approval: return to_int(sanitize::cli::run_approval(invocation.approval, context));
    }
    return to_int(sanitize::cli::ExitCode::usage);
}

// The person behind this run: pkexec names its caller in PKEXEC_UID (the GUI's privileged
// wipes); otherwise whoever started the process.
unsigned invoking_uid() {
    const char* caller = std::getenv("PKEXEC_UID");
    if (::getuid() == 0 && caller != nullptr && *caller != '\0') return static_cast<unsigned>(std::strtoul(caller, nullptr, 10));
    return ::getuid();
}

}  // namespace

int main(int argc, char** argv) {
    using namespace sanitize::cli;
    // A core dump of a wipe would hold keystream keys and, later, passphrases: none are written.
    sanitize::disable_core_dumps();
    std::setlocale(LC_ALL, "");
    // Before any other thread exists, so that every later thread inherits the blocked signals.
    SignalWatcher signals;

    // The settings first: the configured language words even the help and the parse errors.
    const sanitize::jobs::SettingsInForce settings = settings_for_run(language_from_arguments(argc, argv));
    Messages messages(language_in_force(settings));
    try {
        ParseResult parsed = parse_command_line(argc, argv, messages, settings.resolved.settings);
        if (!parsed.invocation) return to_int(parsed.exit_code);
        // A bad file stops every command, with its place; `config show` shows it among the rest.
        if (parsed.invocation->command != Command::config && !report_settings_problems(settings, messages))
            return to_int(ExitCode::usage);
        Diagnostics diagnostics(parsed.invocation->global.verbose);
        const SystemLog journal(syslog_sink());
        Context context{messages, diagnostics, signals.token(), speaks_protocol(*parsed.invocation), settings, journal,
                        invoking_uid()};
        return dispatch(*parsed.invocation, context);
    } catch (const std::exception& error) {
        // The library never throws; this is the boundary for dependencies that do (bad_alloc, fmt).
        print_error(messages, error_text(messages, make_error(sanitize::Errc::internal, error.what())));
        return to_int(ExitCode::failed);
    }
}
