// Reads the members of one JSON object by name, checking each value's type and rule, and
// remembers the first problem for the whole document: the parser reads every section straight
// through and asks once at the end, instead of testing after each of ~80 members. A problem is
// "certificate field <path>: <missing|type|value|unexpected>".
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cert/text_rules.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

// The first problem of a document.
class ReadErrors {
public:
    void fail(const std::string& path, std::string_view why);
    bool failed() const noexcept { return error_.has_value(); }
    const std::optional<Error>& error() const noexcept { return error_; }

private:
    std::optional<Error> error_;
};

class FieldReader {
public:
    // `object` may be null (its parent failed): every read then returns a default quietly.
    FieldReader(const nlohmann::json* object, std::string path, ReadErrors& errors);

    std::string text(std::string_view key, TextKind kind = TextKind::line);
    std::string nonempty_text(std::string_view key);
    // Text that must pass `rule` (an id, a hash, a code).
    std::string text_where(std::string_view key, bool (*rule)(std::string_view) noexcept);
    // null or text passing `rule`.
    std::optional<std::string> optional_text_where(std::string_view key, bool (*rule)(std::string_view) noexcept);
    std::uint64_t unsigned_number(std::string_view key, std::uint64_t max = UINT64_MAX);
    std::optional<std::uint64_t> optional_unsigned(std::string_view key);
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
    bool boolean(std::string_view key);
    std::optional<bool> optional_boolean(std::string_view key);
    double percent(std::string_view key);
    std::optional<double> optional_percent(std::string_view key);
    std::chrono::sys_seconds time(std::string_view key);

    // A name from a table: parse returns nullopt for a name it does not know.
    template <typename Enum>
    Enum name(std::string_view key, std::optional<Enum> (*parse)(std::string_view) noexcept, Enum fallback) {
        const std::string value = text(key);
        if (errors_.failed()) return fallback;
        const std::optional<Enum> parsed = parse(value);
        if (!parsed) {
            fail(key, "value");
            return fallback;
        }
        return *parsed;
    }

    FieldReader object(std::string_view key);
    std::optional<FieldReader> optional_object(std::string_view key);  // null: nullopt
    std::vector<FieldReader> objects(std::string_view key);            // an array of objects
    std::vector<std::string> codes(std::string_view key);              // an array of is_code texts
    std::vector<std::string> texts(std::string_view key);              // an array of one-line texts
    // Whether the member is there at all, for members that older documents lack.
    bool has(std::string_view key) const;
    std::vector<std::uint64_t> unsigned_numbers(std::string_view key);

    // Marks the object read: any member not asked for is "unexpected".
    void finish();

    void fail(std::string_view key, std::string_view why);
    bool failed() const noexcept { return errors_.failed(); }
    std::string path_of(std::string_view key) const;

private:
    const nlohmann::json* member(std::string_view key);  // null after reporting it missing
    // An array of texts each passing `allowed`; empty after reporting the first that does not.
    std::vector<std::string> strings(std::string_view key, bool (*allowed)(const std::string&));
    const nlohmann::json* object_;
    std::string path_;
    ReadErrors& errors_;
    std::set<std::string, std::less<>> seen_;
};

}  // namespace sanitize::cert::detail
