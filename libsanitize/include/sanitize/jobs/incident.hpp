// A lost carried-out medium (`sanitize incident report`): the incident.report event, and for the
// auditor what the carry-out record says was lost — level, asset, to whom the archive was
// encrypted — and, with an auditor's age identity, the list of files, checked against its hash.
// Loss of a medium is a leakage incident (policy 002 §10).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// What a media.carry_out record says about the medium, read back from its payload.
struct LostMedium {
    ledger::Event carry_out;
    std::string carried_by;  // the registered name of the key that signed the carry-out
    int classification = 0;
    std::string asset_id;    // empty: not a ledger asset
    std::string asset_name;  // the asset's current name and department, when it is one
    std::string department;
    std::string archive;
    std::string archive_sha256;
    std::string medium_serial;
    std::int64_t approval_id = 0;  // the approval the carry-out used (level 1 and 2); 0: none
    std::string approved_by;       // the registered name of the key that granted it
    std::vector<std::string> recipient_fingerprints;  // whom the archive was encrypted to
    bool passphrase = false;                          // a passphrase opened it instead
    bool manifest_sealed = false;                     // false: the record keeps no list of files
    std::uint64_t manifest_files = 0;
    std::string manifest_sha256;
    std::vector<std::string> manifest_readers;  // fingerprints of the auditors who can open it
    std::string manifest_age;                   // base64
};

// The carry-out recorded as event `seq`: Errc::not_found with Reason::carry_out_unknown (detail:
// the seq) when the ledger has no such event or it is not a media.carry_out.
[[nodiscard]] Result<LostMedium> describe_carry_out(ledger::Ledger& ledger, std::int64_t seq);

struct IncidentRequest {
    Signer* signer = nullptr;   // who reports the loss: staff, admin or auditor
    std::int64_t carry_out = 0;  // the media.carry_out event's seq
    std::string note;            // how and when it was lost, as told; may be empty
    // An auditor's age identity files: the list of files is opened with them before anything
    // is recorded, so that a key that cannot open it is refused (Reason::no_identity_matches)
    // with nothing written. Empty: the list is not opened.
    std::vector<std::string> identity_files;
};

struct IncidentReport {
    ledger::Event incident;
    LostMedium lost;
    std::optional<std::vector<crypt::FolderFile>> files;  // only when an identity opened the list
};

// describe_carry_out, the signer's right to report, the list opened with the identities if any
// were given and the record kept one (open_manifest's errors: no_identity_matches,
// manifest_mismatch), then the incident.report event {carry_out, classification, asset_id?,
// note?}. Every refusal comes before the event is written.
[[nodiscard]] Result<IncidentReport> report_lost_medium(const IncidentRequest& request);

}  // namespace sanitize::jobs
