// Defaults and loading steps shared by the commands that read or sign the ledger.
#include "ledger_access.hpp"

#include "sanitize/files.hpp"

namespace sanitize::cli {

jobs::Paths paths_for(const Context& context, const std::string& ledger_option, const std::string& key_option,
                      const std::string& checkpoint_option) {
    const auto given = [](const std::string& option) {
        return option.empty() ? std::nullopt : std::optional<std::string>(option);
    };
    const jobs::PathLayer options{jobs::PathSource::option, given(ledger_option), given(key_option), given(checkpoint_option)};
    return jobs::resolve_paths(context.settings.paths, std::span(&options, 1));
}

std::string ledger_location(const std::string& option, const Context& context) {
    return paths_for(context, option, {}).ledger.value;
}

std::string operator_key_file(const std::string& option, const Context& context) {
    return paths_for(context, {}, option).key_file.value;
}

Result<ledger::Ledger> open_ledger(const std::string& location, LedgerUse use) {
    return jobs::open_ledger(location, {.read_only = use == LedgerUse::read});
}

Result<ledger::Ledger> open_ledger_to_write(const std::string& location, const Context& context) {
    Result<ledger::Ledger> ledger = open_ledger(location);
    if (!ledger) return ledger;
    // Every event this run appends, whichever job appends it, is a line in the system journal.
    ledger->on_append([&context, shown = ledger::redacted_location(location)](const ledger::Event& event) {
        context.log(JournalEvent::ledger_written, {{"event", std::string(ledger::event_type_name(event.type))},
                                                   {"seq", std::to_string(event.seq)},
                                                   {"ledger", shown}});
    });
    return ledger;
}

Result<keys::SecretKey> unlock_secret_key(const std::string& path, const PassphraseSource& source,
                                          const Context& context) {
    Result<std::string> text = jobs::read_key_file(path);
    if (!text) return text.error();
    Result<SecretBuffer> passphrase = read_passphrase(source, context.messages.format(Msg::passphrase_prompt, path),
                                                      PassphrasePurpose::unlock, context);
    if (!passphrase) return passphrase.error();
    Result<keys::SecretKey> key = jobs::unlock_key(path, *text, passphrase->bytes());
    if (!key && key.error().code == Errc::wrong_passphrase)
        context.log(JournalEvent::key_unlock_failed, {{"key", path}, {"reason", "wrong_passphrase"}});
    return key;
}

Result<keys::SecretKey> unlock_signer_key(const SignerArgs& signer, const Context& context) {
    return unlock_secret_key(operator_key_file(signer.key_file, context), signer.passphrase, context);
}

Result<keys::PublicKey> load_public_key(const std::string& path) {
    Result<std::string> text = files::read_small_file(path, 64 * 1024);
    Result<keys::PublicKey> key = text ? keys::decode_public_key(*text) : Result<keys::PublicKey>(text.error());
    if (key) return key;
    Error error = key.error();
    error.path = path;
    return error;
}

Result<jobs::Signer> open_signer(const std::string& location, const SignerArgs& signer, const Context& context) {
    Result<ledger::Ledger> ledger = open_ledger_to_write(location, context);
    if (!ledger) return ledger.error();
    Result<keys::SecretKey> key = unlock_signer_key(signer, context);
    if (!key) return key.error();
    return jobs::Signer{std::move(*ledger), std::move(*key)};
}

Result<std::optional<jobs::Signer>> signer_if_ledger(const std::string& ledger_option, bool no_ledger,
                                                     const SignerArgs& signer, const Context& context) {
    std::optional<std::string> location = jobs::ledger_in_use(paths_for(context, ledger_option, {}).ledger, no_ledger);
    if (!location) return std::optional<jobs::Signer>();
    Result<jobs::Signer> opened = open_signer(*location, signer, context);
    if (!opened) return opened.error();
    return std::optional<jobs::Signer>(std::move(*opened));
}

}  // namespace sanitize::cli
