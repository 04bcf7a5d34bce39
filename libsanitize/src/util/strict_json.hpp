// JSON read from outside, strictly: nlohmann's DOM parser silently keeps the last of two
// duplicate keys, and a signed document must have one reading only, so values are built through
// its SAX interface, which also bounds the nesting. Shared by ledger payloads and certificates.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

#include "sanitize/result.hpp"

namespace sanitize::util {

struct StrictJsonLimits {
    std::size_t max_depth = 32;
    bool allow_floats = true;
};

// Errc::malformed_input with the problem as context ("duplicate key serial", "syntax at byte
// 120", "nesting too deep", "float") for a syntax error, invalid UTF-8, a duplicate key,
// trailing bytes, excessive nesting or a float where none is allowed.
Result<nlohmann::json> parse_strict_json(std::string_view text, const StrictJsonLimits& limits);

}  // namespace sanitize::util
