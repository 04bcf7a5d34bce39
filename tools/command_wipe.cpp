// `sanitize wipe TARGET...`: the command line into a request, the wipe job, its results printed.
// Every check, the order of the steps and the certificates are the job's (jobs/wipe.hpp).
#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "stdin_cancel.hpp"
#include "wipe_view.hpp"

namespace sanitize::cli {
namespace {

wipe::Generator generator_from(const std::string& name) {
    if (name == "aes") return wipe::Generator::aes256_ctr;
    if (name == "chacha20") return wipe::Generator::chacha20;
    return wipe::Generator::automatic;
}

Result<wipe::WipeOptions> wipe_options(const WipeArgs& args, const Context& context) {
    wipe::WipeOptions options;
    Result<wipe::Method> method = wipe::parse_method(args.method);
    if (!method) return spec_error(Reason::method_spec, args.method, method.error());
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(args.verify);
    if (!plan) return spec_error(Reason::verify_spec, args.verify, plan.error());
    options.method = std::move(*method);
    options.verify = *plan;
    options.blank = args.blank;
    options.generator = generator_from(args.generator);
    options.workers = args.workers;
    options.checkpoint_interval = std::chrono::milliseconds(args.checkpoint_interval_ms);
    options.throttle = std::chrono::microseconds(args.test_throttle_us);
    const Messages& messages = context.messages;
    context.diagnostics.info(messages.format(Msg::diag_options, options.method.name, options.method.passes.size(),
                                             messages.verify_plan(options.verify),
                                             messages.get(options.blank ? Msg::word_yes : Msg::word_no),
                                             args.generator, args.workers));
    return options;
}

Result<jobs::WipeRequest> wipe_request(const WipeArgs& args, const Context& context) {
    if (!args.assets.empty() && args.assets.size() != args.targets.size()) {
        return cli_error(Errc::invalid_argument, Reason::asset_count, std::to_string(args.assets.size()),
                         std::to_string(args.targets.size()));
    }
    Result<wipe::WipeOptions> options = wipe_options(args, context);
    if (!options) return options.error();
    Result<jobs::CertificateRequest> certificate = certificate_request(args);
    if (!certificate) return certificate.error();
    jobs::WipeRequest request;
    for (std::size_t i = 0; i < args.targets.size(); ++i) {
        request.targets.push_back({args.targets[i], args.assets.empty() ? std::string() : args.assets[i]});
    }
    request.options = std::move(*options);
    request.checkpoints = {paths_for(context, {}, {}, args.checkpoint_dir).checkpoint_dir.value, args.resume, args.discard_checkpoint};
    request.hidden_areas = {args.reset_hidden_areas, args.restore_dco};
    request.certification = {nullptr, std::move(*certificate), {.directory = args.cert_dir, .pdf = !args.no_pdf}};
    return request;
}

bool refused_by_checkpoint(const Error& error) {
    switch (error.reason) {
        case Reason::checkpoint_missing:
        case Reason::checkpoint_corrupt:
        case Reason::checkpoint_other_medium:
        case Reason::checkpoint_unusable:
        case Reason::checkpoint_exists: return true;
        default: return false;
    }
}

// A batch stops as a whole: when checkpoints refused some targets, the others must not look
// done, and the person learns which could go ahead alone.
void hint_batch_refused(const Error& error, const jobs::WipeRequest& request, const Context& context) {
    if (request.targets.size() < 2 || !refused_by_checkpoint(error)) return;
    std::vector<std::string> named{error.device};
    for (const Error& other : error.also) named.push_back(other.device);
    std::string ready;
    for (const jobs::WipeTarget& target : request.targets) {
        if (std::find(named.begin(), named.end(), target.path) != named.end()) continue;
        ready += (ready.empty() ? "" : " ") + target.path;
    }
    if (ready.empty()) return;
    print_hint(context.messages, context.messages.format(Msg::hint_batch_refused, request.targets.size(), ready));
}

// Each target's end in the system journal: what happened to it and which certificate says so.
void journal_wiped(const jobs::WipeResult& result, const Context& context) {
    for (const jobs::WipedTarget& target : result.targets) {
        context.log(JournalEvent::wipe_ended,
                    {{"target", target.report.device.path},
                     {"serial", target.report.device.serial},
                     {"outcome", std::string(wipe::to_string(target.report.outcome))},
                     {"certificate", target.certificate ? target.certificate->issued.certificate.certificate_id : "none"}});
    }
}

}  // namespace

Result<jobs::CertificateRequest> certificate_request(const WipeArgs& args) {
    std::optional<cert::Destination> destination = cert::parse_destination(args.destination);
    if (!destination) return cli_error(Errc::invalid_argument, Reason::destination_name, args.destination);
    jobs::CertificateRequest request;
    request.destination = *destination;
    request.destination_detail = args.destination_detail;
    request.customer = args.customer;
    request.comments = args.comments;
    request.department = args.department;
    request.location = args.location;
    return request;
}

ExitCode run_wipe(const WipeArgs& args, const Context& context) {
    Result<jobs::WipeRequest> request = wipe_request(args, context);
    if (!request) return fail(context, request.error());
    // The targets are refused before the key's passphrase is asked for (as purge does).
    if (Result<void> targets = jobs::check_wipe_targets(*request); !targets) return fail(context, targets.error());
    Result<std::optional<jobs::Signer>> signer = signer_if_ledger(args.ledger, args.no_ledger, args.signer, context);
    if (!signer) return fail(context, signer.error());
    // Not an error: wiping without a ledger is allowed, but the person should know.
    if (!*signer && !args.no_ledger) {
        print_hint(context.messages, std::string(context.messages.get(Msg::wipe_no_ledger)) + "; " +
                                         std::string(context.messages.get(Msg::hint_wipe_no_ledger)));
    }
    if (*signer) request->certification.signer = &**signer;
    std::optional<StdinCancel> stdin_cancel;  // --stdin-cancels: closing stdin stops as SIGTERM does
    if (args.stdin_cancels) stdin_cancel.emplace(context.stop);
    WipeView view(args, context, stdin_cancel ? &*stdin_cancel : nullptr);
    Result<jobs::WipeResult> result =
        jobs::wipe_and_certify(*request, view, stdin_cancel ? stdin_cancel->token() : context.stop);
    view.close();
    if (!result) {
        const ExitCode code = fail(context, result.error());
        hint_batch_refused(result.error(), *request, context);
        return code;
    }
    journal_wiped(*result, context);
    return render_wipe(*result, args, context);
}

}  // namespace sanitize::cli
