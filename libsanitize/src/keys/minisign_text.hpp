// The line grammar shared by minisign's three files: prefixed comment lines, base64 lines,
// little-endian numbers. Knows nothing of keys or signatures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sanitize/keys.hpp"
#include "sanitize/result.hpp"

namespace sanitize::keys::detail {

inline constexpr std::string_view untrusted_prefix = "untrusted comment: ";
inline constexpr std::string_view trusted_prefix = "trusted comment: ";

// Splits `text` into exactly lines.size() lines. A line ends with "\n" or "\r\n"; the last one may
// also end the text. Fewer lines, or anything after the last (even an empty line), is false:
// minisign ignores what follows its lines, but a file carrying more than it should is not one
// we wrote or minisign wrote.
[[nodiscard]] bool split_lines(std::string_view text, std::span<std::string_view> lines);

// The comment on a line that must start with `prefix`, or nullopt when the prefix is missing or
// the comment is not one minisign reads back the same (see is_writable_comment).
std::optional<std::string_view> comment_of(std::string_view line, std::string_view prefix, std::size_t max_bytes);

// Whether minisign writes and reads `comment` unchanged: no line break (it would split the
// line), no NUL (minisign's C strings end there, so it would check fewer bytes than we do) and
// within its line buffer.
bool is_writable_comment(std::string_view comment, std::size_t max_bytes);

// "untrusted comment: <comment>\n"
std::string comment_line(std::string_view prefix, std::string_view comment);

std::uint64_t load_le64(std::span<const unsigned char, 8> bytes);
void store_le64(std::span<unsigned char, 8> bytes, std::uint64_t value);

inline Error malformed(std::string context) { return make_error(Errc::malformed_input, std::move(context)); }

}  // namespace sanitize::keys::detail
