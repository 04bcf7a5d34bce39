// The confirmation a front end collected before a job ran (a dialog, a helper's command line),
// checked against the targets as the job inspected them, so that a medium swapped in between
// is refused rather than erased.
#pragma once

#include <string>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// One typed text per target, which device::confirmation_matches must accept. Every mismatch is
// in the error (Reason::confirmation_mismatch; device, detail: what was typed, expected: the
// token).
[[nodiscard]] Result<void> check_confirmations(const std::vector<device::DeviceInfo>& targets,
                                               const std::vector<std::string>& typed);

}  // namespace sanitize::jobs
