// Building the CLI11 application in the user's language and parsing argv into an Invocation.
#include "app.hpp"

#include <map>
#include <memory>
#include <string_view>

#include <CLI/CLI.hpp>

#ifndef SANITIZE_VERSION
#error "SANITIZE_VERSION must be defined by the build (tools/CMakeLists.txt)"
#endif

namespace sanitize::cli {

namespace {

std::shared_ptr<CLI::Formatter> translated_formatter(const Messages& messages) {
    auto formatter = std::make_shared<CLI::Formatter>();
    auto label = [&](const char* key, Msg text) { formatter->label(key, std::string(messages.get(text))); };
    label("Usage", Msg::label_usage);
    label("OPTIONS", Msg::label_options_upper);
    label("Positionals", Msg::label_positionals);
    label("SUBCOMMAND", Msg::label_subcommand_upper);
    label("SUBCOMMANDS", Msg::label_subcommand_upper);
    label("REQUIRED", Msg::label_required);
    label("Needs", Msg::label_needs);
    label("Excludes", Msg::label_excludes);
    formatter->column_width(34);
    return formatter;
}

void add_devices(CLI::App& app, const Messages& messages, DevicesArgs& args) {
    CLI::App* command = app.add_subcommand("devices", std::string(messages.get(Msg::help_devices)));
    command->add_flag("--json", args.json, std::string(messages.get(Msg::help_json_devices)));
    command->footer(std::string(messages.get(Msg::footer_devices)));
}

void add_wipe(CLI::App& app, const Messages& messages, WipeArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("wipe", text(Msg::help_wipe));
    command->add_option("TARGET", args.targets, text(Msg::help_targets))->required();
    command->add_option("-m,--method", args.method, text(Msg::help_method))->capture_default_str();
    command->add_option("--verify", args.verify, text(Msg::help_verify))->capture_default_str();
    command->add_flag("--blank", args.blank, text(Msg::help_blank));
    command->add_flag("--json", args.json, text(Msg::help_json_wipe));
    CLI::Option* yes = command->add_flag("-y,--yes", args.yes, text(Msg::help_yes));
    // One token per occurrence: serials may contain commas, so no comma-separated lists.
    command->add_option("--confirm", args.confirm, text(Msg::help_confirm))
        ->allow_extra_args(false)
        ->needs(yes);
    command->add_option("--generator", args.generator, text(Msg::help_generator))
        ->check(CLI::IsMember({"auto", "aes", "chacha20"}))
        ->capture_default_str();
    command->add_option("--workers", args.workers, text(Msg::help_workers))
        ->check(CLI::Range(0U, 256U))
        ->capture_default_str();
    command->footer(text(Msg::footer_wipe));
}

void add_verify_media(CLI::App& app, const Messages& messages, VerifyMediaArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("verify-media", text(Msg::help_verify_media));
    command->add_option("TARGET", args.target, text(Msg::help_target))->required();
    command->add_option("--expect", args.expect, text(Msg::help_expect))->required();
    command->add_option("--sample", args.sample, text(Msg::help_sample));
    command->add_flag("--json", args.json, text(Msg::help_json_check));
    command->footer(text(Msg::footer_verify_media));
}

// --ledger, on every command that reads or writes the ledger.
[[maybe_unused]] void add_ledger_option(CLI::App* command, const Messages& messages, std::string& location) {
    command->add_option("--ledger", location, std::string(messages.get(Msg::help_ledger_location)));
}

// --key, --passphrase-file, --passphrase-fd: on every command that signs.
[[maybe_unused]] void add_signer_options(CLI::App* command, const Messages& messages, SignerArgs& signer) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    command->add_option("--key", signer.key_file, text(Msg::help_key_file));
    CLI::Option* file = command->add_option("--passphrase-file", signer.passphrase.file, text(Msg::help_passphrase_file));
    command->add_option("--passphrase-fd", signer.passphrase.fd, text(Msg::help_passphrase_fd))
        ->check(CLI::NonNegativeNumber)
        ->excludes(file);
}

// Each command family adds itself here (key, ledger, asset, report, cert).

// "sanitize" or "sanitize wipe": the command whose --help the hint should point to.
std::string command_path(const CLI::App& app) {
    std::string path = "sanitize";
    for (const CLI::App* sub : app.get_subcommands()) path += " " + sub->get_name();
    return path;
}

}  // namespace

ParseResult parse_command_line(int argc, const char* const* argv, const Messages& messages) {
    Invocation invocation;
    CLI::App app(std::string(messages.get(Msg::help_app)), "sanitize");
    app.formatter(translated_formatter(messages));
    app.option_defaults()->group(std::string(messages.get(Msg::label_options)));
    app.set_help_flag("-h,--help", std::string(messages.get(Msg::help_help)));
    app.set_version_flag("--version", std::string("sanitize ") + SANITIZE_VERSION,
                         std::string(messages.get(Msg::help_version)));
    app.add_option("--lang", invocation.global.lang, std::string(messages.get(Msg::help_lang)))
        ->check(CLI::IsMember({"ja", "en"}));
    app.add_flag("-v,--verbose", invocation.global.verbose, std::string(messages.get(Msg::help_verbose)));
    app.require_subcommand(1);
    app.fallthrough();  // global options are accepted after the command name too
    app.footer(std::string(messages.get(Msg::footer_app)));

    add_devices(app, messages, invocation.devices);
    add_wipe(app, messages, invocation.wipe);
    add_verify_media(app, messages, invocation.verify_media);
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group(std::string(messages.get(Msg::label_subcommands)));
        // A subcommand's help flag is made before the option defaults apply: group it by hand.
        sub->get_help_ptr()->group(std::string(messages.get(Msg::label_options)));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            app.exit(error);  // --help or --version
            return {std::nullopt, ExitCode::ok};
        }
        print_error(messages, messages.format(Msg::usage_parse_error, error.what()));
        print_hint(messages, messages.format(Msg::hint_help, command_path(app)));
        return {std::nullopt, ExitCode::usage};
    }

    const std::string name = app.get_subcommands().front()->get_name();
    static const std::map<std::string, Command> commands = {
        {"devices", Command::devices}, {"wipe", Command::wipe}, {"verify-media", Command::verify_media},
        {"key", Command::key},         {"ledger", Command::ledger}, {"asset", Command::asset},
        {"report", Command::report},   {"cert", Command::cert},
    };
    invocation.command = commands.at(name);
    return {std::move(invocation), ExitCode::ok};
}

std::optional<Lang> language_from_arguments(int argc, const char* const* argv) {
    std::optional<Lang> lang;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--lang" && i + 1 < argc) {
            lang = parse_lang(argv[i + 1]);
        } else if (arg.starts_with("--lang=")) {
            lang = parse_lang(arg.substr(7));
        }
    }
    return lang;
}

}  // namespace sanitize::cli
