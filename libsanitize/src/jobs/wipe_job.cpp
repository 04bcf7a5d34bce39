// wipe_and_certify: the order is the policy. Nothing is written before every target of the
// batch passed every check; every target that was written gets its report, and with a signer
// its certificate, whatever happened to the others.
#include <memory>
#include <thread>

#include "jobs/reset_hidden.hpp"
#include "jobs/targets.hpp"
#include "jobs/wipe_checkpoint.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/wipe.hpp"

namespace sanitize::jobs {
namespace {

// The certificate of each target, checked before anything is touched: a wrong key or an
// unknown asset must stop the job while the data is still there.
Result<std::vector<cert::CertificateContext>> certificate_contexts(const WipeRequest& request) {
    std::vector<cert::CertificateContext> contexts;
    const Certification& certification = request.certification;
    if (certification.signer == nullptr) return contexts;
    Signer& signer = *certification.signer;
    for (const WipeTarget& target : request.targets) {
        CertificateRequest asked = certification.request;
        asked.asset_id = target.asset_id;
        Result<cert::CertificateContext> made = certificate_context(signer.ledger, signer.key.public_key(), asked);
        if (!made) return about_device(made.error(), target.path);
        contexts.push_back(std::move(*made));
    }
    return contexts;
}

// Restores the hidden areas where asked, then reads what the certificate says of the drive:
// hidden areas and health, once, before the first write.
Result<void> read_drives(const WipeRequest& request, MediaAccess& media, std::vector<device::DeviceInfo>& targets,
                         std::vector<wipe::WipeOptions>& options, WipeObserver& observer) {
    const device::HiddenResetOptions reset{.restore_dco = request.hidden_areas.restore_dco};
    for (std::size_t i = 0; i < targets.size(); ++i) {
        std::optional<device::HiddenAreaReport> restored;
        if (request.hidden_areas.reset) {
            Result<device::HiddenResetReport> report = detail::reset_hidden_areas(media, targets[i], reset);
            if (!report) return report.error();
            observer.hidden_areas_reset(i, targets[i], *report);
            // The reset's record holds the state before, the commands and the probe after it.
            if (report->outcome == device::HiddenResetOutcome::reset) restored = std::move(report->areas);
        }
        DriveFacts facts = read_drive_facts(media, targets[i], !restored);
        options[i].hidden_areas = restored ? std::move(*restored) : std::move(facts.hidden_areas);
        options[i].smart = std::move(facts.smart);
    }
    return {};
}

Result<std::vector<std::unique_ptr<device::Device>>> open_all(MediaAccess& media,
                                                              const std::vector<device::DeviceInfo>& targets) {
    std::vector<std::unique_ptr<device::Device>> devices;
    for (const device::DeviceInfo& info : targets) {
        Result<std::unique_ptr<device::Device>> opened = media.open(info, device::OpenOptions{});
        if (!opened) return about_device(opened.error(), info.path);
        devices.push_back(std::move(*opened));
    }
    return devices;
}

// Every target on its own thread; the observer hears each one's progress from that thread.
std::vector<wipe::WipeReport> wipe_in_parallel(const std::vector<std::unique_ptr<device::Device>>& devices,
                                               const std::vector<wipe::WipeOptions>& options, WipeObserver& observer,
                                               std::stop_token stop) {
    std::vector<wipe::WipeReport> reports(devices.size());
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < devices.size(); ++i) {
            threads.emplace_back([&, i] {
                const wipe::Callbacks callbacks{
                    [&observer, i](const wipe::Progress& progress) { observer.progress(i, progress); },
                    [&observer, i](const wipe::Diagnostic& diagnostic) { observer.diagnostic(i, diagnostic); }};
                reports[i] = wipe::run_wipe(*devices[i], options[i], callbacks, stop);
                observer.wiped(i, reports[i]);
            });
        }
    }  // joins every wipe before the reports are handed out
    return reports;
}

// One certificate per report; a failure to certify one does not undo any wipe.
WipeResult certify_all(std::vector<wipe::WipeReport> reports, std::vector<cert::CertificateContext>& contexts,
                       const Certification& certification) {
    WipeResult result;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        WipedTarget target{std::move(reports[i]), std::nullopt, std::nullopt};
        if (certification.signer != nullptr) {
            Signer& signer = *certification.signer;
            Result<CertifiedWipe> made =
                certify_wipe(target.report, std::move(contexts[i]), signer.key, signer.ledger, certification.files);
            if (made) {
                // The erased medium's asset moves on in the ledger (not from a station's outbox,
                // whose ledger is a copy); a failure leaves the certificate as valid as it is.
                if (certification.files.outbox == nullptr) {
                    auto moved = record_erased_asset(signer.ledger, signer.key, made->issued.certificate);
                    if (!moved) target.certificate_error = moved.error();
                }
                target.certificate = std::move(*made);
            } else {
                target.certificate_error = made.error();
            }
        }
        result.targets.push_back(std::move(target));
    }
    return result;
}

std::vector<std::string> paths_of(const std::vector<WipeTarget>& targets) {
    std::vector<std::string> paths;
    for (const WipeTarget& target : targets) paths.push_back(target.path);
    return paths;
}

}  // namespace

Result<void> check_wipe_targets(const WipeRequest& request) {
    if (request.targets.empty()) return make_error(Errc::invalid_argument, "no target");
    MediaAccess& media = request.media != nullptr ? *request.media : system_media();
    Result<std::vector<device::DeviceInfo>> targets =
        detail::settle_targets(media, paths_of(request.targets), [](std::size_t, const device::DeviceInfo&) {});
    if (!targets) return targets.error();
    return {};
}

Result<WipeResult> wipe_and_certify(const WipeRequest& request, WipeObserver& observer, std::stop_token stop) {
    if (request.targets.empty()) return make_error(Errc::invalid_argument, "no target");
    MediaAccess& media = request.media != nullptr ? *request.media : system_media();
    Result<std::vector<cert::CertificateContext>> contexts = certificate_contexts(request);
    if (!contexts) return contexts.error();
    const auto inspected = [&observer](std::size_t i, const device::DeviceInfo& info) { observer.inspected(i, info); };
    Result<std::vector<device::DeviceInfo>> targets = detail::settle_targets(media, paths_of(request.targets), inspected);
    if (!targets) return targets.error();
    if (Result<void> confirmed = observer.confirm(*targets); !confirmed) return confirmed.error();
    Result<std::vector<wipe::WipeOptions>> options = detail::checkpointed_options(*targets, request.options, request.checkpoints);
    if (!options) return options.error();
    if (Result<void> read = read_drives(request, media, *targets, *options, observer); !read) return read.error();
    Result<std::vector<std::unique_ptr<device::Device>>> devices = open_all(media, *targets);
    if (!devices) return devices.error();
    if (stop.stop_requested()) return make_error(Errc::cancelled, Reason::stopped_before_writing, "wipe");
    observer.writing(*targets);
    std::vector<wipe::WipeReport> reports = wipe_in_parallel(*devices, *options, observer, stop);
    return certify_all(std::move(reports), *contexts, request.certification);
}

}  // namespace sanitize::jobs
