// A certificate as an auditor checks it (`sanitize cert verify`, the GUI's Audit page).
#pragma once

#include <optional>
#include <string>

#include "sanitize/cert.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

struct CertificateFileSet {
    std::string certificate;  // the bytes of cert.json
    std::string signature;    // cert.json.minisig
    std::optional<std::string> countersignature;  // cert.json.validator.minisig, when present
};

// Reads a certificate, its signature beside it and its countersignature when there is one.
// A file that cannot be read is its error (path: the file).
[[nodiscard]] Result<CertificateFileSet> read_certificate_files(const std::string& certificate_path);

struct CertificateCheckOptions {
    ledger::Ledger* ledger = nullptr;               // null: the ledger checks are not_checked
    std::optional<keys::PublicKey> operator_key{};  // empty: the ledger's registration of the signer
    std::optional<keys::PublicKey> trusted_root{};
};

struct CertificateVerification {
    cert::VerifyReport operator_report;
    std::optional<cert::VerifyReport> validation;  // of the countersignature, when there is one
    std::optional<cert::Person> validator;         // who countersigned, when that verified
    bool ok() const noexcept;
};

// Every check of the signature and the countersignature. Errc::not_found with the key id (hex)
// as detail when a signature's key is neither given nor registered in the ledger; other errors
// when a signature does not even name a key (Errc::malformed_input) or the ledger cannot be read.
[[nodiscard]] Result<CertificateVerification> verify_certificate_files(const CertificateFileSet& files,
                                                                       const CertificateCheckOptions& options);

}  // namespace sanitize::jobs
