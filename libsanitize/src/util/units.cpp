#include "sanitize/units.hpp"

#include <array>
#include <cmath>
#include <charconv>
#include <system_error>

namespace sanitize {
namespace {

// to_chars, not printf: the decimal point does not follow the locale.
std::string one_decimal(double value, const char* unit) {
    std::array<char, 64> digits{};
    const auto [end, error] = std::to_chars(digits.data(), digits.data() + digits.size(), value,
                                            std::chars_format::fixed, 1);
    if (error != std::errc()) return std::string("? ") + unit;
    return std::string(digits.data(), end) + " " + unit;
}

}  // namespace

std::string size_text(std::uint64_t bytes) {
    static constexpr std::array<const char*, 6> units = {"kB", "MB", "GB", "TB", "PB", "EB"};
    if (bytes < 1000) return std::to_string(bytes) + " B";
    double value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 999.95 && unit + 1 < units.size()) {  // 999.96 kB would read "1000.0 kB"
        value /= 1000.0;
        ++unit;
    }
    return one_decimal(value, units[unit]);
}

std::string rate_text(double bytes_per_second) {
    if (!std::isfinite(bytes_per_second) || bytes_per_second < 0) bytes_per_second = 0;
    return one_decimal(bytes_per_second / 1e6, "MB/s");
}

}  // namespace sanitize
