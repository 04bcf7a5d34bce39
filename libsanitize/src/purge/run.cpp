// run_purge: refuse what the target does not offer, fingerprint the sampled ranges, issue the
// command and poll (the issuers), then read back and decide. `purged` needs all three: accepted,
// completion of this operation observed, verification passed.
#include <thread>

#include "sanitize/purge.hpp"
#include "purge/run.hpp"

namespace sanitize::purge {
namespace detail {

bool Run::wait() {
    if (stop.stop_requested()) {
        end(PurgeOutcome::aborted, "stop_requested");
        return false;
    }
    if (callbacks.sleep) {
        callbacks.sleep(options.poll_interval);
    } else {
        std::this_thread::sleep_for(options.poll_interval);
    }
    ++report.polls;
    return true;
}

void Run::progress(std::optional<double> percent) {
    if (callbacks.on_progress) callbacks.on_progress(PurgeProgress{report.polls, percent});
}

void Run::end(PurgeOutcome outcome, std::string detail) {
    report.outcome = outcome;
    if (report.detail.empty()) report.detail = std::move(detail);
}

bool is_ata(PurgeMethod m) { return m <= PurgeMethod::ata_security_erase_enhanced; }
bool is_nvme(PurgeMethod m) { return m >= PurgeMethod::nvme_sanitize_crypto && m <= PurgeMethod::nvme_format_crypto; }
bool is_scsi(PurgeMethod m) { return m >= PurgeMethod::scsi_sanitize_crypto && m <= PurgeMethod::scsi_sanitize_overwrite; }

}  // namespace detail

namespace {

void issue(detail::Run& run) {
    switch (run.options.method) {
        case PurgeMethod::ata_sanitize_crypto:
        case PurgeMethod::ata_sanitize_block:
        case PurgeMethod::ata_sanitize_overwrite: detail::ata_sanitize(run); return;
        case PurgeMethod::ata_security_erase:
        case PurgeMethod::ata_security_erase_enhanced: detail::ata_security_erase(run); return;
        case PurgeMethod::nvme_sanitize_crypto:
        case PurgeMethod::nvme_sanitize_block:
        case PurgeMethod::nvme_sanitize_overwrite: detail::nvme_sanitize(run); return;
        case PurgeMethod::nvme_format_user_data:
        case PurgeMethod::nvme_format_crypto: detail::nvme_format(run); return;
        case PurgeMethod::scsi_sanitize_crypto:
        case PurgeMethod::scsi_sanitize_block:
        case PurgeMethod::scsi_sanitize_overwrite: detail::scsi_sanitize(run); return;
        case PurgeMethod::secure_discard:
        case PurgeMethod::discard: detail::discard(run); return;
    }
}

// After the command: what the medium holds now is read back, past any cached pages.
void verify(device::Device& target, const detail::Fingerprint& before, PurgeReport& report, std::stop_token stop) {
    const auto dropped = target.drop_cache();
    report.verification_rule = "changed_or_blank";
    std::optional<Error> fatal;
    report.verification = detail::verify_changed(target, before, stop, fatal);
    VerifyResult& v = *report.verification;
    v.cache_bypassed = dropped && *dropped;
    if (before.ranges.empty()) {
        report.verification.reset();
        report.outcome = PurgeOutcome::completed_unverified;
        report.detail = "verification_not_run";
        return;
    }
    if (fatal) {
        report.error = fatal;
        report.outcome = fatal->code == Errc::cancelled ? PurgeOutcome::aborted : PurgeOutcome::completed_unverified;
        report.detail = "verification_error";
        return;
    }
    const bool passed = v.mismatches.empty() && v.unreadable.empty();
    report.outcome = passed ? PurgeOutcome::purged : PurgeOutcome::completed_unverified;
    if (!passed) report.detail = v.mismatches.empty() ? "verification_unreadable" : "verification_unchanged_data";
}

}  // namespace

std::string_view to_string(PurgeOutcome outcome) noexcept {
    switch (outcome) {
        case PurgeOutcome::purged: return "purged";
        case PurgeOutcome::completed_unverified: return "completed_unverified";
        case PurgeOutcome::unavailable: return "unavailable";
        case PurgeOutcome::refused: return "refused";
        case PurgeOutcome::failed: return "failed";
        case PurgeOutcome::aborted: return "aborted";
    }
    return "failed";
}

PurgeReport run_purge(device::Device& target, device::CommandChannel* channel, const PurgeOptions& options,
                      const PurgeCallbacks& callbacks, std::stop_token stop) {
    PurgeReport report;
    report.device = target.info();
    report.method = options.method;
    report.verify = options.verify;
    report.started = std::chrono::system_clock::now();
    const auto finish = [&]() -> PurgeReport {
        report.finished = std::chrono::system_clock::now();
        return std::move(report);
    };
    for (const PurgeAvailability& entry : purge_methods(report.device, channel)) {
        if (entry.method != options.method || entry.available) continue;
        report.outcome = entry.reason.starts_with("security_") ? PurgeOutcome::refused : PurgeOutcome::unavailable;
        report.detail = entry.reason;
        return finish();
    }
    Result<detail::Fingerprint> before = detail::fingerprint(target, options.verify, stop);
    if (!before) {
        report.error = before.error();
        report.outcome = before.error().code == Errc::cancelled ? PurgeOutcome::aborted : PurgeOutcome::failed;
        report.detail = "fingerprint_read_failed";
        return finish();
    }
    detail::Run run{*channel, options, callbacks, stop, report};
    report.outcome = PurgeOutcome::failed;
    issue(run);
    const bool observed = report.accepted && report.completion_observed && report.detail.empty();
    if (!observed) {
        if (report.detail.empty()) report.detail = "completion_not_observed";
        if (report.outcome == PurgeOutcome::purged) report.outcome = PurgeOutcome::failed;
        return finish();
    }
    verify(target, *before, report, stop);
    return finish();
}

}  // namespace sanitize::purge
