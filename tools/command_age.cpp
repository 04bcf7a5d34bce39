// `sanitize encrypt`, `decrypt`, `keygen` and `carry-out return`: carry-out folders in the age v1
// format, so that a receiver without this tool opens them with stock `age` and `tar`. The
// workflows are the jobs' (jobs/encrypt.hpp, jobs/decrypt.hpp); this file reads the options, the
// keys and the passphrases, and shows the progress and what came of it.
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "byte_progress_view.hpp"
#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "recipient_input.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/decrypt.hpp"
#include "sanitize/jobs/encrypt.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/manifest.hpp"
#include "secret_input.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

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

Result<jobs::CarryOutDetails> carry_out_details(const EncryptArgs& args, jobs::Signer* signer) {
    jobs::CarryOutDetails record;
    Result<std::vector<crypt::X25519Recipient>> auditors = jobs::parse_auditor_recipients(args.auditor_recipients);
    if (!auditors) return auditors.error();
    record.auditor_recipients = std::move(*auditors);
    record.signer = signer;
    record.asset_id = args.asset;
    if (args.classification >= 0) record.classification = args.classification;
    record.approval = {args.approval};
    record.due = args.due;
    record.medium_serial = args.medium_serial;
    return record;
}

void print_encrypted(const EncryptArgs& args, const jobs::Encrypted& done, const Messages& messages) {
    if (args.json) {
        print_json({{"folder", args.folder},
                    {"output", args.output},
                    {"entries", done.stats.entries},
                    {"file_bytes", done.stats.file_bytes},
                    {"recipient_fingerprints", done.recipient_fingerprints},
                    {"passphrase", done.passphrase},
                    {"ledger_seq", done.carry_out ? nlohmann::json(done.carry_out->seq) : nlohmann::json(nullptr)}});
        return;
    }
    std::string text = messages.format(Msg::age_encrypted, args.folder, args.output, done.stats.entries,
                                       human_size(done.stats.file_bytes)) + "\n";
    if (done.carry_out) text += "  " + messages.format(Msg::carry_out_recorded, done.carry_out->seq) + "\n";
    std::cout << text << std::flush;
}

}  // namespace

ExitCode run_encrypt(const EncryptArgs& args, const Context& context) {
    Result<std::vector<crypt::X25519Recipient>> recipients = parse_recipient_options(args.recipients, args.recipient_files);
    if (!recipients) return fail(context, recipients.error());
    if (Result<void> chosen = check_recipient_choice(args, !recipients->empty()); !chosen) return fail(context, chosen.error());
    Result<std::optional<jobs::Signer>> signer = signer_if_ledger(args.ledger, args.no_ledger, args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<jobs::CarryOutDetails> details = carry_out_details(args, *signer ? &**signer : nullptr);
    if (!details) return fail(context, details.error());
    jobs::EncryptRequest request{args.folder, args.output, std::move(*recipients), nullptr, args.armor, std::move(*details), {}};
    // An existing output, the record's level and approval: before anyone types a passphrase for
    // an archive not to be made.
    if (Result<int> level = jobs::check_encrypt(request); !level) return fail(context, level.error());
    std::unique_ptr<crypt::ScryptRecipient> scrypt;
    if (uses_passphrase(args)) {
        Result<std::unique_ptr<crypt::ScryptRecipient>> read = archive_passphrase(args.passphrase_source, args.output, context);
        if (!read) return fail(context, read.error());
        scrypt = std::move(*read);
        request.passphrase = scrypt.get();
    }
    // The library calls back on this thread only, a few times a second.
    ByteProgressView progress(std::cerr, context.messages, args.folder, byte_progress_options(args.json));
    request.on_progress = [&progress](const crypt::FolderProgress& p) { progress.update(p.bytes_done, p.bytes_total); };
    Result<jobs::Encrypted> done = jobs::encrypt_and_record(request, context.stop);
    if (!done) {
        progress.close();
        return fail(context, done.error());
    }
    progress.finish(done->stats.file_bytes);
    if (!done->ok()) {
        print_error(context.messages, context.messages.format(Msg::carry_out_not_recorded,
                                                              error_text(context.messages, *done->record_error)));
        return exit_code_for(*done->record_error);
    }
    print_encrypted(args, *done, context.messages);
    return ExitCode::ok;
}

ExitCode run_decrypt(const DecryptArgs& args, const Context& context) {
    jobs::DecryptRequest request{args.input, args.output, args.identity_files, std::nullopt, {}};
    // An existing folder or a file that is no age file is said before a passphrase is asked for.
    if (Result<void> checked = jobs::check_decrypt_request(request); !checked) return fail(context, checked.error());
    const bool passphrase_given = args.passphrase_source.fd >= 0 || !args.passphrase_source.file.empty();
    // Without identity files the file can only be a passphrase file (age -d does the same).
    if (passphrase_given || args.identity_files.empty()) {
        Result<SecretBuffer> read = read_passphrase(args.passphrase_source,
                                                    context.messages.format(Msg::age_passphrase_prompt, args.input),
                                                    PassphrasePurpose::unlock, context);
        if (!read) return fail(context, read.error());
        request.passphrase = std::move(*read);
    }
    ByteProgressView progress(std::cerr, context.messages, args.input, byte_progress_options(args.json));
    std::uint64_t input_bytes = 0;
    request.on_progress = [&progress, &input_bytes](const crypt::FolderProgress& p) {
        input_bytes = p.bytes_done;
        progress.update(p.bytes_done, p.bytes_total);
    };
    Result<crypt::FolderStats> stats = jobs::decrypt_folder(std::move(request), context.stop);
    if (!stats) {
        progress.close();
        return fail(context, stats.error());
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
    if (!written) {
        Error error = written.error();
        error.path = args.output;
        if (error.code == Errc::conflict) error.reason = Reason::output_exists;
        return fail(context, error);
    }
    std::cout << context.messages.format(Msg::age_keygen_written, args.output) << "\n"
              << context.messages.format(Msg::age_keygen_public, identity.recipient().to_string()) << "\n"
              << std::flush;
    return ExitCode::ok;
}

// The carry-outs in the ledger: all, those still out (--open), or those out past their due day
// (--overdue), one line each or one JSON object per line.
ExitCode run_carry_out_list(const CarryOutArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<std::vector<jobs::CarryOutStatus>> all = jobs::list_carry_outs(*opened);
    if (!all) return fail(context, about_path(all.error(), location));
    const std::string today = jobs::office_date(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    std::vector<std::vector<std::string>> rows{{std::string(messages.get(Msg::label_carry_out_seq)),
                                                std::string(messages.get(Msg::label_carry_out_time)),
                                                std::string(messages.get(Msg::label_approval_asset)),
                                                std::string(messages.get(Msg::label_carry_out_medium)),
                                                std::string(messages.get(Msg::label_carry_out_due)),
                                                std::string(messages.get(Msg::label_approval_state))}};
    std::string lines;
    for (const jobs::CarryOutStatus& out : *all) {
        if ((args.open && !out.open()) || (args.overdue && !out.overdue(today))) continue;
        const std::string state = out.returned_seq != 0 ? messages.format(Msg::carry_out_state_returned, out.returned_seq)
                                  : out.lost_seq != 0     ? messages.format(Msg::carry_out_state_lost, out.lost_seq)
                                  : out.overdue(today)    ? std::string(messages.get(Msg::carry_out_state_overdue))
                                                          : std::string(messages.get(Msg::carry_out_state_out));
        rows.push_back({std::to_string(out.seq), out.time, out.asset_id, out.medium_serial, out.due, state});
        nlohmann::json row = {{"ledger_seq", out.seq},     {"time", out.time},         {"asset_id", out.asset_id},
                              {"medium_serial", out.medium_serial}, {"classification", out.classification},
                              {"due", out.due},            {"open", out.open()},       {"overdue", out.overdue(today)},
                              {"returned_seq", out.returned_seq}, {"lost_seq", out.lost_seq}};
        lines += row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    if (args.json) {
        std::cout << lines << std::flush;
    } else if (rows.size() == 1) {
        std::cout << messages.get(Msg::carry_out_none) << "\n" << std::flush;
    } else {
        std::cout << text_table(rows) << std::flush;
    }
    return ExitCode::ok;
}

ExitCode run_carry_out(const CarryOutArgs& args, const Context& context) {
    if (args.action == CarryOutAction::list) return run_carry_out_list(args, context);
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event =
        jobs::record_return(signer->ledger, signer->key, jobs::ReturnRecord{args.asset, args.medium_serial, args.remarks});
    if (!event) return fail(context, event.error());
    if (args.json) {
        print_json({{"ledger_seq", event->seq}});
    } else {
        std::cout << context.messages.format(Msg::carry_out_returned, event->seq) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
