// The storage a ledger sits on: a small interface that knows tables and transactions, nothing
// of hashes, signatures or rules. The chain logic (chain.cpp, verify.cpp) exists once above it;
// sqlite_store.cpp and postgres_store.cpp implement it with the same schema (docs/ledger.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger {

// Rows exactly as stored: text, so that verify() sees what an attacker wrote, not a parse of it.
struct StoredEvent {
    std::int64_t seq = 0;
    std::string time;
    std::string type;
    std::string actor;  // keys::key_id_hex
    std::string payload;
    std::string prev_hash;
    std::string hash;
    std::string signature;
    std::string origin;  // "<outbox id>/<n>" for an event synced from an outbox; empty (NULL) otherwise
};

struct MetaRow {
    std::int64_t format_version = 0;
    std::string ledger_id;
    std::string organisation;
    std::string root_public_key;  // minisign base64 line
    friend bool operator==(const MetaRow&, const MetaRow&) = default;
};

// One stored file of a certificate (certificate.files), its bytes in `blobs` by SHA-256.
struct CertificateFileRow {
    std::string certificate_id;
    std::string name;
    std::string sha256;  // 64 lower-case hex digits
    std::int64_t seq = 0;
    friend bool operator==(const CertificateFileRow&, const CertificateFileRow&) = default;
};

struct KeyRow {
    std::string key_id;      // keys::key_id_hex
    std::string public_key;  // minisign base64 line
    std::string name;
    std::string role;
    std::string valid_from;
    std::string valid_until;
    std::int64_t registered_seq = 0;
    std::optional<std::int64_t> revoked_seq;
    friend bool operator==(const KeyRow&, const KeyRow&) = default;
};

class Store {
public:
    enum class Mode {
        create,  // an empty database about to get its schema (init)
        write,   // serialised on the chain head: one writer at a time, across processes
        read,    // one consistent snapshot for the whole transaction
    };

    virtual ~Store() = default;

    [[nodiscard]] virtual Result<void> begin(Mode mode) = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    virtual void rollback() noexcept = 0;

    // Inside a write transaction: the tables and the append-only triggers. Errc::conflict when
    // a ledger is already there.
    [[nodiscard]] virtual Result<void> create_schema() = 0;

    [[nodiscard]] virtual Result<std::optional<MetaRow>> read_meta() = 0;
    [[nodiscard]] virtual Result<void> insert_meta(const MetaRow& meta) = 0;

    [[nodiscard]] virtual Result<std::optional<StoredEvent>> last_event() = 0;
    // The first event, written by init (as the database's owner on PostgreSQL).
    [[nodiscard]] virtual Result<void> insert_genesis(const StoredEvent& event) { return insert_event(event); }
    // On PostgreSQL through ledger_append, which checks the event again and applies it to the
    // projections itself (projects_in_database): the writer then leaves them alone.
    [[nodiscard]] virtual Result<void> insert_event(const StoredEvent& event) = 0;
    virtual bool projects_in_database() const noexcept { return false; }
    [[nodiscard]] virtual Result<bool> origin_exists(std::string_view origin) = 0;
    [[nodiscard]] virtual Result<std::optional<StoredEvent>> event_with_origin(std::string_view origin) = 0;
    [[nodiscard]] virtual Result<std::vector<StoredEvent>> read_events(const EventQuery& query) = 0;

    [[nodiscard]] virtual Result<std::optional<Asset>> find_asset(std::string_view asset_id) = 0;
    [[nodiscard]] virtual Result<void> put_asset(const Asset& asset) = 0;  // insert or replace
    // Ordered by asset_id bytewise, after `after_id` (empty: from the start).
    [[nodiscard]] virtual Result<std::vector<Asset>> read_assets(std::string_view after_id, std::size_t limit) = 0;

    [[nodiscard]] virtual Result<std::optional<KeyRow>> find_key(std::string_view key_id) = 0;
    [[nodiscard]] virtual Result<void> insert_key(const KeyRow& key) = 0;
    [[nodiscard]] virtual Result<void> set_key_revoked(std::string_view key_id, std::int64_t seq) = 0;
    [[nodiscard]] virtual Result<std::vector<KeyRow>> read_keys() = 0;  // ordered by key_id

    // Content addressed by SHA-256 (hex); storing bytes already there is a no-op.
    [[nodiscard]] virtual Result<void> put_blob(std::string_view sha256, std::span<const std::uint8_t> bytes) = 0;
    [[nodiscard]] virtual Result<std::optional<std::vector<std::uint8_t>>> read_blob(std::string_view sha256) = 0;
    [[nodiscard]] virtual Result<void> insert_certificate_file(const CertificateFileRow& row) = 0;
    // Ordered by certificate id and name; empty id: every certificate's.
    [[nodiscard]] virtual Result<std::vector<CertificateFileRow>> read_certificate_files(std::string_view certificate_id) = 0;
    // Every blob's stored digest and the SHA-256 of its bytes, after `after` (verify() compares them).
    struct BlobDigest {
        std::string sha256;
        std::string actual;
    };
    [[nodiscard]] virtual Result<std::vector<BlobDigest>> blob_digests(std::string_view after, std::size_t limit) = 0;
};

namespace detail {

enum class OpenMode {
    create,     // init: a new, empty database (a new SQLite file is made 0600: it lists secret assets)
    write,      // an existing ledger, read and appended to
    read_only,  // an existing ledger that is only read: a copy on a read-only file system, a replica
};

// A backend for `location`: a postgresql:// or postgres:// URL, else a SQLite file path. Opening
// (not creating) a missing SQLite file is not_found; a file that is not a SQLite database (an
// empty one too) is malformed_input, and is left as it was.
Result<std::unique_ptr<Store>> open_store(std::string_view location, OpenMode mode);
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, OpenMode mode);
Result<std::unique_ptr<Store>> open_postgres_store(const std::string& url, OpenMode mode);

}  // namespace detail

// Rolls back on scope exit unless committed: every early return of a transaction is safe.
class Transaction {
public:
    explicit Transaction(Store& store) : store_(&store) {}
    ~Transaction() {
        if (store_ != nullptr) store_->rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    [[nodiscard]] Result<void> commit() {
        Store* store = store_;
        store_ = nullptr;
        return store->commit();
    }

private:
    Store* store_;
};

}  // namespace sanitize::ledger
