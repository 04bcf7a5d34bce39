#include "cert/pdf_format.hpp"

#include "cert/text_rules.hpp"

#include <array>
#include <cstdio>

namespace sanitize::cert::detail {
namespace {

std::string printf_text(const char* format, double value, const char* unit) {
    std::array<char, 64> buffer{};
    const int length = std::snprintf(buffer.data(), buffer.size(), format, value, unit);
    return std::string(buffer.data(), static_cast<std::size_t>(length > 0 ? length : 0));
}

// 1000-based, as drive makers label capacity.
std::string si_text(double value, const char* suffix) {
    static constexpr std::array<const char*, 7> units{"", "k", "M", "G", "T", "P", "E"};
    std::size_t unit = 0;
    while (value >= 1000 && unit + 1 < units.size()) {
        value /= 1000;
        ++unit;
    }
    return printf_text(unit == 0 ? "%.0f %s" : "%.1f %s", value, (std::string(units[unit]) + suffix).c_str());
}

std::string two_digits(long long value) {
    std::array<char, 24> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%02lld", value);
    return buffer.data();
}

}  // namespace

std::string grouped(std::uint64_t value) {
    std::string digits = std::to_string(value);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}

std::string size_text(std::uint64_t bytes) {
    if (bytes < 1000) return grouped(bytes) + " B";
    return si_text(static_cast<double>(bytes), "B") + " (" + grouped(bytes) + " B)";
}

std::string rate_text(std::uint64_t bytes_per_second) { return si_text(static_cast<double>(bytes_per_second), "B/s"); }

std::string duration_text(std::uint64_t milliseconds) {
    const auto total_seconds = static_cast<long long>(milliseconds / 1000);
    if (total_seconds < 60) return printf_text("%.2f %s", static_cast<double>(milliseconds) / 1000.0, "s");
    const long long hours = total_seconds / 3600;
    const long long minutes = total_seconds / 60 % 60;
    const long long seconds = total_seconds % 60;
    if (hours == 0) return std::to_string(minutes) + " min " + two_digits(seconds) + " s";
    return std::to_string(hours) + " h " + two_digits(minutes) + " min " + two_digits(seconds) + " s";
}

std::string percent_text(double percent) { return printf_text("%.2f %s", percent, "%"); }

std::string local_time_text(std::chrono::sys_seconds time, int utc_offset_minutes) {
    using namespace std::chrono;
    const sys_seconds local = time + minutes{utc_offset_minutes};
    const sys_days day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss clock{local - day};
    std::array<char, 48> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()));
    std::string zone = "JST";
    if (utc_offset_minutes != 9 * 60) {
        const int magnitude = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
        zone = std::string("UTC") + (utc_offset_minutes < 0 ? "-" : "+") + two_digits(magnitude / 60) + ":" +
               two_digits(magnitude % 60);
    }
    return std::string(text.data()) + " " + zone + " (" + time_text(time) + ")";
}

std::string ranges_text(const std::vector<wipe::ByteRange>& ranges) {
    if (ranges.empty()) return {};
    std::uint64_t total = 0;
    for (const wipe::ByteRange& r : ranges) total += r.length;
    std::string text = grouped(ranges.size()) + " (" + grouped(total) + " B):";
    constexpr std::size_t shown = 4;
    for (std::size_t i = 0; i < ranges.size() && i < shown; ++i) {
        text += (i == 0 ? " " : ", ") + grouped(ranges[i].offset) + "+" + grouped(ranges[i].length);
    }
    if (ranges.size() > shown) text += ", …";
    return text;
}

}  // namespace sanitize::cert::detail
