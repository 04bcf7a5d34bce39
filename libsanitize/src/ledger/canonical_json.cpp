#include "ledger/canonical_json.hpp"
#include "util/strict_json.hpp"

#include <utility>
#include <vector>

namespace sanitize::ledger::detail {

using json = nlohmann::json;

Result<json> parse_strict(std::string_view text) {
    auto parsed = util::parse_strict_json(text, {.max_depth = max_depth, .allow_floats = false});
    if (!parsed) return make_error(Errc::malformed_input, "json " + parsed.error().context);
    return parsed;
}

std::string canonical_text(const json& value) {
    // Sorted keys come from nlohmann's std::map objects (bytewise order); strict errors cannot
    // happen for a value parse_strict produced, whose strings are valid UTF-8.
    return value.dump(-1, ' ', false, json::error_handler_t::strict);
}

Result<std::string> checked_canonical_text(const json& value) {
    std::string text;
    try {
        text = value.dump(-1, ' ', false, json::error_handler_t::strict);
    } catch (const json::exception&) {
        return make_error(Errc::invalid_argument, "json utf-8");
    }
    // A second pass through the strict parser rejects what dump() accepts and we do not (floats).
    auto reparsed = parse_strict(text);
    if (!reparsed) return make_error(Errc::invalid_argument, reparsed.error().context);
    return text;
}

Result<std::string> canonicalize(std::string_view text) {
    auto value = parse_strict(text);
    if (!value) return value.error();
    try {
        return canonical_text(*value);
    } catch (const json::exception&) {
        return make_error(Errc::malformed_input, "json utf-8");
    }
}

}  // namespace sanitize::ledger::detail
