// The parts of verification shared by the operator's signature and a countersignature: the
// report under construction, and the ledger checks (verify_ledger.cpp).
#pragma once

#include <string>
#include <vector>

#include "sanitize/cert.hpp"

namespace sanitize::cert::detail {

// A report with every check not_checked, to be filled in.
VerifyReport empty_report();
void set_check(VerifyReport& report, Check check, CheckStatus status, CheckNote note = CheckNote::none,
               std::vector<CheckValue> values = {});
inline void set_check(VerifyReport& report, Check check, bool passed, CheckNote note = CheckNote::none,
                      std::vector<CheckValue> values = {}) {
    set_check(report, check, passed ? CheckStatus::passed : CheckStatus::failed, note, std::move(values));
}
// Gives the checks from `first` on that are still not_checked, without a reason, this one.
void explain_unchecked(VerifyReport& report, CheckNote why, Check first = Check::signature);

// The ledger checks for the operator's signature: ledger_id through ledger_chain. Needs the
// report's certificate and trusted comment.
Result<void> check_operator_in_ledger(VerifyReport& report, ledger::Ledger& ledger, const keys::PublicKey& key,
                                      const VerifyOptions& options);
// The same for a validator: key registration, role and validity at the validation time.
Result<void> check_validator_in_ledger(VerifyReport& report, ledger::Ledger& ledger, const keys::PublicKey& key,
                                       const VerifyOptions& options);

}  // namespace sanitize::cert::detail
