// `sanitize ledger verify`: every event's hash, link, signature and rule, against the anchors an
// auditor brings from outside the database (--root, --head).
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>

#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/files.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

std::string verify_json(const ledger::VerifyReport& report) {
    return fmt::format(R"({{"ok":{},"problem":"{}","first_bad_seq":{},"detail":{},"events_checked":{},"head_seq":{},"head_hash":"{}"}})",
                       report.ok() ? "true" : "false", ledger::problem_name(report.problem), report.first_bad_seq,
                       json_string(report.detail), report.events_checked, report.head.seq, hex_text(report.head.hash));
}

// The anchors from outside the database.
Result<void> set_anchors(const LedgerArgs& args, ledger::VerifyOptions& options) {
    if (!args.root_key_file.empty()) {
        Result<keys::PublicKey> root = load_public_key(args.root_key_file);
        if (!root) return root.error();
        options.trusted_root = *root;
    }
    if (!args.head.empty()) {
        options.expected_head = ledger::parse_chain_head(args.head);
        if (!options.expected_head) return cli_error(Errc::invalid_argument, Reason::head_spec, args.head);
    }
    for (const std::string& file : args.checkpoints) {
        Result<std::string> note = files::read_small_file(file, 64 * 1024);
        if (!note) return about_path(note.error(), file);
        options.checkpoints.push_back(std::move(*note));
    }
    return {};
}

// What is not checked without the anchors; said once the ledger is open, so that a ledger that
// cannot be opened gets its error alone.
void warn_missing_anchors(const LedgerArgs& args, const Messages& messages) {
    if (args.root_key_file.empty()) print_warning(messages, messages.get(Msg::warn_no_root));
    if (args.head.empty() && args.checkpoints.empty()) print_warning(messages, messages.get(Msg::warn_no_anchor));
}

// A progress line on a terminal only: never mixed into --json or a redirected stderr.
bool progress_line_wanted(const LedgerArgs& args) {
    const char* term = std::getenv("TERM");
    return !args.json && isatty(STDERR_FILENO) != 0 && (term == nullptr || std::strcmp(term, "dumb") != 0);
}

ExitCode report_verdict(const ledger::VerifyReport& report, const std::string& shown, const LedgerArgs& args,
                        const Context& context) {
    const Messages& messages = context.messages;
    if (args.json) {
        std::cout << verify_json(report) << "\n" << std::flush;
    } else if (report.ok()) {
        std::cout << messages.format(Msg::ledger_verified, report.events_checked, report.head.seq,
                                     hex_text(report.head.hash))
                  << "\n"
                  << std::flush;
    }
    if (report.ok()) return ExitCode::ok;
    const std::string problem = problem_message(messages, report.problem);
    // A trusted root that differs is named in words; other details name what they are about.
    const std::string detail_words =
        report.detail == "root key" ? std::string(messages.get(Msg::bundle_problem_root_key)) : report.detail;
    const std::string detail = detail_words.empty() ? "" : " (" + detail_words + ")";
    print_error(messages, report.first_bad_seq > 0
                              ? messages.format(Msg::ledger_bad_event, shown, report.first_bad_seq, problem, detail)
                              : messages.format(Msg::ledger_bad, shown, problem, detail));
    print_hint(messages, messages.format(Msg::hint_ledger_bad, report.events_checked, report.head.seq));
    return ExitCode::integrity;
}

}  // namespace

ExitCode run_ledger_verify(const LedgerArgs& args, const Context& context) {
    if (!args.bundle.empty()) return run_bundle_verify(args, context);
    const Messages& messages = context.messages;
    ledger::VerifyOptions options;
    if (Result<void> anchored = set_anchors(args, options); !anchored) return fail(context, anchored.error());
    const std::string location = ledger_location(args.ledger, context);
    const std::string shown = ledger::redacted_location(location);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    warn_missing_anchors(args, messages);
    const bool line = progress_line_wanted(args);
    if (line) {
        options.progress = [&messages](std::int64_t checked, std::int64_t total) {
            std::cerr << "\r" << messages.format(Msg::ledger_verify_progress, checked, total) << std::flush;
        };
    }
    Result<ledger::VerifyReport> report = opened->verify(options);
    if (line) std::cerr << "\r\033[K" << std::flush;
    if (!report) return fail(context, about_path(report.error(), shown));
    return report_verdict(*report, shown, args, context);
}

}  // namespace sanitize::cli
