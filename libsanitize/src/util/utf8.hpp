// Well-formed UTF-8, as JSON and every reader of our text need it. Device strings and file
// names are bytes that need not be: certificates replace what is not, checkpoints keep the bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace sanitize::util {

// Length of the well-formed UTF-8 sequence at text[at] (at < text.size()), or 0 when it is not
// one: no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept;

bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace sanitize::util
