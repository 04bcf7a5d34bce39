// `sanitize ledger init|verify|log|export`: create the ledger, check its chain, read its events.
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

ExitCode run_init(const LedgerArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string location = ledger_location(args.ledger);
    Result<keys::SecretKey> root = unlock_signer_key(args.signer, context);
    if (!root) return fail(context, root.error());
    if (!is_database_url(location)) {
        if (auto made = make_parent_directory(location, 0700); !made) return fail(context, about_path(made.error(), location));
    }
    ledger::InitOptions options{location, args.organisation, root->public_key(), ""};
    Result<ledger::Ledger> created = ledger::Ledger::init(options, *root);
    if (!created) {
        Error error = about_path(created.error(), location);
        if (error.code == Errc::conflict) {
            error.code = Errc::refused;
            error.reason = Reason::ledger_exists;
        }
        return fail(context, error);
    }
    const ledger::LedgerInfo& info = created->info();
    const std::string root_id = keys::key_id_hex(info.root_key.id);
    if (args.json) {
        std::cout << fmt::format(R"({{"ledger":{},"ledger_id":{},"organisation":{},"root_key_id":{},"format_version":{}}})",
                                 json_string(location), json_string(info.ledger_id), json_string(info.organisation),
                                 json_string(root_id), info.format_version)
                  << "\n";
    } else {
        std::cout << messages.format(Msg::ledger_created, location, info.ledger_id, root_id) << "\n";
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

std::string verify_json(const ledger::VerifyReport& report) {
    return fmt::format(R"({{"ok":{},"problem":"{}","first_bad_seq":{},"detail":{},"events_checked":{},"head_seq":{},"head_hash":"{}"}})",
                       report.ok() ? "true" : "false", ledger::problem_name(report.problem), report.first_bad_seq,
                       json_string(report.detail), report.events_checked, report.head.seq, hex_text(report.head.hash));
}

ExitCode run_verify(const LedgerArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    ledger::VerifyOptions options;
    if (!args.root_key_file.empty()) {
        Result<keys::PublicKey> root = load_public_key(args.root_key_file);
        if (!root) return fail(context, root.error());
        options.trusted_root = *root;
    }
    const std::string location = ledger_location(args.ledger);
    Result<ledger::Ledger> opened = open_ledger(location);
    if (!opened) return fail(context, opened.error());
    // A progress line on a terminal only: never mixed into --json or a redirected stderr.
    const char* term = std::getenv("TERM");
    const bool line = !args.json && isatty(STDERR_FILENO) != 0 && (term == nullptr || std::strcmp(term, "dumb") != 0);
    if (line) {
        options.progress = [&messages](std::int64_t checked, std::int64_t total) {
            std::cerr << "\r" << messages.format(Msg::ledger_verify_progress, checked, total) << std::flush;
        };
    }
    Result<ledger::VerifyReport> report = opened->verify(options);
    if (line) std::cerr << "\r\033[K" << std::flush;
    if (!report) return fail(context, about_path(report.error(), location));
    if (args.json) {
        std::cout << verify_json(*report) << "\n" << std::flush;
    } else if (report->ok()) {
        std::cout << messages.format(Msg::ledger_verified, report->events_checked, report->head.seq,
                                     hex_text(report->head.hash))
                  << "\n"
                  << std::flush;
    }
    if (report->ok()) return ExitCode::ok;
    const std::string problem = problem_message(messages, report->problem);
    const std::string detail = report->detail.empty() ? "" : " (" + report->detail + ")";
    print_error(messages, report->first_bad_seq > 0
                              ? messages.format(Msg::ledger_bad_event, location, report->first_bad_seq, problem, detail)
                              : messages.format(Msg::ledger_bad, location, problem, detail));
    print_hint(messages, messages.format(Msg::hint_ledger_bad, report->events_checked, report->head.seq));
    return ExitCode::integrity;
}

ExitCode run_log(const LedgerArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger);
    Result<ledger::Ledger> opened = open_ledger(location);
    if (!opened) return fail(context, opened.error());
    ledger::EventQuery query;
    query.after_seq = args.after;
    query.limit = static_cast<std::size_t>(args.limit);
    Result<std::vector<ledger::Event>> events = opened->events(query);
    if (!events) return fail(context, about_path(events.error(), location));
    std::string out;
    if (args.json) {
        for (const ledger::Event& event : *events) out += event_json(event) + "\n";
    } else {
        std::vector<std::vector<std::string>> rows;
        const Messages& messages = context.messages;
        rows.push_back({std::string(messages.get(Msg::col_event_seq)), std::string(messages.get(Msg::col_event_time)),
                        std::string(messages.get(Msg::col_event_type)), std::string(messages.get(Msg::col_event_actor)),
                        std::string(messages.get(Msg::col_event_payload))});
        for (const ledger::Event& event : *events) {
            rows.push_back({std::to_string(event.seq), event.time, std::string(ledger::event_type_name(event.type)),
                            keys::key_id_hex(event.actor), event.payload});
        }
        out = events->empty() ? std::string(messages.get(Msg::ledger_no_events)) + "\n" : text_table(rows);
    }
    std::cout << out << std::flush;
    return ExitCode::ok;
}

ExitCode run_export(const LedgerArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger);
    Result<ledger::Ledger> opened = open_ledger(location);
    if (!opened) return fail(context, opened.error());
    std::string out;
    std::int64_t count = 0;
    for (ledger::EventQuery query;;) {
        Result<std::vector<ledger::Event>> page = opened->events(query);
        if (!page) return fail(context, about_path(page.error(), location));
        if (page->empty()) break;
        for (const ledger::Event& event : *page) out += event_json(event) + "\n";
        count += static_cast<std::int64_t>(page->size());
        query.after_seq = page->back().seq;
    }
    if (Result<void> written = write_output(args.out, out, 0600); !written) return fail(context, written.error());
    if (!args.out.empty() && args.out != "-") {
        std::cout << context.messages.format(Msg::ledger_exported, count, args.out) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace

ExitCode run_ledger(const LedgerArgs& args, const Context& context) {
    switch (args.action) {
        case LedgerAction::init: return run_init(args, context);
        case LedgerAction::verify: return run_verify(args, context);
        case LedgerAction::log: return run_log(args, context);
        case LedgerAction::export_events: return run_export(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
