// `sanitize ledger init|log|export`: create the ledger, read its events; the other sub-commands
// have files of their own (ledger_commands.hpp).
#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

// The SQL a DBA runs to create a PostgreSQL ledger, roles and all, with the genesis this root
// key signs (docs/ledger.md, "The shared ledger").
ExitCode print_init_sql(const LedgerArgs& args, const keys::SecretKey& root, const Context& context) {
    ledger::InitOptions options{"", args.organisation, root.public_key(), ""};
    Result<std::string> sql = ledger::Ledger::postgres_init_sql(options, root);
    if (!sql) return fail(context, sql.error());
    std::cout << *sql << std::flush;
    return ExitCode::ok;
}

ExitCode run_init(const LedgerArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string location = ledger_location(args.ledger, context);
    Result<keys::SecretKey> root = unlock_signer_key(args.signer, context);
    if (!root) return fail(context, root.error());
    if (args.print_sql) return print_init_sql(args, *root, context);
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
    const std::string shown = ledger::redacted_location(location);
    // The genesis is written by init itself, before any listener could be told.
    context.log(JournalEvent::ledger_written, {{"event", "ledger.init"}, {"seq", "1"}, {"ledger", shown}});
    const std::string root_id = keys::key_id_hex(info.root_key.id);
    if (args.json) {
        std::cout << fmt::format(R"({{"ledger":{},"ledger_id":{},"organisation":{},"root_key_id":{},"format_version":{}}})",
                                 json_string(shown), json_string(info.ledger_id), json_string(info.organisation),
                                 json_string(root_id), info.format_version)
                  << "\n";
    } else {
        std::cout << messages.format(Msg::ledger_created, shown, info.ledger_id, root_id) << "\n";
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

ExitCode run_log(const LedgerArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
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
    if (!args.bundle.empty()) return run_bundle_export(args, context);
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
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
        case LedgerAction::verify: return run_ledger_verify(args, context);
        case LedgerAction::log: return run_log(args, context);
        case LedgerAction::export_events: return run_export(args, context);
        case LedgerAction::checkpoint: return run_ledger_checkpoint(args, context);
        case LedgerAction::prove: return run_ledger_prove(args, context);
        case LedgerAction::outbox: return run_ledger_outbox(args, context);
        case LedgerAction::sync: return run_ledger_sync(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
