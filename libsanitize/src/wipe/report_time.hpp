// The time format of every report: UTC, ISO 8601, whole seconds ("2026-11-30T23:03:18Z").
#pragma once

#include <chrono>
#include <string>

namespace sanitize::wipe {

std::string iso8601(std::chrono::system_clock::time_point when);

}  // namespace sanitize::wipe
