#include "carry_out_session.hpp"

#include "signer.hpp"

namespace sanitize::gui {

namespace {

Result<std::vector<crypt::X25519Recipient>> parse_recipients(const std::vector<std::string>& lines) {
    std::vector<crypt::X25519Recipient> recipients;
    for (const std::string& line : lines) {
        Result<crypt::X25519Recipient> parsed = crypt::X25519Recipient::parse(line);
        if (!parsed) return parsed.error();
        recipients.push_back(*parsed);
    }
    return recipients;
}

}  // namespace

CarryOutResult run_carry_out(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                             SecretBuffer key_passphrase, const jobs::PrepareCallbacks& callbacks, std::stop_token stop) {
    CarryOutResult result;
    Result<std::vector<crypt::X25519Recipient>> recipients = parse_recipients(request.recipients);
    if (!recipients) {
        result.error = recipients.error();
        return result;
    }
    if (recipients->empty() && !archive_passphrase) {
        result.error = make_error(Errc::invalid_argument, "recipients or passphrase");
        return result;
    }
    Result<Signer> signer = open_signer(request.ledger, request.key_file, key_passphrase);
    if (!signer) {
        result.error = signer.error();
        return result;
    }
    std::optional<crypt::ScryptRecipient> scrypt;
    if (recipients->empty()) scrypt.emplace(std::move(*archive_passphrase));
    jobs::PrepareStickRequest prepare;
    prepare.device = request.stick;
    prepare.folder = request.folder;
    prepare.recipients = std::move(*recipients);
    prepare.passphrase = scrypt ? &*scrypt : nullptr;
    prepare.asset_id = request.asset_id;
    prepare.classification = request.classification;
    prepare.approval = request.approval;
    prepare.wipe.method = wipe::parse_method("random").value();
    prepare.certificate.asset_id = request.asset_id;
    prepare.certificate.department = request.department;
    prepare.certify.directory = request.certificate_dir;
    Result<jobs::PreparedStick> prepared = jobs::prepare_stick(signer->ledger, signer->key, prepare, callbacks, stop);
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    result.stick = std::move(*prepared);
    return result;
}

}  // namespace sanitize::gui
