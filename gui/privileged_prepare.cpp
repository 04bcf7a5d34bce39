#include "privileged_prepare.hpp"

#include <array>
#include <string_view>


namespace sanitize::gui {

namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }


void add_record_options(const CarryOutRequest& request, QStringList& argv) {
    if (!request.asset_id.empty()) argv << "--asset" << from(request.asset_id);
    if (request.classification) argv << "--classification" << QString::number(*request.classification);
    if (request.approval.id != 0) argv << "--approval" << QString::number(request.approval.id);
    if (!request.department.empty()) argv << "--department" << from(request.department);
    // Explicit paths: under pkexec the helper runs with root's home and environment, whose
    // defaults are not the person's. The key's passphrase is the first line of stdin.
    argv << "--ledger" << from(request.ledger);
    if (!request.key_file.empty()) argv << "--key" << from(request.key_file);
    argv << "--key-passphrase-fd" << "0";
    // sanitize-helper writes certificates only to the site's directory and refuses another one
    // (Reason::helper_certificate_dir, worded by error_text.cpp): the Settings page names it.
    argv << "--cert-dir" << from(request.certificate_dir);
}

}  // namespace

QStringList prepare_helper_argv(const HelperSettings& settings, const CarryOutRequest& request, bool archive_passphrase,
                                const QString& language) {
    QStringList argv = settings.launcher;
    argv << settings.program;
    if (language == "ja" || language == "en") argv << "--lang" << language;
    // --stdin-cancels: closing the helper's stdin is Cancel (a helper running as root cannot be
    // signalled by the person's GUI).
    argv << "prepare" << "--json" << "--json-progress" << "--stdin-cancels" << "--yes";
    // The person typed the serial in the GUI's own confirmation; the helper checks it again.
    if (request.stick.kind == device::TargetKind::block_device) {
        argv << "--confirm" << from(device::confirmation_token(request.stick));
    }
    argv << "--folder" << from(request.folder.string());
    for (const std::string& recipient : request.recipients) argv << "--recipient" << from(recipient);
    // The archive's passphrase is the second line of stdin, after the key's.
    if (archive_passphrase) argv << "--passphrase-fd" << "0";
    add_record_options(request, argv);
    argv << "--";  // a stick whose name starts with '-' stays the stick
    argv << from(request.stick.path);
    return argv;
}

PrepareLine parse_prepare_line(const QByteArray& line) {
    Result<protocol::Line> decoded = protocol::decode(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
    if (!decoded) return std::monostate{};
    if (auto* progress = std::get_if<protocol::Progress>(&*decoded)) return std::move(*progress);
    if (const auto* step = std::get_if<protocol::Step>(&*decoded)) {
        return PrepareStepLine{step->step, step->state == protocol::Step::State::started,
                               step->state != protocol::Step::State::failed};
    }
    if (const auto* bytes = std::get_if<protocol::Bytes>(&*decoded)) return *bytes;
    if (auto* prepared = std::get_if<protocol::Prepared>(&*decoded)) {
        return PreparedByHelper{std::move(prepared->stick), std::move(prepared->message)};
    }
    if (auto* failure = std::get_if<protocol::Failure>(&*decoded)) return std::move(*failure);
    return std::monostate{};
}

CarryOutResult prepare_helper_result(const PrepareOutcome& outcome) {
    CarryOutResult result;
    // The helper's refusal as the library gave it, before the stick was touched: the page words
    // it as an in-process one.
    if (outcome.failure) {
        result.error = outcome.failure->error;
        return result;
    }
    if (outcome.prepared) {
        result.stick = outcome.prepared->stick;
        result.failure_text = outcome.prepared->failure_text;
        // The result says what happened to the stick; a crash after it is still worth saying.
        if (!outcome.crashed) return result;
    }
    HelperOutcome helper;
    helper.exit_code = outcome.exit_code;
    helper.crashed = outcome.crashed;
    helper.stderr_text = outcome.stderr_text;
    result.helper_failure = helper_failure_text(helper, HelperJob::prepare).toStdString();
    return result;
}

}  // namespace sanitize::gui
