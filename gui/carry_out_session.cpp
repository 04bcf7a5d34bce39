#include "carry_out_session.hpp"

#include <memory>

#include "sanitize/jobs/manifest.hpp"
#include "sanitize/jobs/password_rules.hpp"

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

int permille(std::uint64_t done, std::uint64_t total) {
    return total == 0 ? 0 : static_cast<int>(done * 1000 / total);
}

// The prepare job's observer for the page: the dialog's confirmation checked against the stick
// as the job inspected it, the steps and the progress passed on.
class SessionObserver final : public jobs::PrepareObserver {
public:
    SessionObserver(const device::DeviceInfo& confirmed, const CarryOutProgress& progress)
        : typed_(device::confirmation_token(confirmed)), progress_(progress) {}
    Result<void> confirm(const device::DeviceInfo& stick) override { return jobs::check_confirmations({stick}, {typed_}); }
    void step_started(jobs::PrepareStep step) override {
        if (progress_.step) progress_.step(step);
    }
    void progress(const wipe::Progress& p) override { value(p.phase_bytes_done, p.phase_bytes_total); }
    void bytes(jobs::PrepareStep, std::uint64_t done, std::uint64_t total) override { value(done, total); }

private:
    void value(std::uint64_t done, std::uint64_t total) {
        if (progress_.value) progress_.value(permille(done, total));
    }
    std::string typed_;
    const CarryOutProgress& progress_;
};

jobs::PrepareStickRequest job_request(const CarryOutRequest& request) {
    jobs::PrepareStickRequest prepare;
    prepare.device = request.stick.path;
    prepare.folder = request.folder;
    prepare.asset_id = request.asset_id;
    prepare.classification = request.classification;
    prepare.approval = request.approval;
    prepare.wipe.method = wipe::parse_method("random").value();
    prepare.certificate.asset_id = request.asset_id;
    prepare.certificate.department = request.department;
    prepare.certify.directory = request.certificate_dir;
    prepare.media = request.media;
    return prepare;
}

}  // namespace

CarryOutResult run_carry_out(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                             SecretBuffer key_passphrase, const CarryOutProgress& progress, std::stop_token stop) {
    CarryOutResult result;
    Result<std::vector<crypt::X25519Recipient>> recipients = parse_recipients(request.recipients);
    if (!recipients) {
        result.error = recipients.error();
        return result;
    }
    Result<std::vector<crypt::X25519Recipient>> auditors = jobs::parse_auditor_recipients(request.auditor_recipients);
    if (!auditors) {
        result.error = auditors.error();
        return result;
    }
    if (recipients->empty() && !archive_passphrase) {
        result.error = make_error(Errc::invalid_argument, Reason::no_recipient, "recipients or passphrase");
        return result;
    }
    // The policy's rules first: a weak passphrase is refused before the key is unlocked.
    std::unique_ptr<crypt::ScryptRecipient> scrypt;
    if (recipients->empty()) {
        Result<std::unique_ptr<crypt::ScryptRecipient>> checked = jobs::carry_out_passphrase(std::move(*archive_passphrase));
        if (!checked) {
            result.error = checked.error();
            return result;
        }
        scrypt = std::move(*checked);
    }
    Result<jobs::Signer> signer = jobs::open_signer(request.ledger, request.key_file, key_passphrase.bytes());
    if (!signer) {
        result.error = signer.error();
        return result;
    }
    jobs::PrepareStickRequest prepare = job_request(request);
    prepare.recipients = std::move(*recipients);
    prepare.auditor_recipients = std::move(*auditors);
    prepare.passphrase = scrypt.get();
    SessionObserver observer(request.stick, progress);
    Result<jobs::PreparedStick> prepared = jobs::prepare_stick(*signer, prepare, observer, stop);
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    result.stick = std::move(*prepared);
    return result;
}

}  // namespace sanitize::gui
