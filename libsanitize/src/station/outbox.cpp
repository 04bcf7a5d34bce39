// The station's outbox: until the shared ledger's SQLite outbox and `sanitize ledger sync` land
// (issue 19), the events of a station go into the embedded ledger on its data partition, which
// an admin brings back and syncs. Switching to the outbox API is a change to this file alone.
#include "sanitize/station.hpp"

namespace sanitize::station {

Result<ledger::Ledger> open_outbox(const DataPartition& data) {
    return ledger::Ledger::open(data.path("ledger.db"));
}

}  // namespace sanitize::station
