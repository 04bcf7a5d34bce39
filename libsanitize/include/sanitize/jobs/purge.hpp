// Purge and certify: a firmware purge (`sanitize purge`) with the safety checks and the
// confirmation of a wipe, the drive's facts read once before it, and its certificate after.
#pragma once

#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The options of a purge from the words a person gives: a method's name (Reason::purge_method_spec
// otherwise; detail: the text) and a read-back as wipe::parse_verify reads it, except `last`,
// which means nothing without passes (Reason::verify_spec; detail: the text).
[[nodiscard]] Result<purge::PurgeOptions> purge_options(std::string_view method, std::string_view verify);

struct PurgeRequest {
    std::string target;    // as the operator named it
    std::string asset_id;  // the ledger asset it is; empty: none
    purge::PurgeOptions options;
    Certification certification;
    MediaAccess* media = nullptr;  // null: system_media()
};

class PurgeObserver {
public:
    virtual ~PurgeObserver() = default;
    // The target inspected, allowed by the safety rules and offering the method; nothing sent
    // yet. An error stops the job with nothing sent.
    virtual Result<void> confirm(const device::DeviceInfo& target) = 0;
    virtual void inspected(const device::DeviceInfo& /*target*/) {}
    virtual void progress(const purge::PurgeProgress& /*progress*/) {}
};

struct PurgeResult {
    // Outcome `unavailable` (nothing sent, nobody asked to confirm) when the target does not
    // offer the method: `methods` then says what it offers, each with its reason.
    purge::PurgeReport report;
    std::vector<purge::PurgeAvailability> methods;
    std::optional<CertifiedWipe> certificate;  // none for a purge that sent nothing
    std::optional<Error> certificate_error;
};

// What a target offers, asked before anyone is asked for anything (a confirmation, a key's
// passphrase), so that a purge it cannot do is refused first: the target inspected and allowed by
// the safety rules, and every method with its reason. Only read-only queries reach the drive.
struct PurgeOffer {
    device::DeviceInfo target;
    std::vector<purge::PurgeAvailability> methods;
    // The method asked for is not offered: the report of a purge that sent nothing (outcome
    // `unavailable`, the reason in `detail`). None when it is offered.
    std::optional<purge::PurgeReport> unavailable;
};

// An error: the target is missing, refused by the safety rules, or its drive cannot be asked.
[[nodiscard]] Result<PurgeOffer> purge_offer(const std::string& target, const purge::PurgeOptions& options,
                                             MediaAccess* media = nullptr);

// The whole workflow. It asks what the target offers again (purge_offer), as the target may have
// changed since. An error means nothing was sent to the drive: the certificate could not
// be prepared, the target is missing or refused, or it was not confirmed.
[[nodiscard]] Result<PurgeResult> purge_and_certify(const PurgeRequest& request, PurgeObserver& observer,
                                                    std::stop_token stop);

}  // namespace sanitize::jobs
