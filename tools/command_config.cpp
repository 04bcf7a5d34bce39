// `sanitize config show`: the settings in force as main resolved them (run_settings.hpp, one
// resolution for every command), and where each came from. Any problem in a file, a variable or
// an option is an error (exit 2), printed after the settings so that the whole picture is still
// there.
#include <iostream>

#include "commands.hpp"
#include "config_view.hpp"
#include "run_settings.hpp"

namespace sanitize::cli {

ExitCode run_config(const ConfigArgs& args, const Context& context) {
    const jobs::SettingsInForce& settings = context.settings;
    const ConfigFiles files{settings.site_file, settings.user_file};
    std::cout << (args.json ? config_json(settings.resolved, files)
                            : config_table(settings.resolved.settings, files, context.messages))
              << std::flush;
    return report_settings_problems(settings, context.messages) ? ExitCode::ok : ExitCode::usage;
}

}  // namespace sanitize::cli
