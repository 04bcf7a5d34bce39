// Formatting helpers of the CLI.
#include "text_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>

#include <fmt/format.h>

#include "sanitize/units.hpp"

namespace sanitize::cli {

// The library's convention, shared with the GUI (sanitize/units.hpp).
std::string human_size(std::uint64_t bytes) { return size_text(bytes); }

std::string human_rate(double bytes_per_second) { return rate_text(bytes_per_second); }

std::string human_duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) seconds = 0;
    if (seconds < 60) return fmt::format("{:.1f} s", seconds);
    return clock_duration(static_cast<std::uint64_t>(std::llround(seconds)));
}

std::string clock_duration(std::uint64_t seconds) {
    return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
}

std::string local_time(std::chrono::system_clock::time_point when) {
    std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm parts{};
    localtime_r(&t, &parts);
    std::array<char, 32> buffer{};
    std::size_t length = std::strftime(buffer.data(), buffer.size(), "%Y-%m-%d %H:%M:%S", &parts);
    return std::string(buffer.data(), length);
}

std::string compact_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    bool in_string = false;
    bool escaped = false;
    for (char c : json) {
        if (in_string) {
            out += c;
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '"') in_string = true;
        out += c;
    }
    return out;
}

namespace {

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

struct Character {
    std::size_t bytes;
    std::size_t columns;
};

// The character starting at utf8[i]; malformed bytes count as one narrow character each.
Character character_at(std::string_view utf8, std::size_t i) {
    auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    length = std::min(length, utf8.size() - i);
    char32_t code = length == 1 ? lead : lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    return {length, is_wide(code) ? std::size_t{2} : std::size_t{1}};
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        Character c = character_at(utf8, i);
        width += c.columns;
        i += c.bytes;
    }
    return width;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width) {
    std::size_t used = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        Character c = character_at(utf8, i);
        if (used + c.columns > width) break;
        used += c.columns;
        i += c.bytes;
    }
    return std::string(utf8.substr(0, i));
}

std::string pad_right(std::string_view utf8, std::size_t width) {
    std::string out(utf8);
    std::size_t used = display_width(utf8);
    if (used < width) out.append(width - used, ' ');
    return out;
}

}  // namespace sanitize::cli
