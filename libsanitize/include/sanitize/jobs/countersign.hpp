// A second person's countersignature of a certificate (NIST "validation"; `sanitize cert
// countersign`, the GUI's Audit page): only a certificate that verifies, never over an existing
// countersignature, and with a ledger recorded in it and stored beside the certificate's files.
#pragma once

#include <string>

#include "sanitize/jobs/verify_certificate.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// Where a certificate's countersignature goes: beside it, cert::countersignature_suffix appended.
std::string countersignature_path(const std::string& certificate_path);

// What is checked before anyone types a passphrase, so that a refusal leaves everything as it
// was: the operator's signature verified (Errc::integrity_failure, path: the certificate,
// otherwise; the verification says why) and there is no countersignature yet (Errc::conflict,
// Reason::output_exists; path: the countersignature).
[[nodiscard]] Result<void> check_countersign(const std::string& certificate_path,
                                             const CertificateVerification& verification);

struct CountersignRequest {
    std::string certificate_path{};
    std::string certificate{};                 // the exact bytes that were verified
    const CertificateVerification* verification = nullptr;  // of those bytes; never null
    ledger::Ledger* ledger = nullptr;          // null: no validation event, nothing stored
};

// check_countersign again, then cert::countersign (with a ledger, its certificate.validation event
// first; Errc::refused for the operator's own key or a key the ledger does not let validate), the
// countersignature written as a new file, and with a ledger stored among the certificate's files
// (`sanitize cert get`). Errors name the certificate, or the countersignature when writing it
// failed. Returns the countersignature's path.
[[nodiscard]] Result<std::string> countersign_certificate(const CountersignRequest& request,
                                                          const keys::SecretKey& validator);

// All of it for a front end that holds only the certificate's path: its files read, verified
// against the ledger (verify_certificate_files; its errors as they are), then countersigned.
[[nodiscard]] Result<std::string> countersign_certificate_file(const std::string& certificate_path,
                                                               ledger::Ledger& ledger,
                                                               const keys::SecretKey& validator);

}  // namespace sanitize::jobs
