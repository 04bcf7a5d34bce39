// `sanitize key init|show|register|revoke`: operator key pairs in minisign's formats, and their
// registration in the ledger by the organisation's root key.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/jobs/password_rules.hpp"
#include "sanitize/jobs/registry.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

// libsodium's crypto_pwhash_scryptsalsa208sha256_{OPSLIMIT,MEMLIMIT}_INTERACTIVE.
constexpr keys::KdfCost interactive_cost{524288, 16777216};
// A registration without --valid-until does not expire; revocation ends it.
constexpr std::string_view no_end = jobs::open_key_validity_end;

bool exists(const std::string& path) {
    return ::access(path.c_str(), F_OK) == 0;
}

ExitCode run_init(const KeyArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string secret_path = operator_key_file(args.out, context);
    const std::string public_path = jobs::public_key_file_for(secret_path);
    for (const std::string& path : {secret_path, public_path}) {
        if (exists(path)) return fail(context, output_exists(path));
    }
    Result<SecretBuffer> passphrase = read_passphrase(args.signer.passphrase, messages.format(Msg::passphrase_prompt, secret_path),
                                                      PassphrasePurpose::create, context);
    if (!passphrase) return fail(context, passphrase.error());
    if (Result<void> acceptable = jobs::key_passphrase_acceptable(passphrase->bytes()); !acceptable) {
        return fail(context, acceptable.error());
    }
    if (auto made = make_parent_directory(secret_path, 0700); !made) return fail(context, about_path(made.error(), secret_path));
    keys::KeyPair pair = keys::generate_key_pair();
    const keys::KdfCost cost = args.kdf == "interactive" ? interactive_cost : keys::KdfCost{};
    Result<std::string> secret_text = keys::encode_secret_key(pair.secret_key, passphrase->bytes(), cost);
    if (!secret_text) return fail(context, about_path(secret_text.error(), secret_path));
    if (Result<void> written = write_output(secret_path, *secret_text, 0600); !written) return fail(context, written.error());
    if (Result<void> written = write_output(public_path, keys::encode_public_key(pair.public_key), 0644); !written) {
        return fail(context, written.error());
    }
    const std::string id = keys::key_id_hex(pair.public_key.id);
    if (args.json) {
        std::cout << fmt::format(R"({{"key_id":{},"public_key":{},"secret_key_file":{},"public_key_file":{}}})",
                                 json_string(id), json_string(public_key_line(pair.public_key)),
                                 json_string(secret_path), json_string(public_path))
                  << "\n";
    } else {
        std::cout << messages.format(Msg::key_created, id, secret_path, public_path) << "\n";
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

// The registration of `key` in the ledger, when one is reachable: a line per fact, or JSON.
void show_registration(const KeyArgs& args, const keys::PublicKey& key, const Context& context, std::string& text,
                       std::string& json) {
    const Messages& messages = context.messages;
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    Result<std::optional<ledger::KeyRecord>> found =
        opened ? opened->find_key(key.id) : Result<std::optional<ledger::KeyRecord>>(opened.error());
    if (!found) {
        text += messages.format(Msg::key_no_ledger, error_text(messages, about_path(found.error(), location))) + "\n";
        json += R"(,"ledger":null)";
        return;
    }
    if (!found->has_value()) {
        text += messages.format(Msg::key_not_registered, ledger::redacted_location(location)) + "\n";
        json += R"(,"registered":false)";
        return;
    }
    const ledger::KeyRecord& record = **found;
    const std::string revoked = record.revoked_seq ? messages.format(Msg::key_revoked_at, *record.revoked_seq)
                                                   : std::string(messages.get(Msg::word_no));
    text += text_table({{std::string(messages.get(Msg::label_key_name)), record.name},
                        {std::string(messages.get(Msg::label_key_role)), messages.role(record.role)},
                        {std::string(messages.get(Msg::label_key_valid)),
                         record.valid_until == no_end
                             ? messages.format(Msg::key_validity_open, record.valid_from)
                             : messages.format(Msg::key_validity, record.valid_from, record.valid_until)},
                        {std::string(messages.get(Msg::label_key_registered)),
                         messages.format(Msg::key_registered_at, record.registered_seq)},
                        {std::string(messages.get(Msg::label_key_revoked)), revoked}});
    json += fmt::format(R"(,"registered":true,"name":{},"role":{},"valid_from":{},"valid_until":{},"registered_seq":{},"revoked_seq":{})",
                        json_string(record.name), json_string(ledger::role_name(record.role)),
                        json_string(record.valid_from), json_string(record.valid_until), record.registered_seq,
                        record.revoked_seq ? std::to_string(*record.revoked_seq) : "null");
}

ExitCode run_show(const KeyArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string path = args.public_key_file.empty() ? jobs::public_key_file_for(operator_key_file(args.key, context))
                                                          : args.public_key_file;
    Result<keys::PublicKey> key = load_public_key(path);
    if (!key) {
        Error error = key.error();
        // The default key missing: the hint that makes one.
        if (args.public_key_file.empty() && error.code == Errc::not_found) error.reason = Reason::key_file_missing;
        return fail(context, error);
    }
    const std::string id = keys::key_id_hex(key->id);
    std::string text = text_table({{std::string(messages.get(Msg::label_key_id)), id},
                                   {std::string(messages.get(Msg::label_key_public)), public_key_line(*key)},
                                   {std::string(messages.get(Msg::label_key_file)), path}});
    std::string json = fmt::format(R"({{"key_id":{},"public_key":{},"public_key_file":{})", json_string(id),
                                   json_string(public_key_line(*key)), json_string(path));
    show_registration(args, *key, context, text, json);
    std::cout << (args.json ? json + "}\n" : text) << std::flush;
    return ExitCode::ok;
}

void print_event(const KeyArgs& args, const ledger::Event& event, const std::string& line) {
    std::cout << (args.json ? event_json(event) : line) << "\n" << std::flush;
}

ExitCode run_register(const KeyArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    Result<keys::PublicKey> key = load_public_key(args.public_key_file);
    if (!key) return fail(context, key.error());
    const std::string now = ledger::time_text(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    Result<std::string> from = time_option("--valid-from", args.valid_from.empty() ? now : args.valid_from);
    if (!from) return fail(context, from.error());
    Result<std::string> until = time_option("--valid-until", args.valid_until.empty() ? std::string(no_end) : args.valid_until);
    if (!until) return fail(context, until.error());
    std::optional<ledger::Role> role = ledger::parse_role(args.role);
    if (!role) return ExitCode::usage;  // CLI11 checked the set already
    Result<jobs::Signer> root = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!root) return fail(context, root.error());
    ledger::KeyRegistration registration{*key, args.name, *role, *from, *until};
    Result<ledger::Event> event = root->ledger.register_key(root->key, registration);
    if (!event) return fail(context, event.error());
    print_event(args, *event, messages.format(Msg::key_registered, keys::key_id_hex(key->id), args.name, messages.role(*role), event->seq));
    return ExitCode::ok;
}

// KEYID, else a public-key file.
Result<keys::KeyId> key_named(const std::string& text) {
    if (Result<keys::KeyId> id = keys::parse_key_id_hex(text); id && !exists(text)) return *id;
    Result<keys::PublicKey> key = load_public_key(text);
    if (!key) return key.error();
    return key->id;
}

ExitCode run_revoke(const KeyArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    Result<keys::KeyId> id = key_named(args.key);
    if (!id) return fail(context, id.error());
    const std::string location = ledger_location(args.ledger, context);
    Result<jobs::Signer> root = open_signer(location, args.signer, context);
    if (!root) return fail(context, root.error());
    Result<ledger::Event> event = root->ledger.revoke_key(root->key, *id, args.reason);
    if (!event && event.error().code == Errc::not_found) {
        Error error = cli_error(Errc::not_found, Reason::key_unknown, keys::key_id_hex(*id));
        error.path = location;
        return fail(context, error);
    }
    if (!event) return fail(context, event.error());
    print_event(args, *event, messages.format(Msg::key_revoked, keys::key_id_hex(*id), event->seq));
    return ExitCode::ok;
}

// The root key gives a registered key its approver titles (docs/ledger.md, key.title).
ExitCode run_title(const KeyArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    std::vector<jobs::ApproverTitle> titles;
    for (const std::string& name : args.titles) {
        std::optional<jobs::ApproverTitle> title = jobs::parse_approver_title(name);
        if (!title) return fail(context, cli_error(Errc::invalid_argument, Reason::title_spec, name));
        titles.push_back(*title);
    }
    if (titles.empty() && !args.clear_titles) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::none, "one_of", "--set,--clear"));
    }
    Result<keys::KeyId> id = key_named(args.key);
    if (!id) return fail(context, id.error());
    const std::string location = ledger_location(args.ledger, context);
    Result<jobs::Signer> root = open_signer(location, args.signer, context);
    if (!root) return fail(context, root.error());
    Result<ledger::Event> event = jobs::set_key_titles(root->ledger, root->key, *id, titles);
    if (!event) {
        Error error = event.error();
        if (error.reason == Reason::key_unknown) error.path = location;
        return fail(context, error);
    }
    std::string names;
    for (const jobs::ApproverTitle title : titles) {
        names += (names.empty() ? "" : std::string(messages.get(Msg::word_list_separator))) + messages.title(title);
    }
    if (names.empty()) names = messages.get(Msg::word_none);
    print_event(args, *event, messages.format(Msg::key_titles_set, keys::key_id_hex(*id), names, event->seq));
    return ExitCode::ok;
}

}  // namespace

ExitCode run_key(const KeyArgs& args, const Context& context) {
    switch (args.action) {
        case KeyAction::init: return run_init(args, context);
        case KeyAction::show: return run_show(args, context);
        case KeyAction::register_key: return run_register(args, context);
        case KeyAction::revoke: return run_revoke(args, context);
        case KeyAction::title: return run_title(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
