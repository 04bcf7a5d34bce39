// `sanitize purge`: its options. --yes/--confirm as for `wipe`: the same confirmation.
#include "app_purge.hpp"

#include <CLI/CLI.hpp>

namespace sanitize::cli {

void add_purge(CLI::App& app, const Messages& messages, PurgeArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("purge", text(Msg::help_purge));
    command->add_option("DEVICE", args.target, text(Msg::help_target))->required();
    command->add_option("-m,--method", args.method, text(Msg::help_purge_method))->required();
    command->add_option("--verify", args.verify, text(Msg::help_purge_verify))->capture_default_str();
    command->add_flag("--json", args.json, text(Msg::help_json_purge));
    CLI::Option* yes = command->add_flag("-y,--yes", args.yes, text(Msg::help_yes));
    command->add_option("--confirm", args.confirm, text(Msg::help_confirm))->needs(yes);
    command->footer(text(Msg::footer_purge));
}

}  // namespace sanitize::cli
