// purge_offer and purge_and_certify: what the drive offers is asked first (read-only), so that an
// unavailable method is explained before anyone confirms anything or unlocks a key; then the
// confirmation of a wipe, the drive's facts for the certificate, the purge and its certificate.
#include <functional>

#include "jobs/targets.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/purge.hpp"

namespace sanitize::jobs {
namespace {

Result<std::optional<cert::CertificateContext>> certificate_for(const PurgeRequest& request) {
    const Certification& certification = request.certification;
    if (certification.signer == nullptr) return std::optional<cert::CertificateContext>();
    CertificateRequest asked = certification.request;
    asked.asset_id = request.asset_id;
    Result<cert::CertificateContext> made =
        certificate_context(certification.signer->ledger, certification.signer->key.public_key(), asked);
    if (!made) return about_device(made.error(), request.target);
    return std::optional<cert::CertificateContext>(std::move(*made));
}

std::optional<purge::PurgeAvailability> offered(const std::vector<purge::PurgeAvailability>& methods,
                                               purge::PurgeMethod method) {
    for (const purge::PurgeAvailability& m : methods) {
        if (m.method == method) return m;
    }
    return std::nullopt;
}

purge::PurgeReport unavailable(const device::DeviceInfo& info, const purge::PurgeOptions& options, std::string reason) {
    purge::PurgeReport report;
    report.device = info;
    report.method = options.method;
    report.verify = options.verify;
    report.outcome = purge::PurgeOutcome::unavailable;
    report.detail = std::move(reason);
    return report;
}

// Sanitize, and a Format the controller applies to every namespace, erase the drive's other
// namespaces too: each of them must pass the safety rules that protect its data, as the target
// itself does (Reason::other_namespace_in_use, with each namespace's own refusal in `also`).
Result<void> check_namespace_scope(const device::DeviceInfo& info, device::CommandChannel* channel,
                                   purge::PurgeMethod method) {
    Result<std::vector<purge::NamespaceRefusal>> refusals = purge::namespace_refusals(info, channel, method);
    if (!refusals) return about_device(refusals.error(), info.path);
    if (refusals->empty()) return {};
    const std::string method_name(purge::purge_method_name(method));
    Error error = make_error(Errc::refused, Reason::other_namespace_in_use, "purge " + method_name);
    error.device = info.path;
    error.detail = method_name;
    for (const purge::NamespaceRefusal& other : *refusals) {
        device::DeviceInfo namespace_info;
        namespace_info.path = "/dev/" + other.kernel_name;
        error.also.push_back(detail::refusal_error(namespace_info, other.refusal));
    }
    return error;
}

// The target as inspected and the channel the purge goes through, opened writable as the purge
// opens it, so that what the target offers here is what the purge finds.
struct AskedTarget {
    PurgeOffer offer;
    std::unique_ptr<device::CommandChannel> channel;
};

Result<AskedTarget> ask_target(const std::string& target, const purge::PurgeOptions& options, MediaAccess& media,
                               const std::function<void(const device::DeviceInfo&)>& inspected) {
    const auto each = [&inspected](std::size_t, const device::DeviceInfo& info) { inspected(info); };
    Result<std::vector<device::DeviceInfo>> targets = detail::settle_targets(media, {target}, each);
    if (!targets) return targets.error();
    AskedTarget asked;
    asked.offer.target = targets->front();
    const device::DeviceInfo& info = asked.offer.target;
    // Loop devices and images have no channel and offer nothing.
    Result<std::unique_ptr<device::CommandChannel>> channel = media.command_channel(info, true);
    if (!channel) return about_device(channel.error(), info.path);
    asked.channel = std::move(*channel);
    if (Result<void> scope = check_namespace_scope(info, asked.channel.get(), options.method); !scope) return scope.error();
    asked.offer.methods = purge::purge_methods(info, asked.channel.get());
    const std::optional<purge::PurgeAvailability> method = offered(asked.offer.methods, options.method);
    if (!method || !method->available) {
        asked.offer.unavailable = unavailable(info, options, method ? method->reason : "not_supported");
    }
    return asked;
}

void certify(PurgeResult& result, std::optional<cert::CertificateContext> context, const Certification& certification) {
    if (!context) return;
    Signer& signer = *certification.signer;
    Result<CertifiedWipe> made = certify_purge(result.report, result.report.hidden_areas, result.report.smart, std::move(*context),
                                               signer.key, signer.ledger, certification.files);
    // A purge that sent nothing has no certificate: the outcome says what happened.
    if (!made && made.error().code == Errc::refused) return;
    if (made) {
        // A purged medium's asset moves on in the ledger as a wiped one's does.
        if (auto moved = record_erased_asset(signer.ledger, signer.key, made->issued.certificate); !moved) {
            result.certificate_error = about_device(moved.error(), result.report.device.path);
        }
        result.certificate = std::move(*made);
    } else {
        result.certificate_error = about_device(made.error(), result.report.device.path);
    }
}

}  // namespace

Result<purge::PurgeOptions> purge_options(std::string_view method, std::string_view verify) {
    const auto refused = [](Reason reason, std::string_view given, std::string context) {
        Error error = make_error(Errc::invalid_argument, reason, std::move(context));
        error.detail = std::string(given);
        return error;
    };
    const std::optional<purge::PurgeMethod> parsed = purge::parse_purge_method(method);
    if (!parsed) return refused(Reason::purge_method_spec, method, {});
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(std::string(verify));
    if (!plan) return refused(Reason::verify_spec, verify, plan.error().context);
    // A purge has no passes to read back the last of: `last` means nothing here.
    if (plan->mode == wipe::VerifyMode::last) return refused(Reason::verify_spec, verify, "last");
    return purge::PurgeOptions{.method = *parsed, .verify = *plan};
}

Result<PurgeOffer> purge_offer(const std::string& target, const purge::PurgeOptions& options, MediaAccess* media) {
    Result<AskedTarget> asked =
        ask_target(target, options, media != nullptr ? *media : system_media(), [](const device::DeviceInfo&) {});
    if (!asked) return asked.error();
    return std::move(asked->offer);
}

Result<PurgeResult> purge_and_certify(const PurgeRequest& request, PurgeObserver& observer, std::stop_token stop) {
    MediaAccess& media = request.media != nullptr ? *request.media : system_media();
    Result<std::optional<cert::CertificateContext>> context = certificate_for(request);
    if (!context) return context.error();
    Result<AskedTarget> asked = ask_target(request.target, request.options, media,
                                           [&observer](const device::DeviceInfo& info) { observer.inspected(info); });
    if (!asked) return asked.error();
    const device::DeviceInfo& info = asked->offer.target;
    device::CommandChannel* channel = asked->channel.get();
    PurgeResult result;
    result.methods = std::move(asked->offer.methods);
    if (asked->offer.unavailable) {
        result.report = std::move(*asked->offer.unavailable);
        return result;
    }
    if (Result<void> confirmed = observer.confirm(info); !confirmed) return confirmed.error();
    Result<std::unique_ptr<device::Device>> target = media.open(info, device::OpenOptions{});
    if (!target) return about_device(target.error(), info.path);
    // Read-only, before the purge: what the certificate says about hidden areas and health.
    std::optional<device::HiddenAreaReport> hidden_areas = device::probe_hidden_areas(info, channel);
    std::optional<device::SmartSummary> smart = device::read_smart(info, channel);
    purge::PurgeCallbacks callbacks;
    callbacks.on_progress = [&observer](const purge::PurgeProgress& progress) { observer.progress(progress); };
    result.report = purge::run_purge(**target, channel, request.options, callbacks, stop);
    result.report.hidden_areas = std::move(hidden_areas);
    result.report.smart = std::move(smart);
    certify(result, std::move(*context), request.certification);
    return result;
}

}  // namespace sanitize::jobs
