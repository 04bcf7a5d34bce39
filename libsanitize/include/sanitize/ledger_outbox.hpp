// Offline stations: an outbox is a small SQLite file of events signed where no ledger can be
// reached (the boot-and-wipe station, a site without network). Each entry is signed by its
// operator over its entry hash, with its own time and origin "<outbox id>/<n>"; sync_outbox()
// later appends each entry to the ledger exactly once and in order, keeping its signature and
// time. A sync killed at any point and run again neither loses nor repeats an entry: the ledger
// itself refuses an origin twice or out of order, and a sync starts from where the ledger stands.
// docs/ledger.md, "Offline stations".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger {

struct OutboxInfo {
    std::string outbox_id;  // 32 random hex digits
    std::string ledger_id;  // the ledger its entries are signed for
    std::string organisation;
    keys::PublicKey root_key;
};

class Outbox {
public:
    // A new outbox file (mode 0600) for the ledger `ledger` describes. Errc::conflict when the
    // file exists.
    static Result<Outbox> create(const std::string& path, const LedgerInfo& ledger);
    static Result<Outbox> open(const std::string& path);

    Outbox(Outbox&&) noexcept;
    Outbox& operator=(Outbox&&) noexcept;
    ~Outbox();

    const OutboxInfo& info() const noexcept { return info_; }

    // Signs the draft as entry n = the last + 1, at `options.time` or now. The payload is
    // canonicalised and checked for a My Number as an append checks it; whether the key may sign
    // it is the ledger's to say when it is synced.
    Result<SignedEntry> add(const keys::SecretKey& actor, const Draft& draft, const AppendOptions& options = {});
    // Entries after n = `after`, in order, at most `limit`.
    Result<std::vector<SignedEntry>> entries(std::int64_t after, std::size_t limit);
    Result<std::int64_t> size();

    class Store;  // private to the library

private:
    Outbox(std::unique_ptr<Store> store, OutboxInfo info);
    std::unique_ptr<Store> store_;
    OutboxInfo info_;
};

struct SyncOptions {
    std::size_t batch = 100;  // entries per transaction
};

struct SyncReport {
    std::int64_t entries = 0;   // in the outbox
    std::int64_t already = 0;   // in the ledger before this sync
    std::int64_t appended = 0;  // by this sync
};

// Appends the outbox's entries that the ledger does not hold yet, in order, a batch per
// transaction. Errc::invalid_argument for an outbox of another ledger; an entry the ledger
// refuses stops the sync there (its error), with the entries before it appended.
Result<SyncReport> sync_outbox(Outbox& outbox, Ledger& ledger, const SyncOptions& options = {});

}  // namespace sanitize::ledger
