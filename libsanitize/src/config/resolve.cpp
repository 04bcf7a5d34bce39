// Precedence: option > environment > user file > site file > built-in default. Each layer's
// value is checked before it may win; one with a problem is reported and the next layer down
// decides instead, so that `sanitize config show` still shows a whole picture.
#include <optional>

#include "check_value.hpp"
#include "sanitize/config.hpp"

#ifndef SANITIZE_SITE_CONFIG_FILE
#error "SANITIZE_SITE_CONFIG_FILE must be defined by the build (libsanitize/CMakeLists.txt)"
#endif

namespace sanitize::config {

namespace {

std::string environment_text(const Getenv& getenv_fn, const char* name) {
    if (!getenv_fn) return {};
    const char* value = getenv_fn(name);
    return value == nullptr ? std::string() : std::string(value);
}

class Resolver {
public:
    explicit Resolver(const ResolveOptions& options)
        : options_(options), home_(environment_text(options.getenv_fn, "HOME")) {}

    Resolved run() {
        resolved_.problems = options_.site.problems;
        resolved_.problems.insert(resolved_.problems.end(), options_.user.problems.begin(), options_.user.problems.end());
        for (const Setting setting : all_settings()) {
            std::optional<Value> value = from_options(setting);
            if (!value) value = from_environment(setting);
            if (!value) value = from_file(options_.user, setting);
            if (!value) value = from_file(options_.site, setting);
            resolved_.settings.values[static_cast<std::size_t>(setting)] = value ? *value : built_in(setting);
        }
        return std::move(resolved_);
    }

private:
    // The value if it passes its checks; else nothing, and the problem is listed.
    std::optional<Value> checked(Setting setting, const std::string& text, Origin origin) {
        detail::Checked result = detail::check_value(setting, text, origin.source, home_);
        if (!result.problem) return Value{std::move(result.text), std::move(origin)};
        resolved_.problems.push_back({*result.problem, std::move(origin), std::string(key_of(setting)),
                                      std::move(result.text), 0});
        return std::nullopt;
    }

    std::optional<Value> from_options(Setting setting) {
        const auto given = options_.options.find(setting);
        if (given == options_.options.end()) return std::nullopt;
        const auto name = options_.option_names.find(setting);
        const std::string option = name == options_.option_names.end() ? std::string(key_of(setting)) : name->second;
        return checked(setting, given->second, Origin{Source::option, option, 0});
    }

    // An empty variable counts as unset, as the commands have always read them.
    std::optional<Value> from_environment(Setting setting) {
        const std::string variable(environment_variable(setting));
        const std::string text = environment_text(options_.getenv_fn, variable.c_str());
        if (text.empty()) return std::nullopt;
        return checked(setting, text, Origin{Source::environment, variable, 0});
    }

    std::optional<Value> from_file(const FileSettings& file, Setting setting) {
        const auto found = file.values.find(setting);
        if (found == file.values.end()) return std::nullopt;
        return checked(setting, found->second.text, found->second.origin);
    }

    Value built_in(Setting setting) const {
        const auto found = options_.built_in.find(setting);
        return Value{found == options_.built_in.end() ? std::string() : found->second, Origin{}};
    }

    const ResolveOptions& options_;
    std::string home_;
    Resolved resolved_;
};

}  // namespace

std::string site_file_path(const Getenv& getenv_fn) {
    std::string named = environment_text(getenv_fn, "SANITIZE_SITE_CONFIG");
    return named.empty() ? std::string(SANITIZE_SITE_CONFIG_FILE) : named;
}

std::string user_file_path(const Getenv& getenv_fn) {
    // The XDG base directory spec ignores relative values.
    if (std::string base = environment_text(getenv_fn, "XDG_CONFIG_HOME"); base.starts_with('/'))
        return base + "/sanitize/sanitize.conf";
    if (std::string home = environment_text(getenv_fn, "HOME"); !home.empty())
        return home + "/.config/sanitize/sanitize.conf";
    return {};
}

Resolved resolve(const ResolveOptions& options) { return Resolver(options).run(); }

std::string shown_value(Setting setting, std::string_view text) {
    return setting == Setting::ledger ? detail::hide_password(text) : std::string(text);
}

}  // namespace sanitize::config
