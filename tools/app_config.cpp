#include "app_config.hpp"

#include <CLI/CLI.hpp>

namespace sanitize::cli {

void add_config(CLI::App& app, const Messages& messages, ConfigArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* family = app.add_subcommand("config", text(Msg::help_config));
    family->require_subcommand(1);
    family->footer(text(Msg::footer_config));
    CLI::App* show = family->add_subcommand("show", text(Msg::help_config_show));
    show->add_flag("--json", args.json, text(Msg::help_json_config));
    show->group(text(Msg::label_subcommands));
    show->get_help_ptr()->group(text(Msg::label_options));
    show->footer(family->get_footer());
}

}  // namespace sanitize::cli
