// `sanitize attach FILE|DIR... -o OUT.zip` and `sanitize attach --check ZIP`. The archive, its
// read-back, the password rules and the record are the attach job's (jobs/attach.hpp); this file
// gathers the inputs and the password and shows the password once.
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/jobs/attach.hpp"
#include "secret_input.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

attach::Compression compression_from(const std::string& name) {
    if (name == "deflate") return attach::Compression::deflate;
    if (name == "store") return attach::Compression::store;
    return attach::Compression::automatic;
}

// Straight from the buffer that wipes it: no std::string copy is left in freed memory.
void write_password(std::ostream& out, const SecretBuffer& password) {
    const auto bytes = password.bytes();
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

bool password_given(const AttachArgs& args) {
    return !args.password.file.empty() || args.password.fd >= 0 || args.ask_password;
}

// A supplied password (the job holds it to the policy), else a generated one.
Result<SecretBuffer> obtain_password(const AttachArgs& args, const Context& context) {
    if (!password_given(args)) return attach::generate_password();
    return read_passphrase(args.password, context.messages.format(Msg::password_prompt, args.output),
                           PassphrasePurpose::create, context);
}

jobs::AttachRequest attach_request(const AttachArgs& args, jobs::Signer* signer) {
    jobs::AttachRequest request;
    request.archive.output = args.output;
    for (const std::string& input : args.inputs) request.archive.inputs.emplace_back(input);
    request.archive.compression = compression_from(args.compression);
    request.archive.hide_names = args.hide_names;
    request.archive.encryption = args.legacy_zipcrypto ? attach::Encryption::legacy_zipcrypto : attach::Encryption::aes256;
    request.password_supplied = password_given(args);
    request.signer = signer;
    request.recipient = args.recipient;
    request.classification = args.classification;
    request.asset_id = args.asset;
    return request;
}

void print_made(const AttachArgs& args, const jobs::Attached& made, const SecretBuffer& password, bool generated,
                const Messages& messages) {
    const attach::Disclosure& disclosure = made.disclosure;
    const std::string sha256 = cert::hex_text(disclosure.sha256);
    const std::optional<ledger::Event>& event = made.disclosure_event;
    if (args.json) {
        nlohmann::json document = {
            {"archive", args.output},
            {"sha256", sha256},
            {"archive_bytes", disclosure.archive_bytes},
            {"entries", disclosure.entry_count},
            {"content_bytes", disclosure.content_bytes},
            {"encryption", attach::encryption_name(disclosure.encryption)},
            {"names_hidden", disclosure.names_hidden},
            {"read_back_entries", made.read_back ? nlohmann::json(made.read_back->entries) : nlohmann::json(nullptr)},
            {"ledger_seq", event ? nlohmann::json(event->seq) : nlohmann::json(nullptr)},
        };
        // Scripts get a generated password here and nowhere else; a supplied one is never echoed.
        // It is written last, from its buffer; a generated password is letters, digits and
        // hyphens only, which JSON needs no escape for.
        std::string text = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        text.pop_back();  // the closing brace
        if (generated) {
            std::cout << text << ",\"password\":\"";
            write_password(std::cout, password);
            std::cout << "\"}\n" << std::flush;
        } else {
            std::cout << text << ",\"password\":null}\n" << std::flush;
        }
        return;
    }
    std::string text = messages.format(Msg::attach_written, args.output, disclosure.entry_count, human_size(disclosure.archive_bytes)) + "\n";
    text += "  SHA-256: " + sha256 + "\n";
    if (made.read_back) text += "  " + messages.format(Msg::attach_read_back, made.read_back->entries) + "\n";
    if (event) text += "  " + messages.format(Msg::attach_recorded, event->seq) + "\n";
    std::cout << text;
    if (generated) {
        // The hyphens are said to be part of it: a receiver who drops them cannot open the archive.
        std::cout << "\n" << messages.get(Msg::attach_password_header) << "\n\n    ";
        write_password(std::cout, password);
        std::cout << "\n\n" << messages.get(Msg::attach_password_separators) << "\n"
                  << messages.get(Msg::attach_password_note) << "\n";
    }
    std::cout << std::flush;
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
    Result<std::optional<jobs::Signer>> signer = signer_if_ledger(args.ledger, args.no_ledger, args.signer, context);
    if (!signer) return fail(context, signer.error());
    jobs::AttachRequest request = attach_request(args, *signer ? &**signer : nullptr);
    // The signer's right to record, before anyone types a password for an archive not to be made.
    if (Result<void> allowed = jobs::check_attach(request); !allowed) return fail(context, allowed.error());
    Result<SecretBuffer> password = obtain_password(args, context);
    if (!password) return fail(context, password.error());
    if (args.legacy_zipcrypto) print_error(messages, messages.get(Msg::attach_legacy_warning));
    request.archive.password = password->bytes();
    Result<jobs::Attached> made = jobs::attach_and_record(std::move(request), context.stop);
    if (!made) return fail(context, made.error());
    ExitCode result = ExitCode::ok;
    if (made->record_error) {
        print_error(messages, messages.format(Msg::attach_not_recorded, error_text(messages, *made->record_error)));
        result = exit_code_for(*made->record_error);
    }
    print_made(args, *made, *password, !password_given(args), messages);
    return result;
}

ExitCode run_check(const AttachArgs& args, const Context& context) {
    Result<SecretBuffer> password = read_passphrase(args.password, context.messages.format(Msg::password_prompt, args.check),
                                                    PassphrasePurpose::unlock, context);
    if (!password) return fail(context, password.error());
    Result<attach::ArchiveCheck> checked = attach::check_archive(args.check, password->bytes());
    if (!checked) {
        Error error = checked.error();
        error.path = args.check;
        return fail(context, error);
    }
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
