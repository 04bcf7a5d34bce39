// A wipe as the Wipe page asks for it, with no widget in sight: the page's choices into the
// wipe job's request, the ledger and the key opened, jobs::wipe_and_certify (the one `sanitize
// wipe` runs), its results back. Runs on the worker thread.
#pragma once

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs/signer.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct WipeRequest {
    std::vector<device::DeviceInfo> targets;  // as the person confirmed them, one dialog each
    std::vector<std::string> assets;          // one per target ("" for none), or empty: no asset at all
    wipe::WipeOptions options;
    std::string method_spec;  // as parsed into options, for the privileged helper's command line
    std::string verify_spec;
    jobs::CertificateRequest certificate;  // what every certificate says; the assets are above
    jobs::HiddenAreaRequest hidden_areas;
    std::string ledger;  // empty: no certificate
    std::string key_file;
    std::string certificate_dir;
    std::string checkpoint_dir;  // empty: the wipe saves no checkpoint and cannot be resumed
    bool resume = false;         // continue each target's interrupted wipe from its checkpoint
    jobs::MediaAccess* media = nullptr;  // null: the system's; tests put simulated drives here
};

struct TargetResult {
    wipe::WipeReport report;
    std::optional<jobs::CertifiedWipe> certified;
    std::optional<Error> certify_error;
};

struct WipeResult {
    std::optional<Error> error;  // nothing was written: why (the job's error, its device and reason)
    std::vector<TargetResult> targets;
    std::string helper_failure;  // the privileged helper did not end cleanly: why, already worded
};

using ProgressSink = std::function<void(std::size_t target, const wipe::Progress& progress)>;

// The asset of each target, from the page's field: none, or one per target in their order.
std::optional<std::vector<std::string>> assets_per_target(const std::string& field, std::size_t targets);

// The signer of a run's certificates: none without a ledger, else the ledger opened and the key
// unlocked with the passphrase, which is wiped with its buffer here (an absent one is empty).
[[nodiscard]] Result<std::optional<jobs::Signer>> open_signer_if_ledger(const std::string& ledger, const std::string& key_file,
                                                                      std::optional<SecretBuffer> passphrase);

// Everything, start to end. The passphrase is used once and wiped with the buffer.
WipeResult run_wipe_session(const WipeRequest& request, std::optional<SecretBuffer> passphrase,
                            const ProgressSink& progress, std::stop_token stop);

}  // namespace sanitize::gui
