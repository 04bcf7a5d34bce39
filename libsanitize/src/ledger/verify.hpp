// verify(): recomputes the chain from the stored rows and compares the projections.
#pragma once

#include "ledger/store.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger::detail {

Result<VerifyReport> verify_store(Store& store, const VerifyOptions& options);

}  // namespace sanitize::ledger::detail
