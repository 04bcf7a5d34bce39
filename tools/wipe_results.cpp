// The results of the wipe job as `sanitize wipe` prints them: stdout for the reports and the
// certificates, stderr for what went wrong, the exit code for scripts.
#include <algorithm>
#include <iostream>

#include "failure.hpp"
#include "report_view.hpp"
#include "sanitize/protocol.hpp"
#include "text_format.hpp"
#include "wipe_view.hpp"

namespace sanitize::cli {
namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
    return text;
}

void print_reports(const jobs::WipeResult& result, bool json, const Messages& messages) {
    std::string out;
    for (std::size_t i = 0; i < result.targets.size(); ++i) {
        const wipe::WipeReport& report = result.targets[i].report;
        out += json ? protocol::encode(report) + "\n" : (i == 0 ? "" : "\n") + render_wipe_report(report, messages);
    }
    std::cout << out << std::flush;
}

std::string certificate_text(const jobs::CertifiedWipe& certified, const Messages& messages) {
    std::string text = "\n" + messages.format(Msg::cert_written, certified.files.json) + "\n";
    const std::string seq = certified.issued.ledger_event ? std::to_string(certified.issued.ledger_event->seq) : "-";
    text += "  " + messages.format(Msg::cert_written_seq, certified.files.signature, seq, certified.files.json) + "\n";
    if (!certified.files.pdf.empty()) text += "  PDF: " + certified.files.pdf + "\n";
    return text;
}

// One certificate per report; a failure to certify does not undo the wipe, and is an error.
ExitCode print_certificates(const jobs::WipeResult& result, const WipeArgs& args, const Messages& messages) {
    ExitCode code = ExitCode::ok;
    for (const jobs::WipedTarget& target : result.targets) {
        const std::string& path = target.report.device.path;
        if (target.certificate_error) {
            print_error(messages, messages.format(Msg::cert_not_issued, path, error_text(messages, *target.certificate_error)));
            print_hint(messages, messages.get(Msg::hint_cert_not_issued));
            code = ExitCode::failed;
        }
        if (!target.certificate) continue;
        if (target.certificate->pdf_error) {
            print_error(messages, messages.format(Msg::cert_pdf_failed, error_text(messages, *target.certificate->pdf_error)));
        }
        std::cout << (args.json ? protocol::encode(protocol::certificate_line(path, *target.certificate)) + "\n"
                                : certificate_text(*target.certificate, messages))
                  << std::flush;
    }
    return code;
}

// One stderr line per target that was not erased, and the exit code of the whole batch.
// The exceptions of a report in words, joined: what went wrong, as the report lists it.
std::string exception_words(const wipe::WipeReport& report, const Messages& messages) {
    std::vector<std::string> words;
    for (const std::string& code : report.exceptions) words.push_back(messages.exception(code));
    return joined(words);
}

ExitCode summarize(const jobs::WipeResult& result, const Messages& messages) {
    bool aborted = false;
    bool failed = false;
    for (const jobs::WipedTarget& target : result.targets) {
        const wipe::WipeReport& report = target.report;
        const std::string& label = report.device.path;
        switch (report.outcome) {
            case wipe::Outcome::erased: break;
            case wipe::Outcome::aborted:
                aborted = true;
                print_error(messages, messages.format(Msg::wipe_aborted, label));
                break;
            case wipe::Outcome::failed:
                failed = true;
                // Without an error (a read-back that found other bytes), the exceptions say why:
                // "wipe failed: failed" said nothing.
                print_error(messages, messages.format(Msg::wipe_failed, label,
                                                      report.error ? error_text(messages, *report.error)
                                                                   : exception_words(report, messages)));
                break;
            case wipe::Outcome::erased_with_exceptions:
                failed = true;
                print_error(messages, messages.format(Msg::wipe_exceptions, label, exception_words(report, messages)));
                break;
        }
    }
    if (!aborted) return failed ? ExitCode::failed : ExitCode::ok;
    // A kept checkpoint gets its own hint (--resume): a plain re-run would be refused.
    const bool resumable = std::any_of(result.targets.begin(), result.targets.end(),
                                       [](const jobs::WipedTarget& t) { return t.report.checkpoint_kept; });
    if (!resumable) print_hint(messages, messages.get(Msg::hint_wipe_again));
    return ExitCode::interrupted;
}

}  // namespace

ExitCode render_wipe(const jobs::WipeResult& result, const WipeArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    print_reports(result, args.json, messages);
    const ExitCode certified = print_certificates(result, args, messages);
    const ExitCode outcome = summarize(result, messages);
    for (const jobs::WipedTarget& target : result.targets) {
        if (target.report.checkpoint_kept) print_hint(messages, messages.format(Msg::wipe_resumable, target.report.device.path));
    }
    return outcome != ExitCode::ok ? outcome : certified;
}

}  // namespace sanitize::cli
