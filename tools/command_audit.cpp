// `sanitize audit note TEXT` and `audit list`: auditors' findings in the ledger (jobs/audit.hpp).
// Only an auditor's key may write one; anyone who reads the ledger may list them.
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/audit.hpp"

namespace sanitize::cli {
namespace {

ExitCode write_note(const AuditArgs& args, const Context& context) {
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event = jobs::record_audit_note(*signer, args.text);
    if (!event) return fail(context, event.error());
    if (args.json) {
        std::cout << nlohmann::json{{"ledger_seq", event->seq}, {"time", event->time}}.dump() << "\n" << std::flush;
    } else {
        std::cout << context.messages.format(Msg::audit_note_recorded, event->seq) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

ExitCode list_notes(const AuditArgs& args, const Context& context) {
    std::optional<int> offset = utc_offset_minutes(args.utc_offset);
    if (!offset || *offset < -14 * 60 || *offset > 14 * 60) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::utc_offset_spec, args.utc_offset));
    }
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    std::optional<ledger::ReportOptions> year;
    if (args.year != 0) year = ledger::ReportOptions{.year = args.year, .utc_offset_minutes = *offset};
    Result<std::vector<jobs::AuditNote>> notes = jobs::audit_notes(*opened, year);
    if (!notes) return fail(context, about_path(notes.error(), location));
    if (args.json) {
        for (const jobs::AuditNote& note : *notes) {
            std::cout << nlohmann::json{{"seq", note.seq}, {"time", note.time}, {"auditor", note.auditor},
                                        {"key_id", note.key_id}, {"text", note.text}}
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << "\n";
        }
    } else if (notes->empty()) {
        std::cout << context.messages.get(Msg::audit_no_notes) << "\n";
    } else {
        const Messages& messages = context.messages;
        std::vector<std::vector<std::string>> rows{{std::string(messages.get(Msg::col_event_seq)),
                                                    std::string(messages.get(Msg::col_event_time)),
                                                    std::string(messages.get(Msg::col_audit_auditor)),
                                                    std::string(messages.get(Msg::col_audit_note))}};
        for (const jobs::AuditNote& note : *notes) {
            rows.push_back({std::to_string(note.seq), note.time, note.auditor.empty() ? note.key_id : note.auditor, note.text});
        }
        std::cout << text_table(rows);
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

}  // namespace

ExitCode run_audit(const AuditArgs& args, const Context& context) {
    return args.action == AuditArgs::Action::note ? write_note(args, context) : list_notes(args, context);
}

}  // namespace sanitize::cli
