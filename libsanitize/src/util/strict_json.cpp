#include "util/strict_json.hpp"

#include <string>
#include <vector>

namespace sanitize::util {

namespace {

using json = nlohmann::json;

class StrictBuilder {
public:
    explicit StrictBuilder(const StrictJsonLimits& limits) : limits_(limits) {}

    json root;
    std::string problem;

    bool null() { return place(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return place(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return place(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return place(json(value)) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t&) {
        if (!limits_.allow_floats) return fail("float");
        return place(json(value)) != nullptr;
    }
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
        if (stack_.size() >= limits_.max_depth) return fail("nesting too deep");
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

    StrictJsonLimits limits_;
    std::vector<json*> stack_;
    std::string key_;
};

}  // namespace

Result<nlohmann::json> parse_strict_json(std::string_view text, const StrictJsonLimits& limits) {
    StrictBuilder builder(limits);
    bool accepted = false;
    try {
        accepted = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true, false);
    } catch (const json::exception&) {
        accepted = false;
    }
    if (!accepted) return make_error(Errc::malformed_input, builder.problem.empty() ? "syntax" : builder.problem);
    return std::move(builder.root);
}

}  // namespace sanitize::util
