// The outcome of a wipe decided from what was measured, and the reasons it is not `erased`.
#pragma once

#include <string>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

// Stable codes for WipeReport::exceptions; front ends translate them.
namespace exception_code {
inline constexpr const char* cancelled = "cancelled";
inline constexpr const char* fatal_error = "fatal_error";
inline constexpr const char* sync_failed = "sync_failed";
inline constexpr const char* verification_mismatch = "verification_mismatch";
inline constexpr const char* unwritten_sectors = "unwritten_sectors";
inline constexpr const char* unreadable_sectors = "unreadable_sectors";
inline constexpr const char* not_verified = "not_verified";
inline constexpr const char* verification_not_from_medium = "verification_not_from_medium";
}  // namespace exception_code

// Fills report.exceptions and report.outcome from the passes, the error and the stop state.
// `erased` only when every byte of every pass was written, synced and the planned verification
// read back only what was written, from the medium itself.
void decide_outcome(WipeReport& report, bool stopped);

}  // namespace sanitize::wipe
