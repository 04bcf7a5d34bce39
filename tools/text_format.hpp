// Formatting of sizes, rates, durations and JSON for people and scripts, independent of language.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sanitize::cli {

// Decimal SI units, as sticks are labelled and rates given: "512 B", "16.8 MB", "1.0 TB"
// (sanitize/units.hpp: why).
std::string human_size(std::uint64_t bytes);

// Decimal megabytes per second, as drive vendors rate throughput: "512.3 MB/s".
std::string human_rate(double bytes_per_second);

// "0.4 s" below a minute, else "h:mm:ss".
std::string human_duration(double seconds);

// "h:mm:ss", for ETAs that tick by the second.
std::string clock_duration(std::uint64_t seconds);

// "2025-04-01 09:30:00" in local time.
std::string local_time(std::chrono::system_clock::time_point when);

// Removes the white space outside strings: one JSON document per line for scripts.
std::string compact_json(std::string_view json);

// Columns a UTF-8 string takes on a terminal: East Asian wide characters take two.
std::size_t display_width(std::string_view utf8);

// The longest prefix of whole characters that fits in `width` columns.
std::string truncate_to_width(std::string_view utf8, std::size_t width);

// Pads with spaces to `width` terminal columns.
std::string pad_right(std::string_view utf8, std::size_t width);

}  // namespace sanitize::cli
