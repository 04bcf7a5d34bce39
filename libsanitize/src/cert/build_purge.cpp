// build_purge_certificate: a firmware purge in the certificate's terms. The medium, context and
// hidden-area rules are the overwrite certificate's (build_certificate over a report without
// passes); what differs is the method (category purge, technique "firmware"), the verification
// (the purge's read-back instead of pass read-backs) and the command evidence.
#include <algorithm>

#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

// Whether anything reached the drive: purges refused or unavailable sent nothing, and a purge that
// failed before its command (the fingerprint read) has nothing a certificate could speak for.
bool certifiable(const purge::PurgeReport& report) {
    switch (report.outcome) {
        case purge::PurgeOutcome::unavailable:
        case purge::PurgeOutcome::refused: return false;
        default: return !report.commands_sent.empty();
    }
}

// `erased` only for a proven purge; everything else says why not, in stable codes.
void outcome_of(const purge::PurgeReport& report, wipe::WipeReport& as_wipe) {
    const auto add = [&](const std::string& code) {
        if (!code.empty() && detail::is_code(code)) as_wipe.exceptions.push_back(code);
    };
    switch (report.outcome) {
        case purge::PurgeOutcome::purged: as_wipe.outcome = wipe::Outcome::erased; return;
        case purge::PurgeOutcome::aborted:
            as_wipe.outcome = wipe::Outcome::aborted;
            add("purge_aborted");
            break;
        case purge::PurgeOutcome::completed_unverified:
            as_wipe.outcome = wipe::Outcome::failed;
            add("purge_unverified");
            break;
        default:
            as_wipe.outcome = wipe::Outcome::failed;
            add("purge_failed");
            break;
    }
    add(report.detail);
}

VerificationRecord verification_of(const purge::PurgeReport& report) {
    VerificationRecord v;
    v.mode = report.verify.mode;
    if (v.mode == wipe::VerifyMode::sample) v.sample_percent = detail::floor_hundredths(report.verify.sample_percent);
    if (!report.verification) return v;
    const wipe::VerifyResult& r = *report.verification;
    v.coverage_percent = detail::floor_hundredths(r.coverage_percent);
    v.bytes_verified = r.bytes_verified;
    v.mismatches = r.mismatches;  // sampled ranges that still held what they held before
    v.unreadable = r.unreadable;
    v.cache_bypassed = r.cache_bypassed;
    return v;
}

FirmwareRecord firmware_of(const purge::PurgeReport& report) {
    FirmwareRecord f{report.accepted, report.progress_observed, report.completion_observed, report.polls, {},
                     report.verification ? report.verification_rule : std::string(), report.detail};
    // Status polls repeat one command thousands of times; the count is in `polls`.
    for (const std::string& command : report.commands_sent) {
        const std::string clean = detail::clean_device_text(command);
        if (std::find(f.commands_sent.begin(), f.commands_sent.end(), clean) == f.commands_sent.end()) {
            f.commands_sent.push_back(clean);
        }
    }
    return f;
}

}  // namespace

Result<Certificate> build_purge_certificate(const purge::PurgeReport& report,
                                            const std::optional<device::HiddenAreaReport>& hidden_areas,
                                            const std::optional<device::SmartSummary>& smart,
                                            const CertificateContext& context) {
    if (!certifiable(report)) return make_error(Errc::refused, std::string(purge::to_string(report.outcome)));
    wipe::WipeReport as_wipe;
    as_wipe.device = report.device;
    as_wipe.hidden_areas = hidden_areas;
    as_wipe.smart = smart;
    as_wipe.method = std::string(purge::purge_method_name(report.method));
    as_wipe.category = wipe::NistCategory::purge;
    as_wipe.verify = report.verify;
    as_wipe.error = report.error;
    as_wipe.started = report.started;
    as_wipe.finished = report.finished;
    outcome_of(report, as_wipe);
    Result<Certificate> built = build_certificate(as_wipe, context);
    if (!built) return built;
    built->method.technique = "firmware";
    built->verification = verification_of(report);
    built->firmware = firmware_of(report);
    if (auto text = serialize_certificate(*built); !text) return text.error();
    return built;
}

}  // namespace sanitize::cert
