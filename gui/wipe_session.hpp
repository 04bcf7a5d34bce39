// A wipe as the Wipe page runs it, with no widget in sight: the same library steps, in the same
// order, as `sanitize wipe` (certificate context before any medium is touched, open, wipe in
// parallel, certify each report). Runs on the worker thread.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct WipeRequest {
    std::vector<device::DeviceInfo> targets;
    wipe::WipeOptions options;
    std::string method_spec;  // as parsed into options, for the privileged helper's command line
    std::string verify_spec;
    jobs::CertificateRequest certificate;  // asset_id applies to the first target only
    std::string ledger;                    // empty: no certificate
    std::string key_file;
    std::string certificate_dir;
    std::string checkpoint_dir;  // empty: the wipe saves no checkpoint and cannot be resumed
    bool resume = false;         // continue each target's interrupted wipe from its checkpoint
};

struct TargetResult {
    wipe::WipeReport report;
    std::optional<jobs::CertifiedWipe> certified;
    std::optional<Error> certify_error;
};

struct WipeResult {
    std::optional<Error> error;  // a step before the wipe failed: nothing was written
    std::string failed_target;   // the target whose open or checkpoint failed, if that was the step
    bool checkpoint_refused = false;  // `error` is about the target's checkpoint (jobs::checkpointed_options)
    std::vector<TargetResult> targets;
    std::string helper_failure;  // the privileged helper did not end cleanly: why, already worded
};

using ProgressSink = std::function<void(std::size_t target, const wipe::Progress& progress)>;

// Everything, start to end. The passphrase is used once and wiped with the buffer.
WipeResult run_wipe_session(const WipeRequest& request, std::optional<SecretBuffer> passphrase,
                            const ProgressSink& progress, std::stop_token stop);

}  // namespace sanitize::gui
