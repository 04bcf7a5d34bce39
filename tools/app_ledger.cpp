// `sanitize ledger`: its sub-commands and their options.
#include "app_ledger.hpp"

#include <CLI/CLI.hpp>

namespace sanitize::cli {

namespace {

// checkpoint, prove, outbox and sync: the shared ledger's own sub-commands.
template <typename Leaf>
void add_shared_ledger_commands(Leaf& leaf, const Messages& messages, LedgerArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* checkpoint = leaf("checkpoint", Msg::help_ledger_checkpoint, LedgerAction::checkpoint);
    checkpoint->add_option("-o,--output", args.out, text(Msg::help_checkpoint_output))->required();
    add_signer_options(checkpoint, messages, args.signer);
    // A witness's or the root key, never a default: its help names none either.
    checkpoint->get_option("--key")->required()->description(text(Msg::help_checkpoint_key_file));

    CLI::App* prove = leaf("prove", Msg::help_ledger_prove, LedgerAction::prove);
    prove->add_option("SEQ", args.seq, text(Msg::help_prove_seq))->required()->check(at_least(messages, 1));
    prove->add_option("--checkpoint", args.checkpoints, text(Msg::help_prove_checkpoint))->required()->expected(1);
    prove->add_option("-o,--output", args.out, text(Msg::help_export_output));

    CLI::App* outbox = leaf("outbox", Msg::help_ledger_outbox, LedgerAction::outbox);
    outbox->add_option("-o,--output", args.out, text(Msg::help_outbox_output))->required();

    CLI::App* sync = leaf("sync", Msg::help_ledger_sync, LedgerAction::sync);
    sync->add_option("--from", args.from, text(Msg::help_sync_from))->required();
    sync->add_option("--to", args.to, text(Msg::help_sync_to));
    sync->add_option("--batch", args.batch, text(Msg::help_sync_batch))->check(within(messages, 1, 10000, "UINT"))->capture_default_str();
    sync->add_flag("--json", args.json, text(Msg::help_json_ledger));
}

}  // namespace

void add_ledger(CLI::App& app, const Messages& messages, LedgerArgs& args) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    CLI::App* family = app.add_subcommand("ledger", text(Msg::help_ledger_command));
    family->footer(text(Msg::footer_ledger));
    auto leaf = [&](const char* name, Msg help, LedgerAction action) {
        CLI::App* command = family->add_subcommand(name, text(help));
        command->callback([&args, action] { args.action = action; });
        add_ledger_option(command, messages, args.ledger);
        return command;
    };
    CLI::App* init = leaf("init", Msg::help_ledger_init, LedgerAction::init);
    init->add_option("--organisation,--organization", args.organisation, text(Msg::help_ledger_organisation))
        ->required(args.organisation.empty());  // the configured organisation (sanitize.conf) is its default
    init->add_flag("--json", args.json, text(Msg::help_json_ledger));
    init->add_flag("--print-sql", args.print_sql, text(Msg::help_ledger_print_sql));
    add_signer_options(init, messages, args.signer);
    // The root key: never the operator key by default, so its help names no default either.
    init->get_option("--key")->required()->description(text(Msg::help_root_key_file));

    CLI::App* verify = leaf("verify", Msg::help_ledger_verify, LedgerAction::verify);
    verify->add_option("--root", args.root_key_file, text(Msg::help_ledger_root));
    verify->add_option("--head", args.head, text(Msg::help_ledger_head));
    verify->add_option("--checkpoint", args.checkpoints, text(Msg::help_ledger_checkpoint_file))->allow_extra_args(false);
    verify->add_option("--bundle", args.bundle, text(Msg::help_bundle_file));
    verify->add_flag("--json", args.json, text(Msg::help_json_ledger));

    CLI::App* log = leaf("log", Msg::help_ledger_log, LedgerAction::log);
    log->add_option("--after", args.after, text(Msg::help_ledger_after))->check(at_least(messages, 0));
    log->add_option("--limit", args.limit, text(Msg::help_ledger_limit))
        ->check(within(messages, 1, 1000000))
        ->capture_default_str();
    log->add_flag("--json", args.json, text(Msg::help_json_ledger));

    CLI::App* exported = leaf("export", Msg::help_ledger_export, LedgerAction::export_events);
    CLI::Option* output = exported->add_option("-o,--output", args.out, text(Msg::help_export_output));
    CLI::Option* bundle = exported->add_option("--bundle", args.bundle, text(Msg::help_bundle_file))->excludes(output);
    exported->add_option("--from", args.time_from, text(Msg::help_bundle_from))->needs(bundle);
    exported->add_option("--to", args.time_to, text(Msg::help_bundle_to))->needs(bundle);
    add_signer_options(exported, messages, args.signer);  // the bundle's checkpoint is signed
    add_shared_ledger_commands(leaf, messages, args);
    group_leaves(family, messages);
    for (const char* name : {"checkpoint", "prove", "outbox", "sync"}) {
        family->get_subcommand(name)->footer(text(Msg::footer_ledger_shared));
    }
}

}  // namespace sanitize::cli
