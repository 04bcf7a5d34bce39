// A check of a medium and a purge as the Purge and verify page asks for them, with no widget in
// sight: the page's choices into the jobs' requests (jobs::verify_media and
// jobs::purge_and_certify, the ones `sanitize verify-media` and `sanitize purge` run), the ledger
// and the key opened for a purge's certificate, the results back. Runs on the worker thread.
#pragma once

#include <functional>
#include <optional>
#include <stop_token>
#include <string>

#include "sanitize/jobs/purge.hpp"
#include "sanitize/jobs/verify_media.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct MediumCheckRequest {
    device::DeviceInfo target;
    std::string expect;  // as the CLI's --expect: "zero" or "byte:HH"
    std::string sample;  // as the CLI's --sample: a percentage, or empty to read everything
    wipe::MediaCheckOptions options;  // jobs::media_check_options(expect, sample)
    jobs::MediaAccess* media = nullptr;  // null: the system's; tests put simulated drives here
};

struct MediumCheckResult {
    std::optional<Error> error;  // the check did not start: why (the job's error)
    std::optional<wipe::MediaCheckReport> report;
    std::string helper_failure;  // the privileged helper did not end cleanly: why, already worded
};

// What the person chose, in the job's words, or the library's error for the choices.
[[nodiscard]] Result<MediumCheckRequest> medium_check_request(const device::DeviceInfo& target, const std::string& expect,
                                                              const std::string& sample);

using CheckProgressSink = std::function<void(const wipe::Progress& progress)>;
MediumCheckResult run_medium_check(const MediumCheckRequest& request, const CheckProgressSink& progress, std::stop_token stop);

struct PurgeSessionRequest {
    device::DeviceInfo target;  // as the person confirmed it
    std::string asset;          // the ledger asset it is; empty: none
    purge::PurgeOptions options;
    std::string verify_spec;  // as parsed into options, for the privileged helper's command line
    jobs::CertificateRequest certificate;  // what the certificate says; the asset is above
    std::string ledger;  // empty: no certificate
    std::string key_file;
    std::string certificate_dir;
    jobs::MediaAccess* media = nullptr;
};

struct PurgeSessionResult {
    std::optional<Error> error;  // nothing was sent to the drive: why
    std::optional<jobs::PurgeResult> result;
    std::string helper_failure;
};

using PurgeProgressSink = std::function<void(const purge::PurgeProgress& progress)>;

// What the target offers, asked before the person confirms or types a passphrase (as `sanitize
// purge` does): a result to show when the purge cannot go on (the target is refused, or the
// method is not offered: every method with its reason, nothing sent), none when it can.
std::optional<PurgeSessionResult> purge_refused_up_front(const PurgeSessionRequest& request);

// Everything, start to end. The passphrase is used once and wiped with the buffer. The job asks
// the target what it offers first: a method it does not offer comes back as outcome
// `unavailable` with every method and its reason, and nothing sent.
PurgeSessionResult run_purge_session(const PurgeSessionRequest& request, std::optional<SecretBuffer> passphrase,
                                     const PurgeProgressSink& progress, std::stop_token stop);

}  // namespace sanitize::gui
