#include "cert/text_rules.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "util/utf8.hpp"

namespace sanitize::cert::detail {
namespace {

bool is_control(unsigned char c) noexcept { return c < 0x20 || c == 0x7F; }

bool is_hex_digit(char c, bool upper) noexcept {
    if (c >= '0' && c <= '9') return true;
    return upper ? (c >= 'A' && c <= 'F') : (c >= 'a' && c <= 'f');
}

bool parse_digits(std::string_view text, int& value) noexcept {
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

}  // namespace

bool is_allowed_text(std::string_view text, TextKind kind) noexcept {
    const std::size_t limit = kind == TextKind::line ? max_line_bytes : max_block_bytes;
    if (text.size() > limit || !is_valid_utf8(text)) return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (!is_control(u)) continue;
        if (kind == TextKind::block && (c == '\n' || c == '\t')) continue;
        return false;
    }
    return true;
}

std::string clean_device_text(std::string_view text) {
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::string clean;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = util::utf8_sequence_length(text, at);
        const bool control = length == 1 && is_control(static_cast<unsigned char>(text[at]));
        const std::string_view piece = length == 0 || control ? replacement : text.substr(at, length);
        if (clean.size() + piece.size() > max_line_bytes) break;
        clean += piece;
        at += length == 0 ? 1 : length;
    }
    return clean;
}

bool is_uuid_v4(std::string_view text) noexcept {
    constexpr std::string_view shape = "xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx";
    if (text.size() != shape.size()) return false;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const char c = text[i];
        switch (shape[i]) {
            case 'x':
                if (!is_hex_digit(c, false)) return false;
                break;
            case 'V':
                if (c != '8' && c != '9' && c != 'a' && c != 'b') return false;
                break;
            default:
                if (c != shape[i]) return false;
        }
    }
    return true;
}

bool is_lower_hex(std::string_view text, std::size_t length) noexcept {
    if (text.size() != length) return false;
    for (const char c : text) {
        if (!is_hex_digit(c, false)) return false;
    }
    return true;
}

std::optional<std::vector<std::uint8_t>> parse_lower_hex(std::string_view text) {
    if (!is_lower_hex(text, text.size()) || text.size() % 2 != 0) return std::nullopt;
    const auto value = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    std::vector<std::uint8_t> bytes;
    for (std::size_t i = 0; i < text.size(); i += 2) {
        bytes.push_back(static_cast<std::uint8_t>(value(text[i]) * 16 + value(text[i + 1])));
    }
    return bytes;
}

bool is_code(std::string_view text) noexcept {
    if (text.empty() || text.size() > 64) return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

bool is_key_id_text(std::string_view text) noexcept {
    if (text.size() != 16) return false;
    for (const char c : text) {
        if (!is_hex_digit(c, true)) return false;
    }
    return true;
}

std::string time_text(std::chrono::sys_seconds time) {
    using namespace std::chrono;
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    std::array<char, 48> buffer{};
    const int length = std::snprintf(
        buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
        static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    return std::string(buffer.data(), static_cast<std::size_t>(length));
}

std::optional<std::chrono::sys_seconds> parse_time(std::string_view text) noexcept {
    using namespace std::chrono;
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != shape.size()) return std::nullopt;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (shape[i] == 'd' ? !digit : text[i] != shape[i]) return std::nullopt;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    (void)parse_digits(text.substr(0, 4), y);
    (void)parse_digits(text.substr(5, 2), mo);
    (void)parse_digits(text.substr(8, 2), d);
    (void)parse_digits(text.substr(11, 2), h);
    (void)parse_digits(text.substr(14, 2), mi);
    (void)parse_digits(text.substr(17, 2), s);
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 59) return std::nullopt;
    return sys_days{date} + hours{h} + minutes{mi} + seconds{s};
}

double floor_hundredths(double percent) noexcept {
    if (!(percent > 0)) return 0;  // NaN and negatives: nothing was measured
    if (percent >= 100) return 100;
    // The small bias keeps 99.99 (stored as 99.98999...) from dropping a hundredth.
    return std::floor(percent * 100 + 1e-7) / 100;
}

bool is_percent_hundredths(double percent) noexcept {
    if (!(percent >= 0 && percent <= 100)) return false;
    const double scaled = percent * 100;
    return std::fabs(scaled - std::round(scaled)) < 1e-6 && std::round(scaled) / 100 == percent;
}

}  // namespace sanitize::cert::detail
