// Shared by the two halves of prepare_stick: the checks made before the stick is touched, and
// the facts they found that the run then uses.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "jobs/stick_tools.hpp"
#include "sanitize/jobs/prepare.hpp"

namespace sanitize::jobs::detail {

struct PreparePlan {
    int classification = 0;
    cert::CertificateContext certificate;
    StickTools tools;
    std::string folder_name;          // the folder's own name, as the tar stores it
    std::uint64_t archive_estimate = 0;  // bytes, from above
};

std::string folder_name_of(const std::filesystem::path& folder);

// Runs `reading` (a look at the request's folder) through its FolderReader, if it has one.
[[nodiscard]] Result<void> read_folder(const PrepareStickRequest& request, const std::function<Result<void>()>& reading);

// The checks of check_prepare_stick on the stick as inspected.
[[nodiscard]] Result<PreparePlan> plan_prepare(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                               const PrepareStickRequest& request, const device::DeviceInfo& stick);

// The stick inspected and allowed by the safety rules (jobs/targets.hpp).
[[nodiscard]] Result<device::DeviceInfo> settle_stick(const PrepareStickRequest& request);

}  // namespace sanitize::jobs::detail
