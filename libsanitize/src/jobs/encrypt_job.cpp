// encrypt_and_record: the checks of the record first, then the archive, then the record; an
// archive whose record failed is removed, so that nothing leaves unrecorded.
#include <filesystem>

#include "sanitize/files.hpp"
#include "sanitize/jobs/encrypt.hpp"
#include "sanitize/jobs/lifecycle.hpp"

namespace sanitize::jobs {
namespace {

std::vector<const crypt::Recipient*> recipients_of(const EncryptRequest& request) {
    std::vector<const crypt::Recipient*> all;
    for (const auto& recipient : request.recipients) all.push_back(&recipient);
    if (request.passphrase != nullptr) all.push_back(request.passphrase);
    return all;
}

Result<ledger::Event> record(const EncryptRequest& request, const Encrypted& encrypted, int level) {
    Result<std::string> sha256 = files::sha256_file_hex(request.output);
    if (!sha256) return sha256.error();
    CarryOutRecord record;
    record.asset_id = request.record.asset_id;
    record.classification = level;
    record.approval = request.record.approval;
    record.archive_name = request.output.filename().string();
    record.archive_sha256 = *sha256;
    record.recipient_fingerprints = encrypted.recipient_fingerprints;
    record.passphrase = encrypted.passphrase;
    record.medium_serial = request.record.medium_serial;
    record.due = request.record.due;
    record.files = encrypted.stats.files;
    record.auditors = request.record.auditor_recipients;
    return record_carry_out(request.record.signer->ledger, request.record.signer->key, record);
}

}  // namespace

Result<int> check_carry_out(const CarryOutDetails& record) {
    if (record.signer == nullptr) return record.classification.value_or(0);
    Signer& signer = *record.signer;
    Result<int> level = carry_out_classification(signer.ledger, record.asset_id, record.classification);
    if (!level) return level.error();
    if (Result<void> approved = check_approval(signer.ledger, record.asset_id, *level, record.approval); !approved) return approved.error();
    if (Result<void> due = check_due_date(record.due); !due) return due.error();
    Result<ledger::KeyRecord> allowed =
        authorise_signer(signer.ledger, signer.key.public_key(), ledger::EventType::media_carry_out);
    if (!allowed) return allowed.error();
    return level;
}

Result<int> check_encrypt(const EncryptRequest& request) {
    // The folder first: what the record would need is no question while there is nothing to send.
    std::error_code ignored;
    if (!std::filesystem::is_directory(request.folder, ignored)) {
        const bool exists = std::filesystem::exists(request.folder, ignored);
        Error error = make_error(exists ? Errc::invalid_argument : Errc::not_found, request.folder.string());
        error.path = request.folder.string();
        return error;
    }
    if (Result<void> fresh = files::refuse_existing_output(request.output.string()); !fresh) return fresh.error();
    return check_carry_out(request.record);
}

Result<Encrypted> encrypt_and_record(const EncryptRequest& request, std::stop_token stop) {
    if (request.recipients.empty() && request.passphrase == nullptr) {
        return make_error(Errc::invalid_argument, Reason::no_recipient, "encrypt");
    }
    Result<int> level = check_encrypt(request);
    if (!level) return level.error();
    const std::vector<const crypt::Recipient*> recipients = recipients_of(request);
    crypt::EncryptFolderOptions options;
    options.source = request.folder;
    options.recipients = recipients;
    options.armor = request.armor;
    options.on_progress = request.on_progress;
    options.list_files = request.record.signer != nullptr;  // the record's manifest
    Result<crypt::FolderStats> stats = crypt::encrypt_folder(options, request.output, stop);
    if (!stats) {
        Error error = stats.error();
        if (error.path.empty()) error.path = request.folder.string();
        return error;
    }
    Encrypted encrypted{*stats, {}, request.passphrase != nullptr, std::nullopt, std::nullopt};
    for (const auto& recipient : request.recipients) encrypted.recipient_fingerprints.push_back(crypt::recipient_fingerprint(recipient));
    if (request.record.signer == nullptr) return encrypted;
    Result<ledger::Event> event = record(request, encrypted, *level);
    if (!event) {
        std::error_code ignored;
        std::filesystem::remove(request.output, ignored);
        encrypted.record_error = event.error();
        return encrypted;
    }
    encrypted.carry_out = std::move(*event);
    return encrypted;
}

}  // namespace sanitize::jobs
