// The embedded backend: one SQLite file in WAL mode, so readers (verify, list) never block the
// writer and a killed writer leaves the last committed state.
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <functional>
#include <span>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "ledger/schema.hpp"
#include "ledger/sql_store.hpp"
#include "ledger/sqlite_file.hpp"
#include "util/hex.hpp"

namespace sanitize::ledger::detail {

namespace {

// How long a writer waits for another one before giving up with Errc::busy.
constexpr auto busy_limit = std::chrono::seconds(60);

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const noexcept { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

class SqliteRow final : public SqlRow {
public:
    explicit SqliteRow(sqlite3_stmt* statement) : statement_(statement) {}
    std::string text(int column) const override {
        const auto* bytes = sqlite3_column_text(statement_, column);
        const int size = sqlite3_column_bytes(statement_, column);
        if (bytes == nullptr) return {};
        return std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(statement_, column); }
    bool is_null(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

private:
    sqlite3_stmt* statement_;
};

Errc errc_for(int code) {
    switch (code & 0xFF) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return Errc::busy;
        case SQLITE_CONSTRAINT:
            return code == SQLITE_CONSTRAINT_TRIGGER ? Errc::refused
                   : (code == SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLITE_CONSTRAINT_UNIQUE) ? Errc::conflict
                                                                                                 : Errc::invalid_argument;
        case SQLITE_CANTOPEN: return Errc::not_found;
        case SQLITE_PERM:
        case SQLITE_READONLY:
        case SQLITE_AUTH: return Errc::permission_denied;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return Errc::malformed_input;
        default: return Errc::io_error;
    }
}

// SQLite's own busy handler sleeps up to 100 ms between tries, which starves a writer queue;
// short sleeps keep the chain head moving when several processes append.
int on_busy(void*, int count) {
    constexpr int short_tries = 100;  // 100 us each, then 1 ms each up to busy_limit
    if (count > short_tries + static_cast<int>(busy_limit / std::chrono::milliseconds(1))) return 0;
    std::this_thread::sleep_for(count < short_tries ? std::chrono::microseconds(100) : std::chrono::microseconds(1000));
    return 1;
}

class SqliteStore final : public SqlStore {
public:
    explicit SqliteStore(sqlite3* db) : db_(db) {}
    ~SqliteStore() override {
        statements_.clear();
        sqlite3_close_v2(db_);
    }
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    Result<void> configure(bool read_only) {
        sqlite3_extended_result_codes(db_, 1);
        sqlite3_busy_handler(db_, on_busy, nullptr);
        // Setting the journal mode writes to the file: a reader leaves the file as it found it.
        if (read_only) return exec("configure", "PRAGMA foreign_keys=ON;");
        // FULL: an append that returned survives a power cut, not only a crash.
        return exec("configure", "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;");
    }

    Result<void> begin(Mode mode) override {
        return exec("begin", mode == Mode::read ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
    }
    Result<void> commit() override { return exec("commit", "COMMIT"); }
    void rollback() noexcept override {
        if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }

    Result<void> put_blob(std::string_view sha256, std::span<const std::uint8_t> bytes) override {
        auto statement = prepared("put_blob", "INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?1, ?2)");
        if (!statement) return statement.error();
        sqlite3_stmt* st = *statement;
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> reset_on_exit(st, sqlite3_reset);
        sqlite3_bind_text64(st, 1, sha256.data(), sha256.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        // An empty blob still needs a non-null pointer, or SQLite stores NULL.
        static const std::uint8_t nothing = 0;
        sqlite3_bind_blob64(st, 2, bytes.empty() ? &nothing : bytes.data(), bytes.size(), SQLITE_TRANSIENT);
        const int code = sqlite3_step(st);
        if (code != SQLITE_DONE) return failure("put_blob", code);
        return {};
    }

    Result<std::optional<std::vector<std::uint8_t>>> read_blob(std::string_view sha256) override {
        std::optional<std::vector<std::uint8_t>> bytes;
        auto ok = each_blob("read_blob", "SELECT sha256, content FROM blobs WHERE sha256 = ?1", sha256, 1,
                            [&](std::string_view, std::span<const std::uint8_t> content) {
                                bytes.emplace(content.begin(), content.end());
                            });
        if (!ok) return ok.error();
        return bytes;
    }

    Result<std::vector<BlobDigest>> blob_digests(std::string_view after, std::size_t limit) override {
        std::vector<BlobDigest> digests;
        auto ok = each_blob("blob_digests", "SELECT sha256, content FROM blobs WHERE sha256 > ?1 ORDER BY sha256 LIMIT ?2",
                            after, limit, [&](std::string_view sha256, std::span<const std::uint8_t> content) {
                                digests.push_back({std::string(sha256), sha256_hex(content)});
                            });
        if (!ok) return ok.error();
        return digests;
    }

    Result<void> create_schema() override {
        bool exists = false;
        auto ok = run("create_schema", "SELECT 1 FROM sqlite_master WHERE name = 'ledger_meta'", {},
                      [&](const SqlRow&) { exists = true; });
        if (!ok) return ok.error();
        if (exists) return make_error(Errc::conflict, "ledger exists");
        return exec("create_schema", sqlite_schema);
    }

protected:
    Result<void> run(std::string_view what, const char* sql, std::initializer_list<SqlParam> params,
                     const RowSink& sink) override {
        auto statement = prepared(what, sql);
        if (!statement) return statement.error();
        sqlite3_stmt* st = *statement;
        // Reset on every way out, so that no statement holds its read lock past this call.
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> reset_on_exit(st, sqlite3_reset);
        sqlite3_clear_bindings(st);
        int index = 1;
        for (const SqlParam& param : params) {
            const int slot = sqlite3_bind_parameter_index(st, ("$" + std::to_string(index++)).c_str());
            if (slot == 0) return make_error(Errc::internal, "sqlite bind " + std::string(what));
            bind(st, slot, param);
        }
        for (;;) {
            const int code = sqlite3_step(st);
            if (code == SQLITE_DONE) break;
            if (code != SQLITE_ROW) return failure(what, code);
            if (sink) sink(SqliteRow(st));
        }
        return {};
    }

private:
    using BlobSink = std::function<void(std::string_view sha256, std::span<const std::uint8_t> content)>;

    Result<void> each_blob(std::string_view what, const char* sql, std::string_view key, std::size_t limit,
                           const BlobSink& sink) {
        auto statement = prepared(what, sql);
        if (!statement) return statement.error();
        sqlite3_stmt* st = *statement;
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> reset_on_exit(st, sqlite3_reset);
        sqlite3_bind_text64(st, 1, key.empty() ? "" : key.data(), key.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        if (sqlite3_bind_parameter_count(st) > 1) sqlite3_bind_int64(st, 2, static_cast<sqlite3_int64>(limit));
        for (;;) {
            const int code = sqlite3_step(st);
            if (code == SQLITE_DONE) return {};
            if (code != SQLITE_ROW) return failure(what, code);
            const auto* text = sqlite3_column_text(st, 0);
            const auto* blob = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 1));
            const auto size = static_cast<std::size_t>(sqlite3_column_bytes(st, 1));
            sink(std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(st, 0))),
                 std::span<const std::uint8_t>(blob, blob == nullptr ? 0 : size));
        }
    }

    static std::string sha256_hex(std::span<const std::uint8_t> bytes) {
        std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256(digest.data(), bytes.data(), bytes.size());
        return util::to_hex(digest);
    }

    static void bind(sqlite3_stmt* st, int slot, const SqlParam& param) {
        if (const auto* number = std::get_if<std::int64_t>(&param)) {
            sqlite3_bind_int64(st, slot, *number);
        } else if (const auto* text = std::get_if<std::string_view>(&param)) {
            // An empty view may have no data pointer, which SQLite would bind as NULL.
            sqlite3_bind_text64(st, slot, text->empty() ? "" : text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        } else {
            sqlite3_bind_null(st, slot);
        }
    }

    Result<sqlite3_stmt*> prepared(std::string_view what, const char* sql) {
        const auto found = statements_.find(sql);
        if (found != statements_.end()) return found->second.get();
        sqlite3_stmt* raw = nullptr;
        const int code = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
        if (code != SQLITE_OK) return failure(what, code);
        statements_.emplace(sql, StatementPtr(raw));
        return raw;
    }

    Result<void> exec(std::string_view what, const char* sql) {
        const int code = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
        if (code != SQLITE_OK) return failure(what, code);
        return {};
    }

    Error failure(std::string_view what, int code) const {
        // sqlite3_errstr(SQLITE_READONLY) is "attempt to write a readonly database".
        const bool read_only = (code & 0xFF) == SQLITE_READONLY;
        return make_error(errc_for(code), read_only ? Reason::ledger_read_only : Reason::none,
                          "sqlite " + std::string(what) + (read_only ? " read-only" : "") + ": " + sqlite3_errstr(code));
    }

    sqlite3* db_;
    std::map<std::string, StatementPtr, std::less<>> statements_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path, OpenMode mode) {
    if (mode == OpenMode::create) {
        if (auto made = create_private_file(path); !made) return made.error();
    } else if (auto checked = check_database_file(path); !checked) {
        return checked.error();
    }
    const bool read_only = mode == OpenMode::read_only;
    auto target = read_only ? read_only_uri(path) : Result<std::string>(path);
    if (!target) return target.error();
    const int flags = (read_only ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    const int code = sqlite3_open_v2(target->c_str(), &db, flags, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_close_v2(db);
        return make_error(errc_for(code), "sqlite open " + path);
    }
    auto store = std::make_unique<SqliteStore>(db);
    if (auto ok = store->configure(read_only); !ok) return ok.error();
    return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sanitize::ledger::detail
