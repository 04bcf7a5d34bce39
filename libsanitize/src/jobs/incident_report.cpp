// report_lost_medium: what the carry-out record says, the list of files for an auditor, and the
// incident.report event, in that order, so that a refusal leaves nothing in the ledger.
#include <nlohmann/json.hpp>

#include "sanitize/jobs/approvals.hpp"
#include "sanitize/jobs/decrypt.hpp"
#include "sanitize/jobs/incident.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/manifest.hpp"

namespace sanitize::jobs {
namespace {

Error carry_out_unknown(std::int64_t seq) {
    Error error = make_error(Errc::not_found, Reason::carry_out_unknown, "carry-out " + std::to_string(seq));
    error.detail = std::to_string(seq);
    return error;
}

// Who granted the approval, by the registered name of their key; empty when the ledger cannot say
// (the incident is reported all the same: the approval's id is in the output).
std::string approver_name(ledger::Ledger& ledger, std::int64_t approval_id) {
    Result<ApprovalStatus> approval = find_approval(ledger, approval_id);
    if (!approval || approval->decided_by.empty()) return {};
    Result<keys::KeyId> id = keys::parse_key_id_hex(approval->decided_by);
    if (!id) return {};
    Result<std::optional<ledger::KeyRecord>> key = ledger.find_key(*id);
    return key && key->has_value() ? (*key)->name : std::string{};
}

std::string text_of(const nlohmann::json& payload, const char* field) {
    const auto it = payload.find(field);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::vector<std::string> texts_of(const nlohmann::json& payload, const char* field) {
    std::vector<std::string> texts;
    const auto it = payload.find(field);
    if (it == payload.end() || !it->is_array()) return texts;
    for (const nlohmann::json& item : *it) {
        if (item.is_string()) texts.push_back(item.get<std::string>());
    }
    return texts;
}

}  // namespace

Result<LostMedium> describe_carry_out(ledger::Ledger& ledger, std::int64_t seq) {
    if (seq < 1) return carry_out_unknown(seq);
    ledger::EventQuery query;
    query.after_seq = seq - 1;
    query.limit = 1;
    Result<std::vector<ledger::Event>> events = ledger.events(query);
    if (!events) return events.error();
    if (events->empty() || events->front().seq != seq || events->front().type != ledger::EventType::media_carry_out) {
        return carry_out_unknown(seq);
    }
    LostMedium lost;
    lost.carry_out = events->front();
    const nlohmann::json payload = nlohmann::json::parse(lost.carry_out.payload, nullptr, false);
    if (!payload.is_object()) return make_error(Errc::malformed_input, "carry-out " + std::to_string(seq));
    lost.classification = payload.value("classification", 0);
    lost.asset_id = text_of(payload, "asset_id");
    lost.archive = text_of(payload, "archive");
    lost.archive_sha256 = text_of(payload, "archive_sha256");
    lost.medium_serial = text_of(payload, "medium_serial");
    lost.recipient_fingerprints = texts_of(payload, "recipient_fingerprints");
    lost.passphrase = payload.value("passphrase", false);
    if (const auto approval = payload.find("approval"); approval != payload.end() && approval->is_number_integer()) {
        lost.approval_id = approval->get<std::int64_t>();
        lost.approved_by = approver_name(ledger, lost.approval_id);
    }
    // Records written before manifests existed have no "manifest" field: nothing was kept.
    lost.manifest_sealed = text_of(payload, "manifest") == "sealed";
    if (lost.manifest_sealed) {
        lost.manifest_files = payload.value("manifest_files", std::uint64_t{0});
        lost.manifest_sha256 = text_of(payload, "manifest_sha256");
        lost.manifest_readers = texts_of(payload, "manifest_recipient_fingerprints");
        lost.manifest_age = text_of(payload, "manifest_age");
    }
    if (Result<std::optional<ledger::KeyRecord>> key = ledger.find_key(lost.carry_out.actor); key && key->has_value()) {
        lost.carried_by = (*key)->name;
    }
    if (!lost.asset_id.empty()) {
        Result<std::optional<ledger::Asset>> asset = ledger.find_asset(lost.asset_id);
        if (!asset) return asset.error();
        if (asset->has_value()) {
            lost.asset_name = (*asset)->name;
            lost.department = (*asset)->department;
        }
    }
    return lost;
}

namespace {

// A loss is reported once: a second report of the same carry-out would count it twice in the
// year's figures. (A medium found again is recorded as returned, not by taking the report back.)
Result<void> check_not_reported(ledger::Ledger& ledger, std::int64_t carry_out) {
    Result<std::vector<CarryOutStatus>> all = list_carry_outs(ledger);
    if (!all) return all.error();
    for (const CarryOutStatus& out : *all) {
        if (out.seq != carry_out || out.lost_seq == 0) continue;
        Error error = make_error(Errc::refused, "carry-out " + std::to_string(carry_out) + " reported lost in event " +
                                                    std::to_string(out.lost_seq));
        error.detail = "loss_reported";  // a word a front end words in its language
        error.path = std::to_string(carry_out);
        error.expected = std::to_string(out.lost_seq);
        return error;
    }
    return {};
}

}  // namespace

Result<IncidentReport> report_lost_medium(const IncidentRequest& request) {
    if (request.signer == nullptr) return make_error(Errc::invalid_argument, "incident report needs a signer");
    Signer& signer = *request.signer;
    Result<LostMedium> lost = describe_carry_out(signer.ledger, request.carry_out);
    if (!lost) return lost.error();
    if (Result<void> first = check_not_reported(signer.ledger, request.carry_out); !first) return first.error();
    Result<ledger::KeyRecord> allowed =
        authorise_signer(signer.ledger, signer.key.public_key(), ledger::EventType::incident_report);
    if (!allowed) return allowed.error();
    IncidentReport report;
    // Identity files are read (and a bad one refused) even when there is no list to open.
    Result<std::vector<crypt::X25519Identity>> auditor = read_identity_files(request.identity_files);
    if (!auditor) return auditor.error();
    if (!auditor->empty() && lost->manifest_sealed) {
        std::vector<const crypt::Identity*> identities;
        for (const crypt::X25519Identity& identity : *auditor) identities.push_back(&identity);
        Result<std::vector<crypt::FolderFile>> files = open_manifest(lost->manifest_age, lost->manifest_sha256, identities);
        if (!files) return files.error();
        report.files = std::move(*files);
    }
    nlohmann::json payload = {{"carry_out", request.carry_out}, {"classification", lost->classification}};
    if (!lost->asset_id.empty()) payload["asset_id"] = lost->asset_id;
    if (!request.note.empty()) payload["note"] = request.note;
    Result<ledger::Event> event = signer.ledger.append(signer.key, {ledger::EventType::incident_report, payload.dump()});
    if (!event) return event.error();
    report.incident = std::move(*event);
    report.lost = std::move(*lost);
    return report;
}

}  // namespace sanitize::jobs
