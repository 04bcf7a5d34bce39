// A certificate countersigned by a second person: the checks that come before the passphrase, the
// signature, its file and its place in the ledger, once for every front end.
#include "sanitize/jobs/countersign.hpp"

#include <unistd.h>

#include <span>

#include "sanitize/cert.hpp"
#include "sanitize/files.hpp"

namespace sanitize::jobs {

std::string countersignature_path(const std::string& certificate_path) {
    return certificate_path + std::string(cert::countersignature_suffix);
}

Result<void> check_countersign(const std::string& certificate_path, const CertificateVerification& verification) {
    if (!verification.operator_report.ok() || !verification.operator_report.certificate) {
        Error error = make_error(Errc::integrity_failure, "countersign " + certificate_path);
        error.path = certificate_path;
        return error;
    }
    const std::string path = countersignature_path(certificate_path);
    if (::access(path.c_str(), F_OK) == 0) {
        Error error = make_error(Errc::conflict, Reason::output_exists, "exists " + path);
        error.path = path;
        return error;
    }
    return {};
}

Result<std::string> countersign_certificate(const CountersignRequest& request, const keys::SecretKey& validator) {
    if (Result<void> checked = check_countersign(request.certificate_path, *request.verification); !checked) {
        return checked.error();
    }
    cert::CountersignOptions options;
    options.ledger = request.ledger;
    Result<std::string> signature = cert::countersign(request.certificate, validator, options);
    if (!signature) return about_path(signature.error(), request.certificate_path);
    const std::string path = countersignature_path(request.certificate_path);
    if (Result<void> written = files::write_new_file(path, *signature, 0644); !written) return about_path(written.error(), path);
    if (request.ledger != nullptr) {
        const ledger::StoredFile file{path.substr(path.rfind('/') + 1), *signature};
        const std::string& id = request.verification->operator_report.certificate->certificate_id;
        Result<ledger::Event> stored = request.ledger->store_certificate_files(validator, id, std::span(&file, 1));
        if (!stored) return about_path(stored.error(), request.certificate_path);
    }
    return path;
}

Result<std::string> countersign_certificate_file(const std::string& certificate_path, ledger::Ledger& ledger,
                                                 const keys::SecretKey& validator) {
    Result<CertificateFileSet> files = read_certificate_files(certificate_path);
    if (!files) return about_path(files.error(), certificate_path);
    CertificateCheckOptions options;
    options.ledger = &ledger;
    Result<CertificateVerification> verification = verify_certificate_files(*files, options);
    if (!verification) return verification.error();
    const CountersignRequest request{certificate_path, files->certificate, &*verification, &ledger};
    return countersign_certificate(request, validator);
}

}  // namespace sanitize::jobs
