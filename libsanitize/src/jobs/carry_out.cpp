// The ledger records of data leaving the office and media coming back, with the approval the
// policy asks for by classification.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>

#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/manifest.hpp"
#include "sanitize/jobs/records.hpp"

namespace sanitize::jobs {

Result<void> check_approval(ledger::Ledger& ledger, const std::string& asset_id, int classification,
                            const Approval& approval) {
    if (classification < 0 || classification > 2) {
        return make_error(Errc::invalid_argument, "classification " + std::to_string(classification));
    }
    const std::vector<ApproverTitle> titles = titles_that_approve(ApprovalKind::carry_out, classification);
    if (titles.empty() && approval.id == 0) return {};
    if (approval.id == 0) {
        std::string names;
        for (const ApproverTitle title : titles) names += (names.empty() ? "" : " or ") + std::string(approver_title_name(title));
        Error error = make_error(Errc::refused, Reason::approval_missing,
                                 "level " + std::to_string(classification) + " needs the approval of the " + names);
        error.detail = std::to_string(classification);
        error.expected = names;
        return error;
    }
    ApprovalUse use;
    use.id = approval.id;
    use.kind = ApprovalKind::carry_out;
    use.asset_id = asset_id;
    use.classification = classification;
    use.now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    Result<ApprovalStatus> usable = check_approval_use(ledger, use);
    if (!usable) return usable.error();
    return {};
}

Result<int> carry_out_classification(ledger::Ledger& ledger, const std::string& asset_id, std::optional<int> given) {
    if (!asset_id.empty()) {
        Result<std::optional<ledger::Asset>> asset = ledger.find_asset(asset_id);
        if (!asset) return asset.error();
        if (!asset->has_value()) {
            Error error = make_error(Errc::not_found, Reason::asset_unknown, "asset " + asset_id);
            error.detail = asset_id;
            return error;
        }
        if (!given) return (*asset)->classification;
    }
    if (!given) return make_error(Errc::invalid_argument, Reason::level_missing, "classification");
    return *given;
}

Result<ledger::Event> record_carry_out(ledger::Ledger& ledger, const keys::SecretKey& actor, const CarryOutRecord& record) {
    if (auto approved = check_approval(ledger, record.asset_id, record.classification, record.approval); !approved) {
        return approved.error();
    }
    nlohmann::json payload = {
        {"classification", record.classification},
        {"archive", record.archive_name},
        {"archive_sha256", record.archive_sha256},
        {"recipient_fingerprints", record.recipient_fingerprints},
        {"passphrase", record.passphrase},
        {"format", "age-v1"},
    };
    if (!record.asset_id.empty()) payload["asset_id"] = record.asset_id;
    if (record.approval.id != 0) payload["approval"] = record.approval.id;
    if (!record.medium_serial.empty()) payload["medium_serial"] = record.medium_serial;
    if (!record.wipe_certificate_id.empty()) payload["wipe_certificate_id"] = record.wipe_certificate_id;
    if (!record.due.empty()) payload["due"] = record.due;
    if (record.auditors.empty()) {
        payload["manifest"] = "not_kept";
    } else {
        Result<SealedManifest> sealed = seal_manifest(record.files, record.auditors);
        if (!sealed) return sealed.error();
        payload["manifest"] = "sealed";
        payload["manifest_files"] = record.files.size();
        payload["manifest_sha256"] = sealed->sha256;
        payload["manifest_recipient_fingerprints"] = sealed->recipient_fingerprints;
        payload["manifest_age"] = sealed->age_base64;
    }
    return ledger.append(actor, ledger::Draft{ledger::EventType::media_carry_out, payload.dump()});
}

Result<ledger::Event> record_return(ledger::Ledger& ledger, const keys::SecretKey& actor, const ReturnRecord& record) {
    nlohmann::json payload = nlohmann::json::object();
    if (!record.asset_id.empty()) payload["asset_id"] = record.asset_id;
    if (!record.medium_serial.empty()) payload["medium_serial"] = record.medium_serial;
    if (!record.remarks.empty()) payload["remarks"] = record.remarks;
    if (payload.empty()) {
        Error error = make_error(Errc::invalid_argument, "media.return needs an asset id or a medium serial");
        error.detail = "return_unnamed";  // a word a front end words in its language, with its options
        return error;
    }
    // A return closes an open carry-out, matched as list_carry_outs matches it; a return of
    // something not carried out would be a record of an event that never happened.
    Result<std::vector<CarryOutStatus>> all = list_carry_outs(ledger);
    if (!all) return all.error();
    const bool out = std::any_of(all->begin(), all->end(), [&record](const CarryOutStatus& status) {
        return status.closed_by(record.asset_id, record.medium_serial);
    });
    if (!out) {
        Error error = make_error(Errc::refused, Reason::not_carried_out, "media.return");
        error.detail = record.asset_id.empty() ? record.medium_serial : record.asset_id;
        return error;
    }
    return ledger.append(actor, ledger::Draft{ledger::EventType::media_return, payload.dump()});
}

}  // namespace sanitize::jobs
