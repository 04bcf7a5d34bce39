// `sanitize incident report --carry-out SEQ`: a lost carried-out medium recorded in the ledger,
// and for the auditor what was lost (jobs/incident.hpp). The list of files is shown only when an
// auditor's age identity opens it; otherwise the output says that it exists and who can read it.
#include <iostream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/incident.hpp"
#include "sanitize/jobs/manifest.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

// The configured auditors' keys by fingerprint, so that the list's readers are named by the
// "age1…" key an office recognises rather than by a hash. Readers since removed from the
// setting stay fingerprints.
std::map<std::string, std::string> known_auditors(const Context& context) {
    std::map<std::string, std::string> known;
    const std::string& text = context.settings.resolved.settings[config::Setting::auditor_recipients].text;
    Result<std::vector<crypt::X25519Recipient>> auditors = jobs::parse_auditor_recipients(text);
    if (!auditors) return known;
    for (const crypt::X25519Recipient& auditor : *auditors) known[crypt::recipient_fingerprint(auditor)] = auditor.to_string();
    return known;
}

std::string reader_name(const std::map<std::string, std::string>& known, const std::string& fingerprint) {
    const auto found = known.find(fingerprint);
    return found != known.end() ? found->second : "sha256:" + fingerprint;
}

nlohmann::json report_json(const jobs::IncidentReport& report, const std::map<std::string, std::string>& known) {
    const jobs::LostMedium& lost = report.lost;
    nlohmann::json readers = nlohmann::json::array();
    for (const std::string& fingerprint : lost.manifest_readers) readers.push_back(reader_name(known, fingerprint));
    nlohmann::json document = {
        {"incident_seq", report.incident.seq},
        {"incident_time", report.incident.time},
        {"carry_out", {{"seq", lost.carry_out.seq},
                       {"time", lost.carry_out.time},
                       {"carried_by", lost.carried_by},
                       {"classification", lost.classification},
                       {"asset_id", lost.asset_id},
                       {"asset_name", lost.asset_name},
                       {"department", lost.department},
                       {"medium_serial", lost.medium_serial},
                       {"archive", lost.archive},
                       {"archive_sha256", lost.archive_sha256},
                       {"encrypted", true},
                       {"recipient_fingerprints", lost.recipient_fingerprints},
                       {"passphrase", lost.passphrase},
                       {"approval", lost.approval_id},
                       {"approved_by", lost.approved_by}}},
        {"manifest", {{"kept", lost.manifest_sealed},
                      {"files_count", lost.manifest_files},
                      {"sha256", lost.manifest_sha256},
                      {"readers", readers},
                      {"opened", report.files.has_value()}}},
    };
    if (report.files) {
        nlohmann::json files = nlohmann::json::array();
        for (const crypt::FolderFile& file : *report.files) {
            files.push_back({{"name", file.name}, {"size", file.size}, {"sha256", file.sha256}});
        }
        document["manifest"]["files"] = std::move(files);
    }
    return document;
}

std::string report_text(const jobs::IncidentReport& report, const std::map<std::string, std::string>& known,
                        const Messages& messages) {
    const jobs::LostMedium& lost = report.lost;
    std::string text = messages.format(Msg::incident_recorded, report.incident.seq, lost.carry_out.seq) + "\n";
    std::vector<std::vector<std::string>> rows;
    rows.push_back({std::string(messages.get(Msg::incident_field_carried_out)),
                    lost.carry_out.time + (lost.carried_by.empty() ? "" : "  " + lost.carried_by)});
    rows.push_back({std::string(messages.get(Msg::incident_field_level)),
                    std::to_string(lost.classification) + " " + std::string(classification_word(messages, lost.classification))});
    if (!lost.asset_id.empty()) {
        std::string asset = lost.asset_id + (lost.asset_name.empty() ? "" : "  " + lost.asset_name);
        if (!lost.department.empty()) asset += "  (" + lost.department + ")";
        rows.push_back({std::string(messages.get(Msg::incident_field_asset)), asset});
    }
    if (!lost.medium_serial.empty()) rows.push_back({std::string(messages.get(Msg::incident_field_medium)), lost.medium_serial});
    if (lost.approval_id != 0) {
        std::string approval = std::to_string(lost.approval_id);
        if (!lost.approved_by.empty()) approval += "  (" + lost.approved_by + ")";
        rows.push_back({std::string(messages.get(Msg::incident_field_approver)), approval});
    }
    rows.push_back({std::string(messages.get(Msg::incident_field_archive)), lost.archive + "  SHA-256 " + lost.archive_sha256});
    std::string recipients;
    for (const std::string& fingerprint : lost.recipient_fingerprints) {
        recipients += (recipients.empty() ? "" : ", ") + std::string("sha256:") + fingerprint;
    }
    if (lost.passphrase) recipients += (recipients.empty() ? "" : ", ") + std::string(messages.get(Msg::incident_passphrase));
    rows.push_back({std::string(messages.get(Msg::incident_field_encrypted_to)), recipients});
    text += text_table(rows);
    if (!lost.manifest_sealed) return text + std::string(messages.get(Msg::incident_list_not_kept)) + "\n";
    if (!report.files) {
        std::string readers;
        for (const std::string& fingerprint : lost.manifest_readers) readers += "\n  " + reader_name(known, fingerprint);
        return text + messages.format(Msg::incident_list_sealed, lost.manifest_files) + readers + "\n";
    }
    text += messages.format(Msg::incident_list_opened, report.files->size(), lost.manifest_sha256) + "\n";
    std::vector<std::vector<std::string>> files;
    for (const crypt::FolderFile& file : *report.files) files.push_back({file.name, human_size(file.size), file.sha256});
    return text + text_table(files);
}

}  // namespace

ExitCode run_incident(const IncidentArgs& args, const Context& context) {
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    jobs::IncidentRequest request;
    request.signer = &*signer;
    request.carry_out = args.carry_out;
    request.note = args.note;
    request.identity_files = args.identity_files;
    Result<jobs::IncidentReport> report = jobs::report_lost_medium(request);
    if (!report) return fail(context, report.error());
    const std::map<std::string, std::string> known = known_auditors(context);
    if (args.json) {
        std::cout << report_json(*report, known).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        std::cout << report_text(*report, known, context.messages);
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
