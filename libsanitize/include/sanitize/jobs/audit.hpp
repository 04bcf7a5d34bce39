// Auditors' findings (`sanitize audit note`, `audit list`): audit.note events, which only an
// auditor's key may sign, so that a finding cannot be "fixed" by the person audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sanitize/jobs/signer.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// Appends audit.note {text}: the signer's right first (Reason::role_may_not_sign for a key that
// is not an auditor's), an empty text is Errc::invalid_argument; nothing is written on refusal.
[[nodiscard]] Result<ledger::Event> record_audit_note(Signer& signer, const std::string& text);

struct AuditNote {
    std::int64_t seq = 0;
    std::string time;
    std::string auditor;  // the signing key's registered name
    std::string key_id;   // hex
    std::string text;
};

// Every audit.note in the ledger, oldest first; with `year`, only those of that calendar year at
// its offset, counted as the yearly report counts (ledger::year_bounds; its errors).
[[nodiscard]] Result<std::vector<AuditNote>> audit_notes(ledger::Ledger& ledger,
                                                         const std::optional<ledger::ReportOptions>& year = {});

}  // namespace sanitize::jobs
