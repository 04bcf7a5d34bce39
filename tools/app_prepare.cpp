// `sanitize prepare`: its options. The names follow `encrypt` (recipients, the scrypt
// passphrase, --key-passphrase-*) and `wipe` (--method, --verify, --yes --confirm).
#include "app_prepare.hpp"

#include <CLI/CLI.hpp>

#include "app_ledger.hpp"

namespace sanitize::cli {

namespace {

void add_encryption_options(CLI::App* command, const Messages& messages, PrepareArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::Option* recipient = command->add_option("-r,--recipient", args.recipients, text(Msg::help_recipient))->allow_extra_args(false);
    CLI::Option* recipient_file =
        command->add_option("-R,--recipients-file", args.recipient_files, text(Msg::help_recipients_file))->allow_extra_args(false);
    CLI::Option* passphrase = command->add_flag("-p,--passphrase", args.passphrase, text(Msg::help_encrypt_passphrase));
    passphrase->excludes(recipient)->excludes(recipient_file);
    CLI::Option* file = command->add_option("--passphrase-file", args.passphrase_source.file, text(Msg::help_archive_passphrase_file));
    command->add_option("--passphrase-fd", args.passphrase_source.fd, text(Msg::help_archive_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(file);
}

void add_record_options(CLI::App* command, const Messages& messages, PrepareArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    command->add_option("--asset", args.asset, text(Msg::help_carry_out_asset));
    command->add_option("--classification", args.classification, text(Msg::help_carry_out_classification))
        ->check(within(messages, 0, 2));
    command->add_option("--approval", args.approval, text(Msg::help_approval_id))->check(at_least(messages, 1));
    command->add_option("--due", args.due, text(Msg::help_carry_out_due));
    command->add_option("--department", args.department, text(Msg::help_wipe_department));
    command->add_option("--cert-dir", args.cert_dir, text(Msg::help_wipe_cert_dir))->capture_default_str();
    command->add_flag("--no-pdf", args.no_pdf, text(Msg::help_wipe_no_pdf));
    command->add_option("--ledger", args.ledger, text(Msg::help_ledger_location));
    command->add_option("--key", args.signer.key_file, text(Msg::help_key_file));
    CLI::Option* key_file = command->add_option("--key-passphrase-file", args.signer.passphrase.file, text(Msg::help_passphrase_file));
    command->add_option("--key-passphrase-fd", args.signer.passphrase.fd, text(Msg::help_passphrase_fd))
        ->check(at_least(messages, 0))
        ->excludes(key_file);
}

}  // namespace

void add_prepare(CLI::App& app, const Messages& messages, PrepareArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* command = app.add_subcommand("prepare", text(Msg::help_prepare));
    command->add_option("DEVICE", args.device, text(Msg::help_prepare_device))->required();
    command->add_option("--folder", args.folder, text(Msg::help_prepare_folder))->required();
    add_encryption_options(command, messages, args);
    add_record_options(command, messages, args);
    command->add_option("-m,--method", args.method, text(Msg::help_method))->capture_default_str();
    command->add_option("--verify", args.verify, text(Msg::help_prepare_verify))->capture_default_str();
    command->add_option("--file-system", args.file_system, text(Msg::help_prepare_file_system))
        ->check(CLI::IsMember({"fat32", "exfat"}))
        ->capture_default_str();
    command->add_option("--label", args.label, text(Msg::help_prepare_label))->capture_default_str();
    CLI::Option* yes = command->add_flag("-y,--yes", args.yes, text(Msg::help_yes));
    command->add_option("--confirm,--device-serial", args.confirm, text(Msg::help_prepare_confirm))->needs(yes);
    CLI::Option* json = command->add_flag("--json", args.json, text(Msg::help_json_prepare));
    command->add_flag("--json-progress", args.json_progress, text(Msg::help_json_progress))->needs(json);
    command->add_flag("--stdin-cancels", args.stdin_cancels, text(Msg::help_stdin_cancels));
    command->footer(text(Msg::footer_prepare));
}

}  // namespace sanitize::cli
