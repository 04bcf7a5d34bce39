// The shared backend: a PostgreSQL database reached by URL. Writers serialise on a table lock
// on `events` (SHARE ROW EXCLUSIVE conflicts with itself, not with readers), so appends from
// several workstations queue on the chain head instead of forking it.
#include <libpq-fe.h>

#include <charconv>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ledger/location_text.hpp"
#include "ledger/postgres_schema.hpp"
#include "ledger/sql_store.hpp"
#include "util/hex.hpp"

namespace sanitize::ledger::detail {

namespace {

struct ResultDeleter {
    void operator()(PGresult* result) const noexcept { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

class PostgresRow final : public SqlRow {
public:
    PostgresRow(const PGresult* result, int row) : result_(result), row_(row) {}
    std::string text(int column) const override {
        return std::string(PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column)));
    }
    std::int64_t integer(int column) const override {
        const char* text = PQgetvalue(result_, row_, column);
        std::int64_t value = 0;
        std::from_chars(text, text + PQgetlength(result_, row_, column), value);
        return value;
    }
    bool is_null(int column) const override { return PQgetisnull(result_, row_, column) != 0; }

private:
    const PGresult* result_;
    int row_;
};

Errc errc_for(std::string_view state) {
    if (state == "23000") return Errc::refused;  // the append-only trigger
    if (state == "23505") return Errc::conflict;
    if (state.starts_with("23")) return Errc::invalid_argument;
    if (state == "40P01" || state == "40001" || state == "55P03") return Errc::busy;
    if (state == "42P01" || state == "3D000") return Errc::not_found;
    // 25006: a write in a read-only session, or on a streaming replica.
    if (state == "42501" || state == "25006" || state.starts_with("28")) return Errc::permission_denied;
    return Errc::io_error;
}

void ignore_notice(void*, const char*) {}  // the library never prints

// libpq's message on one line, with any password the URL holds cut out.
std::string without_secret(std::string message, const std::string& url) {
    for (char& c : message) {
        if (c == '\n' || c == '\t') c = ' ';
    }
    while (!message.empty() && message.back() == ' ') message.pop_back();
    for (const std::string& password : url_passwords(url)) {
        for (std::size_t at; (at = message.find(password)) != std::string::npos;) message.replace(at, password.size(), "***");
    }
    return message;
}

class PostgresStore final : public SqlStore {
public:
    explicit PostgresStore(PGconn* connection) : connection_(connection) {
        PQsetNoticeProcessor(connection_, ignore_notice, nullptr);
    }
    ~PostgresStore() override { PQfinish(connection_); }
    PostgresStore(const PostgresStore&) = delete;
    PostgresStore& operator=(const PostgresStore&) = delete;

    Result<void> begin(Mode mode) override {
        switch (mode) {
            case Mode::create: return exec("begin", "BEGIN");
            // ledger_lock takes the table lock as the owner: operators may not LOCK it themselves.
            case Mode::write: return exec("begin", "BEGIN; SELECT ledger_lock()");
            case Mode::read: return exec("begin", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        }
        return make_error(Errc::internal, "postgres begin");
    }

    Result<void> commit() override {
        ResultPtr result(PQexec(connection_, "COMMIT"));
        // A transaction that failed earlier answers COMMIT with "ROLLBACK", not with an error.
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK || std::string_view(PQcmdStatus(result.get())) != "COMMIT") {
            return failure("commit", result.get());
        }
        return {};
    }

    void rollback() noexcept override {
        if (PQtransactionStatus(connection_) != PQTRANS_IDLE) ResultPtr(PQexec(connection_, "ROLLBACK"));
    }

    Result<void> set_read_only() { return exec("read_only", "SET default_transaction_read_only = on"); }

    Result<void> create_schema() override {
        bool exists = false;
        auto ok = run("create_schema", "SELECT 1 WHERE to_regclass('ledger_meta') IS NOT NULL", {},
                      [&](const SqlRow&) { exists = true; });
        if (!ok) return ok.error();
        if (exists) return make_error(Errc::conflict, "ledger exists");
        return exec("create_schema", postgres_install_sql().c_str());
    }

    Result<void> insert_genesis(const StoredEvent& event) override { return SqlStore::insert_event(event); }

    Result<void> insert_event(const StoredEvent& e) override {
        const SqlParam origin = e.origin.empty() ? SqlParam{nullptr} : SqlParam{std::string_view(e.origin)};
        return run("append", "SELECT ledger_append($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                   {e.seq, e.time, e.type, e.actor, e.payload, e.prev_hash, e.hash, e.signature, origin}, {});
    }

    bool projects_in_database() const noexcept override { return true; }

    Result<void> put_blob(std::string_view sha256, std::span<const std::uint8_t> bytes) override {
        const std::string hex = util::to_hex(bytes);
        std::string stored;
        auto ok = run("put_blob", "SELECT ledger_put_blob(decode($1, 'hex'))", {hex},
                      [&](const SqlRow& row) { stored = row.text(0); });
        if (!ok) return ok;
        if (stored != sha256) return make_error(Errc::integrity_failure, "blob " + std::string(sha256));
        return {};
    }

    Result<std::optional<std::vector<std::uint8_t>>> read_blob(std::string_view sha256) override {
        std::optional<std::vector<std::uint8_t>> bytes;
        auto ok = run("read_blob", "SELECT encode(content, 'hex') FROM blobs WHERE sha256 = $1", {sha256},
                      [&](const SqlRow& row) { bytes = util::parse_hex(row.text(0)); });
        if (!ok) return ok.error();
        return bytes;
    }

    Result<std::vector<BlobDigest>> blob_digests(std::string_view after, std::size_t limit) override {
        std::vector<BlobDigest> digests;
        auto ok = run("blob_digests",
                      "SELECT sha256, encode(sha256(content), 'hex') FROM blobs WHERE sha256 > $1 ORDER BY sha256 LIMIT $2",
                      {after, static_cast<std::int64_t>(limit)},
                      [&](const SqlRow& row) { digests.push_back({row.text(0), row.text(1)}); });
        if (!ok) return ok.error();
        return digests;
    }

protected:
    Result<void> run(std::string_view what, const char* sql, std::initializer_list<SqlParam> params,
                     const RowSink& sink) override {
        auto name = prepared(what, sql, static_cast<int>(params.size()));
        if (!name) return name.error();
        std::vector<std::string> texts;
        std::vector<const char*> values;
        texts.reserve(params.size());
        for (const SqlParam& param : params) {
            if (std::holds_alternative<std::nullptr_t>(param)) {
                values.push_back(nullptr);
                continue;
            }
            const auto* number = std::get_if<std::int64_t>(&param);
            texts.push_back(number ? std::to_string(*number) : std::string(std::get<std::string_view>(param)));
            values.push_back(texts.back().c_str());
        }
        ResultPtr result(PQexecPrepared(connection_, name->c_str(), static_cast<int>(values.size()), values.data(),
                                        nullptr, nullptr, 0));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) return failure(what, result.get());
        if (sink) {
            for (int row = 0; row < PQntuples(result.get()); ++row) sink(PostgresRow(result.get(), row));
        }
        return {};
    }

private:
    // Statements are prepared once per connection: appends skip parsing and planning.
    Result<std::string> prepared(std::string_view what, const char* sql, int parameters) {
        const auto found = statements_.find(sql);
        if (found != statements_.end()) return found->second;
        std::string name = "ledger_" + std::to_string(statements_.size());
        ResultPtr result(PQprepare(connection_, name.c_str(), sql, parameters, nullptr));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) return failure(what, result.get());
        statements_.emplace(sql, name);
        return name;
    }

    Result<void> exec(std::string_view what, const char* sql) {
        ResultPtr result(PQexec(connection_, sql));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return failure(what, result.get());
        return {};
    }

    Error failure(std::string_view what, const PGresult* result) const {
        const char* state = result == nullptr ? nullptr : PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const Errc code = PQstatus(connection_) != CONNECTION_OK ? Errc::io_error
                          : state != nullptr                      ? errc_for(state)
                                                                  : Errc::io_error;
        const bool read_only = state != nullptr && std::string_view(state) == "25006";
        return make_error(code, read_only ? Reason::ledger_read_only : Reason::none,
                          "postgres " + std::string(what) + (read_only ? " read-only" : "") +
                              (state != nullptr ? " " + std::string(state) : ""));
    }

    PGconn* connection_;
    std::map<std::string, std::string, std::less<>> statements_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_postgres_store(const std::string& url, OpenMode mode) {
    PGconn* connection = PQconnectdb(url.c_str());
    if (connection == nullptr) return make_error(Errc::internal, "postgres connect");
    if (PQstatus(connection) != CONNECTION_OK) {
        // libpq's own reason ("Connection refused", "password authentication failed") is what
        // the reader needs; it names host and user but never the password, which is taken out
        // anyway in case a server echoed it.
        std::string reason = without_secret(PQerrorMessage(connection), url);
        PQfinish(connection);
        Error error = make_error(Errc::io_error, Reason::ledger_unreachable, "postgres connect: " + reason);
        error.detail = reason;
        return error;
    }
    auto store = std::make_unique<PostgresStore>(connection);
    if (PQsetClientEncoding(connection, "UTF8") != 0) return make_error(Errc::io_error, "postgres client_encoding");
    // A reader cannot write by mistake, and a replica answers it exactly as the primary would.
    if (mode == OpenMode::read_only) {
        if (auto ok = store->set_read_only(); !ok) return ok.error();
    }
    return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sanitize::ledger::detail
