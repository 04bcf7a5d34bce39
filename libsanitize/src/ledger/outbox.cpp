// The outbox file: entries signed offline, kept in order until a sync appends them.
#include <sqlite3.h>
#include <unistd.h>

#include <memory>

#include "ledger/canonical_json.hpp"
#include "ledger/chain.hpp"
#include "ledger/chain_rules.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/key_text.hpp"
#include "ledger/payloads.hpp"
#include "ledger/sqlite_file.hpp"
#include "sanitize/ledger_outbox.hpp"

namespace sanitize::ledger {

namespace {

constexpr const char* outbox_schema = R"sql(
CREATE TABLE outbox_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  outbox_id TEXT NOT NULL,
  ledger_id TEXT NOT NULL,
  organisation TEXT NOT NULL,
  root_public_key TEXT NOT NULL
);
CREATE TABLE outbox_entries (
  n INTEGER PRIMARY KEY CHECK (n >= 1),
  time TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  payload TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE TRIGGER outbox_entries_keep BEFORE UPDATE ON outbox_entries
  BEGIN SELECT RAISE(ABORT, 'outbox entries are kept as signed'); END;
)sql";

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const noexcept { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

std::string column_text(sqlite3_stmt* st, int column) {
    const auto* text = sqlite3_column_text(st, column);
    return text == nullptr ? std::string()
                           : std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(st, column)));
}

}  // namespace

// One connection to the outbox file and the statements it runs.
class Outbox::Store {
public:
    explicit Store(sqlite3* db) : db_(db) {}
    ~Store() { sqlite3_close_v2(db_); }
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Result<void> exec(const char* sql) {
        const int code = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
        if (code != SQLITE_OK) return failure("outbox", code);
        return {};
    }
    void rollback() noexcept {
        if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Result<Statement> prepare(const char* sql) {
        sqlite3_stmt* raw = nullptr;
        const int code = sqlite3_prepare_v2(db_, sql, -1, &raw, nullptr);
        if (code != SQLITE_OK) return failure("outbox prepare", code);
        return Statement(raw);
    }
    static void bind(sqlite3_stmt* st, int slot, std::string_view text) {
        sqlite3_bind_text64(st, slot, text.empty() ? "" : text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    Error failure(std::string_view what, int code) const {
        const Errc errc = (code & 0xFF) == SQLITE_BUSY ? Errc::busy
                          : (code & 0xFF) == SQLITE_CONSTRAINT ? Errc::conflict
                          : (code & 0xFF) == SQLITE_NOTADB ? Errc::malformed_input
                                                           : Errc::io_error;
        return make_error(errc, std::string(what) + ": " + sqlite3_errstr(code));
    }

private:
    sqlite3* db_;
};

namespace {

Result<std::unique_ptr<Outbox::Store>> open_file(const std::string& path) {
    sqlite3* db = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_close_v2(db);
        return make_error(Errc::io_error, "outbox open " + path);
    }
    sqlite3_busy_timeout(db, 60000);
    auto store = std::make_unique<Outbox::Store>(db);
    // FULL: an entry that was added survives a power cut of the station.
    if (auto ok = store->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"); !ok) return ok.error();
    return store;
}

Result<OutboxInfo> read_info(Outbox::Store& store) {
    auto st = store.prepare("SELECT outbox_id, ledger_id, organisation, root_public_key FROM outbox_meta WHERE id = 1");
    if (!st) return st.error();
    if (sqlite3_step(st->get()) != SQLITE_ROW) return make_error(Errc::malformed_input, "outbox meta");
    auto root = detail::decode_public_key_line(column_text(st->get(), 3));
    if (!root) return make_error(Errc::malformed_input, "outbox root key");
    return OutboxInfo{column_text(st->get(), 0), column_text(st->get(), 1), column_text(st->get(), 2), *root};
}

Result<SignedEntry> entry_from(sqlite3_stmt* st, const std::string& outbox_id) {
    const std::int64_t n = sqlite3_column_int64(st, 0);
    const auto type = parse_event_type(column_text(st, 2));
    auto actor = keys::parse_key_id_hex(column_text(st, 3));
    const auto signature = detail::from_hex<keys::signature_bytes>(column_text(st, 5));
    if (!type || !actor || !signature) return make_error(Errc::malformed_input, "outbox entry " + std::to_string(n));
    return SignedEntry{detail::origin_text({outbox_id, n}), column_text(st, 1), *type, *actor, column_text(st, 4), *signature};
}

}  // namespace

Outbox::Outbox(std::unique_ptr<Store> store, OutboxInfo info) : store_(std::move(store)), info_(std::move(info)) {}
Outbox::Outbox(Outbox&&) noexcept = default;
Outbox& Outbox::operator=(Outbox&&) noexcept = default;
Outbox::~Outbox() = default;

Result<Outbox> Outbox::create(const std::string& path, const LedgerInfo& ledger) {
    if (::access(path.c_str(), F_OK) == 0) return make_error(Errc::conflict, "outbox " + path);
    if (auto made = detail::create_private_file(path); !made) return made.error();
    auto store = open_file(path);
    if (!store) return store.error();
    OutboxInfo info{detail::random_ledger_id(), ledger.ledger_id, ledger.organisation, ledger.root_key};
    if (auto ok = (*store)->exec(outbox_schema); !ok) return ok.error();
    auto st = (*store)->prepare("INSERT INTO outbox_meta VALUES (1, ?1, ?2, ?3, ?4)");
    if (!st) return st.error();
    const std::string root = detail::public_key_line(info.root_key);
    for (const auto& [slot, text] : {std::pair<int, std::string_view>{1, info.outbox_id}, {2, info.ledger_id},
                                     {3, info.organisation}, {4, root}}) {
        Store::bind(st->get(), slot, text);
    }
    if (const int code = sqlite3_step(st->get()); code != SQLITE_DONE) return (*store)->failure("outbox meta", code);
    return Outbox(std::move(*store), std::move(info));
}

Result<Outbox> Outbox::open(const std::string& path) {
    if (auto checked = detail::check_database_file(path); !checked) return checked.error();
    auto store = open_file(path);
    if (!store) return store.error();
    auto info = read_info(**store);
    if (!info) return info.error();
    return Outbox(std::move(*store), std::move(*info));
}

Result<SignedEntry> Outbox::add(const keys::SecretKey& actor, const Draft& draft, const AppendOptions& options) {
    auto value = detail::parse_strict(draft.payload);
    if (!value) return value.error();
    if (const std::string field = detail::my_number_field(*value); !field.empty()) {
        Error error = make_error(Errc::refused, Reason::my_number_in_field, "my number in payload field " + field);
        error.detail = field;
        return error;
    }
    if (draft.type == EventType::ledger_init) return make_error(Errc::invalid_argument, "ledger.init in an outbox");
    const std::string time = options.time.empty() ? detail::now_text() : options.time;
    if (auto ok = parse_time_text(time); !ok) return ok.error();
    if (auto ok = store_->exec("BEGIN IMMEDIATE"); !ok) return ok.error();
    auto size_now = size();
    if (!size_now) {
        store_->rollback();
        return size_now.error();
    }
    SignedEntry entry{detail::origin_text({info_.outbox_id, *size_now + 1}), time, draft.type, actor.id(),
                      detail::canonical_text(*value), {}};
    const std::string type(event_type_name(entry.type));
    const Hash digest = detail::entry_hash({info_.ledger_id, entry.origin, entry.time, type, entry.actor, entry.payload});
    entry.signature = detail::sign_hash(actor, digest);
    auto st = store_->prepare("INSERT INTO outbox_entries VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st) {
        store_->rollback();
        return st.error();
    }
    sqlite3_bind_int64(st->get(), 1, *size_now + 1);
    const std::string actor_hex = keys::key_id_hex(entry.actor);
    const std::string signature = detail::to_hex(entry.signature);
    Store::bind(st->get(), 2, entry.time);
    Store::bind(st->get(), 3, type);
    Store::bind(st->get(), 4, actor_hex);
    Store::bind(st->get(), 5, entry.payload);
    Store::bind(st->get(), 6, signature);
    const int code = sqlite3_step(st->get());
    if (code != SQLITE_DONE || !store_->exec("COMMIT")) {
        store_->rollback();
        return store_->failure("outbox add", code);
    }
    return entry;
}

Result<std::vector<SignedEntry>> Outbox::entries(std::int64_t after, std::size_t limit) {
    auto st = store_->prepare("SELECT n, time, type, actor, payload, signature FROM outbox_entries WHERE n > ?1 ORDER BY n LIMIT ?2");
    if (!st) return st.error();
    sqlite3_bind_int64(st->get(), 1, after);
    sqlite3_bind_int64(st->get(), 2, static_cast<sqlite3_int64>(limit));
    std::vector<SignedEntry> list;
    for (int code; (code = sqlite3_step(st->get())) != SQLITE_DONE;) {
        if (code != SQLITE_ROW) return store_->failure("outbox entries", code);
        auto entry = entry_from(st->get(), info_.outbox_id);
        if (!entry) return entry.error();
        list.push_back(std::move(*entry));
    }
    return list;
}

Result<std::int64_t> Outbox::size() {
    auto st = store_->prepare("SELECT count(*) FROM outbox_entries");
    if (!st) return st.error();
    if (sqlite3_step(st->get()) != SQLITE_ROW) return make_error(Errc::io_error, "outbox size");
    return sqlite3_column_int64(st->get(), 0);
}

}  // namespace sanitize::ledger
