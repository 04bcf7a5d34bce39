#include "privileged_wipe.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <QCoreApplication>

namespace sanitize::gui {

namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }

QString from_view(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

void add_certificate_options(const WipeRequest& request, QStringList& argv) {
    if (request.ledger.empty()) {
        argv << "--no-ledger";
        return;
    }
    // Explicit paths: under pkexec the helper runs with root's home and environment, whose
    // defaults are not the person's. The passphrase comes on stdin (descriptor 0), never here.
    argv << "--ledger" << from(request.ledger) << "--key" << from(request.key_file) << "--passphrase-fd" << "0";
    // sanitize-helper writes certificates only to the site's directory and refuses another one
    // (Reason::helper_certificate_dir, worded by error_text.cpp): the Settings page names it.
    argv << "--cert-dir" << from(request.certificate_dir);
    argv << "--destination" << from_view(cert::destination_name(request.certificate.destination));
    if (!request.certificate.department.empty()) argv << "--department" << from(request.certificate.department);
    if (!request.assets.empty()) {
        // One per target, in their order; an empty one for a target that is no asset.
        for (std::size_t i = 0; i < request.targets.size(); ++i) {
            argv << "--asset" << (i < request.assets.size() ? from(request.assets[i]) : QString());
        }
    }
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
    if (request.hidden_areas.reset) argv << "--reset-hidden-areas";
    if (request.hidden_areas.restore_dco) argv << "--restore-dco";
    add_certificate_options(request, argv);
    argv << "--";  // a target whose name starts with '-' stays a target
    for (const device::DeviceInfo& info : request.targets) argv << from(info.path);
    return argv;
}

HelperLine parse_helper_line(const QByteArray& line) {
    Result<protocol::Line> decoded = protocol::decode(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
    return decoded ? std::move(*decoded) : HelperLine();
}

WipeResult helper_result(const HelperOutcome& outcome) {
    WipeResult result;
    for (const wipe::WipeReport& report : outcome.reports) {
        TargetResult target{report, std::nullopt, std::nullopt};
        for (const HelperCertificate& issued : outcome.certificates) {
            if (issued.target == report.device.path) target.certified = protocol::certified_from(issued);
        }
        result.targets.push_back(std::move(target));
    }
    // The helper's refusal as the library gave it: the page words it as an in-process one.
    if (outcome.failure) result.error = outcome.failure->error;
    if (!outcome.failure) result.helper_failure = helper_failure_text(outcome).toStdString();
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
    static constexpr HelperJob purge = HelperJob::purge;
    static constexpr HelperJob verify = HelperJob::verify;
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
        {purge, 126, QT_TRANSLATE_NOOP("PrivilegedWipe", "Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased."), false},
        {purge, 127, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased."), false},
        {purge, 3, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper refused the purge for safety (a mounted or system disk, or a confirmation that does not match)."), true},
        {purge, 130, QT_TRANSLATE_NOOP("PrivilegedWipe", "The purge was interrupted."), true},
        {verify, 126, QT_TRANSLATE_NOOP("PrivilegedWipe", "Not authorised: the administrator password was not given or the request was dismissed. The medium was not checked."), false},
        {verify, 127, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper could not be started: pkexec is missing or the authentication failed. The medium was not checked."), false},
        {verify, 3, QT_TRANSLATE_NOOP("PrivilegedWipe", "The privileged helper refused to read the medium (a mounted or system disk, or one in use)."), true},
        {verify, 130, QT_TRANSLATE_NOOP("PrivilegedWipe", "The check was interrupted."), true},
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
