// Attach and record (`sanitize attach`, the GUI's Attachment page): a password-protected
// AES-256 ZIP, read back with the password before anyone sends it, and with a ledger the
// attachment.disclosure record of what went to whom (never the password).
#pragma once

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/attach.hpp"
#include "sanitize/jobs/password_rules.hpp"
#include "sanitize/jobs/records.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

struct AttachRequest {
    // output, inputs, password, compression, hide_names, encryption; `stop` is the job's.
    attach::ArchiveOptions archive;
    // A password the person chose is held to the policy (Reason::password_*); a generated one
    // meets it by construction.
    bool password_supplied = false;
    Signer* signer = nullptr;  // null: nothing is recorded
    std::string recipient;     // to whom, as typed
    int classification = 1;
    std::string asset_id;      // empty: not a ledger asset
};

struct Attached {
    attach::Disclosure disclosure;
    // The archive as it lies under its name, re-opened with the password: every entry AES-256
    // AE-2 and authentic (attach::check_archive). Empty for the legacy ZipCrypto, which that
    // check refuses by policy; the writer's own read-back (before the name) covered it.
    std::optional<attach::ArchiveCheck> read_back;
    std::optional<ledger::Event> disclosure_event;
    // The archive was made and checked, but its record could not be written: the archive is
    // kept (it is fine), and the caller says that it was not recorded.
    std::optional<Error> record_error;
};

// What can be refused before a password is even asked for: an existing output
// (Reason::output_exists) and, with a signer, its right to record the disclosure.
[[nodiscard]] Result<void> check_attach(const AttachRequest& request);

// check_attach, a supplied password held to the policy, the archive, its read-back, the record.
// A read-back that fails removes the archive again: nothing unchecked is left under the name.
[[nodiscard]] Result<Attached> attach_and_record(AttachRequest request, std::stop_token stop);

}  // namespace sanitize::jobs
