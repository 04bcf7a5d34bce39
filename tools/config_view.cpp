#include "config_view.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "failure.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

using config::Problem;
using config::Source;
using json = nlohmann::json;

std::string source_text(const config::Origin& origin, const Messages& messages) {
    const std::string place = origin.line > 0 ? messages.format(Msg::config_at_line, origin.name, origin.line) : origin.name;
    switch (origin.source) {
        case Source::built_in: return std::string(messages.get(Msg::config_built_in));
        case Source::site_file: return messages.format(Msg::config_site_file, place);
        case Source::user_file: return messages.format(Msg::config_user_file, place);
        case Source::environment: return messages.format(Msg::config_environment, place);
        case Source::option: return messages.format(Msg::config_option, place);
    }
    return place;
}

Msg problem_text(Problem problem) {
    switch (problem) {
        case Problem::file_unreadable: return Msg::config_file_unreadable;
        case Problem::file_too_large: return Msg::config_file_too_large;
        case Problem::not_utf8: return Msg::config_not_utf8;
        case Problem::missing_equals: return Msg::config_missing_equals;
        case Problem::unknown_setting: return Msg::config_unknown_setting;
        case Problem::repeated_setting: return Msg::config_repeated_setting;
        case Problem::empty_value: return Msg::config_empty_value;
        case Problem::control_character: return Msg::config_control_character;
        case Problem::not_absolute: return Msg::config_not_absolute;
        case Problem::no_home: return Msg::config_no_home;
        case Problem::bad_ledger: return Msg::config_bad_ledger;
        case Problem::password_in_file: return Msg::config_password_in_file;
        case Problem::bad_method: return Msg::config_bad_method;
        case Problem::bad_verify: return Msg::config_bad_verify;
        case Problem::bad_language: return Msg::config_bad_language;
        case Problem::bad_unattended: return Msg::config_bad_unattended;
        case Problem::bad_recipient: return Msg::config_bad_recipient;
    }
    return Msg::config_missing_equals;
}

std::string setting_names() {
    std::string names;
    for (const config::Setting setting : config::all_settings()) {
        names += (names.empty() ? "" : ", ") + std::string(config::key_of(setting));
    }
    return names;
}

// The hint that helps most with each problem; none where the error says it all.
std::optional<std::string> problem_hint(Problem problem, const Messages& messages) {
    switch (problem) {
        case Problem::unknown_setting: return messages.format(Msg::hint_config_settings, setting_names());
        case Problem::password_in_file: return std::string(messages.get(Msg::hint_config_password));
        case Problem::bad_method: {
            // The same hint as a wrong --method gets, with the methods the library offers.
            const Failure failure = describe(messages, make_error(Errc::invalid_argument, Reason::method_spec));
            return failure.hints.empty() ? std::nullopt : std::optional<std::string>(failure.hints.front());
        }
        case Problem::bad_verify: return std::string(messages.get(Msg::hint_verify));
        case Problem::file_unreadable: return std::nullopt;
        default: return std::string(messages.get(Msg::hint_config_fix));
    }
}

json origin_json(const config::Origin& origin) {
    json j{{"source", config::source_name(origin.source)}};
    if (!origin.name.empty()) j["origin"] = origin.name;
    if (origin.line > 0) j["line"] = origin.line;
    return j;
}

}  // namespace

std::string config_table(const config::Settings& settings, const ConfigFiles& files, const Messages& messages) {
    struct Row {
        std::string key, value, source;
    };
    std::vector<Row> rows{{std::string(messages.get(Msg::col_setting)), std::string(messages.get(Msg::col_value)),
                           std::string(messages.get(Msg::col_source))}};
    for (const config::Setting setting : config::all_settings()) {
        const config::Value& value = settings[setting];
        const std::string shown = value.text.empty() ? std::string(messages.get(Msg::config_not_set))
                                                     : config::shown_value(setting, value.text);
        rows.push_back({std::string(config::key_of(setting)), shown, source_text(value.origin, messages)});
    }
    std::size_t key_width = 0;
    std::size_t value_width = 0;
    for (const Row& row : rows) {
        key_width = std::max(key_width, display_width(row.key));
        value_width = std::max(value_width, display_width(row.value));
    }
    std::string text;
    for (const Row& row : rows) {
        text += pad_right(row.key, key_width + 2) + pad_right(row.value, value_width + 2) + row.source + "\n";
    }
    text += "\n" + messages.format(Msg::config_site_path, files.site) + "\n";
    text += (files.user.empty() ? std::string(messages.get(Msg::config_user_path_none))
                                : messages.format(Msg::config_user_path, files.user)) + "\n";
    return text;
}

std::string config_json(const config::Resolved& resolved, const ConfigFiles& files) {
    json settings = json::object();
    for (const config::Setting setting : config::all_settings()) {
        const config::Value& value = resolved.settings[setting];
        json entry = origin_json(value.origin);
        entry["value"] = value.text.empty() ? json(nullptr) : json(config::shown_value(setting, value.text));
        settings[std::string(config::key_of(setting))] = entry;
    }
    json problems = json::array();
    for (const config::Diagnostic& problem : resolved.problems) {
        json entry = origin_json(problem.where);
        entry["problem"] = config::problem_name(problem.problem);
        if (!problem.key.empty()) entry["key"] = problem.key;
        if (!problem.value.empty()) entry["value"] = problem.value;
        problems.push_back(entry);
    }
    const json user_file = files.user.empty() ? json(nullptr) : json(files.user);
    const json document{{"schema", "sanitize.config/1"}, {"site_file", files.site}, {"user_file", user_file},
                                {"settings", settings},          {"problems", problems}};
    // Invalid UTF-8 in a value is replaced rather than thrown on: the problem already names it.
    return document.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string config_problem_text(const config::Diagnostic& problem, const Messages& messages) {
    const config::Origin& where = problem.where;
    const std::string place = where.line > 0 ? messages.format(Msg::config_at_line, where.name, where.line) : where.name;
    const std::string reason = problem.sys_errno != 0 ? messages.system_error(problem.sys_errno) : std::string();
    return place + ": " + messages.format(problem_text(problem.problem), problem.key, problem.value, reason);
}

void print_config_problem(const config::Diagnostic& problem, const Messages& messages) {
    print_error(messages, config_problem_text(problem, messages));
    if (std::optional<std::string> hint = problem_hint(problem.problem, messages)) print_hint(messages, *hint);
}

}  // namespace sanitize::cli
