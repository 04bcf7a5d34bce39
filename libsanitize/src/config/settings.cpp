// The settings' names in files and in the environment, and the stable names of sources and
// problems: one table each, so that a new setting is one line here.
#include <algorithm>

#include "sanitize/config.hpp"

namespace sanitize::config {

namespace {

struct Names {
    Setting setting;
    std::string_view key;
    std::string_view variable;
};

// SANITIZE_LEDGER, SANITIZE_KEY and SANITIZE_CHECKPOINT_DIR are the variables the commands read
// already; the others follow their pattern.
constexpr std::array<Names, setting_count> names{{
    {Setting::organisation, "organisation", "SANITIZE_ORGANISATION"},
    {Setting::department, "department", "SANITIZE_DEPARTMENT"},
    {Setting::ledger, "ledger", "SANITIZE_LEDGER"},
    {Setting::key, "key", "SANITIZE_KEY"},
    {Setting::certificate_dir, "certificate_dir", "SANITIZE_CERTIFICATE_DIR"},
    {Setting::checkpoint_dir, "checkpoint_dir", "SANITIZE_CHECKPOINT_DIR"},
    {Setting::method, "method", "SANITIZE_METHOD"},
    {Setting::verify, "verify", "SANITIZE_VERIFY"},
    {Setting::language, "language", "SANITIZE_LANG"},
    {Setting::unattended, "unattended", "SANITIZE_UNATTENDED"},
    {Setting::auditor_recipients, "auditor_recipients", "SANITIZE_AUDITOR_RECIPIENTS"},
}};

constexpr std::array<Setting, setting_count> ordered{
    Setting::organisation, Setting::department, Setting::ledger,  Setting::key,      Setting::certificate_dir,
    Setting::checkpoint_dir, Setting::method,   Setting::verify,  Setting::language, Setting::unattended,
    Setting::auditor_recipients,
};

const Names& names_of(Setting setting) noexcept { return names[static_cast<std::size_t>(setting)]; }

}  // namespace

std::span<const Setting> all_settings() noexcept { return ordered; }

std::string_view key_of(Setting setting) noexcept { return names_of(setting).key; }

std::string_view environment_variable(Setting setting) noexcept { return names_of(setting).variable; }

std::optional<Setting> setting_named(std::string_view key) noexcept {
    const auto* found = std::find_if(names.begin(), names.end(), [&](const Names& n) { return n.key == key; });
    if (found == names.end()) return std::nullopt;
    return found->setting;
}

std::string_view source_name(Source source) noexcept {
    switch (source) {
        case Source::built_in: return "built_in";
        case Source::site_file: return "site_file";
        case Source::user_file: return "user_file";
        case Source::environment: return "environment";
        case Source::option: return "option";
    }
    return "built_in";
}

std::string_view problem_name(Problem problem) noexcept {
    switch (problem) {
        case Problem::file_unreadable: return "file_unreadable";
        case Problem::file_too_large: return "file_too_large";
        case Problem::not_utf8: return "not_utf8";
        case Problem::missing_equals: return "missing_equals";
        case Problem::unknown_setting: return "unknown_setting";
        case Problem::repeated_setting: return "repeated_setting";
        case Problem::empty_value: return "empty_value";
        case Problem::control_character: return "control_character";
        case Problem::not_absolute: return "not_absolute";
        case Problem::no_home: return "no_home";
        case Problem::bad_ledger: return "bad_ledger";
        case Problem::password_in_file: return "password_in_file";
        case Problem::bad_method: return "bad_method";
        case Problem::bad_verify: return "bad_verify";
        case Problem::bad_language: return "bad_language";
        case Problem::bad_unattended: return "bad_unattended";
        case Problem::bad_recipient: return "bad_recipient";
    }
    return "unknown";
}

}  // namespace sanitize::config
