// Building the CLI11 application in the user's language and parsing argv into an Invocation.
#include "app.hpp"

#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>

#include <CLI/CLI.hpp>

#include "app_config.hpp"
#include "app_ledger.hpp"
#include "app_prepare.hpp"
#include "app_purge.hpp"
#include "completion.hpp"
#include "run_settings.hpp"
#include "version_text.hpp"

namespace sanitize::cli {

namespace {

// The subcommands by name, as typed.
const std::map<std::string, Command>& command_names() {
    static const std::map<std::string, Command> commands = {
        {"devices", Command::devices}, {"wipe", Command::wipe}, {"verify-media", Command::verify_media},
        {"key", Command::key},         {"ledger", Command::ledger}, {"asset", Command::asset},
        {"report", Command::report},   {"cert", Command::cert},     {"attach", Command::attach}, {"encrypt", Command::encrypt}, {"decrypt", Command::decrypt}, {"keygen", Command::keygen}, {"carry-out", Command::carry_out}, {"prepare", Command::prepare}, {"purge", Command::purge}, {"config", Command::config}, {"approval", Command::approval},
        {"incident", Command::incident}, {"audit", Command::audit},
    };
    return commands;
}

// CLI11 writes a few words of its own into help: an option's value type by its C++ type (TEXT,
// UINT, …, also when a check adds to it: "TEXT:{ja,en}") and the default group names. They are
// put in the person's language here, so that Japanese help has no English but the option names.
class TranslatedFormatter : public CLI::Formatter {
public:
    explicit TranslatedFormatter(const Messages& messages)
        : type_words_{{{"BOOLEAN", std::string(messages.get(Msg::label_type_boolean))},
                       {"FLOAT", std::string(messages.get(Msg::label_type_float))},
                       {"UINT", std::string(messages.get(Msg::label_type_uint))},
                       {"ENUM", std::string(messages.get(Msg::label_type_enum))},
                       {"TEXT", std::string(messages.get(Msg::label_type_text))},
                       {"INT", std::string(messages.get(Msg::label_type_int))},
                       {"NONNEGATIVE", std::string(messages.get(Msg::label_type_nonnegative))},
                       {"POSITIVE", std::string(messages.get(Msg::label_type_positive))}}},
          options_(messages.get(Msg::label_options)),
          subcommands_(messages.get(Msg::label_subcommands)) {}

    std::string make_option_opts(const CLI::Option* option) const override {
        std::string text = with_type_words(without_repeated_type(CLI::Formatter::make_option_opts(option)));
        // A range check adds "in [0 - 256]": the brackets say it in any language.
        for (std::size_t at = text.find(" in ["); at != std::string::npos; at = text.find(" in [", at)) text.erase(at, 3);
        return text;
    }

    std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
        if (group == "Options") group = options_;  // CLI11's default, where no group was set
        return CLI::Formatter::make_group(std::move(group), is_positional, std::move(opts));
    }

    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
        std::string text = CLI::Formatter::make_subcommands(app, mode);
        const std::string english = "\nSubcommands:\n";  // CLI11's default group of a subcommand
        for (std::size_t at = text.find(english); at != std::string::npos; at = text.find(english, at + 1)) {
            text.replace(at, english.size(), "\n" + subcommands_ + ":\n");
        }
        return text;
    }

private:
    // A check names the type again, or says it better: "UINT:UINT [0 - 256]" is "UINT [0 - 256]",
    // "INT:NONNEGATIVE" is "NONNEGATIVE" (an integer of 0 or more).
    static std::string without_repeated_type(std::string text) {
        for (const std::string_view type : {"UINT", "INT"}) {
            for (const std::string_view check : {std::string_view("NONNEGATIVE"), std::string_view("POSITIVE"), type}) {
                const std::string both = std::string(type) + ":" + std::string(check);
                for (std::size_t at = text.find(both); at != std::string::npos; at = text.find(both, at)) {
                    if (at > 0 && text[at - 1] == 'U') {  // the INT of UINT
                        ++at;
                        continue;
                    }
                    text.replace(at, both.size(), check);
                }
            }
        }
        return text;
    }

    // Each type name as a whole word (UINT is not INT), in the longest-first order of the table.
    std::string with_type_words(std::string text) const {
        const auto is_word_char = [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; };
        for (const auto& [english, words] : type_words_) {
            for (std::size_t at = text.find(english); at != std::string::npos; at = text.find(english, at + 1)) {
                const std::size_t end = at + english.size();
                if ((at > 0 && is_word_char(text[at - 1])) || (end < text.size() && is_word_char(text[end]))) continue;
                text.replace(at, english.size(), words);
                at += words.size() - 1;
            }
        }
        return text;
    }

    std::array<std::pair<std::string, std::string>, 8> type_words_;
    std::string options_;
    std::string subcommands_;
};

// CLI11's own message, in English, as it is; in Japanese, a sentence of the catalogue chosen by
// the kind of error, with what CLI11 names (options, values, placeholders) kept and its English
// words left out.
std::string parse_error_text(const Messages& messages, const CLI::ParseError& error) {
    if (messages.lang() == Lang::en) return messages.format(Msg::usage_parse_error, error.what());
    static const std::map<std::string, Msg, std::less<>> kinds{
        {"ExtrasError", Msg::usage_extras},          {"RequiredError", Msg::usage_required},
        {"ConversionError", Msg::usage_conversion},  {"ValidationError", Msg::usage_validation},
        {"ArgumentMismatch", Msg::usage_arguments},  {"ExcludesError", Msg::usage_excludes},
        {"RequiresError", Msg::usage_requires},      {"OptionNotFound", Msg::usage_extras},
    };
    const std::string named = names_only(error.what());
    const auto kind = kinds.find(error.get_name());
    std::string text = messages.format(kind != kinds.end() ? kind->second : Msg::usage_other, named);
    while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.pop_back();  // nothing named
    return text;
}

std::shared_ptr<CLI::Formatter> translated_formatter(const Messages& messages) {
    auto formatter = std::make_shared<TranslatedFormatter>(messages);
    auto label = [&](const char* key, Msg text) { formatter->label(key, std::string(messages.get(text))); };
    label("Usage", Msg::label_usage);
    label("OPTIONS", Msg::label_options_upper);
    label("Positionals", Msg::label_positionals);
    label("SUBCOMMAND", Msg::label_subcommand_upper);
    label("SUBCOMMANDS", Msg::label_subcommand_upper);
    label("REQUIRED", Msg::label_required);
    label("Needs", Msg::label_needs);
    label("Excludes", Msg::label_excludes);
    label("Env", Msg::label_env);
    formatter->column_width(34);
    return formatter;
}

}  // namespace

// CLI11's NonNegativeNumber and PositiveNumber print the range of a double ("0.000000
// 1797693134862315…") and accept "1.5": an option that takes a count or an id says it in words.
CLI::Validator at_least(const Messages& messages, long long minimum) {
    const std::string words = messages.format(Msg::usage_at_least, minimum);
    const auto integer_of_minimum = [words, minimum](std::string& value) -> std::string {
        long long parsed = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (error != std::errc{} || end != value.data() + value.size() || parsed < minimum) return words;
        return {};
    };
    return CLI::Validator(integer_of_minimum, minimum > 0 ? "POSITIVE" : "NONNEGATIVE");
}

// CLI11's Range says "Value 5 not in range 0 to 2" in English, and Japanese keeps its numbers alone.
CLI::Validator within(const Messages& messages, long long minimum, long long maximum, std::string_view type) {
    const std::string words = messages.format(Msg::usage_within, minimum, maximum);
    const auto integer_within = [words, minimum, maximum](std::string& value) -> std::string {
        long long parsed = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        const bool whole = error == std::errc{} && end == value.data() + value.size();
        if (!whole || parsed < minimum || parsed > maximum) return words;
        return {};
    };
    // The description CLI11's Range gives, which the help formatter shortens to "INT [0 - 2]".
    return CLI::Validator(integer_within, std::string(type) + " in [" + std::to_string(minimum) + " - " +
                                              std::to_string(maximum) + "]");
}

// --ledger, on every command that reads or writes the ledger.
void add_ledger_option(CLI::App* command, const Messages& messages, std::string& location) {
    command->add_option("--ledger", location, std::string(messages.get(Msg::help_ledger_location)));
}

// --key, --passphrase-file, --passphrase-fd: on every command that signs.
void add_signer_options(CLI::App* command, const Messages& messages, SignerArgs& signer) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    command->add_option("--key", signer.key_file, text(Msg::help_key_file));
    CLI::Option* file = command->add_option("--passphrase-file", signer.passphrase.file, text(Msg::help_passphrase_file));
    command->add_option("--passphrase-fd", signer.passphrase.fd, text(Msg::help_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(file);
}

namespace {

void add_devices(CLI::App& app, const Messages& messages, DevicesArgs& args) {
    CLI::App* command = app.add_subcommand("devices", std::string(messages.get(Msg::help_devices)));
    command->add_flag("--json", args.json, std::string(messages.get(Msg::help_json_devices)));
    command->add_flag("--probe", args.probe, std::string(messages.get(Msg::help_devices_probe)));
    command->footer(std::string(messages.get(Msg::footer_devices)));
}

// The certificate of a wipe: the ledger, the operator's key and what the certificate says.
void add_certificate_options(CLI::App* command, const Messages& messages, WipeArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    add_ledger_option(command, messages, args.ledger);
    command->add_flag("--no-ledger", args.no_ledger, text(Msg::help_wipe_no_ledger));
    add_signer_options(command, messages, args.signer);
    command->add_option("--asset", args.assets, text(Msg::help_wipe_asset))->allow_extra_args(false);
    command->add_option("--destination", args.destination, text(Msg::help_wipe_destination))->capture_default_str();
    command->add_option("--destination-detail", args.destination_detail, text(Msg::help_wipe_destination_detail));
    command->add_option("--customer", args.customer, text(Msg::help_wipe_customer));
    command->add_option("--comments", args.comments, text(Msg::help_wipe_comments));
    command->add_option("--department", args.department, text(Msg::help_wipe_department));
    command->add_option("--location", args.location, text(Msg::help_wipe_location));
    command->add_option("--cert-dir", args.cert_dir, text(Msg::help_wipe_cert_dir))->capture_default_str();
    command->add_flag("--no-pdf", args.no_pdf, text(Msg::help_wipe_no_pdf));
}

void add_wipe(CLI::App& app, const Messages& messages, WipeArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("wipe", text(Msg::help_wipe));
    command->add_option("TARGET", args.targets, text(Msg::help_targets))->required();
    CLI::Option* method = command->add_option("-m,--method", args.method, text(Msg::help_method))->capture_default_str();
    CLI::Option* verify = command->add_option("--verify", args.verify, text(Msg::help_verify))->capture_default_str();
    CLI::Option* blank = command->add_flag("--blank", args.blank, text(Msg::help_blank));
    CLI::Option* json = command->add_flag("--json", args.json, text(Msg::help_json_wipe));
    command->add_flag("--json-progress", args.json_progress, text(Msg::help_json_progress))->needs(json);
    command->add_flag("--stdin-cancels", args.stdin_cancels, text(Msg::help_stdin_cancels));
    CLI::Option* yes = command->add_flag("-y,--yes", args.yes, text(Msg::help_yes));
    // One token per occurrence: serials may contain commas, so no comma-separated lists.
    command->add_option("--confirm", args.confirm, text(Msg::help_confirm))
        ->allow_extra_args(false)
        ->needs(yes);
    CLI::Option* generator = command->add_option("--generator", args.generator, text(Msg::help_generator))
                                 ->check(CLI::IsMember({"auto", "aes", "chacha20"}))
                                 ->capture_default_str();
    command->add_option("--workers", args.workers, text(Msg::help_workers))
        ->check(within(messages, 0, 256, "UINT"))
        ->capture_default_str();
    CLI::Option* reset = command->add_flag("--reset-hidden-areas", args.reset_hidden_areas, text(Msg::help_wipe_reset_hidden));
    command->add_flag("--restore-dco", args.restore_dco, text(Msg::help_wipe_restore_dco))->needs(reset);
    // A resumed wipe keeps the plan its checkpoint holds: a method given again would be ignored,
    // so it is refused rather than silently dropped.
    CLI::Option* resume = command->add_flag("--resume", args.resume, text(Msg::help_wipe_resume))
                              ->excludes(method)
                              ->excludes(verify)
                              ->excludes(blank)
                              ->excludes(generator);
    command->add_flag("--discard-checkpoint", args.discard_checkpoint, text(Msg::help_wipe_discard_checkpoint))
        ->excludes(resume);
    command->add_option("--checkpoint-dir", args.checkpoint_dir, text(Msg::help_wipe_checkpoint_dir));
    // Not for people: tests shorten the checkpoint interval and slow a small medium down so that
    // a kill lands mid-pass. An empty group hides them from --help.
    command->add_option("--checkpoint-interval-ms", args.checkpoint_interval_ms)->group("")->check(CLI::Range(10U, 600000U));
    command->add_option("--test-throttle-us", args.test_throttle_us)->group("")->check(CLI::Range(0U, 1000000U));
    add_certificate_options(command, messages, args);
    command->footer(text(Msg::footer_wipe));
}

void add_verify_media(CLI::App& app, const Messages& messages, VerifyMediaArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("verify-media", text(Msg::help_verify_media));
    command->add_option("TARGET", args.target, text(Msg::help_target))->required();
    command->add_option("--expect", args.expect, text(Msg::help_expect))->required();
    command->add_option("--sample", args.sample, text(Msg::help_sample));
    CLI::Option* json = command->add_flag("--json", args.json, text(Msg::help_json_check));
    command->add_flag("--json-progress", args.json_progress, text(Msg::help_json_progress))->needs(json);
    command->add_flag("--stdin-cancels", args.stdin_cancels, text(Msg::help_stdin_cancels));
    command->footer(text(Msg::footer_verify_media));
}

// Each command family adds itself here (key, ledger, asset, report, cert).

// encrypt, decrypt, keygen: carry-out folders in the age v1 format.
void add_age(CLI::App& app, const Messages& messages, Invocation& invocation) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    EncryptArgs& encrypt_args = invocation.encrypt;
    CLI::App* encrypt = app.add_subcommand("encrypt", text(Msg::help_encrypt));
    encrypt->add_option("FOLDER", encrypt_args.folder, text(Msg::help_encrypt_folder))->required();
    encrypt->add_option("-o,--output", encrypt_args.output, text(Msg::help_encrypt_output))->required();
    CLI::Option* recipient = encrypt->add_option("-r,--recipient", encrypt_args.recipients, text(Msg::help_recipient))->allow_extra_args(false);
    CLI::Option* recipient_file = encrypt->add_option("-R,--recipients-file", encrypt_args.recipient_files, text(Msg::help_recipients_file))->allow_extra_args(false);
    CLI::Option* passphrase = encrypt->add_flag("-p,--passphrase", encrypt_args.passphrase, text(Msg::help_encrypt_passphrase));
    passphrase->excludes(recipient)->excludes(recipient_file);
    CLI::Option* file = encrypt->add_option("--passphrase-file", encrypt_args.passphrase_source.file, text(Msg::help_archive_passphrase_file));
    encrypt->add_option("--passphrase-fd", encrypt_args.passphrase_source.fd, text(Msg::help_archive_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(file);
    encrypt->add_flag("-a,--armor", encrypt_args.armor, text(Msg::help_armor));
    encrypt->add_flag("--json", encrypt_args.json, text(Msg::help_json_age));
    add_ledger_option(encrypt, messages, encrypt_args.ledger);
    encrypt->add_flag("--no-ledger", encrypt_args.no_ledger, text(Msg::help_carry_out_no_ledger));
    // The scrypt passphrase takes --passphrase-file here, as in age; the key's has its own names.
    encrypt->add_option("--key", encrypt_args.signer.key_file, text(Msg::help_key_file));
    CLI::Option* key_file = encrypt->add_option("--key-passphrase-file", encrypt_args.signer.passphrase.file, text(Msg::help_passphrase_file));
    encrypt->add_option("--key-passphrase-fd", encrypt_args.signer.passphrase.fd, text(Msg::help_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(key_file);
    encrypt->add_option("--asset", encrypt_args.asset, text(Msg::help_carry_out_asset));
    encrypt->add_option("--classification", encrypt_args.classification, text(Msg::help_carry_out_classification))
        ->check(within(messages, 0, 2));
    encrypt->add_option("--approval", encrypt_args.approval, text(Msg::help_approval_id))->check(at_least(messages, 1));
    encrypt->add_option("--due", encrypt_args.due, text(Msg::help_carry_out_due));
    encrypt->add_option("--medium-serial", encrypt_args.medium_serial, text(Msg::help_medium_serial));
    encrypt->footer(text(Msg::footer_encrypt));

    CarryOutArgs& carry_out_args = invocation.carry_out;
    CLI::App* carry_out = app.add_subcommand("carry-out", text(Msg::help_carry_out));
    carry_out->require_subcommand(1);
    CLI::App* returned = carry_out->add_subcommand("return", text(Msg::help_carry_out_return));
    returned->callback([&carry_out_args] { carry_out_args.action = CarryOutAction::return_medium; });
    returned->add_option("--asset", carry_out_args.asset, text(Msg::help_carry_out_asset));
    returned->add_option("--medium-serial", carry_out_args.medium_serial, text(Msg::help_medium_serial));
    returned->add_option("--remarks", carry_out_args.remarks, text(Msg::help_return_remarks));
    add_ledger_option(returned, messages, carry_out_args.ledger);
    add_signer_options(returned, messages, carry_out_args.signer);
    returned->add_flag("--json", carry_out_args.json, text(Msg::help_json_age));
    CLI::App* listed = carry_out->add_subcommand("list", text(Msg::help_carry_out_list));
    listed->callback([&carry_out_args] { carry_out_args.action = CarryOutAction::list; });
    CLI::Option* open_only = listed->add_flag("--open", carry_out_args.open, text(Msg::help_carry_out_open));
    listed->add_flag("--overdue", carry_out_args.overdue, text(Msg::help_carry_out_overdue))->excludes(open_only);
    add_ledger_option(listed, messages, carry_out_args.ledger);
    listed->add_flag("--json", carry_out_args.json, text(Msg::help_json_age));

    DecryptArgs& decrypt_args = invocation.decrypt;
    CLI::App* decrypt = app.add_subcommand("decrypt", text(Msg::help_decrypt));
    decrypt->add_option("INPUT", decrypt_args.input, text(Msg::help_decrypt_input))->required();
    decrypt->add_option("-o,--output", decrypt_args.output, text(Msg::help_decrypt_output))->required();
    decrypt->add_option("-i,--identity", decrypt_args.identity_files, text(Msg::help_identity))->allow_extra_args(false);
    CLI::Option* decrypt_file = decrypt->add_option("--passphrase-file", decrypt_args.passphrase_source.file, text(Msg::help_archive_passphrase_file));
    decrypt->add_option("--passphrase-fd", decrypt_args.passphrase_source.fd, text(Msg::help_archive_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(decrypt_file);
    decrypt->add_flag("--json", decrypt_args.json, text(Msg::help_json_age));
    decrypt->footer(text(Msg::footer_decrypt));

    CLI::App* keygen = app.add_subcommand("keygen", text(Msg::help_keygen));
    keygen->add_option("-o,--output", invocation.keygen.output, text(Msg::help_keygen_output))->required();
}

// attach: a password-protected ZIP, or --check of one.
void add_attach(CLI::App& app, const Messages& messages, AttachArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("attach", text(Msg::help_attach));
    CLI::Option* inputs = command->add_option("INPUT", args.inputs, text(Msg::help_attach_inputs));
    CLI::Option* output = command->add_option("-o,--output", args.output, text(Msg::help_attach_output));
    CLI::Option* check = command->add_option("--check", args.check, text(Msg::help_attach_check));
    check->excludes(inputs)->excludes(output);
    CLI::Option* file = command->add_option("--password-file", args.password.file, text(Msg::help_password_file));
    CLI::Option* fd = command->add_option("--password-fd", args.password.fd, text(Msg::help_password_fd))
                          ->check(at_least(messages, 0))
                          ->excludes(file);
    command->add_flag("--ask-password", args.ask_password, text(Msg::help_ask_password))->excludes(file)->excludes(fd);
    command->add_flag("--hide-names", args.hide_names, text(Msg::help_hide_names));
    command->add_option("--to", args.recipient, text(Msg::help_attach_to));
    command->add_option("--classification", args.classification, text(Msg::help_attach_classification))
        ->check(within(messages, 0, 2))
        ->capture_default_str();
    command->add_option("--asset", args.asset, text(Msg::help_attach_asset));
    command->add_option("--compression", args.compression, text(Msg::help_attach_compression))
        ->check(CLI::IsMember({"auto", "deflate", "store"}))
        ->capture_default_str();
    command->add_flag("--legacy-zipcrypto", args.legacy_zipcrypto, text(Msg::help_legacy_zipcrypto));
    add_ledger_option(command, messages, args.ledger);
    command->add_flag("--no-ledger", args.no_ledger, text(Msg::help_attach_no_ledger));
    add_signer_options(command, messages, args.signer);
    command->add_flag("--json", args.json, text(Msg::help_json_attach));
    command->footer(text(Msg::footer_attach));
}

// cert verify|countersign|pdf: the certificate and how to find its keys and ledger.
void add_cert(CLI::App& app, const Messages& messages, CertArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* cert = app.add_subcommand("cert", text(Msg::help_cert));
    cert->require_subcommand(1);
    cert->footer(text(Msg::footer_cert));
    auto common = [&](CLI::App* command) {
        command->add_option("FILE", args.file, text(Msg::help_cert_file))->required();
        command->add_option("--signature", args.signature, text(Msg::help_cert_signature));
        command->add_option("--operator-key", args.operator_key, text(Msg::help_operator_key));
        add_ledger_option(command, messages, args.ledger);
        command->add_flag("--no-ledger", args.no_ledger, text(Msg::help_no_ledger_verify));
        command->add_option("--root", args.trusted_root, text(Msg::help_trusted_root));
        command->footer(text(Msg::footer_cert));
    };
    CLI::App* verify = cert->add_subcommand("verify", text(Msg::help_cert_verify));
    common(verify);
    verify->add_option("--media", args.media, text(Msg::help_cert_media));
    verify->add_option("--sample", args.sample, text(Msg::help_cert_sample))->capture_default_str();
    verify->add_flag("--json", args.json, text(Msg::help_json_cert));
    verify->callback([&args] { args.action = CertArgs::Action::verify; });
    CLI::App* countersign = cert->add_subcommand("countersign", text(Msg::help_cert_countersign));
    common(countersign);
    add_signer_options(countersign, messages, args.signer);
    countersign->callback([&args] { args.action = CertArgs::Action::countersign; });
    CLI::App* pdf = cert->add_subcommand("pdf", text(Msg::help_cert_pdf));
    common(pdf);
    pdf->add_option("-o,--output", args.output, text(Msg::help_cert_output));
    pdf->callback([&args] { args.action = CertArgs::Action::pdf; });
    CLI::App* get = cert->add_subcommand("get", text(Msg::help_cert_get));
    get->add_option("ID", args.file, text(Msg::help_cert_get_id))->required();
    get->add_option("-o,--output", args.output, text(Msg::help_cert_get_dir));
    add_ledger_option(get, messages, args.ledger);
    get->callback([&args] { args.action = CertArgs::Action::get; });
}

}  // namespace

// A family's sub-commands (key init, key show, …) get the same help groups as the top level.
void group_leaves(CLI::App* family, const Messages& messages) {
    family->require_subcommand(1);
    for (CLI::App* leaf : family->get_subcommands({})) {
        leaf->group(std::string(messages.get(Msg::label_subcommands)));
        leaf->get_help_ptr()->group(std::string(messages.get(Msg::label_options)));
        leaf->footer(family->get_footer());
    }
}

namespace {

// --passphrase-file and --passphrase-fd without --key: for a key that does not exist yet.
void add_passphrase_options(CLI::App* command, const Messages& messages, PassphraseSource& source) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::Option* file = command->add_option("--passphrase-file", source.file, text(Msg::help_passphrase_file));
    command->add_option("--passphrase-fd", source.fd, text(Msg::help_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(file);
}

void add_key(CLI::App& app, const Messages& messages, KeyArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* family = app.add_subcommand("key", text(Msg::help_key_command));
    family->footer(text(Msg::footer_key));
    auto leaf = [&](const char* name, Msg help, KeyAction action) {
        CLI::App* command = family->add_subcommand(name, text(help));
        command->callback([&args, action] { args.action = action; });
        command->add_flag("--json", args.json, text(Msg::help_json_ledger));
        return command;
    };
    CLI::App* init = leaf("init", Msg::help_key_init, KeyAction::init);
    init->add_option("--out", args.out, text(Msg::help_key_out));
    init->add_option("--kdf", args.kdf, text(Msg::help_key_kdf))
        ->check(CLI::IsMember({"sensitive", "interactive"}))
        ->capture_default_str();
    add_passphrase_options(init, messages, args.signer.passphrase);

    CLI::App* show = leaf("show", Msg::help_key_show, KeyAction::show);
    CLI::Option* public_key_file = show->add_option("PUBFILE", args.public_key_file, text(Msg::help_key_show_file));
    show->add_option("--key", args.key, text(Msg::help_key_show_key))->excludes(public_key_file);
    add_ledger_option(show, messages, args.ledger);

    CLI::App* reg = leaf("register", Msg::help_key_register, KeyAction::register_key);
    reg->add_option("PUBFILE", args.public_key_file, text(Msg::help_key_register_file))->required();
    reg->add_option("--name", args.name, text(Msg::help_key_name))->required();
    reg->add_option("--role", args.role, text(Msg::help_key_role))
        ->check(CLI::IsMember({"staff", "admin", "auditor"}))
        ->required();
    reg->add_option("--valid-from", args.valid_from, text(Msg::help_key_valid_from));
    reg->add_option("--valid-until", args.valid_until, text(Msg::help_key_valid_until));
    add_ledger_option(reg, messages, args.ledger);
    add_signer_options(reg, messages, args.signer);
    // The root key: never the operator key by default, so its help names no default either.
    reg->get_option("--key")->required()->description(text(Msg::help_root_key_file));

    CLI::App* revoke = leaf("revoke", Msg::help_key_revoke, KeyAction::revoke);
    revoke->add_option("KEY", args.key, text(Msg::help_key_revoke_key))->required();
    revoke->add_option("--reason", args.reason, text(Msg::help_key_reason))->required();
    add_ledger_option(revoke, messages, args.ledger);
    add_signer_options(revoke, messages, args.signer);
    // The root key: never the operator key by default, so its help names no default either.
    revoke->get_option("--key")->required()->description(text(Msg::help_root_key_file));

    CLI::App* title = leaf("title", Msg::help_key_title, KeyAction::title);
    title->add_option("KEY", args.key, text(Msg::help_key_title_key))->required();
    CLI::Option* set = title->add_option("--set", args.titles, text(Msg::help_key_title_set))->delimiter(',');
    title->add_flag("--clear", args.clear_titles, text(Msg::help_key_title_clear))->excludes(set);
    add_ledger_option(title, messages, args.ledger);
    add_signer_options(title, messages, args.signer);
    title->get_option("--key")->required()->description(text(Msg::help_root_key_file));  // the root key
    group_leaves(family, messages);
}

// `sanitize approval request|grant|deny|list`: signed approvals (policy 002 §3-2, §8-5).
void add_approval(CLI::App& app, const Messages& messages, ApprovalArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* family = app.add_subcommand("approval", text(Msg::help_approval_command));
    family->footer(text(Msg::footer_approval));
    auto leaf = [&](const char* name, Msg help, ApprovalAction action) {
        CLI::App* command = family->add_subcommand(name, text(help));
        command->callback([&args, action] { args.action = action; });
        command->add_flag("--json", args.json, text(Msg::help_json_ledger));
        add_ledger_option(command, messages, args.ledger);
        return command;
    };
    CLI::App* request = leaf("request", Msg::help_approval_request, ApprovalAction::request);
    request->add_option("--asset", args.asset, text(Msg::help_approval_asset))->required();
    CLI::Option* level = request->add_option("--classification", args.classification, text(Msg::help_carry_out_classification))
                             ->check(within(messages, 0, 2));
    request->add_flag("--disposal", args.disposal, text(Msg::help_approval_disposal))->excludes(level);
    request->add_option("--purpose", args.purpose, text(Msg::help_approval_purpose));
    request->add_option("--medium", args.medium, text(Msg::help_approval_medium));
    request->add_option("--until", args.until, text(Msg::help_approval_until))->required();
    add_signer_options(request, messages, args.signer);
    for (auto [name, help, action] : {std::tuple{"grant", Msg::help_approval_grant, ApprovalAction::grant},
                                      std::tuple{"deny", Msg::help_approval_deny, ApprovalAction::deny}}) {
        CLI::App* decide = leaf(name, help, action);
        decide->add_option("ID", args.id, text(Msg::help_approval_id_arg))->required()->check(at_least(messages, 1));
        decide->add_option("--remarks", args.remarks, text(Msg::help_approval_remarks));
        add_signer_options(decide, messages, args.signer);
    }
    CLI::App* list = leaf("list", Msg::help_approval_list, ApprovalAction::list);
    list->add_flag("--pending", args.pending, text(Msg::help_approval_pending));
    group_leaves(family, messages);
}

void add_asset_fields(CLI::App* command, const Messages& messages, AssetFields& fields, bool adding) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    auto field = [&](const char* name, Msg help, std::optional<std::string>& value) {
        return command->add_option_function<std::string>(
            name, [&value](const std::string& given) { value = given; }, text(help));
    };
    CLI::Option* name = field("--name", Msg::help_asset_name, fields.name);
    field("--department", Msg::help_asset_department, fields.department);
    field("--owner", Msg::help_asset_owner, fields.owner);
    field("--users", Msg::help_asset_users, fields.user_scope);
    field("--location", Msg::help_asset_location, fields.media_location);
    field("--retention", Msg::help_asset_retention, fields.retention);
    field("--remarks", Msg::help_asset_remarks, fields.remarks);
    field("--status", Msg::help_asset_status, fields.status);
    CLI::Option* classification = command->add_option_function<int>(
        "--classification", [&fields](const int& level) { fields.classification = level; },
        text(Msg::help_asset_classification))->check(within(messages, 0, 2));
    if (adding) {
        name->required();
        classification->required();
    }
}

void add_asset(CLI::App& app, const Messages& messages, AssetArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* family = app.add_subcommand("asset", text(Msg::help_asset_command));
    family->footer(text(Msg::footer_asset));
    auto leaf = [&](const char* name, Msg help, AssetAction action) {
        CLI::App* command = family->add_subcommand(name, text(help));
        command->callback([&args, action] { args.action = action; });
        add_ledger_option(command, messages, args.ledger);
        return command;
    };
    CLI::App* add = leaf("add", Msg::help_asset_add, AssetAction::add);
    add->add_option("--id", args.asset_id, text(Msg::help_asset_id))->required();
    add_asset_fields(add, messages, args.fields, true);
    add->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_signer_options(add, messages, args.signer);

    CLI::App* update = leaf("update", Msg::help_asset_update, AssetAction::update);
    update->add_option("ID", args.asset_id, text(Msg::help_asset_id))->required();
    add_asset_fields(update, messages, args.fields, false);
    update->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_signer_options(update, messages, args.signer);

    CLI::App* list = leaf("list", Msg::help_asset_list, AssetAction::list);
    list->add_flag("--json", args.json, text(Msg::help_json_ledger));
    list->add_flag("--past-retention", args.past_retention, text(Msg::help_asset_past_retention));

    // Policy 002 §8-5: destroyed with a witness, or erased by a vendor whose certificate is kept.
    CLI::App* dispose = leaf("dispose", Msg::help_asset_dispose, AssetAction::dispose);
    dispose->add_option("ID", args.asset_id, text(Msg::help_asset_id))->required();
    CLI::Option* destroyed = dispose->add_flag("--destroyed", args.destroyed, text(Msg::help_dispose_destroyed));
    dispose->add_option("--method", args.destruction_method, text(Msg::help_dispose_method))->needs(destroyed);
    dispose->add_option("--witness", args.witness, text(Msg::help_dispose_witness))->needs(destroyed);
    dispose->add_option("--photo", args.photo, text(Msg::help_dispose_photo))->needs(destroyed);
    CLI::Option* vendor_erasure = dispose->add_flag("--vendor-erasure", args.vendor_erasure, text(Msg::help_dispose_vendor_erasure));
    vendor_erasure->excludes(destroyed);
    dispose->add_option("--vendor", args.vendor, text(Msg::help_dispose_vendor))->needs(vendor_erasure);
    dispose->add_option("--vendor-certificate", args.vendor_certificate, text(Msg::help_dispose_vendor_certificate))
        ->needs(vendor_erasure);
    dispose->add_option("--approval", args.approval, text(Msg::help_dispose_approval))->required()->check(at_least(messages, 1));
    dispose->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_signer_options(dispose, messages, args.signer);

    CLI::App* import = leaf("import", Msg::help_asset_import, AssetAction::import_csv);
    import->add_option("FILE", args.file, text(Msg::help_asset_csv_file))->required();
    import->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_signer_options(import, messages, args.signer);

    CLI::App* exported = leaf("export", Msg::help_asset_export, AssetAction::export_csv);
    exported->add_option("-o,--output", args.out, text(Msg::help_export_output));
    exported->add_flag("--bom", args.byte_order_mark, text(Msg::help_asset_bom));
    group_leaves(family, messages);
}

void add_report(CLI::App& app, const Messages& messages, ReportArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("report", text(Msg::help_report_command));
    command->add_option("--year", args.year, text(Msg::help_report_year))->check(within(messages, 1970, 9998));
    command->add_option("--utc-offset", args.utc_offset, text(Msg::help_report_utc_offset))->capture_default_str();
    CLI::Option* json = command->add_flag("--json", args.json, text(Msg::help_json_ledger));
    command->add_option("--format", args.format, text(Msg::help_report_format))
        ->check(CLI::IsMember({"text", "csv", "pdf"}))
        ->capture_default_str()
        ->excludes(json);
    command->add_option("-o,--output", args.output, text(Msg::help_report_output));
    add_ledger_option(command, messages, args.ledger);
    add_signer_options(command, messages, args.signer);
    command->footer(text(Msg::footer_report));
}

// incident report: a lost carried-out medium (policy 002 §10).
void add_incident(CLI::App& app, const Messages& messages, IncidentArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("incident", text(Msg::help_incident));
    command->require_subcommand(1);
    CLI::App* report = command->add_subcommand("report", text(Msg::help_incident_report));
    report->add_option("--carry-out", args.carry_out, text(Msg::help_incident_carry_out))->required()->check(at_least(messages, 1));
    report->add_option("--note", args.note, text(Msg::help_incident_note));
    report->add_option("--identity", args.identity_files, text(Msg::help_incident_identity))->allow_extra_args(false);
    report->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_ledger_option(report, messages, args.ledger);
    add_signer_options(report, messages, args.signer);
    report->footer(text(Msg::footer_incident));
}

// audit note|list: auditors' findings.
void add_audit(CLI::App& app, const Messages& messages, AuditArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("audit", text(Msg::help_audit));
    command->require_subcommand(1);
    CLI::App* note = command->add_subcommand("note", text(Msg::help_audit_note));
    note->add_option("TEXT", args.text, text(Msg::help_audit_note_text))->required();
    note->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_ledger_option(note, messages, args.ledger);
    add_signer_options(note, messages, args.signer);
    note->callback([&args] { args.action = AuditArgs::Action::note; });
    CLI::App* list = command->add_subcommand("list", text(Msg::help_audit_list));
    list->add_option("--year", args.year, text(Msg::help_audit_list_year))->check(within(messages, 1970, 9998));
    list->add_option("--utc-offset", args.utc_offset, text(Msg::help_report_utc_offset))->capture_default_str();
    list->add_flag("--json", args.json, text(Msg::help_json_ledger));
    add_ledger_option(list, messages, args.ledger);
    list->callback([&args] { args.action = AuditArgs::Action::list; });
}

// "sanitize" or "sanitize wipe": the command whose --help the hint should point to.
std::string command_path(const CLI::App& app) {
    std::string path = "sanitize";
    // Down through nested commands too: "sanitize asset add".
    for (const CLI::App* level = &app; !level->get_subcommands().empty();) {
        level = level->get_subcommands().front();
        path += " " + level->get_name();
    }
    return path;
}

// The deepest command the words chose: "key" for `sanitize key bogus`.
const CLI::App& chosen_command(const CLI::App& app) {
    const CLI::App* level = &app;
    while (!level->get_subcommands().empty()) level = level->get_subcommands().front();
    return *level;
}

// An unknown command or option is what the person got wrong: CLI11 finds a missing subcommand or
// argument first ("sanitize key bogus", "wipe --bogus"), so what it left unread is told first.
std::string usage_error_text(const Messages& messages, const CLI::App& app, const CLI::ParseError& error) {
    const std::vector<std::string> unread = app.remaining(true);
    if (error.get_name() != "RequiredError" || unread.empty()) return parse_error_text(messages, error);
    const CLI::App& chosen = chosen_command(app);
    if (!unread.front().starts_with('-') && !chosen.get_subcommands({}).empty()) {
        return messages.format(Msg::usage_unknown_command, unread.front());
    }
    return parse_error_text(messages, CLI::ExtrasError(unread));
}

// A command's help flag is made before the option defaults apply: it is grouped by hand, at every
// depth (`carry-out return` too), or its help shows a second options heading for it alone.
void group_help_flags(CLI::App& parent, const Messages& messages) {
    for (CLI::App* sub : parent.get_subcommands({})) {
        sub->group(std::string(messages.get(Msg::label_subcommands)));
        sub->get_help_ptr()->group(std::string(messages.get(Msg::label_options)));
        group_help_flags(*sub, messages);
    }
}

}  // namespace

ParseResult parse_command_line(int argc, const char* const* argv, const Messages& messages,
                               const config::Settings& configured) {
    Invocation invocation;
    apply_configured_defaults(configured, invocation);  // before the options capture their defaults
    CLI::App app(std::string(messages.get(Msg::help_app)), "sanitize");
    app.formatter(translated_formatter(messages));
    app.option_defaults()->group(std::string(messages.get(Msg::label_options)));
    app.set_help_flag("-h,--help", std::string(messages.get(Msg::help_help)));
    app.set_version_flag("--version", version_text(messages), std::string(messages.get(Msg::help_version)));
    app.add_option("--lang", invocation.global.lang, std::string(messages.get(Msg::help_lang)))
        ->check(CLI::IsMember({"ja", "en"}));
    app.add_flag("-v,--verbose", invocation.global.verbose, std::string(messages.get(Msg::help_verbose)));
    app.require_subcommand(1);
    app.fallthrough();  // global options are accepted after the command name too
    app.footer(std::string(messages.get(Msg::footer_app)));

    add_devices(app, messages, invocation.devices);
    add_wipe(app, messages, invocation.wipe);
    add_verify_media(app, messages, invocation.verify_media);
    add_purge(app, messages, invocation.purge);
    // A purge is certified as a wipe is: the same ledger, key and certificate options.
    add_certificate_options(app.get_subcommand("purge"), messages, invocation.purge.certificate);
    add_cert(app, messages, invocation.cert);
    add_attach(app, messages, invocation.attach);
    add_age(app, messages, invocation);
    add_prepare(app, messages, invocation.prepare);
    add_key(app, messages, invocation.key);
    add_approval(app, messages, invocation.approval);
    add_ledger(app, messages, invocation.ledger);
    add_asset(app, messages, invocation.asset);
    add_report(app, messages, invocation.report);
    add_config(app, messages, invocation.config);
    add_incident(app, messages, invocation.incident);
    add_audit(app, messages, invocation.audit);
    group_help_flags(app, messages);
    add_completion_option(app);  // last: the completion walks every command added above

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            app.exit(error);  // --help or --version
            return {std::nullopt, ExitCode::ok};
        }
        print_error(messages, usage_error_text(messages, app, error));
        print_hint(messages, messages.format(Msg::hint_help, command_path(app)));
        return {std::nullopt, ExitCode::usage};
    }

    invocation.command = command_names().at(app.get_subcommands().front()->get_name());
    return {std::move(invocation), ExitCode::ok};
}

bool speaks_protocol(const Invocation& invocation) {
    return invocation.wipe.json_progress || invocation.prepare.json_progress || invocation.purge.json ||
           invocation.verify_media.json_progress;
}

std::string command_name(Command command) {
    for (const auto& [name, known] : command_names()) {
        if (known == command) return name;
    }
    return {};
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
