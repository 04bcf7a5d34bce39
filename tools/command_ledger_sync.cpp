// `sanitize ledger outbox` and `sanitize ledger sync`: events signed at a station without network,
// and their way into the ledger, each exactly once.
#include <cstdlib>
#include <iostream>
#include <string>

#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_outbox.hpp"

namespace sanitize::cli {

ExitCode run_ledger_outbox(const LedgerArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<ledger::Outbox> outbox = ledger::Outbox::create(args.out, opened->info());
    if (!outbox && outbox.error().code == Errc::conflict) return fail(context, output_exists(args.out));
    if (!outbox) return fail(context, about_path(outbox.error(), args.out));
    std::cout << context.messages.format(Msg::ledger_outbox_created, args.out, outbox->info().ledger_id,
                                         outbox->info().organisation)
              << "\n"
              << std::flush;
    return ExitCode::ok;
}

ExitCode run_ledger_sync(const LedgerArgs& args, const Context& context) {
    Result<ledger::Outbox> outbox = ledger::Outbox::open(args.from);
    if (!outbox) return fail(context, about_path(outbox.error(), args.from));
    const std::string location = ledger_location(args.to.empty() ? args.ledger : args.to, context);
    Result<ledger::Ledger> opened = open_ledger_to_write(location, context);
    if (!opened) return fail(context, opened.error());
    Result<ledger::SyncReport> report = ledger::sync_outbox(*outbox, *opened, {.batch = args.batch});
    if (!report) return fail(context, about_path(report.error(), args.from));
    if (args.json) {
        std::cout << fmt::format(R"({{"outbox":{},"entries":{},"already":{},"appended":{}}})", json_string(args.from),
                                 report->entries, report->already, report->appended)
                  << "\n";
    } else {
        std::cout << context.messages.format(Msg::ledger_synced, args.from, report->entries, report->already,
                                             report->appended)
                  << "\n";
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
