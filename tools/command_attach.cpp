// `sanitize attach FILE|DIR... -o OUT.zip` and `sanitize attach --check ZIP`. The archive, its
// read-back check and the password rules are the library's (attach::create_archive,
// attach::check_password); this file gathers the inputs, shows the password once and records
// the disclosure.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "command_support.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "sanitize/attach.hpp"
#include "sanitize/jobs.hpp"
#include "secret_input.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

struct Recorder {
    ledger::Ledger ledger;
    keys::SecretKey key;
};

// The ledger and the sender's key, ready before the archive is made: a record that cannot be
// written must stop the command while nothing has been produced.
Loaded<std::optional<Recorder>> prepare_recorder(const AttachArgs& args, const Context& context) {
    std::optional<std::string> location = ledger_in_use(args.ledger, args.no_ledger, std::getenv);
    if (!location) return {std::optional<Recorder>(), ExitCode::ok};
    Loaded<ledger::Ledger> ledger = open_ledger(*location, context);
    if (!ledger) return {std::nullopt, ledger.failure};
    Loaded<keys::SecretKey> key =
        unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return {std::nullopt, key.failure};
    Result<ledger::KeyRecord> allowed =
        jobs::authorise_signer(*ledger.value, key.value->public_key(), ledger::EventType::attachment_disclosure);
    if (!allowed) return {std::nullopt, report_error(context, allowed.error(), *location)};
    return {Recorder{std::move(*ledger.value), std::move(*key.value)}, ExitCode::ok};
}

std::string missing_classes(unsigned missing, const Messages& messages) {
    std::string words;
    const std::pair<unsigned, Msg> classes[] = {{attach::class_upper, Msg::class_upper},
                                                {attach::class_lower, Msg::class_lower},
                                                {attach::class_digit, Msg::class_digit},
                                                {attach::class_symbol, Msg::class_symbol}};
    for (const auto& [bit, text] : classes) {
        if ((missing & bit) != 0) words += (words.empty() ? "" : ", ") + std::string(messages.get(text));
    }
    return words;
}

// The reason a password is refused, in words; never the password or a piece of it.
std::string refusal_text(const attach::PasswordCheck& check, const Messages& messages) {
    switch (check.problem) {
        case attach::PasswordProblem::none: break;
        case attach::PasswordProblem::invalid_characters: return std::string(messages.get(Msg::password_refused_characters));
        case attach::PasswordProblem::too_short:
            return messages.format(Msg::password_refused_short, check.length, attach::password_min_length);
        case attach::PasswordProblem::missing_class:
            return messages.format(Msg::password_refused_classes, missing_classes(check.missing, messages));
        case attach::PasswordProblem::dictionary_word: return messages.format(Msg::password_refused_dictionary, check.dictionary_run);
        case attach::PasswordProblem::too_guessable:
            return messages.format(Msg::password_refused_guessable, static_cast<int>(check.entropy_bits),
                                   static_cast<int>(attach::password_min_entropy_bits));
    }
    return {};
}

struct Password {
    SecretBuffer bytes;
    bool generated = false;
};

// A supplied password must meet the policy; without one a generated one is used.
Loaded<Password> obtain_password(const AttachArgs& args, const Context& context) {
    if (args.password.file.empty() && args.password.fd < 0 && !args.ask_password) {
        return {Password{attach::generate_password(), true}, ExitCode::ok};
    }
    PassphraseRead read = read_passphrase(args.password, context.messages.format(Msg::password_prompt, args.output),
                                          PassphrasePurpose::create, context);
    if (!read.passphrase) return {std::nullopt, read.failure};
    attach::PasswordCheck check = attach::check_password(read.passphrase->bytes());
    if (!check.acceptable()) {
        print_error(context.messages, refusal_text(check, context.messages));
        print_hint(context.messages, context.messages.get(Msg::hint_password_generated));
        return {std::nullopt, ExitCode::refused};
    }
    return {Password{std::move(*read.passphrase), false}, ExitCode::ok};
}

attach::Compression compression_from(const std::string& name) {
    if (name == "deflate") return attach::Compression::deflate;
    if (name == "store") return attach::Compression::store;
    return attach::Compression::automatic;
}

std::string password_text(const SecretBuffer& password) {
    const auto bytes = password.bytes();
    return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

void print_made(const AttachArgs& args, const attach::Disclosure& disclosure, const Password& password,
                std::optional<std::int64_t> event_seq, const Messages& messages) {
    const std::string sha256 = cert::hex_text(disclosure.sha256);
    if (args.json) {
        nlohmann::json document = {
            {"archive", args.output},
            {"sha256", sha256},
            {"archive_bytes", disclosure.archive_bytes},
            {"entries", disclosure.entry_count},
            {"content_bytes", disclosure.content_bytes},
            {"encryption", attach::encryption_name(disclosure.encryption)},
            {"names_hidden", disclosure.names_hidden},
            {"ledger_seq", event_seq ? nlohmann::json(*event_seq) : nlohmann::json(nullptr)},
        };
        // Scripts get a generated password here and nowhere else; a supplied one is never echoed.
        document["password"] = password.generated ? nlohmann::json(password_text(password.bytes)) : nlohmann::json(nullptr);
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
        return;
    }
    std::string text = messages.format(Msg::attach_written, args.output, disclosure.entry_count, human_size(disclosure.archive_bytes)) + "\n";
    text += "  SHA-256: " + sha256 + "\n";
    if (event_seq) text += "  " + messages.format(Msg::attach_recorded, *event_seq) + "\n";
    if (password.generated) {
        text += "\n" + std::string(messages.get(Msg::attach_password_header)) + "\n\n    " + password_text(password.bytes) +
                "\n\n" + std::string(messages.get(Msg::attach_password_note)) + "\n";
    }
    std::cout << text << std::flush;
}

ExitCode run_make(const AttachArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    if (args.output.empty()) {
        print_error(messages, messages.get(Msg::attach_needs_output));
        return ExitCode::usage;
    }
    if (args.inputs.empty()) {
        print_error(messages, messages.get(Msg::attach_needs_inputs));
        return ExitCode::usage;
    }
    Loaded<std::optional<Recorder>> recorder = prepare_recorder(args, context);
    if (!recorder) return recorder.failure;
    Loaded<Password> password = obtain_password(args, context);
    if (!password) return password.failure;
    if (args.legacy_zipcrypto) print_error(messages, messages.get(Msg::attach_legacy_warning));

    attach::ArchiveOptions options;
    options.output = args.output;
    for (const std::string& input : args.inputs) options.inputs.emplace_back(input);
    options.password = password.value->bytes.bytes();
    options.compression = compression_from(args.compression);
    options.hide_names = args.hide_names;
    options.encryption = args.legacy_zipcrypto ? attach::Encryption::legacy_zipcrypto : attach::Encryption::aes256;
    options.stop = context.stop;
    Result<attach::Disclosure> made = attach::create_archive(options);
    if (!made) return report_error(context, made.error(), args.output);

    std::optional<std::int64_t> event_seq;
    ExitCode result = ExitCode::ok;
    if (recorder.value->has_value()) {
        Recorder& record = **recorder.value;
        jobs::DisclosureRecord disclosure{std::filesystem::path(args.output).filename().string(), args.recipient,
                                          args.classification, args.asset, *made};
        Result<ledger::Event> event = jobs::record_disclosure(record.ledger, record.key, disclosure);
        if (event) {
            event_seq = event->seq;
        } else {
            print_error(messages, messages.format(Msg::attach_not_recorded, messages.error(event.error(), "ledger")));
            result = exit_code_for(event.error().code);
        }
    }
    print_made(args, *made, *password.value, event_seq, messages);
    return result;
}

ExitCode run_check(const AttachArgs& args, const Context& context) {
    PassphraseRead read = read_passphrase(args.password, context.messages.format(Msg::password_prompt, args.check),
                                          PassphrasePurpose::unlock, context);
    if (!read.passphrase) return read.failure;
    Result<attach::ArchiveCheck> checked = attach::check_archive(args.check, read.passphrase->bytes());
    if (!checked) return report_error(context, checked.error(), args.check);
    if (args.json) {
        nlohmann::json document = {{"archive", args.check}, {"entries", checked->entries}, {"ok", true}};
        std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
    } else {
        std::cout << context.messages.format(Msg::attach_checked, args.check, checked->entries) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace

ExitCode run_attach(const AttachArgs& args, const Context& context) {
    return args.check.empty() ? run_make(args, context) : run_check(args, context);
}

}  // namespace sanitize::cli
