// attach_and_record: policy and signer first, then the archive (written, read back by an
// independent reader and named), the named file read back with the password, the record.
#include <filesystem>

#include "sanitize/files.hpp"
#include "sanitize/jobs/attach.hpp"

namespace sanitize::jobs {
namespace {

// The archive under its name, opened again as `attach --check` opens it.
Result<std::optional<attach::ArchiveCheck>> read_back(const attach::ArchiveOptions& archive) {
    if (archive.encryption == attach::Encryption::legacy_zipcrypto) return std::optional<attach::ArchiveCheck>();
    Result<attach::ArchiveCheck> checked = attach::check_archive(archive.output, archive.password);
    if (!checked) {
        std::error_code ignored;
        std::filesystem::remove(archive.output, ignored);
        Error error = checked.error();
        error.path = archive.output.string();
        return error;
    }
    return std::optional<attach::ArchiveCheck>(*checked);
}

}  // namespace

Result<void> check_attach(const AttachRequest& request) {
    if (Result<void> fresh = files::refuse_existing_output(request.archive.output.string()); !fresh) return fresh;
    if (request.signer == nullptr) return {};
    Result<ledger::KeyRecord> allowed = authorise_signer(request.signer->ledger, request.signer->key.public_key(),
                                                         ledger::EventType::attachment_disclosure);
    if (!allowed) return allowed.error();
    return {};
}

Result<Attached> attach_and_record(AttachRequest request, std::stop_token stop) {
    if (Result<void> allowed = check_attach(request); !allowed) return allowed.error();
    if (request.password_supplied) {
        if (Result<void> acceptable = password_acceptable(request.archive.password); !acceptable) return acceptable.error();
    }
    request.archive.stop = stop;
    Result<attach::Disclosure> made = attach::create_archive(request.archive);
    if (!made) {
        Error error = made.error();
        if (error.path.empty()) error.path = request.archive.output.string();
        return error;
    }
    Attached attached{*made, std::nullopt, std::nullopt, std::nullopt};
    Result<std::optional<attach::ArchiveCheck>> checked = read_back(request.archive);
    if (!checked) return checked.error();
    attached.read_back = *checked;
    if (request.signer == nullptr) return attached;
    const DisclosureRecord record{request.archive.output.filename().string(), request.recipient, request.classification,
                                  request.asset_id, *made};
    Result<ledger::Event> event = record_disclosure(request.signer->ledger, request.signer->key, record);
    if (event) {
        attached.disclosure_event = std::move(*event);
    } else {
        attached.record_error = event.error();
    }
    return attached;
}

}  // namespace sanitize::jobs
