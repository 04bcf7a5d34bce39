// JSON for certificates read from outside: nlohmann's DOM parser silently keeps the last of two
// duplicate keys, and a signed document must have one reading only, so values are built through
// its SAX interface, which also bounds the nesting.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

inline constexpr std::size_t max_json_depth = 16;

// Errc::malformed_input ("certificate json duplicate key serial", "certificate json syntax at
// byte 120") for a syntax error, invalid UTF-8, a duplicate key, trailing bytes or deep nesting.
Result<nlohmann::json> parse_strict_json(std::string_view text);

}  // namespace sanitize::cert::detail
