// A carry-out stick as the Carry-out page prepares it, with no widget in sight: the recipients
// parsed, the ledger and the key opened, then jobs::prepare_stick (as `sanitize prepare`).
#pragma once

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs/prepare.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct CarryOutRequest {
    device::DeviceInfo stick;  // as the person confirmed it
    std::filesystem::path folder;
    std::vector<std::string> recipients;  // age1… lines; none: the passphrase
    std::string asset_id;
    std::optional<int> classification;  // nullopt: the asset's
    jobs::Approval approval;
    std::string department;
    std::string ledger;
    std::string key_file;
    std::string certificate_dir;
    std::string auditor_recipients;      // the site's setting: who reads the record's list of files
    jobs::MediaAccess* media = nullptr;  // null: the system's
};

struct CarryOutResult {
    std::optional<Error> error;  // before the stick was touched
    std::optional<jobs::PreparedStick> stick;
    // Through the privileged helper: the CLI's sentence for the failed step (shown instead of
    // stick->error), and why the helper did not end cleanly, already worded.
    std::string failure_text;
    std::string helper_failure;
};

// What the page hears while the stick is prepared, on the worker thread: a step began, and
// how far the current step is, in thousandths.
struct CarryOutProgress {
    std::function<void(jobs::PrepareStep)> step;
    std::function<void(int permille)> value;
};

// `archive_passphrase` is used when no recipient is given; `key_passphrase` unlocks the key.
CarryOutResult run_carry_out(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                             SecretBuffer key_passphrase, const CarryOutProgress& progress, std::stop_token stop);

}  // namespace sanitize::gui
