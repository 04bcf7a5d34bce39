// A wipe's certificate: checked against the ledger before any medium is touched, issued (ledger
// event, signature) and written to files after. The wipe, purge and prepare jobs certify
// through these; a front end only says what the certificate should name.
#pragma once

#include <optional>
#include <string>

#include "sanitize/cert.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// What the person at the keyboard says about the wipe; the rest comes from the ledger.
struct CertificateRequest {
    std::string asset_id;  // empty: the medium is not a ledger asset
    cert::Destination destination = cert::Destination::reuse;
    std::string destination_detail;
    std::string customer;
    std::string comments;
    std::string department;  // the organisation's department and site, as printed
    std::string location;
    int classification_after = 0;  // an erased medium holds nothing classified
    // The PC whose internal disk the medium is, as its firmware names it: the boot-and-wipe
    // station's certificates only (docs/station.md).
    std::optional<cert::Computer> computer;
};

struct CertifyOptions {
    std::string directory = ".";
    bool pdf = true;
    // Where no ledger can be written (the boot-and-wipe station): the wipe.certificate event is
    // signed into this outbox instead, bound to the ledger the job checks against (a copy of
    // it), and synced later (cert::issue_certificate_offline). The files stay in `directory`
    // only: an outbox carries events, not certificate files. Null: appended to the ledger.
    ledger::Outbox* outbox = nullptr;
};

// A job's certificates: who signs (null: no ledger in use, so no certificate), what they say
// and where they go.
struct Certification {
    Signer* signer = nullptr;
    CertificateRequest request;
    CertifyOptions files;
};

// Run before wiping, so that no medium is erased without the certificate it needs: the
// operator's key must be registered in the ledger, not revoked, valid now and of a role that
// may write wipe.certificate (authorise_signer), and a named asset must be in the ledger
// (Errc::not_found, Reason::asset_unknown). Returns the certificate context: organisation,
// operator, host, asset and its classification before.
[[nodiscard]] Result<cert::CertificateContext> certificate_context(ledger::Ledger& ledger,
                                                                   const keys::PublicKey& operator_key,
                                                                   const CertificateRequest& request);

struct CertificateFiles {
    std::string json;       // <dir>/certificate-<id>.json
    std::string signature;  // the same + ".minisig", where `minisign -Vm` looks for it
    std::string pdf;        // <dir>/certificate-<id>.pdf; empty when not written
};

struct CertifiedWipe {
    cert::IssuedCertificate issued;
    CertificateFiles files;
    // The PDF is the paper copy of the signed JSON: failing to render it (no font) leaves the
    // certificate valid, so it is reported here rather than as the step's error.
    std::optional<Error> pdf_error;
};

// Builds the certificate of one wipe report, appends its wipe.certificate event (signed by the
// operator; into options.outbox when one is given) and writes cert.json, its signature and the
// PDF. The directory is checked to be writable before the ledger is touched, so a ledger event
// without its files needs a failure between the two writes; the error then names the file that
// is missing.
[[nodiscard]] Result<CertifiedWipe> certify_wipe(const wipe::WipeReport& report, cert::CertificateContext context,
                                                 const keys::SecretKey& operator_key, ledger::Ledger& ledger,
                                                 const CertifyOptions& options);

// The same for a firmware purge: a wipe.certificate event whose nist_category is purge, and the
// certificate of cert::build_purge_certificate. Errc::refused, before the ledger is touched, for
// a purge that sent nothing (unavailable, refused): no certificate then. `hidden_areas`,
// `smart`: the probe and the health read made before the purge, when they ran.
[[nodiscard]] Result<CertifiedWipe> certify_purge(const purge::PurgeReport& report,
                                                  const std::optional<device::HiddenAreaReport>& hidden_areas,
                                                  const std::optional<device::SmartSummary>& smart,
                                                  cert::CertificateContext context, const keys::SecretKey& operator_key,
                                                  ledger::Ledger& ledger, const CertifyOptions& options);

// A file created and removed in the directory: the cheapest proof that writing will work.
[[nodiscard]] Result<void> check_writable_directory(const std::string& directory);

}  // namespace sanitize::jobs
