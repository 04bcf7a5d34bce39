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

// How the passes ended, beyond what the report holds.
struct Ending {
    bool stopped = false;      // a stop was requested and honoured
    bool sync_failed = false;  // the last pass's sync was tried and failed
};

// Fills report.exceptions and report.outcome from the passes, the error and how they ended.
// `erased` only when every byte of every pass was written, synced and the planned verification
// read back only what was written, from the medium itself. Each exception names what happened:
// a pass cut short by a write error is `fatal_error`, not also `sync_failed` (no sync was tried).
void decide_outcome(WipeReport& report, Ending ending);

}  // namespace sanitize::wipe
