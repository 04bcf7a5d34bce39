#include "privileged_wipe.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sanitize::gui {

namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }

QString from_view(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

std::string text_of(const QJsonValue& value) { return value.toString().toStdString(); }

void add_certificate_options(const WipeRequest& request, QStringList& argv) {
    if (request.ledger.empty()) {
        argv << "--no-ledger";
        return;
    }
    // Explicit paths: under pkexec the helper runs with root's home and environment, whose
    // defaults are not the person's. The passphrase comes on stdin (descriptor 0), never here.
    argv << "--ledger" << from(request.ledger) << "--key" << from(request.key_file) << "--passphrase-fd" << "0";
    argv << "--cert-dir" << from(request.certificate_dir);
    argv << "--destination" << from_view(cert::destination_name(request.certificate.destination));
    if (!request.certificate.department.empty()) argv << "--department" << from(request.certificate.department);
    if (!request.certificate.asset_id.empty()) {
        // The GUI's asset is the first target's; the CLI wants one per target, empty for none.
        for (std::size_t i = 0; i < request.targets.size(); ++i) {
            argv << "--asset" << (i == 0 ? from(request.certificate.asset_id) : QString());
        }
    }
}

std::optional<wipe::Phase> phase_from(const QString& name) {
    if (name == "writing") return wipe::Phase::writing;
    if (name == "syncing") return wipe::Phase::syncing;
    if (name == "verifying") return wipe::Phase::verifying;
    return std::nullopt;
}

HelperLine progress_from(const QJsonObject& object) {
    std::optional<wipe::Phase> phase = phase_from(object["phase"].toString());
    if (!phase || !object["target"].isDouble()) return std::monostate{};
    HelperProgress line;
    line.target = static_cast<std::size_t>(object["target"].toInteger());
    line.progress.pass_index = static_cast<std::size_t>(std::max<qint64>(object["pass"].toInteger(), 1) - 1);
    line.progress.pass_count = static_cast<std::size_t>(object["passes"].toInteger());
    line.progress.phase = *phase;
    line.progress.phase_bytes_done = static_cast<std::uint64_t>(object["bytes_done"].toInteger());
    line.progress.phase_bytes_total = static_cast<std::uint64_t>(object["bytes_total"].toInteger());
    line.progress.bytes_per_second = object["bytes_per_second"].toDouble();
    if (object["eta_seconds"].isDouble()) line.progress.eta = std::chrono::seconds(object["eta_seconds"].toInteger());
    return line;
}

Errc errc_from_name(const std::string& name) {
    constexpr std::array codes{Errc::invalid_argument, Errc::not_found,         Errc::permission_denied,
                               Errc::busy,             Errc::unsupported_target, Errc::io_error,
                               Errc::device_vanished,  Errc::size_mismatch,      Errc::refused,
                               Errc::cancelled,        Errc::malformed_input,    Errc::wrong_passphrase,
                               Errc::signature_invalid, Errc::integrity_failure, Errc::conflict};
    for (Errc code : codes) {
        if (errc_name(code) == name) return code;
    }
    return Errc::internal;
}

// The fields of the report the Wipe page shows; the helper's stdout keeps the whole report.
HelperLine report_from(const QJsonObject& object) {
    wipe::WipeReport report;
    report.device.path = text_of(object["device"].toObject()["path"]);
    const QString outcome = object["outcome"].toString();
    bool known = false;
    for (wipe::Outcome value : {wipe::Outcome::erased, wipe::Outcome::erased_with_exceptions, wipe::Outcome::aborted,
                                wipe::Outcome::failed}) {
        if (outcome == from_view(wipe::to_string(value))) {
            report.outcome = value;
            known = true;
        }
    }
    if (!known || report.device.path.empty()) return std::monostate{};
    report.method = text_of(object["method"]);
    for (const QJsonValue& code : object["exceptions"].toArray()) report.exceptions.push_back(text_of(code));
    if (object["error"].isObject()) {
        const QJsonObject error = object["error"].toObject();
        report.error = make_error(errc_from_name(text_of(error["code"])), text_of(error["context"]),
                                  error["errno"].toInt());
    }
    report.bytes_written = static_cast<std::uint64_t>(object["bytes_written"].toInteger());
    report.bytes_verified = static_cast<std::uint64_t>(object["bytes_verified"].toInteger());
    return report;
}

HelperLine certificate_from(const QJsonObject& object) {
    HelperCertificate certificate{text_of(object["target"]), text_of(object["certificate_id"]), text_of(object["json"]),
                                  text_of(object["signature"]), text_of(object["pdf"])};
    if (certificate.json.empty()) return std::monostate{};
    return certificate;
}

}  // namespace

bool needs_helper(const std::vector<device::DeviceInfo>& targets) {
    for (const device::DeviceInfo& info : targets) {
        // Opened and closed at once: nothing is written, and the wipe opens it again.
        Result<std::unique_ptr<device::Device>> opened = device::open(info, device::OpenOptions{});
        if (!opened && opened.error().code == Errc::permission_denied) return true;
    }
    return false;
}

QStringList helper_argv(const HelperSettings& settings, const WipeRequest& request, const QString& language) {
    QStringList argv = settings.launcher;
    argv << settings.program;
    if (language == "ja" || language == "en") argv << "--lang" << language;
    // --stdin-cancels: closing the helper's stdin is Cancel, since a helper running as root
    // cannot be signalled by the person's GUI.
    argv << "wipe" << "--json" << "--json-progress" << "--stdin-cancels" << "--yes";
    // The person typed each serial in the GUI's own confirmation; the helper checks it again.
    for (const device::DeviceInfo& info : request.targets) {
        if (info.kind == device::TargetKind::block_device) argv << "--confirm" << from(device::confirmation_token(info));
    }
    // The helper runs as root and keeps its checkpoints where root's CLI does. A resumed wipe
    // follows its checkpoint's plan, and the CLI refuses a method given with --resume.
    if (request.resume) {
        argv << "--resume";
    } else {
        argv << "--method" << from(request.method_spec) << "--verify" << from(request.verify_spec);
        if (request.options.blank) argv << "--blank";
    }
    add_certificate_options(request, argv);
    argv << "--";  // a target whose name starts with '-' stays a target
    for (const device::DeviceInfo& info : request.targets) argv << from(info.path);
    return argv;
}

HelperLine parse_helper_line(const QByteArray& line) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) return std::monostate{};
    const QJsonObject object = document.object();
    if (object["progress"].isObject()) return progress_from(object["progress"].toObject());
    if (object["certificate"].isObject()) return certificate_from(object["certificate"].toObject());
    if (object["schema"].toString() == "sanitize.wipe-report/1") return report_from(object);
    return std::monostate{};
}

WipeResult helper_result(const HelperOutcome& outcome) {
    WipeResult result;
    for (const wipe::WipeReport& report : outcome.reports) {
        TargetResult target{report, std::nullopt, std::nullopt};
        for (const HelperCertificate& issued : outcome.certificates) {
            if (issued.target != report.device.path) continue;
            jobs::CertifiedWipe certified;
            certified.issued.certificate.certificate_id = issued.certificate_id;
            certified.files.json = issued.json;
            certified.files.signature = issued.signature;
            certified.files.pdf = issued.pdf;
            target.certified = std::move(certified);
        }
        result.targets.push_back(std::move(target));
    }
    result.helper_failure = helper_failure_text(outcome).toStdString();
    return result;
}

QString helper_failure_text(const HelperOutcome& outcome, HelperJob job) {
    // By exit code: the helper's (docs/exit-codes.md) and pkexec's own 126 and 127. A sentence
    // without a job is true of both.
    struct Sentence {
        std::optional<HelperJob> job;
        int exit_code;
        const char* text;
        bool with_detail;  // followed by the helper's stderr
    };
    static constexpr HelperJob wipe = HelperJob::wipe;
    static constexpr HelperJob prepare = HelperJob::prepare;
    static const Sentence sentences[] = {
        {wipe, 126, QT_TRANSLATE_NOOP("PrivilegedWipe", "Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased."), false},
        {prepare, 126, QT_TRANSLATE_NOOP("PrivilegedWipe", "Not authorised: the administrator password was not given or the request was dismissed. Nothing was written to the stick."), false},
        {wipe, 127, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased."), false},
        {prepare, 127, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was written to the stick."), false},
        {std::nullopt, 1, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper reports a failure."), true},
        {std::nullopt, 2, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper did not accept the request."), true},
        {wipe, 3, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper refused the wipe for safety (a mounted or system disk, or a confirmation that does not match)."), true},
        {prepare, 3, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper refused the carry-out for safety (a mounted or system disk, a confirmation that does not match, or a folder too large for the stick)."), true},
        {std::nullopt, 4, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper found a signature or ledger that does not verify."), true},
        {wipe, 130, QT_TRANSLATE_NOOP("PrivilegedWipe", "The wipe was interrupted."), true},
        {prepare, 130, QT_TRANSLATE_NOOP("PrivilegedWipe", "The carry-out was interrupted: no carry-out was recorded."), true},
    };
    if (!outcome.crashed && outcome.exit_code == 0) return {};
    QString text;
    bool with_detail = true;
    if (outcome.crashed) {
        text = QCoreApplication::translate("PrivilegedWipe", "The privileged helper stopped unexpectedly.");
    } else {
        text = QCoreApplication::translate("PrivilegedWipe", "The privileged helper ended with exit code %1.").arg(outcome.exit_code);
        for (const Sentence& sentence : sentences) {
            if (sentence.exit_code != outcome.exit_code || (sentence.job && *sentence.job != job)) continue;
            text = QCoreApplication::translate("PrivilegedWipe", sentence.text);
            with_detail = sentence.with_detail;
        }
    }
    const QString detail = outcome.stderr_text.trimmed();
    return with_detail && !detail.isEmpty() ? text + "\n" + detail : text;
}

}  // namespace sanitize::gui
