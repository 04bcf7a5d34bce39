// One resolution of the settings for both front ends (sanitize/jobs/settings.hpp).
#include "sanitize/jobs/settings.hpp"

#include <array>
#include <optional>

namespace sanitize::jobs {
namespace {

using config::Setting;

bool from_a_file(const config::Value& value) {
    return value.origin.source == config::Source::site_file || value.origin.source == config::Source::user_file;
}

std::optional<std::string> file_value(const config::Settings& settings, Setting setting) {
    const config::Value& value = settings[setting];
    if (!from_a_file(value) || value.text.empty()) return std::nullopt;
    return value.text;
}

std::optional<std::string> option_value(const SettingsRequest& request, Setting setting) {
    const auto found = request.options.find(setting);
    if (found == request.options.end() || found->second.empty()) return std::nullopt;
    return found->second;
}

}  // namespace

PathLayer configuration_layer(const config::Settings& settings) {
    return PathLayer{PathSource::configuration, file_value(settings, Setting::ledger), file_value(settings, Setting::key),
                     file_value(settings, Setting::checkpoint_dir)};
}

SettingsInForce settings_in_force(const SettingsRequest& request) {
    SettingsInForce result;
    result.site_file = config::site_file_path(request.getenv_fn);
    result.user_file = config::user_file_path(request.getenv_fn);

    const Paths builtin = builtin_paths(request.getenv_fn, request.effective_uid);
    config::ResolveOptions options;
    options.site = config::read_file(config::Source::site_file, result.site_file);
    if (!result.user_file.empty()) options.user = config::read_file(config::Source::user_file, result.user_file);
    options.getenv_fn = request.getenv_fn;
    options.options = request.options;
    options.option_names = request.option_names;
    options.built_in = request.built_in;
    options.built_in[Setting::ledger] = builtin.ledger.value;
    options.built_in[Setting::key] = builtin.key_file.value;
    options.built_in[Setting::checkpoint_dir] = builtin.checkpoint_dir.value;
    result.resolved = config::resolve(options);

    // Highest first: the options, the environment, the files; builtin_paths below them all.
    const std::array<PathLayer, 3> layers{
        PathLayer{PathSource::option, option_value(request, Setting::ledger), option_value(request, Setting::key),
                  option_value(request, Setting::checkpoint_dir)},
        environment_layer(request.getenv_fn), configuration_layer(result.resolved.settings)};
    result.paths = resolve_paths(builtin, layers);
    return result;
}

}  // namespace sanitize::jobs
