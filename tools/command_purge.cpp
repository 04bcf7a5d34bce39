// `sanitize purge DEVICE --method NAME`: a firmware purge (ATA SANITIZE / SECURITY ERASE, NVMe
// Sanitize / Format, SCSI SANITIZE, discards) with the same safety checks and confirmation as
// a wipe. What the target offers is shown when the method is not among it (loop devices and
// images offer nothing: exit 3, pointing to `sanitize wipe`), before the key's passphrase is
// asked. With a ledger, a purge that reached the drive gets a signed certificate as a wipe does
// (`erased` only when purged). The workflow is jobs::purge_offer then jobs::purge_and_certify;
// this file reads the options and shows what came of it.
#include <iostream>
#include <string>

#include "commands.hpp"
#include "confirm.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "report_view.hpp"
#include "sanitize/jobs/purge.hpp"
#include "sanitize/protocol.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

// The confirmation of a wipe, and the drive's progress polls as lines on stderr.
class PurgeView final : public jobs::PurgeObserver {
public:
    PurgeView(const PurgeArgs& args, const Context& context) : args_(args), context_(context) {}
    Result<void> confirm(const device::DeviceInfo& target) override {
        const std::vector<std::string> tokens = args_.confirm.empty() ? std::vector<std::string>{} : std::vector{args_.confirm};
        Result<void> confirmed = confirm_targets({target}, args_.yes, tokens, context_.messages, context_.stop);
        if (confirmed) {
            context_.log(JournalEvent::purge_started,
                         {{"target", target.path}, {"serial", target.serial}, {"method", args_.method}});
        }
        return confirmed;
    }
    void progress(const purge::PurgeProgress& p) override {
        if (args_.json) return;
        const Messages& messages = context_.messages;
        std::cerr << messages.format(Msg::purge_progress, args_.target, p.polls,
                                     p.percent ? fmt::format("{:.1f}", *p.percent) : std::string("?"))
                  << "\n";
    }

private:
    const PurgeArgs& args_;
    const Context& context_;
};

// The method is not offered: every method with its reason, then the way that always works.
ExitCode show_unavailable(const jobs::PurgeResult& result, bool json, const Messages& messages) {
    const purge::PurgeReport& report = result.report;
    if (json) std::cout << protocol::encode(protocol::PurgeUnavailable{report, result.methods}) << "\n" << std::flush;
    print_error(messages, messages.format(Msg::purge_unavailable, report.device.path, purge::purge_method_name(report.method),
                                          messages.drive_reason(report.detail)));
    if (!json) {
        for (const auto& m : result.methods) {
            std::cerr << messages.format(Msg::purge_method_line, purge::purge_method_name(m.method),
                                         m.available ? std::string(messages.get(Msg::purge_offered)) : messages.drive_reason(m.reason))
                      << "\n";
        }
    }
    print_hint(messages, messages.format(Msg::hint_purge_use_wipe, report.device.path));
    return ExitCode::refused;
}

ExitCode conclude(const purge::PurgeReport& report, const std::string& method, const Messages& messages) {
    const std::string reason = messages.drive_reason(report.detail);
    switch (report.outcome) {
        case purge::PurgeOutcome::purged:
            std::cerr << messages.format(Msg::purge_done, report.device.path, method) << "\n";
            return ExitCode::ok;
        case purge::PurgeOutcome::aborted: print_error(messages, messages.get(Msg::interrupted)); return ExitCode::interrupted;
        case purge::PurgeOutcome::refused:
        case purge::PurgeOutcome::unavailable:
            print_error(messages, messages.format(Msg::purge_refused, report.device.path, method, reason));
            if (report.detail == "security_frozen" || report.detail == "sanitize_frozen") {
                print_hint(messages, messages.get(Msg::hint_security_frozen));
            }
            return ExitCode::refused;
        case purge::PurgeOutcome::completed_unverified:
            print_error(messages, messages.format(Msg::purge_unverified, report.device.path, method, reason));
            return ExitCode::failed;
        case purge::PurgeOutcome::failed: break;
    }
    print_error(messages, messages.format(Msg::purge_failed, report.device.path, method, reason));
    print_hint(messages, messages.format(Msg::hint_purge_use_wipe, report.device.path));
    return ExitCode::failed;
}

// The certificate line, as `wipe` prints it; a failure to certify is an error of its own.
ExitCode print_certificate(const jobs::PurgeResult& result, const PurgeArgs& args, const Messages& messages) {
    if (result.certificate_error) {
        print_error(messages, messages.format(Msg::cert_not_issued, result.report.device.path,
                                              error_text(messages, *result.certificate_error)));
        print_hint(messages, messages.get(Msg::hint_cert_not_issued));
        return ExitCode::failed;
    }
    if (!result.certificate) return ExitCode::ok;
    const jobs::CertifiedWipe& certified = *result.certificate;
    if (certified.pdf_error) print_error(messages, messages.format(Msg::cert_pdf_failed, error_text(messages, *certified.pdf_error)));
    const jobs::CertificateFiles& files = certified.files;
    const auto& event = certified.issued.ledger_event;
    if (args.json) {
        std::cout << protocol::encode(protocol::certificate_line(result.report.device.path, certified)) << "\n" << std::flush;
        return ExitCode::ok;
    }
    std::cout << "\n" << messages.format(Msg::cert_written, files.json) << "\n  "
              << messages.format(Msg::cert_written_seq, files.signature, event ? std::to_string(event->seq) : "-", files.json)
              << "\n";
    if (!files.pdf.empty()) std::cout << "  PDF: " << files.pdf << "\n";
    std::cout << std::flush;
    return ExitCode::ok;
}

// The purge's end in the system journal: what the drive did and which certificate says so.
void journal_purged(const jobs::PurgeResult& result, const Context& context) {
    context.log(JournalEvent::purge_ended,
                {{"target", result.report.device.path},
                 {"serial", result.report.device.serial},
                 {"outcome", std::string(purge::to_string(result.report.outcome))},
                 {"certificate", result.certificate ? result.certificate->issued.certificate.certificate_id : "none"}});
}

}  // namespace

ExitCode run_purge(const PurgeArgs& args, const Context& context) {
    Result<purge::PurgeOptions> options = jobs::purge_options(args.method, args.verify);
    if (!options) return fail(context, options.error());
    const WipeArgs& certificate = args.certificate;
    if (certificate.assets.size() > 1) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::asset_count, std::to_string(certificate.assets.size()), "1"));
    }
    Result<jobs::CertificateRequest> says = certificate_request(certificate);
    if (!says) return fail(context, says.error());
    // A method the target does not offer is refused before the key's passphrase is asked.
    Result<jobs::PurgeOffer> offer = jobs::purge_offer(args.target, *options);
    if (!offer) return fail(context, offer.error());
    if (offer->unavailable) {
        jobs::PurgeResult refused;
        refused.report = std::move(*offer->unavailable);
        refused.methods = std::move(offer->methods);
        journal_purged(refused, context);
        return show_unavailable(refused, args.json, context.messages);
    }
    Result<std::optional<jobs::Signer>> signer = signer_if_ledger(certificate.ledger, certificate.no_ledger, certificate.signer, context);
    if (!signer) return fail(context, signer.error());
    jobs::PurgeRequest request;
    request.target = args.target;
    request.asset_id = certificate.assets.empty() ? std::string() : certificate.assets.front();
    request.options = *options;
    request.certification.signer = *signer ? &**signer : nullptr;
    request.certification.request = std::move(*says);
    request.certification.files = {.directory = certificate.cert_dir, .pdf = !certificate.no_pdf};
    PurgeView view(args, context);
    Result<jobs::PurgeResult> result = jobs::purge_and_certify(request, view, context.stop);
    if (!result) return fail(context, result.error());
    journal_purged(*result, context);
    if (result->report.outcome == purge::PurgeOutcome::unavailable && result->report.commands_sent.empty()) {
        return show_unavailable(*result, args.json, context.messages);
    }
    const std::string method(purge::purge_method_name(result->report.method));
    if (args.json) {
        std::cout << protocol::encode(result->report) << "\n" << std::flush;
    } else {
        std::cout << render_purge_report(result->report, method, context.messages) << std::flush;
    }
    const ExitCode certified = print_certificate(*result, args, context.messages);
    const ExitCode concluded = conclude(result->report, method, context.messages);
    return concluded != ExitCode::ok ? concluded : certified;
}

}  // namespace sanitize::cli
