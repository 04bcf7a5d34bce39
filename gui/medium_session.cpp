#include "medium_session.hpp"

#include "sanitize/jobs/confirmation.hpp"
#include "sanitize/jobs/signer.hpp"
#include "wipe_session.hpp"

namespace sanitize::gui {
namespace {

// The check's progress for the page.
class CheckObserver final : public jobs::VerifyMediaObserver {
public:
    explicit CheckObserver(const CheckProgressSink& progress) : progress_(progress) {}
    void progress(const wipe::Progress& progress) override {
        if (progress_) progress_(progress);
    }

private:
    const CheckProgressSink& progress_;
};

// The confirmation the dialog took, checked against the target as the job inspected it (a
// medium swapped since is refused), and the drive's progress polls.
class PurgeSessionObserver final : public jobs::PurgeObserver {
public:
    PurgeSessionObserver(const PurgeSessionRequest& request, const PurgeProgressSink& progress)
        : typed_(device::confirmation_token(request.target)), progress_(progress) {}
    Result<void> confirm(const device::DeviceInfo& target) override { return jobs::check_confirmations({target}, {typed_}); }
    void progress(const purge::PurgeProgress& progress) override {
        if (progress_) progress_(progress);
    }

private:
    std::string typed_;
    const PurgeProgressSink& progress_;
};

}  // namespace

Result<MediumCheckRequest> medium_check_request(const device::DeviceInfo& target, const std::string& expect,
                                                const std::string& sample) {
    Result<wipe::MediaCheckOptions> options = jobs::media_check_options(expect, sample);
    if (!options) return options.error();
    return MediumCheckRequest{target, expect, sample, std::move(*options), nullptr};
}

MediumCheckResult run_medium_check(const MediumCheckRequest& request, const CheckProgressSink& progress, std::stop_token stop) {
    MediumCheckResult result;
    CheckObserver observer(progress);
    Result<wipe::MediaCheckReport> report = jobs::verify_media({request.target.path, request.options, request.media}, observer, stop);
    if (!report) {
        result.error = report.error();
    } else {
        result.report = std::move(*report);
    }
    return result;
}

std::optional<PurgeSessionResult> purge_refused_up_front(const PurgeSessionRequest& request) {
    Result<jobs::PurgeOffer> offer = jobs::purge_offer(request.target.path, request.options, request.media);
    PurgeSessionResult refused;
    if (!offer) {
        refused.error = offer.error();
        return refused;
    }
    if (!offer->unavailable) return std::nullopt;
    jobs::PurgeResult unavailable;
    unavailable.report = std::move(*offer->unavailable);
    unavailable.methods = std::move(offer->methods);
    refused.result = std::move(unavailable);
    return refused;
}

PurgeSessionResult run_purge_session(const PurgeSessionRequest& request, std::optional<SecretBuffer> passphrase,
                                     const PurgeProgressSink& progress, std::stop_token stop) {
    PurgeSessionResult result;
    jobs::PurgeRequest job;
    job.target = request.target.path;
    job.asset_id = request.asset;
    job.options = request.options;
    job.certification = {nullptr, request.certificate, {.directory = request.certificate_dir, .pdf = true}};
    job.media = request.media;
    Result<std::optional<jobs::Signer>> signer = open_signer_if_ledger(request.ledger, request.key_file, std::move(passphrase));
    if (!signer) {
        result.error = signer.error();
        return result;
    }
    if (*signer) job.certification.signer = &**signer;
    PurgeSessionObserver observer(request, progress);
    Result<jobs::PurgeResult> purged = jobs::purge_and_certify(job, observer, stop);
    if (!purged) {
        result.error = purged.error();
    } else {
        result.result = std::move(*purged);
    }
    return result;
}

}  // namespace sanitize::gui
