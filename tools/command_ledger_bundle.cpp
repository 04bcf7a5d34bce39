// `sanitize ledger export --bundle FILE` and `sanitize ledger verify --bundle FILE`: an auditor's
// extract of a period, checked on another machine without the database.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_bundle.hpp"

namespace sanitize::cli {

namespace {

// The library names what failed in fixed English words ("event 7 order", "file certs/x.json");
// each has words of its own here, in the person's language. Unknown ones are shown as they are.
std::string bundle_problem_words(const Messages& messages, const std::string& problem) {
    static const std::map<std::string, Msg, std::less<>> whole{
        {"root key", Msg::bundle_problem_root_key},
        {"checkpoint origin", Msg::bundle_problem_checkpoint_origin},
        {"hashes.bin size", Msg::bundle_problem_hashes_size},
        {"checkpoint root", Msg::bundle_problem_checkpoint_root},
        {"genesis missing", Msg::bundle_problem_genesis_missing},
        {"genesis", Msg::bundle_problem_genesis},
        {"checkpoint signature", Msg::bundle_problem_checkpoint_signature},
    };
    static const std::map<std::string, Msg, std::less<>> of_event{
        {"order", Msg::bundle_event_order},         {"hash", Msg::bundle_event_hash},
        {"link", Msg::bundle_event_link},           {"signer", Msg::bundle_event_signer},
        {"signature", Msg::bundle_event_signature}, {"permission", Msg::bundle_event_permission},
        {"payload", Msg::bundle_event_payload},     {"key event", Msg::bundle_event_key_event},
    };
    if (const auto found = whole.find(problem); found != whole.end()) return std::string(messages.get(found->second));
    constexpr std::string_view event = "event ";
    constexpr std::string_view file = "file ";
    constexpr std::string_view missing = " missing";
    if (problem.starts_with(event)) {
        const std::size_t space = problem.find(' ', event.size());
        const auto what = space == std::string::npos ? of_event.end() : of_event.find(problem.substr(space + 1));
        if (what != of_event.end()) {
            return messages.format(Msg::bundle_problem_event, problem.substr(event.size(), space - event.size()),
                                   messages.get(what->second));
        }
    }
    if (problem.starts_with(file) && problem.ends_with(missing)) {
        return messages.format(Msg::bundle_problem_file_missing,
                               problem.substr(file.size(), problem.size() - file.size() - missing.size()));
    }
    if (problem.starts_with(file)) return messages.format(Msg::bundle_problem_file, problem.substr(file.size()));
    return problem;
}

}  // namespace

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
    print_error(messages, messages.format(Msg::bundle_bad, args.bundle, bundle_problem_words(messages, report->problem)));
    print_hint(messages, messages.get(Msg::hint_bundle_bad));
    return ExitCode::integrity;
}

}  // namespace sanitize::cli
