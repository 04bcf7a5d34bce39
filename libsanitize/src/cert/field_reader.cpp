#include "cert/field_reader.hpp"

#include <utility>

namespace sanitize::cert::detail {

using nlohmann::json;

void ReadErrors::fail(const std::string& path, std::string_view why) {
    if (!error_) error_ = make_error(Errc::malformed_input, "certificate field " + path + ": " + std::string(why));
}

FieldReader::FieldReader(const json* object, std::string path, ReadErrors& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {
    if (object_ != nullptr && !object_->is_object()) {
        errors_.fail(path_.empty() ? "(document)" : path_, "type");
        object_ = nullptr;
    }
}

std::string FieldReader::path_of(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void FieldReader::fail(std::string_view key, std::string_view why) { errors_.fail(path_of(key), why); }

const json* FieldReader::member(std::string_view key) {
    if (object_ == nullptr || errors_.failed()) return nullptr;
    seen_.emplace(key);
    const auto found = object_->find(key);
    if (found == object_->end()) {
        fail(key, "missing");
        return nullptr;
    }
    return &*found;
}

std::string FieldReader::text(std::string_view key, TextKind kind) {
    const json* value = member(key);
    if (value == nullptr) return {};
    if (!value->is_string()) {
        fail(key, "type");
        return {};
    }
    const auto& text = value->get_ref<const std::string&>();
    if (!is_allowed_text(text, kind)) {
        fail(key, "value");
        return {};
    }
    return text;
}

std::string FieldReader::nonempty_text(std::string_view key) {
    std::string value = text(key);
    if (!failed() && value.empty()) fail(key, "value");
    return value;
}

std::string FieldReader::text_where(std::string_view key, bool (*rule)(std::string_view) noexcept) {
    std::string value = text(key);
    if (!failed() && !rule(value)) {
        fail(key, "value");
        return {};
    }
    return value;
}

std::optional<std::string> FieldReader::optional_text_where(std::string_view key,
                                                            bool (*rule)(std::string_view) noexcept) {
    const json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    return text_where(key, rule);
}

std::uint64_t FieldReader::unsigned_number(std::string_view key, std::uint64_t max) {
    const json* value = member(key);
    if (value == nullptr) return 0;
    // A non-negative integer arrives as number_unsigned from the parser; floats and negatives
    // are refused rather than converted.
    if (!value->is_number_unsigned()) {
        fail(key, "type");
        return 0;
    }
    const auto number = value->get<std::uint64_t>();
    if (number > max) {
        fail(key, "value");
        return 0;
    }
    return number;
}

std::optional<std::uint64_t> FieldReader::optional_unsigned(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    return unsigned_number(key);
}

std::int64_t FieldReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
    const json* value = member(key);
    if (value == nullptr) return min;
    if (!value->is_number_integer()) {
        fail(key, "type");
        return min;
    }
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
        fail(key, "value");
        return min;
    }
    const auto number = value->get<std::int64_t>();
    if (number < min || number > max) {
        fail(key, "value");
        return min;
    }
    return number;
}

bool FieldReader::boolean(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr) return false;
    if (!value->is_boolean()) {
        fail(key, "type");
        return false;
    }
    return value->get<bool>();
}

std::optional<bool> FieldReader::optional_boolean(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    return boolean(key);
}

double FieldReader::percent(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr) return 0;
    if (!value->is_number()) {
        fail(key, "type");
        return 0;
    }
    const double number = value->get<double>();
    if (!is_percent_hundredths(number)) {
        fail(key, "value");
        return 0;
    }
    return number;
}

std::optional<double> FieldReader::optional_percent(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    return percent(key);
}

std::chrono::sys_seconds FieldReader::time(std::string_view key) {
    const std::string value = text(key);
    if (failed()) return {};
    const auto parsed = parse_time(value);
    if (!parsed) {
        fail(key, "value");
        return {};
    }
    return *parsed;
}

FieldReader FieldReader::object(std::string_view key) {
    const json* value = member(key);
    return FieldReader(value, path_of(key), errors_);
}

std::optional<FieldReader> FieldReader::optional_object(std::string_view key) {
    const json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    return FieldReader(value, path_of(key), errors_);
}

std::vector<FieldReader> FieldReader::objects(std::string_view key) {
    std::vector<FieldReader> readers;
    const json* value = member(key);
    if (value == nullptr) return readers;
    if (!value->is_array()) {
        fail(key, "type");
        return readers;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        readers.emplace_back(&(*value)[i], path_of(key) + "[" + std::to_string(i) + "]", errors_);
    }
    return readers;
}

std::vector<std::string> FieldReader::strings(std::string_view key, bool (*allowed)(const std::string&)) {
    std::vector<std::string> result;
    const json* value = member(key);
    if (value == nullptr) return result;
    if (!value->is_array()) {
        fail(key, "type");
        return result;
    }
    for (const json& item : *value) {
        if (!item.is_string() || !allowed(item.get_ref<const std::string&>())) {
            fail(key, "value");
            return {};
        }
        result.push_back(item.get<std::string>());
    }
    return result;
}

std::vector<std::string> FieldReader::codes(std::string_view key) {
    return strings(key, [](const std::string& text) { return is_code(text); });
}

std::vector<std::string> FieldReader::texts(std::string_view key) {
    return strings(key, [](const std::string& text) { return is_allowed_text(text, TextKind::line); });
}

bool FieldReader::has(std::string_view key) const {
    return object_ != nullptr && object_->is_object() && object_->contains(std::string(key));
}

std::vector<std::uint64_t> FieldReader::unsigned_numbers(std::string_view key) {
    std::vector<std::uint64_t> result;
    const json* value = member(key);
    if (value == nullptr) return result;
    if (!value->is_array()) {
        fail(key, "type");
        return result;
    }
    for (const json& item : *value) {
        if (!item.is_number_unsigned()) {
            fail(key, "value");
            return {};
        }
        result.push_back(item.get<std::uint64_t>());
    }
    return result;
}

void FieldReader::finish() {
    if (object_ == nullptr || errors_.failed()) return;
    for (const auto& [key, value] : object_->items()) {
        if (!seen_.contains(key)) {
            fail(key, "unexpected");
            return;
        }
    }
}

}  // namespace sanitize::cert::detail
