// `sanitize prepare DEVICE --folder DIR …`: reads the options, the keys and the passphrase, then
// hands the whole sequence to jobs::prepare_stick and shows its steps (prepare_view.hpp). Nothing
// here decides the order or the checks: the GUI's Carry-out page calls the same job.
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "prepare_view.hpp"
#include "recipient_input.hpp"
#include "sanitize/jobs/prepare.hpp"
#include "sanitize/protocol.hpp"
#include "stdin_cancel.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

// The options that need no key, ledger or device: checked first, so typos cost nothing.
Result<jobs::PrepareStickRequest> prepare_request(const PrepareArgs& args) {
    jobs::PrepareStickRequest request;
    if (args.file_system == "exfat") request.file_system = jobs::StickFileSystem::exfat;
    Result<wipe::Method> method = wipe::parse_method(args.method);
    if (!method) return spec_error(Reason::method_spec, args.method, method.error());
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(args.verify);
    if (!plan) return spec_error(Reason::verify_spec, args.verify, plan.error());
    request.device = args.device;
    request.wipe.method = std::move(*method);
    request.wipe.verify = *plan;
    request.folder = args.folder;
    request.folder_reader = args.folder_reader;
    request.asset_id = args.asset;
    if (args.classification >= 0) request.classification = args.classification;
    request.approval = {args.approval};
    request.due = args.due;
    request.certify = {.directory = args.cert_dir, .pdf = !args.no_pdf};
    request.certificate.department = args.department;
    request.label = args.label;
    if (Result<void> checked = jobs::check_prepare_options(request); !checked) return checked.error();
    Result<std::vector<crypt::X25519Recipient>> recipients = parse_recipient_options(args.recipients, args.recipient_files);
    if (!recipients) return recipients.error();
    if (Result<void> chosen = check_recipient_choice(args, !recipients->empty()); !chosen) return chosen.error();
    request.recipients = std::move(*recipients);
    return request;
}

// The policy asks for a record of every carry-out: no ledger, no stick.
Result<jobs::Signer> prepare_signer(const PrepareArgs& args, const Context& context) {
    std::optional<std::string> location = jobs::ledger_in_use(paths_for(context, args.ledger, {}).ledger, false);
    if (!location) return cli_error(Errc::refused, Reason::ledger_required);
    // The key's passphrase is read before the archive's: a front end that gives both on one
    // descriptor (--key-passphrase-fd 0 --passphrase-fd 0) writes them as two lines in this
    // order, and each read stops at its line's end (secret_input.hpp).
    return open_signer(*location, args.signer, context);
}

// The result document of the protocol (sanitize/protocol.hpp), with the failure worded.
std::string result_json(const jobs::PreparedStick& stick, const PrepareView& view, const Messages& messages) {
    return protocol::encode(protocol::Prepared{stick, view.timings(), stick.error ? error_text(messages, *stick.error) : ""});
}

std::string summary_text(const jobs::PreparedStick& stick, const Messages& messages) {
    std::string text = messages.format(Msg::prepare_ready, stick.device.path, "FAT32", stick.label) + "\n";
    for (const jobs::StickFile& file : stick.files) text += messages.format(Msg::prepare_file_line, file.name, human_size(file.bytes)) + "\n";
    text += messages.format(Msg::prepare_checked, stick.archive_sha256) + "\n";
    if (stick.certificate) {
        const auto& event = stick.certificate->issued.ledger_event;
        text += messages.format(Msg::prepare_certificate, stick.certificate->files.json,
                                event ? std::to_string(event->seq) : std::string("-")) + "\n";
    }
    if (stick.carry_out) text += messages.format(Msg::prepare_recorded, stick.carry_out->seq) + "\n";
    return text;
}

// A failure after the wipe began: what failed, and what state the stick is in.
ExitCode report_failure(const jobs::PreparedStick& stick, const Context& context) {
    const Messages& messages = context.messages;
    const std::string step(messages.get(prepare_step_text(*stick.failed_step)));
    print_error(messages, messages.format(Msg::prepare_failed, step, error_text(messages, *stick.error)));
    if (stick.failed_step == jobs::PrepareStep::wipe && stick.certificate) {
        // The stick was written to but not erased: the certificate records how the wipe ended.
        print_hint(messages, messages.format(Msg::prepare_wipe_certified, messages.outcome(stick.wipe_report.outcome),
                                             stick.certificate->files.json));
    } else if (stick.failed_step == jobs::PrepareStep::wipe || stick.failed_step == jobs::PrepareStep::certify) {
        print_hint(messages, messages.get(Msg::prepare_nothing_recorded));
    } else if (stick.failed_step != jobs::PrepareStep::record) {
        print_hint(messages, messages.get(stick.emptied_after_failure ? Msg::prepare_emptied : Msg::prepare_not_emptied));
    }
    return exit_code_for(*stick.error);
}

}  // namespace

ExitCode run_prepare(const PrepareArgs& args, const Context& context) {
    Result<jobs::PrepareStickRequest> request = prepare_request(args);
    if (!request) return fail(context, request.error());
    Result<jobs::Signer> signer = prepare_signer(args, context);
    if (!signer) return fail(context, signer.error());
    if (Result<void> ready = jobs::check_prepare_stick(*signer, *request); !ready) return fail(context, ready.error());
    std::unique_ptr<crypt::ScryptRecipient> scrypt;  // asked for only once every check passed
    if (uses_passphrase(args)) {
        Result<std::unique_ptr<crypt::ScryptRecipient>> read = archive_passphrase(args.passphrase_source, args.folder, context);
        if (!read) return fail(context, read.error());
        scrypt = std::move(*read);
        request->passphrase = scrypt.get();
    }
    // Watched once the stick is being wiped (PrepareView): until here stdin carried the passphrases.
    std::optional<StdinCancel> stdin_cancel;
    if (args.stdin_cancels) stdin_cancel.emplace(context.stop);
    PrepareView view(args, context, stdin_cancel ? &*stdin_cancel : nullptr);
    Result<jobs::PreparedStick> stick =
        jobs::prepare_stick(*signer, *request, view, stdin_cancel ? stdin_cancel->token() : context.stop);
    if (!stick) return fail(context, stick.error());
    if (args.json) {
        std::cout << result_json(*stick, view, context.messages) << "\n" << std::flush;
    } else if (stick->ok()) {
        std::cout << summary_text(*stick, context.messages) << std::flush;
    }
    return stick->ok() ? ExitCode::ok : report_failure(*stick, context);
}

}  // namespace sanitize::cli
