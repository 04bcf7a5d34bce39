// Values as a person reads them on the certificate page: sizes in bytes and SI units, rates,
// durations, local times beside UTC. Numbers and units read the same in Japanese and English.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::cert::detail {

std::string grouped(std::uint64_t value);               // "16,777,216"
std::string size_text(std::uint64_t bytes);             // "16.8 MB (16,777,216 B)"
std::string rate_text(std::uint64_t bytes_per_second);  // "512.3 MB/s"
std::string duration_text(std::uint64_t milliseconds);  // "2.35 s", "4 min 05 s", "1 h 02 min 03 s"
std::string percent_text(double percent);               // "100.00 %"
// "2026-11-22 13:30:00 JST (2026-11-22T04:30:00Z)"; offsets other than +09:00 as "UTC+05:30".
std::string local_time_text(std::chrono::sys_seconds time, int utc_offset_minutes);
// "3 (12,288 B): 4096+512, 8192+..." with the first few ranges, or "" for none.
std::string ranges_text(const std::vector<wipe::ByteRange>& ranges);

}  // namespace sanitize::cert::detail
