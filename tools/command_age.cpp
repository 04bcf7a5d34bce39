// `sanitize encrypt`, `decrypt` and `keygen`: carry-out folders in the age v1 format, so that a
// receiver without this tool opens them with stock `age` and `tar`. The format, the streaming
// and the extraction rules are the library's (sanitize/age.hpp).
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "byte_progress_view.hpp"
#include "command_support.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "recipient_input.hpp"
#include "sanitize/age.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs.hpp"
#include "secret_input.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_key_file_bytes = 1024 * 1024;

// -r values and the lines of -R files, as age reads them (recipient_input.cpp, shared with prepare).
Loaded<std::vector<crypt::X25519Recipient>> parse_recipients(const EncryptArgs& args, const Context& context) {
    return parse_recipient_options(args.recipients, args.recipient_files, context);
}

// A bar on a terminal, plain lines in a log, nothing when the output is --json.
ProgressViewOptions byte_progress_options(bool json) {
    ProgressViewOptions options = progress_options_for_stderr(false);
    if (json) options.style = ProgressStyle::silent;
    options.redraw_interval = std::chrono::milliseconds(250);
    return options;
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
        Result<SecretBuffer> secret = files::read_small_secret_file(path, max_key_file_bytes);
        if (!secret) return {std::nullopt, report_error(context, secret.error(), path)};
        Result<std::vector<crypt::X25519Identity>> parsed = crypt::parse_identity_file(secret->bytes());
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

// What a carry-out record needs, gathered and checked before anything is encrypted.
struct CarryOut {
    ledger::Ledger ledger;
    keys::SecretKey key;
    jobs::CarryOutRecord record;
};

Loaded<std::optional<CarryOut>> prepare_carry_out(const EncryptArgs& args, const Context& context) {
    std::optional<std::string> location = ledger_in_use(args.ledger, args.no_ledger, std::getenv);
    if (!location) return {std::optional<CarryOut>(), ExitCode::ok};
    Loaded<ledger::Ledger> ledger = open_ledger(*location, context);
    if (!ledger) return {std::nullopt, ledger.failure};
    Result<int> level = jobs::carry_out_classification(
        *ledger.value, args.asset, args.classification < 0 ? std::nullopt : std::optional<int>(args.classification));
    if (!level) {
        if (level.error().code == Errc::invalid_argument) {
            print_error(context.messages, context.messages.get(Msg::carry_out_needs_level));
            return {std::nullopt, ExitCode::usage};
        }
        return {std::nullopt, report_error(context, level.error(), *location)};
    }
    jobs::Approval approval{args.approver, jobs::parse_approver_title(args.approver_title).value_or(jobs::ApproverTitle::none)};
    if (Result<void> approved = jobs::check_approval(*level, approval); !approved) {
        return {std::nullopt, report_error(context, approved.error(), "carry-out")};
    }
    Loaded<keys::SecretKey> key =
        unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return {std::nullopt, key.failure};
    Result<ledger::KeyRecord> allowed =
        jobs::authorise_signer(*ledger.value, key.value->public_key(), ledger::EventType::media_carry_out);
    if (!allowed) return {std::nullopt, report_error(context, allowed.error(), *location)};
    jobs::CarryOutRecord record;
    record.asset_id = args.asset;
    record.classification = *level;
    record.approval = approval;
    record.archive_name = std::filesystem::path(args.output).filename().string();
    record.medium_serial = args.medium_serial;
    return {CarryOut{std::move(*ledger.value), std::move(*key.value), std::move(record)}, ExitCode::ok};
}

// After encrypting: the record, or no archive at all (a carry-out must not go unrecorded).
Loaded<ledger::Event> record(CarryOut& carry_out, const EncryptArgs& args, const Context& context) {
    Result<std::string> sha256 = files::sha256_file_hex(args.output);
    Result<ledger::Event> event = sha256 ? Result<ledger::Event>(make_error(Errc::internal, "")) : Result<ledger::Event>(sha256.error());
    if (sha256) {
        carry_out.record.archive_sha256 = *sha256;
        event = jobs::record_carry_out(carry_out.ledger, carry_out.key, carry_out.record);
    }
    if (!event) {
        std::filesystem::remove(args.output);
        print_error(context.messages, context.messages.format(Msg::carry_out_not_recorded, context.messages.error(event.error(), "ledger")));
        return {std::nullopt, exit_code_for(event.error().code)};
    }
    return {std::move(*event), ExitCode::ok};
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
    Loaded<std::optional<CarryOut>> carry_out = prepare_carry_out(args, context);
    if (!carry_out) return carry_out.failure;
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
    // The library calls back on this thread only, a few times a second.
    ByteProgressView progress(std::cerr, context.messages, args.folder, byte_progress_options(args.json));
    options.on_progress = [&progress](const crypt::FolderProgress& p) { progress.update(p.bytes_done, p.bytes_total); };
    Result<crypt::FolderStats> stats = crypt::encrypt_folder(options, std::filesystem::path(args.output), context.stop);
    if (!stats) {
        progress.close();
        return report_error(context, stats.error(), args.folder);
    }
    progress.finish(stats->file_bytes);
    std::vector<std::string> fingerprints;
    for (const auto& recipient : *x25519.value) fingerprints.push_back(crypt::recipient_fingerprint(recipient));
    std::optional<std::int64_t> event_seq;
    if (carry_out.value->has_value()) {
        CarryOut& pending = **carry_out.value;
        pending.record.recipient_fingerprints = fingerprints;
        pending.record.passphrase = passphrase;
        Loaded<ledger::Event> event = record(pending, args, context);
        if (!event) return event.failure;
        event_seq = event.value->seq;
    }
    if (args.json) {
        print_json({{"folder", args.folder},
                    {"output", args.output},
                    {"entries", stats->entries},
                    {"file_bytes", stats->file_bytes},
                    {"recipient_fingerprints", fingerprints},
                    {"passphrase", passphrase},
                    {"ledger_seq", event_seq ? nlohmann::json(*event_seq) : nlohmann::json(nullptr)}});
    } else {
        std::string text = context.messages.format(Msg::age_encrypted, args.folder, args.output, stats->entries,
                                                   human_size(stats->file_bytes)) + "\n";
        if (event_seq) text += "  " + context.messages.format(Msg::carry_out_recorded, *event_seq) + "\n";
        std::cout << text << std::flush;
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
    ByteProgressView progress(std::cerr, context.messages, args.input, byte_progress_options(args.json));
    std::uint64_t input_bytes = 0;
    options.on_progress = [&progress, &input_bytes](const crypt::FolderProgress& p) {
        input_bytes = p.bytes_done;
        progress.update(p.bytes_done, p.bytes_total);
    };
    Result<crypt::FolderStats> stats = crypt::decrypt_to_folder(options, context.stop);
    if (!stats) {
        progress.close();
        return report_crypt_error(context, stats.error(), args.input);
    }
    progress.finish(input_bytes);
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

ExitCode run_carry_out(const CarryOutArgs& args, const Context& context) {
    Loaded<ledger::Ledger> ledger = open_ledger(ledger_location(args.ledger, std::getenv), context);
    if (!ledger) return ledger.failure;
    Loaded<keys::SecretKey> key =
        unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return key.failure;
    Result<ledger::Event> event =
        jobs::record_return(*ledger.value, *key.value, jobs::ReturnRecord{args.asset, args.medium_serial, args.remarks});
    if (!event) return report_error(context, event.error(), "media.return");
    if (args.json) {
        print_json({{"ledger_seq", event->seq}});
    } else {
        std::cout << context.messages.format(Msg::carry_out_returned, event->seq) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
