// write_signed_year_report: the report's PDF and its detached minisign signature, both new
// files; the signer's key is the ledger's registered one, checked before anything is written.
#include <sodium.h>

#include <array>
#include <filesystem>

#include "sanitize/files.hpp"
#include "sanitize/jobs/year_report.hpp"
#include "sanitize/keys.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::jobs {
namespace {

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

Error with_path(Error error, const std::string& path) {
    error.path = path;
    if (error.code == Errc::conflict) error.reason = Reason::output_exists;
    return error;
}

}  // namespace

Result<SignedYearReport> write_signed_year_report(Signer& signer, YearReportPdfRequest request, const std::string& output) {
    util::ensure_sodium_initialized();
    SignedYearReport written{output, output + ".minisig", {}};
    for (const std::string& path : {written.pdf_path, written.signature_path}) {
        if (Result<void> fresh = files::refuse_existing_output(path); !fresh) return fresh.error();
    }
    // Any registered person may sign a file for the ledger (certificate.files is every role's):
    // the same rule says who may sign a report.
    Result<ledger::KeyRecord> key = authorise_signer(signer.ledger, signer.key.public_key(), ledger::EventType::certificate_files);
    if (!key) return key.error();
    if (request.signer_name.empty()) request.signer_name = key->name;
    request.signer_name += " (" + keys::key_id_hex(signer.key.public_key().id) + ")";
    Result<std::string> pdf = render_year_report_pdf(request);
    if (!pdf) return pdf.error();
    const std::string comment = "sanitize-year-report year=" + std::to_string(request.figures.year) +
                                " from=" + request.figures.time_from + " to=" + request.figures.time_to;
    Result<std::string> signature =
        keys::sign_file(signer.key, std::as_bytes(std::span<const char>(pdf->data(), pdf->size())), comment);
    if (!signature) return signature.error();
    if (Result<void> saved = files::write_new_file(written.pdf_path, *pdf, 0644); !saved) {
        return with_path(saved.error(), written.pdf_path);
    }
    if (Result<void> saved = files::write_new_file(written.signature_path, *signature, 0644); !saved) {
        std::error_code ignored;
        std::filesystem::remove(written.pdf_path, ignored);
        return with_path(saved.error(), written.signature_path);
    }
    written.sha256 = sha256_hex(*pdf);
    return written;
}

}  // namespace sanitize::jobs
