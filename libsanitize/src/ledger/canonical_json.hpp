// Canonical JSON for ledger payloads: the bytes that are hashed and signed, so one value has
// exactly one text. UTF-8 (validated, never normalised: NFC-as-given), object keys sorted by
// their UTF-8 bytes, no insignificant whitespace, integers only (no floats: their text is not
// portable between implementations, and a verifier in another language must reproduce the
// bytes), duplicate keys rejected, nesting at most max_depth deep.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

inline constexpr std::size_t max_depth = 32;

// Parses strictly: invalid UTF-8, duplicate keys, floats, trailing bytes and excessive depth are
// Errc::malformed_input.
Result<nlohmann::json> parse_strict(std::string_view text);

// The canonical text of a value that parse_strict would accept.
std::string canonical_text(const nlohmann::json& value);

// canonical_text of a value built in code, whose strings may be invalid UTF-8 or whose numbers
// may be floats: Errc::invalid_argument then, rather than an exception.
Result<std::string> checked_canonical_text(const nlohmann::json& value);

// parse_strict + canonical_text: the form a payload is stored and hashed in.
Result<std::string> canonicalize(std::string_view text);

}  // namespace sanitize::ledger::detail
