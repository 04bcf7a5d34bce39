// Syncing an outbox into the ledger: from where the ledger stands, in order, a batch per
// transaction, so that a sync killed anywhere and run again appends each entry exactly once.
#include "ledger/chain.hpp"
#include "ledger/chain_rules.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger_outbox.hpp"

namespace sanitize::ledger {

Result<std::optional<Event>> Ledger::event_with_origin(std::string_view origin) {
    auto row = store_->event_with_origin(origin);
    if (!row) return row.error();
    if (!*row) return std::optional<Event>{};
    auto event = detail::decode_event(**row);
    if (!event) return event.error();
    return std::optional<Event>{std::move(*event)};
}

Result<std::int64_t> Ledger::outbox_position(std::string_view outbox_id) {
    // The ledger holds entries 1..k of an outbox and no other: find k with a doubling search,
    // then a binary one, a few dozen index lookups whatever the size.
    auto present = [&](std::int64_t n) { return store_->origin_exists(detail::origin_text({std::string(outbox_id), n})); };
    std::int64_t low = 0;  // present (0: nothing)
    std::int64_t high = 1;  // not known to be present
    for (;;) {
        auto found = present(high);
        if (!found) return found.error();
        if (!*found) break;
        low = high;
        high *= 2;
    }
    while (high - low > 1) {
        const std::int64_t middle = low + (high - low) / 2;
        auto found = present(middle);
        if (!found) return found.error();
        (*found ? low : high) = middle;
    }
    return low;
}

Result<SyncReport> sync_outbox(Outbox& outbox, Ledger& ledger, const SyncOptions& options) {
    const OutboxInfo& info = outbox.info();
    if (info.ledger_id != ledger.info().ledger_id || info.root_key != ledger.info().root_key) {
        return make_error(Errc::invalid_argument, "outbox of ledger " + info.ledger_id);
    }
    SyncReport report;
    auto total = outbox.size();
    if (!total) return total.error();
    report.entries = *total;
    auto position = ledger.outbox_position(info.outbox_id);
    if (!position) return position.error();
    report.already = *position;
    const std::size_t batch = options.batch == 0 ? 100 : options.batch;
    for (std::int64_t done = *position; done < report.entries;) {
        auto entries = outbox.entries(done, batch);
        if (!entries) return entries.error();
        if (entries->empty()) break;
        auto written = ledger.append_signed(*entries);
        if (!written && written.error().code == Errc::conflict) {
            // Another sync of the same outbox got there first: go on from where the ledger is.
            auto moved = ledger.outbox_position(info.outbox_id);
            if (!moved) return moved.error();
            if (*moved <= done) return written.error();
            done = *moved;
            continue;
        }
        if (!written) return written.error();
        done += static_cast<std::int64_t>(written->size());
        report.appended += static_cast<std::int64_t>(written->size());
    }
    return report;
}

}  // namespace sanitize::ledger
