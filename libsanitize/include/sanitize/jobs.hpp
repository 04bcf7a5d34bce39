// Workflows that compose the capabilities, so that the CLI and the GUI run each one the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/attach.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/device.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// Wipes every opened target at once, each on its own thread; one report per target, in the
// order given. callbacks_for(i) gives target i's callbacks, which run on that target's thread.
std::vector<wipe::WipeReport> wipe_in_parallel(
    const std::vector<device::Device*>& targets, const wipe::WipeOptions& options,
    const std::function<wipe::Callbacks(std::size_t)>& callbacks_for, std::stop_token stop);

}  // namespace sanitize::jobs

// ---- A wipe's certificate: checked before the wipe, issued and written after it.

namespace sanitize::jobs {

// Whether the ledger lets this key sign an event of this type now: registered with this very
// public key, not revoked, valid now, of a role that may write the type. Errc::refused with the
// reason as context otherwise. The ledger applies the same rules when appending; jobs ask first
// so that no work is done that cannot be recorded.
[[nodiscard]] Result<ledger::KeyRecord> authorise_signer(ledger::Ledger& ledger, const keys::PublicKey& key,
                                                         ledger::EventType type);

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
};

// Run before wiping, so that no medium is erased without the certificate it needs: the
// operator's key must be registered in the ledger, not revoked, valid now and of a role that
// may write wipe.certificate (Errc::refused with the reason as context), and a named asset must
// be in the ledger (Errc::not_found). Returns the certificate context for every target of the
// wipe: organisation, operator, host, asset and its classification before.
[[nodiscard]] Result<cert::CertificateContext> certificate_context(ledger::Ledger& ledger,
                                                                   const keys::PublicKey& operator_key,
                                                                   const CertificateRequest& request);

struct CertificateFiles {
    std::string json;       // <dir>/certificate-<id>.json
    std::string signature;  // the same + ".minisig", where `minisign -Vm` looks for it
    std::string pdf;        // <dir>/certificate-<id>.pdf; empty when not written
};

struct CertifyOptions {
    std::string directory = ".";
    bool pdf = true;
};

struct CertifiedWipe {
    cert::IssuedCertificate issued;
    CertificateFiles files;
    // The PDF is the paper copy of the signed JSON: failing to render it (no font) leaves the
    // certificate valid, so it is reported here rather than as the step's error.
    std::optional<Error> pdf_error;
};

// Builds the certificate of one wipe report, appends its wipe.certificate event (signed by the
// operator) and writes cert.json, its signature and the PDF. The directory is checked to be
// writable before the ledger is touched, so a ledger event without its files needs a failure
// between the two writes; the error then names the file that is missing.
[[nodiscard]] Result<CertifiedWipe> certify_wipe(const wipe::WipeReport& report, cert::CertificateContext context,
                                                 const keys::SecretKey& operator_key, ledger::Ledger& ledger,
                                                 const CertifyOptions& options);

}  // namespace sanitize::jobs

// ---- An attachment's disclosure record.

namespace sanitize::jobs {

// What the ledger keeps of an attachment that was sent: never the password.
struct DisclosureRecord {
    std::string archive_name;  // the file name as sent, without its directory
    std::string recipient;     // to whom (a name or an address), as typed
    int classification = 1;    // 0-2, of the information in the attachment
    std::string asset_id;      // empty: not a ledger asset
    attach::Disclosure disclosure;
};

// Appends the attachment.disclosure event, signed by the sender.
[[nodiscard]] Result<ledger::Event> record_disclosure(ledger::Ledger& ledger, const keys::SecretKey& sender,
                                                      const DisclosureRecord& record);

}  // namespace sanitize::jobs

// ---- Carry-out records (POLICY "Taking data out of the office").

namespace sanitize::jobs {

// Who approved taking the data out. Level 1 needs the department head's approval, level 2 the
// representative director's (who may approve any level).
enum class ApproverTitle { none, department_head, representative_director };
std::string_view approver_title_name(ApproverTitle title) noexcept;  // "department_head"
std::optional<ApproverTitle> parse_approver_title(std::string_view name) noexcept;

struct Approval {
    std::string name;
    ApproverTitle title = ApproverTitle::none;
};

// Errc::refused naming what is missing when `approval` does not suffice for `classification`;
// Errc::invalid_argument for a classification outside 0-2. Asked before encrypting.
[[nodiscard]] Result<void> check_approval(int classification, const Approval& approval);

struct CarryOutRecord {
    std::string asset_id;  // empty: not a ledger asset
    int classification = 0;
    Approval approval;
    std::string archive_name;    // the encrypted file, without its directory
    std::string archive_sha256;  // hex
    std::vector<std::string> recipient_fingerprints;  // crypt::recipient_fingerprint of each
    bool passphrase = false;                          // a passphrase (scrypt) recipient was used
    std::string medium_serial;                        // the stick it leaves on, when known
};

// The level a carry-out is recorded with: the one given, else the asset's in the ledger.
// Errc::not_found for an asset the ledger does not hold; Errc::invalid_argument when neither
// is there (a carry-out without a level is not recordable).
[[nodiscard]] Result<int> carry_out_classification(ledger::Ledger& ledger, const std::string& asset_id,
                                                   std::optional<int> given);

// Appends media.carry_out after check_approval, signed by the person carrying the data out.
[[nodiscard]] Result<ledger::Event> record_carry_out(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                     const CarryOutRecord& record);

struct ReturnRecord {
    std::string asset_id;
    std::string medium_serial;
    std::string remarks;
};

// Appends media.return: the medium came back.
[[nodiscard]] Result<ledger::Event> record_return(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                  const ReturnRecord& record);

}  // namespace sanitize::jobs
