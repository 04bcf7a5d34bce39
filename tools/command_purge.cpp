// `sanitize purge DEVICE --method NAME`: a firmware purge (ATA SANITIZE / SECURITY ERASE, NVMe
// Sanitize / Format, SCSI SANITIZE, discards) with the same safety checks and confirmation as
// a wipe. What the target offers is shown when the method is not among it (loop devices and
// images offer nothing: exit 3, pointing to `sanitize wipe`). With a ledger, a purge that reached
// the drive gets a signed certificate as a wipe does (`erased` only when purged).
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app_purge.hpp"
#include "command_support.hpp"
#include "certificate_setup.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "sanitize/jobs.hpp"
#include "sanitize/purge.hpp"
#include "text_format.hpp"
#include "wipe_preflight.hpp"

namespace sanitize::cli {
namespace {

std::string method_list() {
    std::string names;
    for (wipe::PurgeMethod m : wipe::all_purge_methods()) names += (names.empty() ? "" : ", ") + std::string(wipe::purge_method_name(m));
    return names;
}

ExitCode parse_options(const PurgeArgs& args, const Context& context, wipe::PurgeOptions& options) {
    const Messages& messages = context.messages;
    const std::optional<wipe::PurgeMethod> method = wipe::parse_purge_method(args.method);
    if (!method) {
        print_error(messages, messages.format(Msg::purge_bad_method, args.method));
        print_hint(messages, messages.format(Msg::hint_purge_methods, method_list()));
        return ExitCode::usage;
    }
    options.method = *method;
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(args.verify);
    if (!plan || plan->mode == wipe::VerifyMode::last) {
        print_error(messages, messages.format(Msg::bad_verify, args.verify, plan ? "last" : plan.error().context));
        print_hint(messages, messages.get(Msg::hint_purge_verify));
        return ExitCode::usage;
    }
    options.verify = *plan;
    return ExitCode::ok;
}

// The method is not offered: every method with its reason, then the way that always works.
ExitCode show_unavailable(const device::DeviceInfo& info, const wipe::PurgeOptions& options,
                          const std::vector<wipe::PurgeAvailability>& methods, const Context& context, bool json) {
    const Messages& messages = context.messages;
    std::string reason;
    for (const auto& m : methods) {
        if (m.method == options.method) reason = m.reason;
    }
    if (json) {
        const nlohmann::ordered_json document = {{"device", nlohmann::json::parse(device::to_json(info))},
                                                 {"method", wipe::purge_method_name(options.method)},
                                                 {"outcome", "unavailable"},
                                                 {"detail", reason},
                                                 {"methods", nlohmann::json::parse(wipe::to_json(methods))}};
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
    }
    print_error(messages, messages.format(Msg::purge_unavailable, info.path, wipe::purge_method_name(options.method),
                                          purge_reason_text(messages, reason)));
    if (!json) {
        for (const auto& m : methods) {
            std::cerr << messages.format(Msg::purge_method_line, wipe::purge_method_name(m.method),
                                         m.available ? std::string(messages.get(Msg::purge_offered))
                                                     : purge_reason_text(messages, m.reason))
                      << "\n";
        }
    }
    print_hint(messages, messages.format(Msg::hint_purge_use_wipe, info.path));
    return ExitCode::refused;
}

ExitCode conclude(const wipe::PurgeReport& report, const Context& context) {
    const Messages& messages = context.messages;
    const std::string method(wipe::purge_method_name(report.method));
    const std::string reason = purge_reason_text(messages, report.detail);
    switch (report.outcome) {
        case wipe::PurgeOutcome::purged:
            std::cerr << messages.format(Msg::purge_done, report.device.path, method) << "\n";
            return ExitCode::ok;
        case wipe::PurgeOutcome::aborted: print_error(messages, messages.get(Msg::interrupted)); return ExitCode::interrupted;
        case wipe::PurgeOutcome::refused:
        case wipe::PurgeOutcome::unavailable:
            print_error(messages, messages.format(Msg::purge_refused, report.device.path, method, reason));
            if (report.detail == "security_frozen" || report.detail == "sanitize_frozen") {
                print_hint(messages, messages.get(Msg::hint_security_frozen));
            }
            return ExitCode::refused;
        case wipe::PurgeOutcome::completed_unverified:
            print_error(messages, messages.format(Msg::purge_unverified, report.device.path, method, reason));
            return ExitCode::failed;
        case wipe::PurgeOutcome::failed: break;
    }
    print_error(messages, messages.format(Msg::purge_failed, report.device.path, method, reason));
    print_hint(messages, messages.format(Msg::hint_purge_use_wipe, report.device.path));
    return ExitCode::failed;
}

// Sanitize, and a Format the controller applies to every namespace, erase the drive's other
// namespaces too: each of them must pass the safety rules, as the target itself does.
ExitCode check_namespace_scope(const device::DeviceInfo& info, device::CommandChannel* channel,
                               const wipe::PurgeOptions& options, const Context& context, bool json) {
    Result<std::vector<wipe::NamespaceRefusal>> refusals = wipe::namespace_refusals(info, channel, options.method);
    if (!refusals) return report_error(context, refusals.error(), info.path);
    if (refusals->empty()) return ExitCode::ok;
    const Messages& messages = context.messages;
    nlohmann::json namespaces = nlohmann::json::array();
    for (const wipe::NamespaceRefusal& r : *refusals) {
        device::DeviceInfo other;
        other.path = "/dev/" + r.kernel_name;
        print_error(messages, messages.refusal(other, r.refusal));
        namespaces.push_back({{"kernel_name", r.kernel_name}, {"detail", r.refusal.detail}});
    }
    const std::string method(wipe::purge_method_name(options.method));
    if (json) {
        const nlohmann::ordered_json document = {{"device", nlohmann::json::parse(device::to_json(info))},
                                                 {"method", method},
                                                 {"outcome", "refused"},
                                                 {"detail", "other_namespace_in_use"},
                                                 {"namespaces", namespaces}};
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
    }
    print_error(messages, messages.format(Msg::purge_refused, info.path, method,
                                          purge_reason_text(messages, "other_namespace_in_use")));
    print_hint(messages, messages.format(Msg::hint_purge_namespace_scope, info.path));
    return ExitCode::refused;
}

std::string messages_progress(const Messages& messages, const std::string& label, const wipe::PurgeProgress& p) {
    return p.percent ? messages.format(Msg::purge_progress, label, p.polls, fmt::format("{:.1f}", *p.percent))
                     : messages.format(Msg::purge_progress, label, p.polls, "?");
}

wipe::PurgeReport purge(device::Device& target, device::CommandChannel& channel, const wipe::PurgeOptions& options,
                        const Context& context, bool json) {
    wipe::PurgeCallbacks callbacks;
    const std::string label = target_label(target.info());
    if (!json) {
        callbacks.on_progress = [&](const wipe::PurgeProgress& p) {
            std::cerr << messages_progress(context.messages, label, p) << "\n";
        };
    }
    return wipe::run_purge(target, &channel, options, callbacks, context.stop);
}

// A purge that sent nothing has no certificate (Errc::refused from the job): not an error here,
// the outcome's own message says what happened.
ExitCode certify(const wipe::PurgeReport& report, const std::optional<device::HiddenAreaReport>& hidden,
                 const std::optional<device::SmartSummary>& smart, CertificateSetup& setup, const PurgeArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const WipeArgs& options = args.certificate;
    Result<jobs::CertifiedWipe> certified =
        jobs::certify_purge(report, hidden, smart, setup.contexts.front(), setup.key, setup.ledger,
                            jobs::CertifyOptions{.directory = options.cert_dir, .pdf = !options.no_pdf});
    if (!certified && certified.error().code == Errc::refused) return ExitCode::ok;
    if (!certified) {
        print_error(messages, messages.format(Msg::cert_not_issued, report.device.path,
                                              messages.error(certified.error(), options.cert_dir)));
        print_hint(messages, messages.get(Msg::hint_cert_not_issued));
        return ExitCode::failed;
    }
    if (certified->pdf_error) print_error(messages, messages.format(Msg::cert_pdf_failed, messages.error(*certified->pdf_error, "pdf")));
    const jobs::CertificateFiles& files = certified->files;
    const auto& event = certified->issued.ledger_event;
    if (args.json) {
        const nlohmann::json document = {
            {"certificate", {{"target", report.device.path},
                             {"certificate_id", certified->issued.certificate.certificate_id},
                             {"sha256", certified->issued.sha256_hex},
                             {"json", files.json},
                             {"signature", files.signature},
                             {"pdf", files.pdf.empty() ? nlohmann::json(nullptr) : nlohmann::json(files.pdf)},
                             {"ledger_seq", event ? nlohmann::json(event->seq) : nlohmann::json(nullptr)}}}};
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
        return ExitCode::ok;
    }
    std::cout << "\n" << messages.format(Msg::cert_written, files.json) << "\n  "
              << messages.format(Msg::cert_written_seq, files.signature, event ? std::to_string(event->seq) : "-", files.json)
              << "\n";
    if (!files.pdf.empty()) std::cout << "  PDF: " << files.pdf << "\n";
    std::cout << std::flush;
    return ExitCode::ok;
}

}  // namespace

ExitCode run_purge(const PurgeArgs& args, const Context& context) {
    wipe::PurgeOptions options;
    if (ExitCode code = parse_options(args, context, options); code != ExitCode::ok) return code;
    // The wipe's certificate preparation, for the one target a purge has (at most one --asset).
    WipeArgs certificate_args = args.certificate;
    certificate_args.targets = {args.target};
    Loaded<std::optional<CertificateSetup>> certificate = prepare_certificates(certificate_args, context);
    if (!certificate) return certificate.failure;
    device::DeviceInfo info;
    if (ExitCode code = inspect_target(args.target, context, info); code != ExitCode::ok) return code;
    // Asking what the drive offers sends read-only commands only; loop devices and images get none.
    std::unique_ptr<device::CommandChannel> channel;
    if (device::command_route(info).path != device::CommandPath::none) {
        Result<std::unique_ptr<device::CommandChannel>> opened = device::open_command_channel(info, true);
        if (!opened) return report_error(context, opened.error(), info.path);
        channel = std::move(*opened);
    }
    if (ExitCode code = check_namespace_scope(info, channel.get(), options, context, args.json); code != ExitCode::ok) {
        return code;
    }
    const std::vector<wipe::PurgeAvailability> methods = wipe::purge_methods(info, channel.get());
    for (const auto& m : methods) {
        if (m.method == options.method && !m.available) return show_unavailable(info, options, methods, context, args.json);
    }
    WipeArgs preflight;
    preflight.targets = {args.target};
    preflight.yes = args.yes;
    if (!args.confirm.empty()) preflight.confirm = {args.confirm};
    std::vector<device::DeviceInfo> targets;
    if (ExitCode code = prepare_targets(preflight, context, targets); code != ExitCode::ok) return code;
    Result<std::unique_ptr<device::Device>> target = device::open(targets.front(), {});
    if (!target) return report_error(context, target.error(), info.path);
    // Read-only, before the purge: what the certificate says about hidden areas and health.
    const std::optional<device::HiddenAreaReport> hidden = device::probe_hidden_areas(info, channel.get());
    const std::optional<device::SmartSummary> smart = device::read_smart(info, channel.get());
    const wipe::PurgeReport report = purge(**target, *channel, options, context, args.json);
    if (args.json) std::cout << compact_json(wipe::to_json(report)) << "\n" << std::flush;
    const ExitCode certified = certificate.value->has_value()
                                   ? certify(report, hidden, smart, **certificate.value, args, context)
                                   : ExitCode::ok;
    const ExitCode concluded = conclude(report, context);
    return concluded != ExitCode::ok ? concluded : certified;
}

}  // namespace sanitize::cli
