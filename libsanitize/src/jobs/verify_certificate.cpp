// A certificate as an auditor checks it: the operator's signature and, when present, the
// validator's countersignature, each with the key the ledger registered for it.
#include "sanitize/jobs/verify_certificate.hpp"

#include "sanitize/files.hpp"

namespace sanitize::jobs {

namespace {

constexpr std::size_t max_signature_bytes = 64 * 1024;

// The key that made a signature: the one given, else the ledger's registration of its id.
Result<keys::PublicKey> signer_key(std::string_view signature_text, const std::optional<keys::PublicKey>& given,
                                   ledger::Ledger* ledger) {
    if (given) return *given;
    Result<keys::KeyId> id = keys::signature_key_id(signature_text);
    if (!id) return id.error();
    if (ledger != nullptr) {
        Result<std::optional<ledger::KeyRecord>> record = ledger->find_key(*id);
        if (!record) return record.error();
        if (record->has_value()) return (*record)->public_key;
    }
    Error error = make_error(Errc::not_found, keys::key_id_hex(*id));
    error.detail = keys::key_id_hex(*id);
    return error;
}

// The countersigning person: designated in the certificate, else registered in the ledger.
std::optional<cert::Person> validator_person(const CertificateVerification& verification, ledger::Ledger* ledger) {
    if (!verification.validation || !verification.validation->ok()) return std::nullopt;
    const std::optional<cert::Certificate>& certificate = verification.operator_report.certificate;
    if (certificate && certificate->validator_person) return certificate->validator_person;
    if (ledger == nullptr) return std::nullopt;
    const keys::KeyId& signer = verification.validation->signer;
    Result<std::optional<ledger::KeyRecord>> record = ledger->find_key(signer);
    if (!record || !record->has_value()) return std::nullopt;
    return cert::Person{(*record)->name, "", (*record)->role, signer};
}

}  // namespace

bool CertificateVerification::ok() const noexcept {
    return operator_report.ok() && (!validation || validation->ok());
}

Result<CertificateFileSet> read_certificate_files(const std::string& certificate_path) {
    CertificateFileSet set;
    Result<std::string> certificate = files::read_small_file(certificate_path, cert::max_certificate_bytes);
    if (!certificate) return certificate.error();
    Result<std::string> signature =
        files::read_small_file(certificate_path + std::string(cert::signature_suffix), max_signature_bytes);
    if (!signature) return signature.error();
    set.certificate = std::move(*certificate);
    set.signature = std::move(*signature);
    Result<std::string> countersignature =
        files::read_small_file(certificate_path + std::string(cert::countersignature_suffix), max_signature_bytes);
    if (countersignature) set.countersignature = std::move(*countersignature);
    return set;
}

Result<CertificateVerification> verify_certificate_files(const CertificateFileSet& files,
                                                         const CertificateCheckOptions& options) {
    Result<keys::PublicKey> key = signer_key(files.signature, options.operator_key, options.ledger);
    if (!key) return key.error();
    const cert::VerifyOptions verify{.ledger = options.ledger, .verify_chain = true, .trusted_root = options.trusted_root};
    Result<cert::VerifyReport> report = cert::verify_certificate(files.certificate, files.signature, *key, verify);
    if (!report) return report.error();
    CertificateVerification verification{std::move(*report), std::nullopt, std::nullopt};
    if (files.countersignature) {
        Result<keys::PublicKey> validator = signer_key(*files.countersignature, std::nullopt, options.ledger);
        if (!validator) return validator.error();
        Result<cert::VerifyReport> validation =
            cert::verify_countersignature(files.certificate, *files.countersignature, *validator, verify);
        if (!validation) return validation.error();
        verification.validation = std::move(*validation);
        verification.validator = validator_person(verification, options.ledger);
    }
    return verification;
}

}  // namespace sanitize::jobs
