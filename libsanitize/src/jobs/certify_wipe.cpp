// The certificate step of a wipe: checked against the ledger before the medium is touched,
// issued (ledger event, signature) and written to files after.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "sanitize/files.hpp"
#include "sanitize/jobs/certificate.hpp"

namespace sanitize::jobs {

namespace {

// The classification the asset had before the wipe; 0 for media that are not ledger assets.
Result<int> classification_of(ledger::Ledger& ledger, const std::string& asset_id) {
    if (asset_id.empty()) return 0;
    Result<std::optional<ledger::Asset>> asset = ledger.find_asset(asset_id);
    if (!asset) return asset.error();
    if (!asset->has_value()) {
        Error error = make_error(Errc::not_found, Reason::asset_unknown, "asset " + asset_id);
        error.detail = asset_id;
        return error;
    }
    return (*asset)->classification;
}

CertificateFiles file_names(const std::string& directory, const std::string& certificate_id, bool pdf) {
    const std::string stem = directory + "/certificate-" + certificate_id;
    return {stem + ".json", stem + ".json" + std::string(cert::signature_suffix), pdf ? stem + ".pdf" : std::string()};
}

Result<void> write_signed_files(const cert::IssuedCertificate& issued, const CertificateFiles& files) {
    if (Result<void> written = files::write_new_file(files.json, issued.json, 0644); !written) return written;
    return files::write_new_file(files.signature, issued.signature, 0644);
}

// The PDF's bytes, once written.
Result<std::string> write_pdf_file(const cert::IssuedCertificate& issued, const std::string& path) {
    cert::PdfOptions pdf_options;
    pdf_options.sha256_hex = issued.sha256_hex;
    if (issued.ledger_event) pdf_options.ledger_seq = issued.ledger_event->seq;
    pdf_options.signed_json = issued.json;  // embedded: one file holds the record and its copy
    pdf_options.signature = issued.signature;
    Result<std::string> pdf = cert::render_pdf(issued.certificate, pdf_options);
    if (!pdf) return pdf.error();
    if (Result<void> written = files::write_new_file(path, *pdf, 0644); !written) return written.error();
    return pdf;
}

std::string base_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// The same files in the ledger, byte for byte, so that an auditor finds every certificate in
// one place (`sanitize cert get`) rather than on each workstation.
Result<void> store_in_ledger(const CertifiedWipe& certified, const std::string& pdf, const keys::SecretKey& operator_key,
                             ledger::Ledger& ledger) {
    std::vector<ledger::StoredFile> files{{base_name(certified.files.json), certified.issued.json},
                                          {base_name(certified.files.signature), certified.issued.signature}};
    if (!certified.files.pdf.empty()) files.push_back({base_name(certified.files.pdf), pdf});
    auto stored = ledger.store_certificate_files(operator_key, certified.issued.certificate.certificate_id, files);
    if (!stored) return stored.error();
    return {};
}

// The event into the ledger, or into the outbox when issuing offline; then the signature.
Result<cert::IssuedCertificate> issue(cert::Certificate built, const keys::SecretKey& operator_key,
                                      ledger::Ledger& ledger, const CertifyOptions& options) {
    if (options.outbox != nullptr) return cert::issue_certificate_offline(std::move(built), operator_key, ledger, *options.outbox);
    return cert::issue_certificate(std::move(built), operator_key, &ledger);
}

// Appends the ledger event, signs, writes the JSON and its signature, then the PDF.
Result<CertifiedWipe> issue_and_write(Result<cert::Certificate> built, const keys::SecretKey& operator_key,
                                      ledger::Ledger& ledger, const CertifyOptions& options) {
    if (!built) return built.error();
    Result<cert::IssuedCertificate> issued = issue(std::move(*built), operator_key, ledger, options);
    if (!issued) return issued.error();
    CertifiedWipe certified{std::move(*issued), {}, std::nullopt};
    certified.files = file_names(options.directory, certified.issued.certificate.certificate_id, options.pdf);
    if (Result<void> written = write_signed_files(certified.issued, certified.files); !written) return written.error();
    std::string pdf;
    if (!certified.files.pdf.empty()) {
        Result<std::string> written = write_pdf_file(certified.issued, certified.files.pdf);
        if (written) {
            pdf = std::move(*written);
        } else {
            certified.pdf_error = written.error();
            certified.files.pdf.clear();
        }
    }
    if (options.outbox != nullptr) return certified;  // the files travel with the evidence
    if (Result<void> stored = store_in_ledger(certified, pdf, operator_key, ledger); !stored) return stored.error();
    return certified;
}

}  // namespace

Result<void> check_writable_directory(const std::string& directory) {
    std::string probe = directory + "/.sanitize-write-check-XXXXXX";
    const int fd = ::mkostemp(probe.data(), O_CLOEXEC);
    if (fd < 0) {
        Error error = make_error(errno == ENOENT ? Errc::not_found : Errc::permission_denied, directory, errno);
        error.path = directory;
        return error;
    }
    ::close(fd);
    ::unlink(probe.c_str());
    return {};
}

Result<cert::CertificateContext> certificate_context(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                                     const CertificateRequest& request) {
    Result<ledger::KeyRecord> record = authorise_signer(ledger, operator_key, ledger::EventType::wipe_certificate);
    if (!record) return record.error();
    Result<int> classification = classification_of(ledger, request.asset_id);
    if (!classification) return classification.error();

    cert::CertificateContext context;
    context.organisation = {ledger.info().organisation, request.department, request.location};
    context.customer = request.customer;
    context.operator_person = {record->name, "", record->role, operator_key.id};
    context.host = cert::local_host();
    context.asset_id = request.asset_id;
    context.classification_before = *classification;
    context.classification_after = request.classification_after;
    context.destination = request.destination;
    context.destination_detail = request.destination_detail;
    context.comments = request.comments;
    context.computer = request.computer;
    return context;
}

Result<CertifiedWipe> certify_wipe(const wipe::WipeReport& report, cert::CertificateContext context,
                                   const keys::SecretKey& operator_key, ledger::Ledger& ledger,
                                   const CertifyOptions& options) {
    if (Result<void> writable = check_writable_directory(options.directory); !writable) return writable.error();
    return issue_and_write(cert::build_certificate(report, context), operator_key, ledger, options);
}

Result<CertifiedWipe> certify_purge(const purge::PurgeReport& report,
                                    const std::optional<device::HiddenAreaReport>& hidden_areas,
                                    const std::optional<device::SmartSummary>& smart,
                                    cert::CertificateContext context, const keys::SecretKey& operator_key,
                                    ledger::Ledger& ledger, const CertifyOptions& options) {
    Result<cert::Certificate> built = cert::build_purge_certificate(report, hidden_areas, smart, context);
    if (!built) return built.error();
    if (Result<void> writable = check_writable_directory(options.directory); !writable) return writable.error();
    return issue_and_write(std::move(built), operator_key, ledger, options);
}

}  // namespace sanitize::jobs
