// The rules every certificate value follows, shared by the builder, the writer and the parser:
// text that any reader (JSON, PDF, a terminal) shows unchanged, ids and times in one spelling.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace sanitize::cert::detail {

// Line text is one line (names, serials); block text may hold line breaks and tabs (comments).
enum class TextKind { line, block };
inline constexpr std::size_t max_line_bytes = 1024;
inline constexpr std::size_t max_block_bytes = 16384;

// Well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
using util::is_valid_utf8;

// Valid UTF-8 within the size limit, without C0 control characters or DEL (a block may hold
// "\n" and "\t"): what a PDF line or a terminal shows as it is.
bool is_allowed_text(std::string_view text, TextKind kind) noexcept;

// Device strings come from firmware: invalid bytes and control characters become U+FFFD, and
// the text is cut (at a character boundary) to the line limit.
std::string clean_device_text(std::string_view text);

// "xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx", lower-case hex.
bool is_uuid_v4(std::string_view text) noexcept;
bool is_lower_hex(std::string_view text, std::size_t length) noexcept;
// Lower-case hex to bytes; nullopt for an odd length or any other character.
std::optional<std::vector<std::uint8_t>> parse_lower_hex(std::string_view text);
// A stable code ("io_error", "unwritten_sectors", "aes-256-ctr"): [a-z0-9_-], 1 to 64 bytes.
bool is_code(std::string_view text) noexcept;
// A minisign key id as the ledger and `minisign` print it: 16 upper-case hex digits.
bool is_key_id_text(std::string_view text) noexcept;

// RFC 3339 UTC with whole seconds, exactly "YYYY-MM-DDTHH:MM:SSZ", the ledger's time format.
std::string time_text(std::chrono::sys_seconds time);
std::optional<std::chrono::sys_seconds> parse_time(std::string_view text) noexcept;

// Percentages carry two decimals, rounded down so that they never claim more than measured.
double floor_hundredths(double percent) noexcept;
bool is_percent_hundredths(double percent) noexcept;

}  // namespace sanitize::cert::detail
