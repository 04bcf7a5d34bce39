// `sanitize cert verify|countersign|pdf FILE`: what an auditor runs on a certificate. Every
// decision is the library's (jobs::verify_certificate_files, which the GUI's Audit page runs
// too, jobs::verify_media for --media and jobs::countersign_certificate); this file finds the
// inputs, runs the checks and shows them.
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "progress_view.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/device.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/countersign.hpp"
#include "sanitize/jobs/verify_certificate.hpp"
#include "sanitize/jobs/verify_media.hpp"
#include "sanitize/wipe.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_signature_bytes = 64 * 1024;

struct Inputs {
    std::string certificate;
    std::string signature;
    std::optional<std::string> countersignature;  // FILE.validator.minisig, when present
};

Result<Inputs> read_inputs(const CertArgs& args) {
    Inputs inputs;
    Result<std::string> certificate = files::read_small_file(args.file, cert::max_certificate_bytes);
    if (!certificate) return about_path(certificate.error(), args.file);
    const std::string signature_path = args.signature.empty() ? args.file + std::string(cert::signature_suffix) : args.signature;
    Result<std::string> signature = files::read_small_file(signature_path, max_signature_bytes);
    if (!signature) return about_path(signature.error(), signature_path);
    inputs.certificate = std::move(*certificate);
    inputs.signature = std::move(*signature);
    Result<std::string> countersignature =
        files::read_small_file(args.file + std::string(cert::countersignature_suffix), max_signature_bytes);
    if (countersignature) inputs.countersignature = std::move(*countersignature);
    return inputs;
}

// The ledger unless --no-ledger; an empty optional then.
Result<std::optional<ledger::Ledger>> ledger_for(const CertArgs& args, const Context& context) {
    if (args.no_ledger) return std::optional<ledger::Ledger>();
    // Only a countersignature writes: its validation event.
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = args.action == CertArgs::Action::countersign ? open_ledger_to_write(location, context)
                                                                                  : open_ledger(location, LedgerUse::read);
    if (!opened) return opened.error();
    return std::optional<ledger::Ledger>(std::move(*opened));
}

// A signature whose key neither --operator-key gives nor the ledger registered cannot be checked:
// nobody vouches for it, which is an integrity failure, not a missing file.
Error verification_error(Error error) {
    if (error.code == Errc::not_found) {
        error.code = Errc::integrity_failure;
        error.reason = Reason::signature_key_unknown;
    } else if (error.path.empty()) {
        error.path = error.code == Errc::malformed_input ? "signature" : "ledger";
    }
    return error;
}

Msg check_text(cert::Check check) {
    switch (check) {
        case cert::Check::signature: return Msg::check_signature;
        case cert::Check::trusted_comment: return Msg::check_trusted_comment;
        case cert::Check::sha256: return Msg::check_sha256;
        case cert::Check::certificate_parses: return Msg::check_certificate_parses;
        case cert::Check::certificate_id: return Msg::check_certificate_id;
        case cert::Check::signer_role: return Msg::check_signer_role;
        case cert::Check::ledger_id: return Msg::check_ledger_id;
        case cert::Check::key_registered: return Msg::check_key_registered;
        case cert::Check::signer_identity: return Msg::check_signer_identity;
        case cert::Check::key_valid_at_time: return Msg::check_key_valid_at_time;
        case cert::Check::key_not_revoked: return Msg::check_key_not_revoked;
        case cert::Check::ledger_event: return Msg::check_ledger_event;
        case cert::Check::chain_anchor: return Msg::check_chain_anchor;
        case cert::Check::ledger_chain: return Msg::check_ledger_chain;
    }
    return Msg::check_signature;
}

Msg status_text(cert::CheckStatus status) {
    switch (status) {
        case cert::CheckStatus::passed: return Msg::status_passed;
        case cert::CheckStatus::failed: return Msg::status_failed;
        case cert::CheckStatus::not_checked: return Msg::status_not_checked;
    }
    return Msg::status_failed;
}

struct MediaResult {
    bool checked = false;
    bool matches = false;
    std::string text;  // what to show
};

struct Verification {
    cert::VerifyReport operator_report;
    std::optional<cert::VerifyReport> validation;
    std::optional<cert::Person> validator;  // who countersigned, as the certificate or the ledger names them
    std::optional<MediaResult> media;
    bool ok() const {
        return operator_report.ok() && (!validation || validation->ok()) && (!media || !media->checked || media->matches);
    }
};

// The re-read of the medium as verify-media does it, provided it is the certificate's medium.
class MediaView final : public jobs::VerifyMediaObserver {
public:
    MediaView(const cert::Certificate& certificate, const CertArgs& args, const Context& context, std::stop_source& skip)
        : certificate_(certificate), args_(args), context_(context), skip_(skip) {}
    void inspected(const device::DeviceInfo& info) override {
        other_medium_ = !cert::medium_matches(certificate_.medium, info);
        // Another medium is not read at all.
        if (other_medium_) {
            skip_.request_stop();
            return;
        }
        view_.emplace(std::cerr, context_.messages, std::vector<std::string>{info.path}, progress_options_for_stderr(args_.json));
    }
    void progress(const wipe::Progress& progress) override {
        if (view_) view_->update(0, progress);
    }
    void finish(const wipe::MediaCheckReport& report) {
        if (!view_) return;
        view_->finish(0, context_.messages.format(report.matches ? Msg::media_matches : Msg::media_differs,
                                                  "0x" + report.expected_hex));
        view_->close();
    }
    bool other_medium() const { return other_medium_; }

private:
    const cert::Certificate& certificate_;
    const CertArgs& args_;
    const Context& context_;
    std::stop_source& skip_;
    std::optional<ProgressView> view_;
    bool other_medium_ = false;
};

// --media: re-read the device where the certificate's method ended with a pattern.
Result<MediaResult> check_medium(const cert::Certificate& certificate, const CertArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    std::optional<std::vector<std::uint8_t>> pattern = cert::final_pattern(certificate);
    if (!pattern) return MediaResult{false, false, std::string(messages.get(Msg::cert_media_no_pattern))};
    Result<wipe::MediaCheckOptions> options = jobs::media_check_options("zero", args.sample == "100" ? "" : args.sample);
    if (!options) return options.error();
    options->expected_pattern = *pattern;
    std::stop_source skip;
    const std::stop_callback forward(context.stop, [&skip] { skip.request_stop(); });
    MediaView view(certificate, args, context, skip);
    Result<wipe::MediaCheckReport> report = jobs::verify_media({args.media, *options}, view, skip.get_token());
    if (!report) return report.error();
    if (view.other_medium()) return MediaResult{true, false, messages.format(Msg::cert_media_other_medium, args.media)};
    view.finish(*report);
    if (report->error) return about_device(*report->error, report->device.path);
    const std::string coverage = fmt::format("{:.2f} %", report->verification.coverage_percent);
    return MediaResult{true, report->matches,
                       messages.format(report->matches ? Msg::cert_media_matches : Msg::cert_media_differs, args.media,
                                       report->expected_hex, coverage)};
}

// The checks are the library's (jobs::verify_certificate_files, which the GUI runs too).
Result<Verification> verify_all(const Inputs& inputs, const CertArgs& args, ledger::Ledger* ledger,
                                std::optional<keys::PublicKey> trusted_root) {
    jobs::CertificateCheckOptions options;
    options.ledger = ledger;
    options.trusted_root = trusted_root;
    if (!args.operator_key.empty()) {
        Result<keys::PublicKey> key = load_public_key(args.operator_key);
        if (!key) return key.error();
        options.operator_key = *key;
    }
    const jobs::CertificateFileSet files{inputs.certificate, inputs.signature, inputs.countersignature};
    Result<jobs::CertificateVerification> verified = jobs::verify_certificate_files(files, options);
    if (!verified) return verification_error(verified.error());
    return Verification{std::move(verified->operator_report), std::move(verified->validation),
                        std::move(verified->validator), std::nullopt};
}

std::string person_line(const Messages& messages, Msg line, const cert::Person& person) {
    return messages.format(line, person.name, messages.role(person.role), keys::key_id_hex(person.key_id));
}

std::string checks_text(const cert::VerifyReport& report, const Messages& messages) {
    std::size_t width = 0;
    for (cert::CheckStatus status : {cert::CheckStatus::passed, cert::CheckStatus::failed, cert::CheckStatus::not_checked}) {
        width = std::max(width, display_width(messages.get(status_text(status))));
    }
    std::string text;
    for (const cert::CheckResult& check : report.checks) {
        text += "  " + pad_right(messages.get(status_text(check.status)), width + 2) +
                std::string(messages.get(check_text(check.check)));
        if (const std::string note = messages.check_note(check); !note.empty()) text += " (" + note + ")";
        text += "\n";
    }
    return text;
}

std::string verification_text(const Verification& verification, const CertArgs& args, const Messages& messages) {
    const cert::VerifyReport& report = verification.operator_report;
    Msg verdict = !verification.ok()                ? Msg::cert_not_verified
                  : report.fully_verified() ? Msg::cert_verified
                                                    : Msg::cert_verified_partly;
    std::string text = messages.format(verdict, args.file) + "\n" + checks_text(report, messages);
    if (report.certificate) text += "  " + person_line(messages, Msg::cert_operator_line, report.certificate->operator_person) + "\n";
    if (verification.validation) {
        // Its ledger-inclusion checks repeat the operator's; only its failures are news.
        if (!verification.validation->ok()) text += checks_text(*verification.validation, messages);
        if (verification.validator) {
            text += "  " + person_line(messages, Msg::cert_validation_line, *verification.validator) + "\n";
        }
    } else {
        text += "  " + std::string(messages.get(Msg::cert_no_validation)) + "\n";
    }
    if (verification.media) text += "  " + std::string(messages.get(Msg::check_media)) + ": " + verification.media->text + "\n";
    return text;
}

// "detail" stays English whatever the language, as before, for scripts that read it; "note" and
// "values" are the same as data (docs/report-format.md).
nlohmann::json checks_json(const cert::VerifyReport& report) {
    const Messages english(Lang::en);
    nlohmann::json checks = nlohmann::json::array();
    for (const cert::CheckResult& check : report.checks) {
        nlohmann::json values = nlohmann::json::object();
        for (const cert::CheckValue& value : check.values) values[value.name] = value.value;
        checks.push_back({{"check", cert::check_name(check.check)},
                          {"status", cert::check_status_name(check.status)},
                          {"detail", english.check_note(check)},
                          {"note", cert::check_note_name(check.note)},
                          {"values", std::move(values)}});
    }
    return checks;
}

std::string verification_json(const Verification& verification, const CertArgs& args) {
    const cert::VerifyReport& report = verification.operator_report;
    nlohmann::json document = {
        {"file", args.file},
        {"verified", verification.ok()},
        {"fully_verified", verification.ok() && report.fully_verified()},
        {"signer", keys::key_id_hex(report.signer)},
        {"checks", checks_json(report)},
    };
    if (report.certificate) {
        document["certificate_id"] = report.certificate->certificate_id;
        document["outcome"] = wipe::to_string(report.certificate->outcome);
    }
    if (report.trusted_comment && report.trusted_comment->ledger_seq) document["ledger_seq"] = *report.trusted_comment->ledger_seq;
    if (report.trusted_comment && !report.trusted_comment->origin.empty()) document["origin"] = report.trusted_comment->origin;
    document["countersignature"] = nullptr;
    if (verification.validation) {
        document["countersignature"] = {{"verified", verification.validation->ok()},
                                        {"signer", keys::key_id_hex(verification.validation->signer)},
                                        {"checks", checks_json(*verification.validation)}};
    }
    document["media"] = nullptr;
    if (verification.media) {
        document["media"] = {{"checked", verification.media->checked}, {"matches", verification.media->matches},
                             {"text", verification.media->text}};
    }
    return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Everything verify, countersign and pdf share: inputs, ledger, checks.
struct Checked {
    Inputs inputs;
    std::optional<ledger::Ledger> ledger;
    Verification verification;
};

Result<Checked> check(const CertArgs& args, const Context& context) {
    // Without the ledger only --operator-key says whose signature it is: a missing option, told
    // before the files are read, not an integrity failure found after.
    if (args.no_ledger && args.operator_key.empty()) return cli_error(Errc::invalid_argument, Reason::operator_key_needed);
    Result<Inputs> inputs = read_inputs(args);
    if (!inputs) return inputs.error();
    Result<std::optional<ledger::Ledger>> opened = ledger_for(args, context);
    if (!opened) return opened.error();
    std::optional<keys::PublicKey> root;
    if (!args.trusted_root.empty()) {
        Result<keys::PublicKey> loaded = load_public_key(args.trusted_root);
        if (!loaded) return loaded.error();
        root = *loaded;
    }
    Checked checked{std::move(*inputs), std::move(*opened), {}};
    ledger::Ledger* ledger = checked.ledger ? &*checked.ledger : nullptr;
    Result<Verification> verification = verify_all(checked.inputs, args, ledger, root);
    if (!verification) return verification.error();
    checked.verification = std::move(*verification);
    return checked;
}

ExitCode run_verify(const CertArgs& args, const Context& context) {
    Result<Checked> checked = check(args, context);
    if (!checked) return fail(context, checked.error());
    Verification& verification = checked->verification;
    if (!args.media.empty() && verification.operator_report.certificate) {
        Result<MediaResult> media = check_medium(*verification.operator_report.certificate, args, context);
        if (!media) return fail(context, media.error());
        verification.media = std::move(*media);
    }
    std::cout << (args.json ? verification_json(verification, args) : verification_text(verification, args, context.messages))
              << std::flush;
    return verification.ok() ? ExitCode::ok : ExitCode::integrity;
}

// The workflow is the library's (jobs::countersign_certificate, which the GUI runs too); the
// checks come before the passphrase, so that a refusal costs nobody one.
ExitCode run_countersign(const CertArgs& args, const Context& context) {
    Result<Checked> checked = check(args, context);
    if (!checked) return fail(context, checked.error());
    const jobs::CertificateVerification verification{checked->verification.operator_report,
                                                      checked->verification.validation, checked->verification.validator};
    if (Result<void> allowed = jobs::check_countersign(args.file, verification); !allowed) {
        if (allowed.error().code != Errc::integrity_failure) return fail(context, allowed.error());
        std::cout << verification_text(checked->verification, args, context.messages) << std::flush;
        print_error(context.messages, context.messages.format(Msg::cert_countersign_refused, args.file));
        return ExitCode::integrity;
    }
    Result<keys::SecretKey> key = unlock_signer_key(args.signer, context);
    if (!key) return fail(context, key.error());
    const jobs::CountersignRequest request{args.file, checked->inputs.certificate, &verification,
                                           checked->ledger ? &*checked->ledger : nullptr};
    Result<std::string> path = jobs::countersign_certificate(request, *key);
    if (!path) return fail(context, path.error());
    std::cout << context.messages.format(Msg::cert_countersigned, *path) << "\n" << std::flush;
    return ExitCode::ok;
}

std::string default_pdf_path(const std::string& certificate_path) {
    std::string path = certificate_path;
    if (path.ends_with(".json")) path.resize(path.size() - 5);
    return path + ".pdf";
}

ExitCode run_pdf(const CertArgs& args, const Context& context) {
    const std::string path = args.output.empty() ? default_pdf_path(args.file) : args.output;
    // An existing output is refused before the certificate is even read (exit 3).
    if (Result<void> absent = files::refuse_existing_output(path); !absent) return fail(context, absent.error());
    Result<Checked> checked = check(args, context);
    if (!checked) return fail(context, checked.error());
    const Verification& verification = checked->verification;
    if (!verification.ok() || !verification.operator_report.certificate) {
        std::cout << verification_text(verification, args, context.messages) << std::flush;
        return ExitCode::integrity;
    }
    cert::PdfOptions options;
    options.sha256_hex = cert::sha256_hex(std::as_bytes(std::span(checked->inputs.certificate)));
    if (verification.operator_report.trusted_comment) options.ledger_seq = verification.operator_report.trusted_comment->ledger_seq;
    if (verification.validator && verification.validation->trusted_comment &&
        verification.validation->trusted_comment->validated_at) {
        options.validation = cert::PdfValidation{*verification.validator, *verification.validation->trusted_comment->validated_at};
    }
    // The verified files go into the PDF as they are; a countersignature only when it verified.
    options.signed_json = checked->inputs.certificate;
    options.signature = checked->inputs.signature;
    if (options.validation && checked->inputs.countersignature) options.countersignature = *checked->inputs.countersignature;
    Result<std::string> pdf = cert::render_pdf(*verification.operator_report.certificate, options);
    if (!pdf) return fail(context, about_path(pdf.error(), "pdf"));
    if (Result<void> written = files::write_new_file(path, *pdf, 0644); !written) return fail(context, about_path(written.error(), path));
    std::cout << context.messages.format(Msg::cert_pdf_written, path) << "\n" << std::flush;
    return ExitCode::ok;
}

}  // namespace

ExitCode run_cert(const CertArgs& args, const Context& context) {
    switch (args.action) {
        case CertArgs::Action::verify: return run_verify(args, context);
        case CertArgs::Action::countersign: return run_countersign(args, context);
        case CertArgs::Action::pdf: return run_pdf(args, context);
        case CertArgs::Action::get: return run_cert_get(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
