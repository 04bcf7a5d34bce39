// A carry-out stick as the Carry-out page prepares it, with no widget in sight: the recipients
// parsed, the ledger and the key opened, then jobs::prepare_stick (as `sanitize prepare`).
#pragma once

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct CarryOutRequest {
    device::DeviceInfo stick;  // inspected and confirmed
    std::filesystem::path folder;
    std::vector<std::string> recipients;  // age1… lines; none: the passphrase
    std::string asset_id;
    std::optional<int> classification;  // nullopt: the asset's
    jobs::Approval approval;
    std::string department;
    std::string ledger;
    std::string key_file;
    std::string certificate_dir;
};

struct CarryOutResult {
    std::optional<Error> error;  // before the stick was touched
    std::optional<jobs::PreparedStick> stick;
    // Through the privileged helper: the CLI's sentence for the failed step (shown instead of
    // stick->error), and why the helper did not end cleanly, already worded.
    std::string failure_text;
    std::string helper_failure;
};

// `archive_passphrase` is used when no recipient is given; `key_passphrase` unlocks the key.
CarryOutResult run_carry_out(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                             SecretBuffer key_passphrase, const jobs::PrepareCallbacks& callbacks, std::stop_token stop);

}  // namespace sanitize::gui
