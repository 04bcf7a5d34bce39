// The station's ledger files: a copy of the office's ledger, which the station checks keys, assets
// and the list's signer against and never writes, and that ledger's outbox, where the station's
// events wait until an admin syncs them (`sanitize ledger sync`, docs/ledger.md).
#include <filesystem>

#include "sanitize/station.hpp"

namespace sanitize::station {

Result<StationLedger> open_station_ledger(const DataPartition& data) {
    Result<ledger::Ledger> copy = jobs::open_ledger(data.path("ledger.db"), ledger::OpenOptions{.read_only = true});
    if (!copy) return copy.error();
    const std::string outbox_path = data.path("outbox.db");
    std::error_code ec;
    if (!std::filesystem::exists(outbox_path, ec)) {
        return about_path(make_error(Errc::not_found, Reason::outbox_missing, "outbox"), outbox_path);
    }
    Result<ledger::Outbox> outbox = ledger::Outbox::open(outbox_path);
    if (!outbox) return about_path(outbox.error(), outbox_path);
    if (outbox->info().ledger_id != copy->info().ledger_id) {
        Error error = make_error(Errc::invalid_argument, Reason::outbox_other_ledger, "outbox");
        error.path = outbox_path;
        error.detail = outbox->info().ledger_id;
        error.expected = copy->info().ledger_id;
        return error;
    }
    return StationLedger{std::move(*copy), std::move(*outbox)};
}

}  // namespace sanitize::station
