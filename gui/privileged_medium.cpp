#include "privileged_medium.hpp"

#include <string_view>

namespace sanitize::gui {

namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }

QString from_view(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

QStringList start_of(const HelperSettings& settings, const QString& language) {
    QStringList argv = settings.launcher;
    argv << settings.program;
    if (language == "ja" || language == "en") argv << "--lang" << language;
    return argv;
}

void add_certificate_options(const PurgeSessionRequest& request, QStringList& argv) {
    if (request.ledger.empty()) {
        argv << "--no-ledger";
        return;
    }
    // Explicit paths: under pkexec the helper runs with root's home and environment. The
    // passphrase comes on stdin (descriptor 0), never here; the certificate directory is the
    // site's, which sanitize-helper insists on.
    argv << "--ledger" << from(request.ledger) << "--key" << from(request.key_file) << "--passphrase-fd" << "0";
    argv << "--cert-dir" << from(request.certificate_dir);
    argv << "--destination" << from_view(cert::destination_name(request.certificate.destination));
    if (!request.certificate.department.empty()) argv << "--department" << from(request.certificate.department);
    if (!request.asset.empty()) argv << "--asset" << from(request.asset);
}

// The helper's end as the Wipe page's helper words it, for the job at hand.
std::string failure_text(const MediumHelperOutcome& outcome, HelperJob job) {
    HelperOutcome helper;
    helper.exit_code = outcome.exit_code;
    helper.crashed = outcome.crashed;
    helper.stderr_text = outcome.stderr_text;
    return helper_failure_text(helper, job).toStdString();
}

}  // namespace

bool needs_read_helper(const device::DeviceInfo& target) {
    // Opened and closed at once; the check opens it again.
    Result<std::unique_ptr<device::Device>> opened = device::open(target, device::OpenOptions{.writable = false});
    return !opened && opened.error().code == Errc::permission_denied;
}

QStringList verify_helper_argv(const HelperSettings& settings, const MediumCheckRequest& request, const QString& language) {
    QStringList argv = start_of(settings, language);
    // --stdin-cancels: closing the helper's stdin is Cancel (a helper running as root cannot be
    // signalled by the person's GUI).
    argv << "verify-media" << "--json" << "--json-progress" << "--stdin-cancels" << "--expect" << from(request.expect);
    if (!request.sample.empty()) argv << "--sample" << from(request.sample);
    argv << "--" << from(request.target.path);  // a target whose name starts with '-' stays a target
    return argv;
}

QStringList purge_helper_argv(const HelperSettings& settings, const PurgeSessionRequest& request, const QString& language) {
    QStringList argv = start_of(settings, language);
    argv << "purge" << "--json" << "--yes";
    // The person typed the serial in the GUI's own confirmation; the helper checks it again.
    if (request.target.kind == device::TargetKind::block_device) {
        argv << "--confirm" << from(device::confirmation_token(request.target));
    }
    argv << "--method" << from_view(purge::purge_method_name(request.options.method)) << "--verify" << from(request.verify_spec);
    add_certificate_options(request, argv);
    argv << "--" << from(request.target.path);
    return argv;
}

bool read_medium_line(const QByteArray& line, MediumHelperOutcome& outcome) {
    Result<protocol::Line> decoded = protocol::decode(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
    if (!decoded) return false;
    if (auto* progress = std::get_if<protocol::Progress>(&*decoded)) {
        outcome.progress = std::move(*progress);
        return true;
    }
    if (auto* check = std::get_if<wipe::MediaCheckReport>(&*decoded)) outcome.check = std::move(*check);
    if (auto* report = std::get_if<purge::PurgeReport>(&*decoded)) outcome.purge = std::move(*report);
    if (auto* unavailable = std::get_if<protocol::PurgeUnavailable>(&*decoded)) {
        outcome.purge = std::move(unavailable->report);
        outcome.methods = std::move(unavailable->methods);
    }
    if (auto* certificate = std::get_if<protocol::Certificate>(&*decoded)) outcome.certificate = std::move(*certificate);
    if (auto* failure = std::get_if<protocol::Failure>(&*decoded)) outcome.failure = std::move(*failure);
    return false;
}

MediumCheckResult check_helper_result(const MediumHelperOutcome& outcome) {
    MediumCheckResult result;
    // The helper's refusal as the library gave it: the page words it as an in-process one.
    if (outcome.failure) {
        result.error = outcome.failure->error;
        return result;
    }
    result.report = outcome.check;
    // A report says what became of the check (a mismatch ends with exit 1); without one, or
    // after a crash, the exit says why.
    if (!result.report || outcome.crashed) result.helper_failure = failure_text(outcome, HelperJob::verify);
    return result;
}

PurgeSessionResult purge_helper_result(const MediumHelperOutcome& outcome) {
    PurgeSessionResult result;
    if (outcome.failure) {
        result.error = outcome.failure->error;
        return result;
    }
    if (outcome.purge) {
        jobs::PurgeResult purged;
        purged.report = *outcome.purge;
        purged.methods = outcome.methods;
        if (outcome.certificate) purged.certificate = protocol::certified_from(*outcome.certificate);
        result.result = std::move(purged);
    }
    // A report whose outcome the exit does not explain (a purge done without its certificate,
    // a crash) still gets the helper's words, with its stderr.
    const bool explained = outcome.purge && !outcome.crashed &&
                           (outcome.exit_code == 0 || outcome.purge->outcome != purge::PurgeOutcome::purged);
    if (!explained) result.helper_failure = failure_text(outcome, HelperJob::purge);
    return result;
}

}  // namespace sanitize::gui
