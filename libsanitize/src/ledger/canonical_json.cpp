#include "ledger/canonical_json.hpp"

#include <utility>
#include <vector>

namespace sanitize::ledger::detail {

namespace {

using json = nlohmann::json;

// Builds the value through nlohmann's SAX interface, because its DOM parser silently keeps
// the last of two duplicate keys, and a signed payload must have one reading only.
class StrictBuilder {
public:
    json root;
    std::string problem;

    bool null() { return place(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return place(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return place(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return place(json(value)) != nullptr; }
    bool number_float(json::number_float_t, const json::string_t&) { return fail("float"); }
    bool string(json::string_t& value) { return place(json(std::move(value))) != nullptr; }
    bool binary(json::binary_t&) { return fail("binary"); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& name) {
        if (stack_.back()->contains(name)) return fail("duplicate key " + name);
        key_ = std::move(name);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
        return fail("syntax at byte " + std::to_string(position));
    }

private:
    bool fail(std::string why) {
        if (problem.empty()) problem = std::move(why);
        return false;
    }
    bool open(json container) {
        if (stack_.size() >= static_cast<std::size_t>(max_depth)) return fail("nesting too deep");
        json* placed = place(std::move(container));
        stack_.push_back(placed);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    // Only the open ancestors are held by pointer: a child array's growth never moves them.
    json* place(json value) {
        if (stack_.empty()) {
            root = std::move(value);
            return &root;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& slot = parent[key_];
        slot = std::move(value);
        return &slot;
    }

    std::vector<json*> stack_;
    std::string key_;
};

}  // namespace

Result<json> parse_strict(std::string_view text) {
    StrictBuilder builder;
    bool accepted = false;
    try {
        accepted = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true, false);
    } catch (const json::exception&) {
        accepted = false;
    }
    if (!accepted) {
        return make_error(Errc::malformed_input, "json " + (builder.problem.empty() ? std::string("syntax") : builder.problem));
    }
    return std::move(builder.root);
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
