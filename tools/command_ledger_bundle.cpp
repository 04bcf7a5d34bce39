// `sanitize ledger export --bundle FILE` and `sanitize ledger verify --bundle FILE`: an auditor's
// extract of a period, checked on another machine without the database.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_bundle.hpp"

namespace sanitize::cli {

ExitCode run_bundle_export(const LedgerArgs& args, const Context& context) {
    if (::access(args.bundle.c_str(), F_OK) == 0) return fail(context, output_exists(args.bundle));
    ledger::BundleOptions options;
    for (auto [given, bound] : {std::pair{&args.time_from, &options.time_from}, std::pair{&args.time_to, &options.time_to}}) {
        if (given->empty()) continue;
        Result<std::string> time = time_option(given == &args.time_from ? "--from" : "--to", *given);
        if (!time) return fail(context, time.error());
        *bound = *time;
    }
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<keys::SecretKey> key = unlock_signer_key(args.signer, context);
    if (!key) return fail(context, key.error());
    Result<ledger::BundleSummary> written = ledger::export_bundle(*opened, args.bundle, *key, options);
    if (!written && written.error().code == Errc::conflict) return fail(context, output_exists(args.bundle));
    if (!written) return fail(context, about_path(written.error(), args.bundle));
    std::cout << context.messages.format(Msg::ledger_bundle_written, written->events, written->certificates,
                                         written->tree_size, args.bundle)
              << "\n"
              << std::flush;
    return ExitCode::ok;
}

ExitCode run_bundle_verify(const LedgerArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    ledger::BundleVerifyOptions options;
    if (!args.root_key_file.empty()) {
        Result<keys::PublicKey> root = load_public_key(args.root_key_file);
        if (!root) return fail(context, root.error());
        options.trusted_root = *root;
    } else {
        print_warning(messages, messages.get(Msg::warn_no_root));
    }
    Result<ledger::BundleReport> report = ledger::verify_bundle(args.bundle, options);
    if (!report) return fail(context, about_path(report.error(), args.bundle));
    if (args.json) {
        std::cout << fmt::format(R"({{"ok":{},"problem":{},"events_checked":{},"files_checked":{},"tree_size":{},"checkpoint_signer":{}}})",
                                 report->ok ? "true" : "false", json_string(report->problem), report->events_checked,
                                 report->files_checked, report->tree_size, json_string(report->checkpoint_signer))
                  << "\n"
                  << std::flush;
    } else if (report->ok) {
        std::cout << messages.format(Msg::ledger_bundle_verified, report->events_checked, report->files_checked,
                                     report->tree_size, report->checkpoint_signer)
                  << "\n"
                  << std::flush;
    }
    if (report->ok) return ExitCode::ok;
    print_error(messages, messages.format(Msg::bundle_bad, args.bundle, report->problem));
    print_hint(messages, messages.get(Msg::hint_bundle_bad));
    return ExitCode::integrity;
}

}  // namespace sanitize::cli
