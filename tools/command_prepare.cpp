// `sanitize prepare DEVICE --folder DIR …`: reads the options, the keys and the passphrase,
// confirms the stick as `wipe` does, then hands the whole sequence to jobs::prepare_stick and
// shows its steps. Nothing here decides the order or the checks: a GUI calls the same job.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "byte_progress_view.hpp"
#include "command_support.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "prepare_progress_json.hpp"
#include "progress_view.hpp"
#include "recipient_input.hpp"
#include "stdin_cancel.hpp"
#include "sanitize/jobs.hpp"
#include "text_format.hpp"
#include "wipe_preflight.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t step_count = 7;

ExitCode usage_error(const Messages& messages, const std::string& error, std::optional<std::string> hint = {}) {
    print_error(messages, error);
    if (hint) print_hint(messages, *hint);
    return ExitCode::usage;
}

// The options that need no key, ledger or device: checked first, so typos cost nothing.
ExitCode read_options(const PrepareArgs& args, const Messages& messages, jobs::PrepareStickRequest& request) {
    if (args.file_system == "exfat") {
        return usage_error(messages, std::string(messages.get(Msg::prepare_exfat_unsupported)),
                           std::string(messages.get(Msg::hint_prepare_exfat)));
    }
    Result<wipe::Method> method = wipe::parse_method(args.method);
    if (!method) return usage_error(messages, messages.format(Msg::bad_method, args.method, method.error().context));
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(args.verify);
    if (!plan) {
        return usage_error(messages, messages.format(Msg::bad_verify, args.verify, plan.error().context),
                           std::string(messages.get(Msg::hint_verify)));
    }
    if (plan->mode == wipe::VerifyMode::none) return usage_error(messages, std::string(messages.get(Msg::prepare_verify_none)));
    request.wipe.method = std::move(*method);
    request.wipe.verify = *plan;
    request.folder = args.folder;
    request.asset_id = args.asset;
    if (args.classification >= 0) request.classification = args.classification;
    request.approval = {args.approver, jobs::parse_approver_title(args.approver_title).value_or(jobs::ApproverTitle::none)};
    request.certify = {.directory = args.cert_dir, .pdf = !args.no_pdf};
    request.certificate.department = args.department;
    request.label = args.label;
    return ExitCode::ok;
}

bool uses_passphrase(const PrepareArgs& args) {
    return args.passphrase || args.passphrase_source.fd >= 0 || !args.passphrase_source.file.empty();
}

// Refusals of the library's checks in the CLI's words; the rest as any library error.
ExitCode report_check_error(const Context& context, const Error& error, const PrepareArgs& args,
                            const device::DeviceInfo& info) {
    const Messages& messages = context.messages;
    const std::string& why = error.context;
    if (error.code == Errc::not_found && why.starts_with("program ")) {
        const auto open = why.find(" (package ");
        const std::string program = why.substr(8, open - 8);
        const std::string package = open == std::string::npos ? program : why.substr(open + 10, why.size() - open - 11);
        print_error(messages, messages.format(Msg::prepare_missing_program, program));
        print_hint(messages, messages.format(Msg::hint_prepare_install, package));
        return ExitCode::failed;
    }
    if (error.code == Errc::refused && (why == "fat32 file limit" || why == "stick size")) {
        print_error(messages, why == "stick size"
                                  ? messages.format(Msg::prepare_too_large_stick, args.folder, info.path, human_size(info.size_bytes))
                                  : messages.format(Msg::prepare_too_large_fat32, args.folder));
        print_hint(messages, messages.get(Msg::hint_prepare_too_large));
        return ExitCode::refused;
    }
    if (error.code == Errc::invalid_argument && why.starts_with("label ")) {
        return usage_error(messages, messages.format(Msg::prepare_bad_label, args.label));
    }
    const ExitCode code = report_error(context, error, args.device);
    if (error.code == Errc::refused) print_hint(messages, messages.get(Msg::nothing_wiped));
    return code;
}

ExitCode check_device(const PrepareArgs& args, const Context& context, device::DeviceInfo& info) {
    if (ExitCode code = inspect_target(args.device, context, info); code != ExitCode::ok) return code;
    const std::vector<device::Refusal> refused = device::refusals(info);
    for (const device::Refusal& refusal : refused) print_error(context.messages, context.messages.refusal(info, refusal));
    if (refused.empty()) return ExitCode::ok;
    print_hint(context.messages, context.messages.get(Msg::hint_refused));
    return ExitCode::refused;
}

Msg step_text(jobs::PrepareStep step) {
    switch (step) {
        case jobs::PrepareStep::wipe: return Msg::prepare_step_wipe;
        case jobs::PrepareStep::certify: return Msg::prepare_step_certify;
        case jobs::PrepareStep::format: return Msg::prepare_step_format;
        case jobs::PrepareStep::write_archive: return Msg::prepare_step_write_archive;
        case jobs::PrepareStep::write_readme: return Msg::prepare_step_write_readme;
        case jobs::PrepareStep::check_archive: return Msg::prepare_step_check_archive;
        case jobs::PrepareStep::record: return Msg::prepare_step_record;
    }
    return Msg::prepare_step_wipe;
}

// The step list on stderr: a line per step, the wipe's bars and byte bars for the archive
// on a terminal, plain lines elsewhere, nothing under --json without a terminal.
class StepView {
public:
    StepView(const Messages& messages, std::string target, bool json)
        : messages_(messages), target_(std::move(target)), options_(progress_options_for_stderr(json)) {}

    jobs::PrepareCallbacks callbacks() {
        jobs::PrepareCallbacks callbacks;
        callbacks.on_step_started = [this](jobs::PrepareStep step) { started(step); };
        callbacks.on_step_finished = [this](jobs::PrepareStep step, bool ok) { finished(step, ok); };
        callbacks.wipe.on_progress = [this](const wipe::Progress& progress) {
            if (wipe_view_) wipe_view_->update(0, progress);
        };
        callbacks.on_bytes = [this](jobs::PrepareStep, std::uint64_t done, std::uint64_t total) {
            bytes_done_ = done;
            if (bytes_view_) bytes_view_->update(done, total);
        };
        return callbacks;
    }
    // Seconds per step, in the order run, for --json and for whoever measures.
    const std::vector<std::pair<jobs::PrepareStep, double>>& timings() const { return timings_; }

private:
    void started(jobs::PrepareStep step) {
        started_ = std::chrono::steady_clock::now();
        const std::string name(messages_.get(step_text(step)));
        line(messages_.format(Msg::prepare_step_line, index(step), step_count, name));
        if (step == jobs::PrepareStep::wipe) wipe_view_.emplace(std::cerr, messages_, std::vector<std::string>{target_}, options_);
        if (step == jobs::PrepareStep::write_archive || step == jobs::PrepareStep::check_archive) {
            bytes_done_ = 0;
            bytes_view_.emplace(std::cerr, messages_, name, options_);
        }
    }
    void finished(jobs::PrepareStep step, bool ok) {
        if (wipe_view_) {
            wipe_view_->close();
            wipe_view_.reset();
        }
        if (bytes_view_) {
            if (ok) {
                bytes_view_->finish(bytes_done_);
            } else {
                bytes_view_->close();
            }
            bytes_view_.reset();
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
        timings_.emplace_back(step, seconds);
        const std::string name(messages_.get(step_text(step)));
        line(messages_.format(ok ? Msg::prepare_step_done : Msg::prepare_step_failed, index(step), step_count, name,
                              human_duration(seconds)));
    }
    void line(const std::string& text) const {
        if (options_.style != ProgressStyle::silent) std::cerr << text << "\n" << std::flush;
    }
    static std::size_t index(jobs::PrepareStep step) { return static_cast<std::size_t>(step) + 1; }

    const Messages& messages_;
    std::string target_;
    ProgressViewOptions options_;
    std::optional<ProgressView> wipe_view_;
    std::optional<ByteProgressView> bytes_view_;
    std::uint64_t bytes_done_ = 0;
    std::chrono::steady_clock::time_point started_{};
    std::vector<std::pair<jobs::PrepareStep, double>> timings_;
};

nlohmann::json result_json(const jobs::PreparedStick& stick, const jobs::PrepareStickRequest& request,
                           const StepView& view, const Messages& messages) {
    nlohmann::json files = nlohmann::json::array();
    for (const jobs::StickFile& file : stick.files) files.push_back({{"name", file.name}, {"bytes", file.bytes}});
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& [step, seconds] : view.timings()) steps.push_back({{"step", jobs::prepare_step_name(step)}, {"seconds", seconds}});
    nlohmann::json certificate = nullptr;
    if (stick.certificate) {
        const auto& issued = stick.certificate->issued;
        certificate = {{"certificate_id", issued.certificate.certificate_id},
                       {"json", stick.certificate->files.json},
                       {"signature", stick.certificate->files.signature},
                       {"pdf", stick.certificate->files.pdf.empty() ? nlohmann::json(nullptr) : nlohmann::json(stick.certificate->files.pdf)},
                       {"ledger_seq", issued.ledger_event ? nlohmann::json(issued.ledger_event->seq) : nlohmann::json(nullptr)}};
    }
    nlohmann::json error = nullptr;
    if (stick.error) {
        error = {{"step", jobs::prepare_step_name(*stick.failed_step)},
                 {"message", messages.error(*stick.error, "")},
                 {"emptied_after_failure", stick.emptied_after_failure}};
    }
    return {{"device", request.device.path},
            {"serial", request.device.serial},
            {"file_system", jobs::stick_file_system_name(stick.file_system)},
            {"label", stick.label},
            {"files", files},
            {"archive_sha256", stick.archive_sha256},
            {"archive_checked", stick.archive_checked},
            {"entries", stick.folder.entries},
            {"file_bytes", stick.folder.file_bytes},
            {"wipe", nlohmann::json::parse(wipe::to_json(stick.wipe_report))},
            {"certificate", certificate},
            {"carry_out_seq", stick.carry_out ? nlohmann::json(stick.carry_out->seq) : nlohmann::json(nullptr)},
            {"steps", steps},
            {"error", error}};
}

std::string summary_text(const jobs::PreparedStick& stick, const jobs::PrepareStickRequest& request, const Messages& messages) {
    std::string text = messages.format(Msg::prepare_ready, request.device.path, "FAT32", stick.label) + "\n";
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
    const std::string step(messages.get(step_text(*stick.failed_step)));
    print_error(messages, messages.format(Msg::prepare_failed, step, messages.error(*stick.error, "")));
    if (stick.failed_step == jobs::PrepareStep::wipe || stick.failed_step == jobs::PrepareStep::certify) {
        print_hint(messages, messages.get(Msg::prepare_nothing_recorded));
    } else if (stick.failed_step != jobs::PrepareStep::record) {
        print_hint(messages, messages.get(stick.emptied_after_failure ? Msg::prepare_emptied : Msg::prepare_not_emptied));
    }
    return exit_code_for(stick.error->code);
}

}  // namespace

ExitCode run_prepare(const PrepareArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    jobs::PrepareStickRequest request;
    if (ExitCode code = read_options(args, messages, request); code != ExitCode::ok) return code;
    Loaded<std::vector<crypt::X25519Recipient>> x25519 = parse_recipient_options(args.recipients, args.recipient_files, context);
    if (!x25519) return x25519.failure;
    const bool passphrase = uses_passphrase(args);
    if (x25519.value->empty() == !passphrase) return usage_error(messages, std::string(messages.get(Msg::age_needs_recipient)));
    request.recipients = std::move(*x25519.value);
    std::optional<std::string> location = ledger_in_use(args.ledger, false, std::getenv);
    if (!location) {
        print_error(messages, messages.get(Msg::prepare_needs_ledger));
        print_hint(messages, messages.get(Msg::hint_prepare_needs_ledger));
        return ExitCode::refused;
    }
    Loaded<ledger::Ledger> ledger = open_ledger(*location, context);
    if (!ledger) return ledger.failure;
    // The key's passphrase is read before the archive's: a front end that gives both on one
    // descriptor (--key-passphrase-fd 0 --passphrase-fd 0) writes them as two lines in this
    // order, and each read stops at its line's end (secret_input.hpp).
    Loaded<keys::SecretKey> key = unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return key.failure;
    if (ExitCode code = check_device(args, context, request.device); code != ExitCode::ok) return code;
    if (Result<void> ready = jobs::check_prepare_stick(*ledger.value, key.value->public_key(), request); !ready) {
        return report_check_error(context, ready.error(), args, request.device);
    }
    std::unique_ptr<crypt::ScryptRecipient> scrypt;
    if (passphrase) {
        PassphraseRead read = read_passphrase(args.passphrase_source, messages.format(Msg::age_passphrase_prompt, args.folder),
                                              PassphrasePurpose::create, context);
        if (!read.passphrase) return read.failure;
        scrypt = std::make_unique<crypt::ScryptRecipient>(std::move(*read.passphrase));
        request.passphrase = scrypt.get();
    }
    WipeArgs confirm_args;
    confirm_args.targets = {args.device};
    confirm_args.yes = args.yes;
    if (!args.confirm.empty()) confirm_args.confirm = {args.confirm};
    std::vector<device::DeviceInfo> confirmed;
    if (ExitCode code = prepare_targets(confirm_args, context, confirmed); code != ExitCode::ok) return code;
    request.device = confirmed.front();

    StepView view(messages, target_label(request.device), args.json);
    std::optional<PrepareJsonProgress> json_lines;
    if (args.json_progress) json_lines.emplace(std::cout, request.device.path, step_count);
    // Watched only now: until here stdin may still carry the passphrases.
    std::optional<StdinCancel> stdin_cancel;
    if (args.stdin_cancels) stdin_cancel.emplace(context.stop);
    Result<jobs::PreparedStick> stick =
        jobs::prepare_stick(*ledger.value, *key.value, request, json_lines ? json_lines->wrap(view.callbacks()) : view.callbacks(),
                            stdin_cancel ? stdin_cancel->token() : context.stop);
    if (!stick) return report_check_error(context, stick.error(), args, request.device);
    if (args.json) {
        std::cout << result_json(*stick, request, view, messages).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n" << std::flush;
    } else if (stick->ok()) {
        std::cout << summary_text(*stick, request, messages) << std::flush;
    }
    return stick->ok() ? ExitCode::ok : report_failure(*stick, context);
}

}  // namespace sanitize::cli
