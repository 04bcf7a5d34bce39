// Defaults and loading steps shared by the key, ledger, asset, report, wipe and cert commands.
#include "ledger_access.hpp"

#include <sys/stat.h>

#include "command_support.hpp"
#include "sanitize/files.hpp"

namespace sanitize::cli {

namespace {

std::string from_environment(const Getenv& getenv_fn, const char* name) {
    const char* value = getenv_fn(name);
    return value == nullptr ? std::string() : std::string(value);
}

// $XDG_…_HOME, else $HOME/<fallback>, joined with "sanitize/<file>".
std::string xdg_path(const Getenv& getenv_fn, const char* xdg_variable, const char* home_fallback, const char* file) {
    std::string base = from_environment(getenv_fn, xdg_variable);
    if (base.empty() || base.front() != '/') {  // the XDG spec says relative values are ignored
        std::string home = from_environment(getenv_fn, "HOME");
        base = (home.empty() ? std::string(".") : home) + "/" + home_fallback;
    }
    return base + "/sanitize/" + file;
}

// A missing ledger or key gets the hint that makes one, not report_error's hint about disks.
ExitCode missing_or_error(const Context& context, const Error& error, const std::string& subject, Msg hint) {
    if (error.code != Errc::not_found) return report_error(context, error, subject);
    print_error(context.messages, context.messages.error(error, subject));
    print_hint(context.messages, context.messages.get(hint));
    return exit_code_for(error.code);
}

}  // namespace

std::string ledger_location(const std::string& option, const Getenv& getenv_fn) {
    if (!option.empty()) return option;
    if (std::string value = from_environment(getenv_fn, "SANITIZE_LEDGER"); !value.empty()) return value;
    return xdg_path(getenv_fn, "XDG_DATA_HOME", ".local/share", "ledger.db");
}

std::string operator_key_file(const std::string& option, const Getenv& getenv_fn) {
    if (!option.empty()) return option;
    if (std::string value = from_environment(getenv_fn, "SANITIZE_KEY"); !value.empty()) return value;
    return xdg_path(getenv_fn, "XDG_CONFIG_HOME", ".config", "operator.key");
}

std::optional<std::string> ledger_in_use(const std::string& option, bool no_ledger, const Getenv& getenv_fn) {
    if (no_ledger) return std::nullopt;
    const bool named = !option.empty() || !from_environment(getenv_fn, "SANITIZE_LEDGER").empty();
    std::string location = ledger_location(option, getenv_fn);
    struct stat status {};
    if (!named && ::stat(location.c_str(), &status) != 0) return std::nullopt;
    return location;
}

std::string public_key_file_for(const std::string& secret_key_file) {
    return secret_key_file + ".pub";
}

ExitCode report_open_error(const Context& context, const Error& error, const std::string& location) {
    const Messages& messages = context.messages;
    const std::string shown = ledger::redacted_location(location);
    constexpr std::string_view connect = "postgres connect: ";
    if (error.code == Errc::io_error && error.context.starts_with(connect)) {
        print_error(messages, messages.format(Msg::ledger_unreachable, shown, error.context.substr(connect.size())));
        print_hint(messages, messages.get(Msg::hint_ledger_unreachable));
        return ExitCode::failed;
    }
    if (error.code == Errc::malformed_input && error.context.find("not a ledger") != std::string::npos) {
        print_error(messages, messages.format(Msg::ledger_not_a_ledger, shown));
        print_hint(messages, messages.get(Msg::hint_not_a_ledger));
        return ExitCode::failed;
    }
    return missing_or_error(context, error, shown, Msg::hint_ledger_init);
}

Loaded<ledger::Ledger> open_ledger(const std::string& location, const Context& context, LedgerUse use) {
    Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = use == LedgerUse::read});
    if (!opened) return {std::nullopt, report_open_error(context, opened.error(), location)};
    return {std::move(*opened), ExitCode::ok};
}

Loaded<keys::SecretKey> unlock_secret_key(const std::string& path, const PassphraseSource& source,
                                          const Context& context) {
    Result<std::string> text = files::read_small_file(path, 64 * 1024);
    if (!text) return {std::nullopt, missing_or_error(context, text.error(), path, Msg::hint_key_init)};
    PassphraseRead read = read_passphrase(source, context.messages.format(Msg::passphrase_prompt, path),
                                          PassphrasePurpose::unlock, context);
    if (!read.passphrase) return {std::nullopt, read.failure};
    Result<keys::SecretKey> key = keys::decode_secret_key(*text, read.passphrase->bytes());
    if (!key) return {std::nullopt, report_error(context, key.error(), path)};
    return {std::move(*key), ExitCode::ok};
}

Loaded<keys::SecretKey> unlock_signer_key(const std::string& key_option, const PassphraseSource& source,
                                          const Context& context) {
    return unlock_secret_key(operator_key_file(key_option, std::getenv), source, context);
}

Loaded<keys::PublicKey> load_public_key(const std::string& path, const Context& context) {
    Result<std::string> text = files::read_small_file(path, 64 * 1024);
    if (!text) return {std::nullopt, report_error(context, text.error(), path)};
    Result<keys::PublicKey> key = keys::decode_public_key(*text);
    if (!key) return {std::nullopt, report_error(context, key.error(), path)};
    return {*key, ExitCode::ok};
}

}  // namespace sanitize::cli
