// `sanitize config show`: the settings as every layer resolves them (sanitize/config.hpp), and
// where each came from. Any problem in a file, a variable or an option is an error (exit 2),
// printed after the settings so that the whole picture is still there.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "config_view.hpp"
#include "sanitize/jobs/paths.hpp"

namespace sanitize::cli {

namespace {

using config::Setting;

// What the commands fall back to when nothing is configured: the paths of jobs::builtin_paths
// for this user, WipeArgs' defaults, the locale's language.
std::map<Setting, std::string> built_in_defaults() {
    const WipeArgs wipe;
    const Lang locale = language_from_environment(std::getenv);
    const jobs::Paths paths = jobs::builtin_paths(std::getenv, ::geteuid());
    return {{Setting::ledger, paths.ledger.value},
            {Setting::key, paths.key_file.value},
            {Setting::certificate_dir, wipe.cert_dir},
            {Setting::checkpoint_dir, paths.checkpoint_dir.value},
            {Setting::method, wipe.method},
            {Setting::verify, wipe.verify},
            {Setting::language, locale == Lang::ja ? "ja" : "en"},
            {Setting::unattended, "no"}};  // the boot-and-wipe station's; the commands ignore it
}

}  // namespace

ExitCode run_config(const ConfigArgs& args, const GlobalArgs& global, const Context& context) {
    const ConfigFiles files{config::site_file_path(std::getenv), config::user_file_path(std::getenv)};
    config::ResolveOptions options;
    options.site = config::read_file(config::Source::site_file, files.site);
    if (!files.user.empty()) options.user = config::read_file(config::Source::user_file, files.user);
    options.getenv_fn = std::getenv;
    options.built_in = built_in_defaults();
    if (!global.lang.empty()) {
        options.options[Setting::language] = global.lang;
        options.option_names[Setting::language] = "--lang";
    }
    const config::Resolved resolved = config::resolve(options);

    std::cout << (args.json ? config_json(resolved, files) : config_table(resolved.settings, files, context.messages))
              << std::flush;
    for (const config::Diagnostic& problem : resolved.problems) print_config_problem(problem, context.messages);
    return resolved.problems.empty() ? ExitCode::ok : ExitCode::usage;
}

}  // namespace sanitize::cli
