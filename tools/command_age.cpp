// `sanitize encrypt`, `decrypt` and `keygen`: carry-out folders in the age v1 format, so that a
// receiver without this tool opens them with stock `age` and `tar`. The format, the streaming
// and the extraction rules are the library's (sanitize/age.hpp).
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "command_support.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "sanitize/age.hpp"
#include "sanitize/files.hpp"
#include "secret_input.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_key_file_bytes = 1024 * 1024;

std::string trimmed(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    return std::string(line);
}

// -r values and the lines of -R files (blank lines and "#" comments skipped), as age reads them.
Loaded<std::vector<crypt::X25519Recipient>> parse_recipients(const EncryptArgs& args, const Context& context) {
    std::vector<std::pair<std::string, std::string>> texts;  // (where, text)
    for (const std::string& recipient : args.recipients) texts.emplace_back("-r", recipient);
    for (const std::string& path : args.recipient_files) {
        Result<std::string> contents = files::read_small_file(path, max_key_file_bytes);
        if (!contents) return {std::nullopt, report_error(context, contents.error(), path)};
        std::size_t line_number = 0;
        std::string_view rest = *contents;
        while (!rest.empty()) {
            const std::size_t end = rest.find('\n');
            const std::string line = trimmed(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            ++line_number;
            if (!line.empty() && line.front() != '#') texts.emplace_back(path + ":" + std::to_string(line_number), line);
        }
    }
    std::vector<crypt::X25519Recipient> recipients;
    for (const auto& [where, text] : texts) {
        Result<crypt::X25519Recipient> parsed = crypt::X25519Recipient::parse(text);
        if (!parsed) {
            print_error(context.messages, context.messages.format(Msg::age_bad_recipient, where, text));
            return {std::nullopt, ExitCode::usage};
        }
        recipients.push_back(*parsed);
    }
    return {std::move(recipients), ExitCode::ok};
}

void print_json(const nlohmann::json& document) {
    std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
}

// Authentication failures say little on purpose (as age does): corrupted or tampered with.
ExitCode report_crypt_error(const Context& context, const Error& error, const std::string& subject) {
    if (error.code == Errc::integrity_failure) {
        print_error(context.messages, context.messages.format(Msg::age_tampered, subject));
        print_hint(context.messages, context.messages.get(Msg::hint_age_tampered));
        return ExitCode::integrity;
    }
    if (error.code == Errc::wrong_passphrase) {
        print_error(context.messages, context.messages.format(Msg::age_no_identity, subject));
        print_hint(context.messages, context.messages.get(Msg::hint_age_identity));
        return ExitCode::failed;
    }
    return report_error(context, error, subject);
}

// The identities of -i files, and a passphrase when one is given or no -i file is.
struct Identities {
    std::vector<crypt::X25519Identity> x25519;
    std::unique_ptr<crypt::ScryptIdentity> scrypt;
    std::vector<const crypt::Identity*> pointers() const {
        std::vector<const crypt::Identity*> all;
        for (const auto& identity : x25519) all.push_back(&identity);
        if (scrypt) all.push_back(scrypt.get());
        return all;
    }
};

Loaded<Identities> load_identities(const DecryptArgs& args, const Context& context) {
    Identities identities;
    for (const std::string& path : args.identity_files) {
        Result<std::string> text = files::read_small_file(path, max_key_file_bytes);
        if (!text) return {std::nullopt, report_error(context, text.error(), path)};
        SecretBuffer secret(text->size());
        std::copy(text->begin(), text->end(), secret.bytes().begin());
        sodium_memzero(text->data(), text->size());
        Result<std::vector<crypt::X25519Identity>> parsed = crypt::parse_identity_file(secret.bytes());
        if (!parsed) return {std::nullopt, report_error(context, parsed.error(), path)};
        for (auto& identity : *parsed) identities.x25519.push_back(std::move(identity));
    }
    const bool passphrase_given = args.passphrase_source.fd >= 0 || !args.passphrase_source.file.empty();
    // Without identity files the file can only be a passphrase file (age -d does the same).
    if (passphrase_given || args.identity_files.empty()) {
        PassphraseRead read = read_passphrase(args.passphrase_source,
                                              context.messages.format(Msg::age_passphrase_prompt, args.input),
                                              PassphrasePurpose::unlock, context);
        if (!read.passphrase) return {std::nullopt, read.failure};
        identities.scrypt = std::make_unique<crypt::ScryptIdentity>(std::move(*read.passphrase));
    }
    if (identities.x25519.empty() && !identities.scrypt) {
        print_error(context.messages, context.messages.format(Msg::age_no_identity, args.input));
        print_hint(context.messages, context.messages.get(Msg::hint_age_identity));
        return {std::nullopt, ExitCode::usage};
    }
    return {std::move(identities), ExitCode::ok};
}

}  // namespace

ExitCode run_encrypt(const EncryptArgs& args, const Context& context) {
    const bool passphrase = args.passphrase || args.passphrase_source.fd >= 0 || !args.passphrase_source.file.empty();
    Loaded<std::vector<crypt::X25519Recipient>> x25519 = parse_recipients(args, context);
    if (!x25519) return x25519.failure;
    if (x25519.value->empty() && !passphrase) {
        print_error(context.messages, context.messages.get(Msg::age_needs_recipient));
        return ExitCode::usage;
    }
    std::vector<const crypt::Recipient*> recipients;
    for (const auto& recipient : *x25519.value) recipients.push_back(&recipient);
    std::unique_ptr<crypt::ScryptRecipient> scrypt;
    if (passphrase) {
        PassphraseRead read = read_passphrase(args.passphrase_source,
                                              context.messages.format(Msg::age_passphrase_prompt, args.output),
                                              PassphrasePurpose::create, context);
        if (!read.passphrase) return read.failure;
        scrypt = std::make_unique<crypt::ScryptRecipient>(std::move(*read.passphrase));
        recipients.push_back(scrypt.get());
    }
    crypt::EncryptFolderOptions options;
    options.source = args.folder;
    options.recipients = recipients;
    options.armor = args.armor;
    Result<crypt::FolderStats> stats = crypt::encrypt_folder(options, std::filesystem::path(args.output), context.stop);
    if (!stats) return report_error(context, stats.error(), args.folder);
    if (args.json) {
        nlohmann::json fingerprints = nlohmann::json::array();
        for (const auto& recipient : *x25519.value) fingerprints.push_back(crypt::recipient_fingerprint(recipient));
        print_json({{"folder", args.folder},
                    {"output", args.output},
                    {"entries", stats->entries},
                    {"file_bytes", stats->file_bytes},
                    {"recipient_fingerprints", fingerprints},
                    {"passphrase", passphrase}});
    } else {
        std::cout << context.messages.format(Msg::age_encrypted, args.folder, args.output, stats->entries,
                                             human_size(stats->file_bytes))
                  << "\n"
                  << std::flush;
    }
    return ExitCode::ok;
}

ExitCode run_decrypt(const DecryptArgs& args, const Context& context) {
    Loaded<Identities> identities = load_identities(args, context);
    if (!identities) return identities.failure;
    const std::vector<const crypt::Identity*> pointers = identities.value->pointers();
    crypt::DecryptFolderOptions options;
    options.input = args.input;
    options.target = args.output;
    options.identities = pointers;
    Result<crypt::FolderStats> stats = crypt::decrypt_to_folder(options, context.stop);
    if (!stats) return report_crypt_error(context, stats.error(), args.input);
    if (args.json) {
        print_json({{"input", args.input}, {"output", args.output}, {"entries", stats->entries}, {"file_bytes", stats->file_bytes}});
    } else {
        std::cout << context.messages.format(Msg::age_decrypted, args.input, args.output, stats->entries,
                                             human_size(stats->file_bytes))
                  << "\n"
                  << std::flush;
    }
    return ExitCode::ok;
}

ExitCode run_keygen(const KeygenArgs& args, const Context& context) {
    crypt::X25519Identity identity = crypt::X25519Identity::generate();
    SecretBuffer text = crypt::keygen_file_text(identity, std::chrono::system_clock::now());
    const auto bytes = text.bytes();
    Result<void> written =
        files::write_new_file(args.output, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), 0600);
    if (!written) return report_error(context, written.error(), args.output);
    std::cout << context.messages.format(Msg::age_keygen_written, args.output) << "\n"
              << context.messages.format(Msg::age_keygen_public, identity.recipient().to_string()) << "\n"
              << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
