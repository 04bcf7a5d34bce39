#include "privileged_prepare.hpp"

#include <array>
#include <string_view>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sanitize::gui {

namespace {

QString from(const std::string& text) { return QString::fromStdString(text); }

std::string text_of(const QJsonValue& value) { return value.toString().toStdString(); }

std::optional<jobs::PrepareStep> step_from(const QString& name) {
    constexpr std::array steps{jobs::PrepareStep::wipe,          jobs::PrepareStep::certify,
                               jobs::PrepareStep::format,        jobs::PrepareStep::write_archive,
                               jobs::PrepareStep::write_readme,  jobs::PrepareStep::check_archive,
                               jobs::PrepareStep::record};
    for (jobs::PrepareStep step : steps) {
        const std::string_view known = jobs::prepare_step_name(step);
        if (name == QString::fromUtf8(known.data(), static_cast<qsizetype>(known.size()))) return step;
    }
    return std::nullopt;
}

PrepareLine step_line_from(const QJsonObject& object) {
    const std::optional<jobs::PrepareStep> step = step_from(object["name"].toString());
    const QString state = object["state"].toString();
    if (!step || (state != "started" && state != "done" && state != "failed")) return std::monostate{};
    return PrepareStepLine{*step, state == "started", state != "failed"};
}

PrepareLine bytes_line_from(const QJsonObject& object) {
    const std::optional<jobs::PrepareStep> step = step_from(object["step"].toString());
    if (!step) return std::monostate{};
    return PrepareBytesLine{*step, static_cast<std::uint64_t>(object["done"].toInteger()),
                            static_cast<std::uint64_t>(object["total"].toInteger())};
}

std::optional<jobs::CertifiedWipe> certificate_from(const QJsonValue& value) {
    if (!value.isObject()) return std::nullopt;
    const QJsonObject object = value.toObject();
    jobs::CertifiedWipe certified;
    certified.issued.certificate.certificate_id = text_of(object["certificate_id"]);
    certified.files.json = text_of(object["json"]);
    certified.files.signature = text_of(object["signature"]);
    certified.files.pdf = text_of(object["pdf"]);  // null: not written
    if (object["ledger_seq"].isDouble()) {
        certified.issued.ledger_event.emplace();
        certified.issued.ledger_event->seq = object["ledger_seq"].toInteger();
    }
    return certified;
}

// The result object of `prepare --json`: the fields the Carry-out page shows.
PrepareLine result_from(const QJsonObject& object) {
    // The wipe report inside is the one `wipe --json` prints, read by the Wipe page's parser. A
    // wipe stopped before it opened the stick names no device: it is still the result's stick.
    QJsonObject wipe_object = object["wipe"].toObject();
    QJsonObject device = wipe_object["device"].toObject();
    if (device["path"].toString().isEmpty()) {
        device["path"] = object["device"];
        wipe_object["device"] = device;
    }
    const HelperLine wipe_line = parse_helper_line(QJsonDocument(wipe_object).toJson(QJsonDocument::Compact));
    const auto* report = std::get_if<wipe::WipeReport>(&wipe_line);
    if (report == nullptr) return std::monostate{};
    PreparedByHelper prepared;
    jobs::PreparedStick& stick = prepared.stick;
    stick.wipe_report = *report;
    stick.certificate = certificate_from(object["certificate"]);
    stick.label = text_of(object["label"]);
    for (const QJsonValue& file : object["files"].toArray()) {
        stick.files.push_back({text_of(file.toObject()["name"]), static_cast<std::uint64_t>(file.toObject()["bytes"].toInteger())});
    }
    stick.archive_sha256 = text_of(object["archive_sha256"]);
    stick.archive_checked = object["archive_checked"].toBool();
    stick.folder.entries = static_cast<std::uint64_t>(object["entries"].toInteger());
    stick.folder.file_bytes = static_cast<std::uint64_t>(object["file_bytes"].toInteger());
    if (object["carry_out_seq"].isDouble()) {
        stick.carry_out.emplace();
        stick.carry_out->seq = object["carry_out_seq"].toInteger();
    }
    if (object["error"].isObject()) {
        const QJsonObject error = object["error"].toObject();
        // The CLI worded the error already; its code stays with the CLI (and its exit code).
        stick.failed_step = step_from(error["step"].toString()).value_or(jobs::PrepareStep::wipe);
        stick.error = make_error(Errc::internal, "");
        stick.emptied_after_failure = error["emptied_after_failure"].toBool();
        prepared.failure_text = text_of(error["message"]);
    }
    return prepared;
}

void add_record_options(const CarryOutRequest& request, QStringList& argv) {
    if (!request.asset_id.empty()) argv << "--asset" << from(request.asset_id);
    if (request.classification) argv << "--classification" << QString::number(*request.classification);
    if (!request.approval.name.empty()) argv << "--approver" << from(request.approval.name);
    const std::string_view title = jobs::approver_title_name(request.approval.title);
    argv << "--approver-title" << QString::fromUtf8(title.data(), static_cast<qsizetype>(title.size()));
    if (!request.department.empty()) argv << "--department" << from(request.department);
    // Explicit paths: under pkexec the helper runs with root's home and environment, whose
    // defaults are not the person's. The key's passphrase is the first line of stdin.
    argv << "--ledger" << from(request.ledger);
    if (!request.key_file.empty()) argv << "--key" << from(request.key_file);
    argv << "--key-passphrase-fd" << "0";
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
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) return std::monostate{};
    const QJsonObject object = document.object();
    if (object["progress"].isObject()) {
        HelperLine progress = parse_helper_line(line);
        if (auto* parsed = std::get_if<HelperProgress>(&progress)) return *parsed;
        return std::monostate{};
    }
    if (object["step"].isObject()) return step_line_from(object["step"].toObject());
    if (object["bytes"].isObject()) return bytes_line_from(object["bytes"].toObject());
    if (object["wipe"].isObject() && object["files"].isArray()) return result_from(object);
    return std::monostate{};
}

CarryOutResult prepare_helper_result(const PrepareOutcome& outcome) {
    CarryOutResult result;
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
