// `sanitize wipe TARGET...`: check every target, open them all, wipe in parallel, report.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <cstdlib>
#include <optional>

#include <nlohmann/json.hpp>

#include "command_support.hpp"
#include "commands.hpp"
#include "certificate_setup.hpp"
#include "hidden_reset_step.hpp"
#include "ledger_access.hpp"
#include "progress_json.hpp"
#include "progress_view.hpp"
#include "report_view.hpp"
#include "stdin_cancel.hpp"
#include "sanitize/jobs.hpp"
#include "sanitize/wipe.hpp"
#include "text_format.hpp"
#include "wipe_preflight.hpp"
#include "wipe_resume.hpp"

namespace sanitize::cli {

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : ", ") + word;
    return text;
}

wipe::Generator generator_from(const std::string& name) {
    if (name == "aes") return wipe::Generator::aes256_ctr;
    if (name == "chacha20") return wipe::Generator::chacha20;
    return wipe::Generator::automatic;
}

ExitCode build_options(const WipeArgs& args, const Context& context, wipe::WipeOptions& options) {
    const Messages& messages = context.messages;
    Result<wipe::Method> method = wipe::parse_method(args.method);
    if (!method) {
        print_error(messages, messages.format(Msg::bad_method, args.method, method.error().context));
        print_hint(messages, messages.format(Msg::hint_methods, joined(wipe::method_names())));
        return ExitCode::usage;
    }
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(args.verify);
    if (!plan) {
        print_error(messages, messages.format(Msg::bad_verify, args.verify, plan.error().context));
        print_hint(messages, messages.get(Msg::hint_verify));
        return ExitCode::usage;
    }
    options.method = std::move(*method);
    options.verify = *plan;
    options.blank = args.blank;
    options.generator = generator_from(args.generator);
    options.workers = args.workers;
    context.diagnostics.info(messages.format(Msg::diag_options, options.method.name, options.method.passes.size(),
                                             messages.verify_plan(options.verify),
                                             messages.get(options.blank ? Msg::word_yes : Msg::word_no),
                                             args.generator, args.workers));
    return ExitCode::ok;
}

ExitCode open_all(const std::vector<device::DeviceInfo>& targets, const Context& context,
                  std::vector<std::unique_ptr<device::Device>>& devices) {
    for (const device::DeviceInfo& info : targets) {
        Result<std::unique_ptr<device::Device>> opened = device::open(info, device::OpenOptions{});
        if (!opened) return report_error(context, opened.error(), info.path);
        devices.push_back(std::move(*opened));
    }
    return ExitCode::ok;
}

std::string diagnostic_text(const Messages& messages, const std::string& label, const wipe::Diagnostic& diagnostic) {
    switch (diagnostic.kind) {
        case wipe::Diagnostic::Kind::direct_io_fallback: return messages.format(Msg::diag_direct_io_fallback, label);
        case wipe::Diagnostic::Kind::bad_sector:
            return messages.format(Msg::diag_bad_sector, label, diagnostic.length, diagnostic.offset,
                                   system_error_text(diagnostic.sys_errno));
        case wipe::Diagnostic::Kind::retry_succeeded:
            return messages.format(Msg::diag_retry_succeeded, label, diagnostic.length, diagnostic.offset);
        case wipe::Diagnostic::Kind::cache_not_bypassed: return messages.format(Msg::diag_cache_not_bypassed, label);
    }
    return label;
}

// Sends --verbose lines through the progress view while it draws, and back to stderr after.
class DiagnosticsRoute {
public:
    DiagnosticsRoute(Diagnostics& diagnostics, ProgressView& view) : diagnostics_(diagnostics) {
        diagnostics_.route_to([&view](std::string_view line) { view.note(line); });
    }
    ~DiagnosticsRoute() { diagnostics_.route_to({}); }
    DiagnosticsRoute(const DiagnosticsRoute&) = delete;
    DiagnosticsRoute& operator=(const DiagnosticsRoute&) = delete;

private:
    Diagnostics& diagnostics_;
};

std::vector<wipe::WipeReport> wipe_with_progress(const std::vector<std::unique_ptr<device::Device>>& devices,
                                                 const std::vector<wipe::WipeOptions>& options, const Context& context,
                                                 bool json, bool json_progress, std::stop_token stop) {
    std::vector<device::Device*> targets;
    std::vector<std::string> labels;
    for (const auto& device : devices) {
        targets.push_back(device.get());
        labels.push_back(target_label(device->info()));
    }
    ProgressView view(std::cerr, context.messages, labels, progress_options_for_stderr(json));
    std::optional<JsonProgress> lines;
    if (json_progress) {
        std::vector<std::string> paths;
        for (const auto& device : devices) paths.push_back(device->info().path);
        lines.emplace(std::cout, std::move(paths));
    }
    std::vector<wipe::WipeReport> reports;
    {
        DiagnosticsRoute route(context.diagnostics, view);
        auto callbacks_for = [&](std::size_t i) {
            wipe::Callbacks callbacks;
            callbacks.on_progress = [&view, &lines, i](const wipe::Progress& progress) {
                view.update(i, progress);
                if (lines) lines->update(i, progress);
            };
            callbacks.on_diagnostic = [&context, label = labels[i]](const wipe::Diagnostic& diagnostic) {
                if (context.diagnostics.enabled()) context.diagnostics.info(diagnostic_text(context.messages, label, diagnostic));
            };
            return callbacks;
        };
        reports = jobs::wipe_in_parallel(targets, options, callbacks_for, stop);
        for (std::size_t i = 0; i < reports.size(); ++i) view.finish(i, context.messages.outcome(reports[i].outcome));
        view.close();
    }
    return reports;
}

void print_reports(const std::vector<wipe::WipeReport>& reports, bool json, const Messages& messages) {
    std::string out;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (json) {
            out += compact_json(wipe::to_json(reports[i])) + "\n";
        } else {
            out += (i == 0 ? "" : "\n") + render_wipe_report(reports[i], messages);
        }
    }
    std::cout << out << std::flush;
}

// One stderr line per target that was not erased, and the exit code of the whole batch.
ExitCode summarize(const std::vector<wipe::WipeReport>& reports, const Messages& messages) {
    bool aborted = false;
    bool failed = false;
    for (const wipe::WipeReport& report : reports) {
        const std::string& label = report.device.path;
        switch (report.outcome) {
            case wipe::Outcome::erased: break;
            case wipe::Outcome::aborted:
                aborted = true;
                print_error(messages, messages.format(Msg::wipe_aborted, label));
                break;
            case wipe::Outcome::failed:
                failed = true;
                print_error(messages, messages.format(Msg::wipe_failed, label,
                                                      report.error ? messages.error(*report.error, "")
                                                                   : std::string(messages.outcome(report.outcome))));
                break;
            case wipe::Outcome::erased_with_exceptions: {
                failed = true;
                std::vector<std::string> words;
                for (const std::string& code : report.exceptions) words.push_back(messages.exception(code));
                print_error(messages, messages.format(Msg::wipe_exceptions, label, joined(words)));
                break;
            }
        }
    }
    if (aborted) {
        // A kept checkpoint gets its own hint (--resume): a plain re-run would be refused.
        const bool resumable = std::any_of(reports.begin(), reports.end(),
                                           [](const wipe::WipeReport& r) { return r.checkpoint_kept; });
        if (!resumable) print_hint(messages, messages.get(Msg::hint_wipe_again));
        return ExitCode::interrupted;
    }
    return failed ? ExitCode::failed : ExitCode::ok;
}


std::string certificate_json(const std::string& target, const jobs::CertifiedWipe& certified) {
    nlohmann::json document = {
        {"certificate", {{"target", target},
                         {"certificate_id", certified.issued.certificate.certificate_id},
                         {"sha256", certified.issued.sha256_hex},
                         {"json", certified.files.json},
                         {"signature", certified.files.signature},
                         {"pdf", certified.files.pdf.empty() ? nlohmann::json(nullptr) : nlohmann::json(certified.files.pdf)},
                         {"ledger_seq", certified.issued.ledger_event ? nlohmann::json(certified.issued.ledger_event->seq)
                                                                      : nlohmann::json(nullptr)}}},
    };
    return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string certificate_text(const jobs::CertifiedWipe& certified, const Messages& messages) {
    std::string text = "\n" + messages.format(Msg::cert_written, certified.files.json) + "\n";
    const std::string seq = certified.issued.ledger_event ? std::to_string(certified.issued.ledger_event->seq) : "-";
    text += "  " + messages.format(Msg::cert_written_seq, certified.files.signature, seq, certified.files.json) + "\n";
    if (!certified.files.pdf.empty()) text += "  PDF: " + certified.files.pdf + "\n";
    return text;
}

// One certificate per report; a failure to certify does not undo the wipe, and is an error.
ExitCode certify_all(const std::vector<wipe::WipeReport>& reports, CertificateSetup& setup, const WipeArgs& args,
                     const Context& context) {
    const Messages& messages = context.messages;
    ExitCode result = ExitCode::ok;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        Result<jobs::CertifiedWipe> certified =
            jobs::certify_wipe(reports[i], setup.contexts[i], setup.key, setup.ledger,
                               jobs::CertifyOptions{.directory = args.cert_dir, .pdf = !args.no_pdf});
        if (!certified) {
            print_error(messages, messages.format(Msg::cert_not_issued, reports[i].device.path,
                                                  messages.error(certified.error(), args.cert_dir)));
            print_hint(messages, messages.get(Msg::hint_cert_not_issued));
            result = ExitCode::failed;
            continue;
        }
        if (certified->pdf_error) print_error(messages, messages.format(Msg::cert_pdf_failed, messages.error(*certified->pdf_error, "pdf")));
        std::cout << (args.json ? certificate_json(reports[i].device.path, *certified) : certificate_text(*certified, messages))
                  << std::flush;
    }
    return result;
}

}  // namespace

ExitCode run_wipe(const WipeArgs& args, const Context& context) {
    wipe::WipeOptions options;
    if (ExitCode code = build_options(args, context, options); code != ExitCode::ok) return code;
    Loaded<std::optional<CertificateSetup>> certificates = prepare_certificates(args, context);
    if (!certificates) return certificates.failure;
    std::vector<device::DeviceInfo> targets;
    if (ExitCode code = prepare_targets(args, context, targets); code != ExitCode::ok) return code;
    std::vector<wipe::WipeOptions> per_target;  // each with its checkpoint (wipe_resume.hpp)
    if (ExitCode code = checkpoint_options(args, context, targets, options, per_target); code != ExitCode::ok) return code;
    std::vector<std::optional<device::HiddenAreaReport>> hidden_resets;
    if (ExitCode code = reset_hidden_areas_of(args, context, targets, hidden_resets); code != ExitCode::ok) return code;
    std::vector<std::unique_ptr<device::Device>> devices;
    if (ExitCode code = open_all(targets, context, devices); code != ExitCode::ok) return code;
    if (context.stop.stop_requested()) {
        print_error(context.messages, context.messages.get(Msg::interrupted));
        print_hint(context.messages, context.messages.get(Msg::nothing_wiped));
        return ExitCode::interrupted;
    }
    std::optional<StdinCancel> stdin_cancel;  // --stdin-cancels: closing stdin stops as SIGTERM does
    if (args.stdin_cancels) stdin_cancel.emplace(context.stop);
    std::vector<wipe::WipeReport> reports = wipe_with_progress(devices, per_target, context, args.json, args.json_progress,
                                                               stdin_cancel ? stdin_cancel->token() : context.stop);
    record_hidden_resets(reports, hidden_resets);
    print_reports(reports, args.json, context.messages);
    ExitCode certified = ExitCode::ok;
    if (certificates.value->has_value()) certified = certify_all(reports, **certificates.value, args, context);
    ExitCode outcome = summarize(reports, context.messages);
    print_resume_hints(reports, context.messages);
    return outcome != ExitCode::ok ? outcome : certified;
}

}  // namespace sanitize::cli
