#include "attachment_session.hpp"

namespace sanitize::gui {

AttachmentResult make_attachment(const AttachmentRequest& request, const SecretBuffer& password,
                                 std::optional<SecretBuffer> key_passphrase, std::stop_token stop) {
    AttachmentResult result;
    std::optional<jobs::Signer> signer;
    if (!request.ledger.empty()) {
        if (!key_passphrase) key_passphrase.emplace();
        Result<jobs::Signer> opened = jobs::open_signer(request.ledger, request.key_file, key_passphrase->bytes());
        key_passphrase.reset();
        if (!opened) {
            result.error = opened.error();
            return result;
        }
        signer = std::move(*opened);
    }
    jobs::AttachRequest job;
    job.archive.output = request.output;
    job.archive.inputs = request.inputs;
    job.archive.password = password.bytes();
    job.signer = signer ? &*signer : nullptr;
    job.recipient = request.recipient;
    job.classification = request.classification;
    job.asset_id = request.asset_id;
    Result<jobs::Attached> made = jobs::attach_and_record(std::move(job), stop);
    if (!made) {
        result.error = made.error();
        return result;
    }
    result.disclosure = made->disclosure;
    if (made->read_back) result.checked_entries = made->read_back->entries;
    if (made->disclosure_event) result.ledger_seq = made->disclosure_event->seq;
    if (made->record_error) result.error = made->record_error;
    return result;
}

}  // namespace sanitize::gui
