#include "attachment_session.hpp"

#include "signer.hpp"

namespace sanitize::gui {

namespace {

struct Recorder {
    ledger::Ledger ledger;
    keys::SecretKey key;
};

// Ready before the archive is made: a record that cannot be written must stop the job while
// nothing has been produced.
Result<Recorder> prepare_recorder(const AttachmentRequest& request, const SecretBuffer& passphrase) {
    Result<Signer> signer = open_signer(request.ledger, request.key_file, passphrase);
    if (!signer) return signer.error();
    Result<ledger::KeyRecord> allowed =
        jobs::authorise_signer(signer->ledger, signer->key.public_key(), ledger::EventType::attachment_disclosure);
    if (!allowed) return allowed.error();
    return Recorder{std::move(signer->ledger), std::move(signer->key)};
}

}  // namespace

AttachmentResult make_attachment(const AttachmentRequest& request, const SecretBuffer& password,
                                 std::optional<SecretBuffer> key_passphrase, std::stop_token stop) {
    AttachmentResult result;
    std::optional<Recorder> recorder;
    if (!request.ledger.empty()) {
        if (!key_passphrase) key_passphrase.emplace();
        Result<Recorder> prepared = prepare_recorder(request, *key_passphrase);
        key_passphrase.reset();
        if (!prepared) {
            result.error = prepared.error();
            return result;
        }
        recorder = std::move(*prepared);
    }
    attach::ArchiveOptions options;
    options.output = request.output;
    options.inputs = request.inputs;
    options.password = password.bytes();
    options.stop = stop;
    Result<attach::Disclosure> made = attach::create_archive(options);
    if (!made) {
        result.error = made.error();
        return result;
    }
    result.disclosure = *made;
    Result<attach::ArchiveCheck> checked = attach::check_archive(request.output, password.bytes());
    if (!checked) {
        result.error = checked.error();
        return result;
    }
    result.checked_entries = checked->entries;
    if (recorder) {
        jobs::DisclosureRecord record{request.output.filename().string(), request.recipient, request.classification, "",
                                      *made};
        Result<ledger::Event> event = jobs::record_disclosure(recorder->ledger, recorder->key, record);
        if (!event) {
            result.error = event.error();
            return result;
        }
        result.ledger_seq = event->seq;
    }
    return result;
}

}  // namespace sanitize::gui
