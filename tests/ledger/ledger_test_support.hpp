// The two backends the ledger suite runs on, and what the tests need around them: a fresh
// ledger location per test, raw SQL for tampering (as an attacker with database rights), keys
// for every role, and forged events hashed and signed by hand.
#pragma once

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

#include "ledger/event_hash.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {

// The admin URL of the server tests/ledger/pg_test_server.sh started for ctest (the fixture
// writes it to a file), or SANITIZE_TEST_POSTGRES_URL; empty when neither is there.
inline std::string postgres_admin_url() {
    if (const char* url = std::getenv("SANITIZE_TEST_POSTGRES_URL"); url != nullptr && *url != '\0') return url;
    std::ifstream file(SANITIZE_LEDGER_PG_URL_FILE);
    std::string url;
    std::getline(file, url);
    return url;
}

struct SqliteBackend {
    static constexpr const char* name = "sqlite";
};
struct PostgresBackend {
    static constexpr const char* name = "postgresql";
};

// Runs SQL outside the library, on its own connection. Throws on failure: a test setup error.
class RawSql {
public:
    virtual ~RawSql() = default;
    virtual void exec(const std::string& sql) = 0;
    virtual long long count(const std::string& sql) = 0;  // the first column of the first row
};

class SqliteRaw final : public RawSql {
public:
    explicit SqliteRaw(const std::string& path) {
        if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("sqlite open " + path);
        sqlite3_busy_timeout(db_, 10000);
    }
    ~SqliteRaw() override { sqlite3_close(db_); }
    void exec(const std::string& sql) override {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message != nullptr ? message : "?";
            sqlite3_free(message);
            throw std::runtime_error("sqlite: " + text + " in " + sql);
        }
    }
    long long count(const std::string& sql) override {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) throw std::runtime_error(sql);
        long long value = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
        sqlite3_finalize(st);
        return value;
    }

private:
    sqlite3* db_ = nullptr;
};

class PostgresRaw final : public RawSql {
public:
    explicit PostgresRaw(const std::string& url) : connection_(PQconnectdb(url.c_str())) {
        if (PQstatus(connection_) != CONNECTION_OK) throw std::runtime_error("postgres connect " + url);
        PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
    }
    ~PostgresRaw() override { PQfinish(connection_); }
    void exec(const std::string& sql) override {
        PGresult* result = PQexec(connection_, sql.c_str());
        const auto status = PQresultStatus(result);
        const std::string error = PQresultErrorMessage(result);
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw std::runtime_error("postgres: " + error + sql);
    }
    long long count(const std::string& sql) override {
        PGresult* result = PQexec(connection_, sql.c_str());
        long long value = -1;
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0) value = std::atoll(PQgetvalue(result, 0, 0));
        PQclear(result);
        return value;
    }

private:
    PGconn* connection_;
};

// A fresh, empty location for one test: a file in a temporary directory, or a new database on
// the test server (dropped at the end).
template <typename Backend>
class Location {
public:
    Location() {
        if constexpr (std::is_same_v<Backend, SqliteBackend>) {
            location_ = dir_.file("ledger.db");
        } else {
            admin_url_ = postgres_admin_url();
            if (admin_url_.empty()) return;
            static std::atomic<int> counter{0};
            database_ = "ledger_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
            PostgresRaw admin(admin_url_);
            admin.exec("DROP DATABASE IF EXISTS " + database_);
            admin.exec("CREATE DATABASE " + database_);
            location_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + database_;
        }
    }
    ~Location() {
        if (database_.empty()) return;
        try {
            PostgresRaw(admin_url_).exec("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
        } catch (...) {  // NOLINT: best effort, the server is thrown away anyway
        }
    }
    Location(const Location&) = delete;
    Location& operator=(const Location&) = delete;

    bool available() const { return !location_.empty(); }
    const std::string& location() const { return location_; }
    const TempDir& dir() const { return dir_; }

    std::unique_ptr<RawSql> raw() const {
        if constexpr (std::is_same_v<Backend, SqliteBackend>) {
            return std::make_unique<SqliteRaw>(location_);
        } else {
            return std::make_unique<PostgresRaw>(location_);
        }
    }
    // What an attacker with database rights does first.
    void drop_append_only_guard() const {
        if constexpr (std::is_same_v<Backend, SqliteBackend>) {
            raw()->exec("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;");
        } else {
            raw()->exec("ALTER TABLE events DISABLE TRIGGER ALL");
        }
    }

private:
    TempDir dir_{"ledger-test"};
    std::string admin_url_;
    std::string database_;
    std::string location_;
};

#define LEDGER_SKIP_UNLESS_AVAILABLE(location)                                                             \
    do {                                                                                                   \
        if (!(location).available()) {                                                                     \
            WARN("skipped: no PostgreSQL test server (run under ctest, or set SANITIZE_TEST_POSTGRES_URL)"); \
            return;                                                                                        \
        }                                                                                                  \
    } while (false)

inline constexpr const char* t_init = "2025-04-01T00:00:00Z";
inline constexpr const char* t_valid_from = "2025-04-01T00:00:00Z";
inline constexpr const char* t_valid_until = "2028-04-01T00:00:00Z";
inline constexpr const char* t_work = "2025-06-02T01:00:00Z";

// A ledger with a registered key for each role, for tests that are not about init.
struct Office {
    keys::KeyPair root = keys::generate_key_pair();
    keys::KeyPair staff = keys::generate_key_pair();
    keys::KeyPair admin = keys::generate_key_pair();
    keys::KeyPair auditor = keys::generate_key_pair();
    std::optional<ledger::Ledger> ledger;

    explicit Office(const std::string& location) {
        auto made = ledger::Ledger::init(
            {.location = location, .organisation = "株式会社テスト", .root_public_key = root.public_key, .time = t_init},
            root.secret_key);
        if (!made) throw std::runtime_error("init: " + made.error().context);
        ledger.emplace(std::move(*made));
        register_key(staff, "山田 太郎", ledger::Role::staff);
        register_key(admin, "佐藤 花子", ledger::Role::admin);
        register_key(auditor, "監査 一郎", ledger::Role::auditor);
    }

    void register_key(const keys::KeyPair& pair, const std::string& name, ledger::Role role) {
        auto event = ledger->register_key(root.secret_key,
                                          {.public_key = pair.public_key, .name = name, .role = role,
                                           .valid_from = t_valid_from, .valid_until = t_valid_until},
                                          {.time = t_init});
        if (!event) throw std::runtime_error("register_key: " + event.error().context);
    }
};

inline ledger::Asset sample_asset(const std::string& id) {
    return ledger::Asset{.asset_id = id,
                         .name = "顧客名簿（2025年度）",
                         .remarks = "氏名, 住所, \"電話番号\"\n保存目的: 契約管理",
                         .department = "総務部",
                         .owner = "山田 太郎",
                         .user_scope = "総務部員のみ",
                         .media_location = "ファイルサーバ \\\\fs01\\総務",
                         .retention = "契約終了後5年",
                         .classification = 2,
                         .status = "利用中",
                         .updated_seq = 0};
}

// A row written by hand with a correct link and hash, signed by `signer`: what an attacker
// holding some key (or none that the ledger knows) can produce.
struct Forged {
    std::int64_t seq;
    std::string time;
    std::string type;
    std::string payload;
};

inline std::string forged_insert(const Forged& f, const ledger::Hash& prev, const keys::SecretKey& signer) {
    using namespace ledger::detail;
    const ledger::Hash hash = event_hash({prev, f.seq, f.time, f.type, signer.id(), f.payload});
    const auto signature = sign_hash(signer, hash);
    auto quote = [](const std::string& text) {
        std::string out = "'";
        for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
        return out + "'";
    };
    return "INSERT INTO events (seq, time, type, actor, payload, prev_hash, hash, signature) VALUES (" +
           std::to_string(f.seq) + ", " + quote(f.time) + ", " + quote(f.type) + ", " +
           quote(keys::key_id_hex(signer.id())) + ", " + quote(f.payload) + ", " + quote(to_hex(prev)) + ", " +
           quote(to_hex(hash)) + ", " + quote(to_hex(signature)) + ")";
}

}  // namespace sanitize::test
