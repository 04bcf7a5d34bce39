// sanitize-helper: the only program the polkit action lets a person start as root
// (docs/gui.md, docs/threat-model.md). It takes the CLI's grammar, refuses everything but a
// wipe, a carry-out stick, a purge or a read-back of a whole block device (helper_admission.hpp),
// reads a carry-out folder with the person's rights (helper_user.hpp), and tells the journal
// who asked for what (helper_log.hpp). The work itself is the CLI's commands, unchanged.
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <exception>

#include "app.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "diagnostics.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "helper_admission.hpp"
#include "helper_log.hpp"
#include "helper_user.hpp"
#include "messages.hpp"
#include "run_settings.hpp"
#include "sanitize/secret.hpp"
#include "signals.hpp"
#include "system_log.hpp"

namespace {

using namespace sanitize::cli;

int dispatch(const Invocation& invocation, const Context& context) {
    switch (invocation.command) {
        case Command::wipe: return to_int(run_wipe(invocation.wipe, context));
        case Command::verify_media: return to_int(run_verify_media(invocation.verify_media, context));
        case Command::prepare: return to_int(run_prepare(invocation.prepare, context));
        case Command::purge: return to_int(run_purge(invocation.purge, context));
        default: return to_int(ExitCode::refused);  // admit_request let none other through
    }
}

int serve(int argc, char** argv, const Messages& messages, const sanitize::jobs::SettingsInForce& settings,
          std::stop_token stop, const HelperLog& journal) {
    const sanitize::Result<InvokingUser> user = invoking_user(std::getenv("PKEXEC_UID"), ::getuid());
    const uid_t uid = user ? user->uid : ::getuid();
    ParseResult parsed = parse_command_line(argc, argv, messages, settings.resolved.settings);
    if (!parsed.invocation) {
        const bool help = parsed.exit_code == ExitCode::ok;
        journal({help ? HelperEvent::ended : HelperEvent::refused, uid, {}, {}, help ? "help" : "usage"});
        return to_int(parsed.exit_code);
    }
    Invocation& invocation = *parsed.invocation;
    HelperLogEntry entry = describe_request(invocation);
    entry.uid = uid;
    journal(entry);

    if (!report_settings_problems(settings, messages)) {
        entry.event = HelperEvent::refused;
        entry.outcome = "settings";
        journal(entry);
        return to_int(ExitCode::usage);
    }
    Diagnostics diagnostics(invocation.global.verbose);
    // The commands' own journal lines (wipe started/ended, refusals) name the person, not root.
    const SystemLog command_journal(syslog_sink());
    const Context context{messages, diagnostics, stop, speaks_protocol(invocation), settings, command_journal, uid};
    auto refuse = [&](const sanitize::Error& error) {
        entry.event = HelperEvent::refused;
        entry.outcome = sanitize::reason_name(error.reason);
        journal(entry);
        return to_int(fail(context, error));
    };
    if (!user) return refuse(user.error());
    if (auto admitted = admit_request(invocation, read_helper_site(std::getenv), sanitize::jobs::system_media()); !admitted) {
        return refuse(admitted.error());
    }
    const UserFolderReader reader(*user);
    if (user->uid != 0) invocation.prepare.folder_reader = &reader;
    const int code = dispatch(invocation, context);
    entry.event = HelperEvent::ended;
    entry.outcome = "exit " + std::to_string(code);
    journal(entry);
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    // Keystream keys and passphrases pass through this process: no core dump holds them.
    sanitize::disable_core_dumps();
    std::setlocale(LC_ALL, "");
    // Before any other thread exists, so that every later thread inherits the blocked signals.
    SignalWatcher signals;
    // The site's settings as for the CLI; pkexec has cleared the caller's environment.
    const sanitize::jobs::SettingsInForce settings = settings_for_run(language_from_arguments(argc, argv));
    const Messages messages(language_in_force(settings));
    try {
        return serve(argc, argv, messages, settings, signals.token(), log_to_system_journal);
    } catch (const std::exception& error) {
        // The library never throws; this is the boundary for dependencies that do (bad_alloc, fmt).
        print_error(messages, error_text(messages, sanitize::make_error(sanitize::Errc::internal, error.what())));
        return to_int(ExitCode::failed);
    }
}
