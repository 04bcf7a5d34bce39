// The station's one call into the wipe job, the same as `sanitize wipe` makes: the chosen disks,
// the site's method and verification, the checkpoints on the data partition (each disk resumed
// where one is saved), and certificates that name the PC, signed into the outbox.
#include "sanitize/jobs/wipe.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

// The job's observer: progress to the station's screen. The operator confirmed before the job
// (the PC's serial typed, or the PC on the admin's signed list), so the job's question is
// answered yes; the job still applies every safety rule to each disk as it is now.
class StationObserver final : public jobs::WipeObserver {
public:
    explicit StationObserver(const station::WipeObserver& screen) : screen_(screen) {}
    Result<void> confirm(const std::vector<device::DeviceInfo>& /*targets*/) override { return {}; }
    void progress(std::size_t target, const wipe::Progress& progress) override {
        if (screen_.on_progress) screen_.on_progress(target, progress);
    }
    void diagnostic(std::size_t target, const wipe::Diagnostic& diagnostic) override {
        if (screen_.on_diagnostic) screen_.on_diagnostic(target, diagnostic);
    }

private:
    const station::WipeObserver& screen_;
};

jobs::WipeRequest job_request(const DiskWipe& wipe, StationSigner& signer) {
    const Station& station = wipe.station;
    jobs::WipeRequest job;
    for (const device::DeviceInfo& disk : wipe.request.disks) job.targets.push_back({disk.path, wipe.request.asset_id});
    job.options.method = station.settings.method;
    job.options.verify = station.settings.verify;
    job.checkpoints = {.directory = station.data.path("checkpoints"), .resume = false, .discard = false,
                       .resume_where_saved = true};
    job.certification.signer = &signer.signer;
    job.certification.request.destination = wipe.request.destination;
    job.certification.request.department = station.settings.department;
    job.certification.request.computer = station.pc;
    job.certification.files = {.directory = wipe.evidence_dir, .pdf = true, .outbox = &signer.outbox};
    return job;
}

}  // namespace

Result<std::vector<DiskResult>> wipe_disks(const DiskWipe& wipe, StationSigner& signer, const WipeObserver& observer,
                                           std::stop_token stop) {
    StationObserver adapted(observer);
    Result<jobs::WipeResult> done = jobs::wipe_and_certify(job_request(wipe, signer), adapted, stop);
    if (!done) return done.error();
    std::vector<DiskResult> disks;
    for (jobs::WipedTarget& target : done->targets) {
        disks.push_back({std::move(target.report), std::move(target.certificate), std::move(target.certificate_error)});
    }
    return disks;
}

}  // namespace sanitize::station
