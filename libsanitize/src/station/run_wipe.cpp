// The station's one call into the wipe job, as `sanitize wipe` makes it: each disk's checkpoint
// (resumed when one is there), the devices opened, jobs::wipe_in_parallel, then one certificate
// per disk through jobs::certify_wipe. When the workflows move into one job with a request, an
// observer and a result (issue 13), this file is what changes.
#include <memory>

#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

// The options of one disk: its checkpoint resumed when there is one (power lost mid-wipe on an
// earlier boot), a new wipe otherwise.
Result<wipe::WipeOptions> options_for(const device::DeviceInfo& disk, const WipeRequest& request, bool& resumed) {
    jobs::CheckpointRequest checkpoint{.directory = request.checkpoint_dir, .resume = true, .discard = false};
    Result<wipe::WipeOptions> resuming = jobs::checkpointed_options(disk, request.options, checkpoint);
    resumed = resuming.has_value();
    if (resuming || resuming.error().code != Errc::not_found) return resuming;
    checkpoint.resume = false;
    return jobs::checkpointed_options(disk, request.options, checkpoint);
}

// Opens one disk for the wipe after the safety rules were applied again to it as it is now.
Result<std::unique_ptr<device::Device>> open_disk(const device::DeviceInfo& chosen) {
    Result<device::DeviceInfo> now = device::inspect(chosen.path);
    if (!now) return now.error();
    if (const auto refusals = device::refusals(*now); !refusals.empty()) {
        return make_error(Errc::refused, chosen.path + ": " + refusals.front().detail);
    }
    return device::open(*now, device::OpenOptions{});
}

void certify(DiskResult& result, const WipeRequest& request, const keys::SecretKey& key, ledger::Ledger& ledger) {
    cert::CertificateContext context = request.context;
    context.resumed = result.resumed;
    Result<jobs::CertifiedWipe> certified =
        jobs::certify_wipe(*result.report, std::move(context), key, ledger,
                           jobs::CertifyOptions{.directory = request.evidence_dir, .pdf = true});
    if (certified) {
        result.certificate = std::move(*certified);
    } else {
        result.certify_error = certified.error();
    }
}

}  // namespace

std::vector<DiskResult> wipe_disks(const WipeRequest& request, const keys::SecretKey& operator_key,
                                   ledger::Ledger& ledger, const WipeObserver& observer, std::stop_token stop) {
    std::vector<DiskResult> results(request.disks.size());
    std::vector<std::unique_ptr<device::Device>> devices;
    std::vector<device::Device*> targets;
    std::vector<wipe::WipeOptions> options;
    std::vector<std::size_t> index_of;  // target i is disk index_of[i]
    for (std::size_t i = 0; i < request.disks.size(); ++i) {
        DiskResult& result = results[i];
        result.disk = request.disks[i];
        Result<wipe::WipeOptions> disk_options = options_for(result.disk, request, result.resumed);
        if (!disk_options) {
            result.start_error = disk_options.error();
            continue;
        }
        Result<std::unique_ptr<device::Device>> opened = open_disk(result.disk);
        if (!opened) {
            result.start_error = opened.error();
            continue;
        }
        devices.push_back(std::move(*opened));
        targets.push_back(devices.back().get());
        options.push_back(std::move(*disk_options));
        index_of.push_back(i);
    }
    auto callbacks_for = [&](std::size_t target) {
        const std::size_t disk = index_of[target];
        wipe::Callbacks callbacks;
        if (observer.on_progress) callbacks.on_progress = [&observer, disk](const wipe::Progress& p) { observer.on_progress(disk, p); };
        if (observer.on_diagnostic) {
            callbacks.on_diagnostic = [&observer, disk](const wipe::Diagnostic& d) { observer.on_diagnostic(disk, d); };
        }
        return callbacks;
    };
    std::vector<wipe::WipeReport> reports = jobs::wipe_in_parallel(targets, options, callbacks_for, stop);
    for (std::size_t t = 0; t < reports.size(); ++t) {
        DiskResult& result = results[index_of[t]];
        result.report = std::move(reports[t]);
        certify(result, request, operator_key, ledger);
    }
    return results;
}

}  // namespace sanitize::station
