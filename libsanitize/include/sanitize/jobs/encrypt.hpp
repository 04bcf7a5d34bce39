// Encrypt and record a carry-out (`sanitize encrypt`): a folder as an age v1 file that stock
// `age` and `tar` open, and with a ledger the media.carry_out record of what left, approved by
// whom, for whom. The Carry-out page's stick goes through prepare_stick (jobs/prepare.hpp).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/jobs/records.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The carry-out record of an encryption, when a ledger is in use.
struct CarryOutDetails {
    Signer* signer = nullptr;            // null: nothing is recorded
    std::string asset_id;                // empty: not a ledger asset
    std::optional<int> classification;   // nullopt: the asset's
    Approval approval;
    std::string medium_serial;           // the medium it leaves on, when known
    std::string due;                     // YYYY-MM-DD: when it is to come back; empty: no date
};

struct EncryptRequest {
    std::filesystem::path folder;
    std::filesystem::path output;                   // must not exist; removed again on failure
    std::vector<crypt::X25519Recipient> recipients;
    const crypt::ScryptRecipient* passphrase = nullptr;  // instead of or beside recipients; the caller's
    bool armor = false;
    CarryOutDetails record;
    std::function<void(const crypt::FolderProgress&)> on_progress;  // on the caller's thread
};

struct Encrypted {
    crypt::FolderStats stats;
    std::vector<std::string> recipient_fingerprints;
    bool passphrase = false;
    std::optional<ledger::Event> carry_out;
    // The archive was made but its record could not be written, so it was removed again: a
    // carry-out must not go unrecorded.
    std::optional<Error> record_error;
    bool ok() const noexcept { return !record_error.has_value(); }
};

// What can be known before a passphrase is asked for: with a signer, the level (given or the
// asset's: Reason::level_missing, asset_unknown), the approval it needs (Reason::approval_missing)
// and the signer's right to record it. Returns the level that will be recorded.
[[nodiscard]] Result<int> check_carry_out(const CarryOutDetails& record);

// check_carry_out, and first an existing output (Reason::output_exists): everything that can be
// refused before a passphrase is asked for and before anything is encrypted.
[[nodiscard]] Result<int> check_encrypt(const EncryptRequest& request);

// check_encrypt, the encryption, then the record with the archive's SHA-256 (a record that
// cannot be written removes the archive again: Encrypted::record_error). Without any recipient
// or passphrase: Reason::no_recipient.
[[nodiscard]] Result<Encrypted> encrypt_and_record(const EncryptRequest& request, std::stop_token stop);

}  // namespace sanitize::jobs
