// The ledger records of data leaving the office (POLICY "Taking data out of the office"), media
// coming back and attachments sent, with the approval the policy asks for by classification.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/attach.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The approval a carry-out uses: the id (seq) of a granted approval.request (jobs/approvals.hpp);
// 0 when none is given.
struct Approval {
    std::int64_t id = 0;
};

// Level 0 needs no approval. Level 1 and 2 need `approval` to be granted, unexpired, unused,
// for this asset and level, by an unrevoked key holding a title that approves the level
// (check_approval_use's reasons); without one, Errc::refused with Reason::approval_missing
// (detail: the level, expected: the titles that approve). Errc::invalid_argument for a
// classification outside 0-2. Asked before anything is encrypted or written.
[[nodiscard]] Result<void> check_approval(ledger::Ledger& ledger, const std::string& asset_id, int classification,
                                          const Approval& approval);

struct CarryOutRecord {
    std::string asset_id{};  // empty: not a ledger asset
    int classification = 0;
    Approval approval{};           // named in the record, which uses it up
    std::string archive_name{};    // the encrypted file, without its directory
    std::string archive_sha256{};  // hex
    std::vector<std::string> recipient_fingerprints{};  // crypt::recipient_fingerprint of each
    bool passphrase = false;                          // a passphrase (scrypt) recipient was used
    std::string medium_serial{};                        // the stick it leaves on, when known
    std::string wipe_certificate_id{};                  // the stick's wipe before it was written, when known
    std::string due{};                                  // YYYY-MM-DD: when the medium is to come back; empty: no date
};

// The level a carry-out is recorded with: the one given, else the asset's in the ledger.
// Reason::asset_unknown for an asset the ledger does not hold; Reason::level_missing when
// neither is there (a carry-out without a level is not recordable).
[[nodiscard]] Result<int> carry_out_classification(ledger::Ledger& ledger, const std::string& asset_id,
                                                   std::optional<int> given);

// Appends media.carry_out after check_approval (asked again, so that two uses of one approval
// at once cannot both pass), signed by the person carrying the data out.
[[nodiscard]] Result<ledger::Event> record_carry_out(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                     const CarryOutRecord& record);

struct ReturnRecord {
    std::string asset_id{};
    std::string medium_serial{};
    std::string remarks{};
};

// Appends media.return: the medium came back.
[[nodiscard]] Result<ledger::Event> record_return(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                  const ReturnRecord& record);

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
