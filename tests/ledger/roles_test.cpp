// The shared ledger's roles on a real PostgreSQL: an operator appends through ledger_append and
// can do nothing else to the tables, the database itself refuses a forged event, and eight
// operator processes appending at once fork nothing.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>

#include "ledger/event_hash.hpp"
#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;
using sanitize::test::PostgresBackend;

namespace {

// The SQLSTATE a statement fails with, "" when it succeeds.
std::string sqlstate_of(const std::string& url, const std::string& sql) {
    PGconn* connection = PQconnectdb(url.c_str());
    REQUIRE(PQstatus(connection) == CONNECTION_OK);
    PGresult* result = PQexec(connection, sql.c_str());
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string text = state == nullptr ? "" : state;
    PQclear(result);
    PQfinish(connection);
    return text;
}

// A login role of its own, member of the ledger's operator (or reader) role, and its URL.
std::string login_as(const Location<PostgresBackend>& where, const std::string& group) {
    static std::atomic<int> counter{0};
    const std::string& url = where.location();
    const std::string database = url.substr(url.rfind('/') + 1);
    const std::string person = "person_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    where.raw()->exec("CREATE ROLE " + person + " LOGIN; GRANT " + database + "_ledger_" + group + " TO " + person);
    const std::size_t at = url.find('@');
    return "postgresql://" + person + url.substr(at);
}

[[noreturn]] void append_as_operator(const std::string& url, const keys::SecretKey& key, int count, int writer) {
    auto ledger = Ledger::open(url);
    if (!ledger) ::_exit(10);
    for (int i = 0; i < count; ++i) {
        const std::string payload =
            R"({"classification":1,"writer":)" + std::to_string(writer) + R"(,"n":)" + std::to_string(i) + "}";
        if (!ledger->append(key, {EventType::media_carry_out, payload}, {.time = test::t_work})) ::_exit(20);
    }
    ::_exit(0);
}

}  // namespace

TEST_CASE("an operator appends through the function and may not touch the tables", "[ledger][roles][postgres]") {
    Location<PostgresBackend> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    const std::string operator_url = login_as(where, "operator");

    auto ledger = Ledger::open(operator_url);
    REQUIRE(ledger);
    auto registered = ledger->register_asset(office.staff.secret_key, test::sample_asset("A-1"), {.time = test::t_work});
    INFO((registered ? std::string() : registered.error().context));
    REQUIRE(registered);
    CHECK(registered->seq == 5);

    for (const std::string& sql : {std::string("UPDATE events SET payload = '{}' WHERE seq = 5"),
                                   std::string("DELETE FROM events WHERE seq = 5"), std::string("TRUNCATE events"),
                                   std::string("ALTER TABLE events DISABLE TRIGGER ALL"),
                                   std::string("DROP TRIGGER events_append_only ON events"),
                                   std::string("ALTER TABLE events ADD COLUMN note TEXT"),
                                   std::string("INSERT INTO events SELECT seq + 100, time, type, actor, payload, "
                                               "prev_hash, hash, signature, NULL FROM events WHERE seq = 5"),
                                   std::string("UPDATE assets SET name = 'x'"), std::string("DELETE FROM keys"),
                                   std::string("INSERT INTO blobs VALUES ('00', '\\x00')"),
                                   std::string("CREATE TABLE events_copy (seq BIGINT)"),
                                   std::string("SELECT ledger_project(6, 'asset.register', '{}'::jsonb, '')")}) {
        INFO(sql);
        CHECK(sqlstate_of(operator_url, sql) == "42501");  // insufficient_privilege
    }
    const std::string reader_url = login_as(where, "reader");
    CHECK(sqlstate_of(reader_url, "SELECT count(*) FROM events").empty());
    CHECK(sqlstate_of(reader_url, "SELECT ledger_lock()") == "42501");
    auto reader = Ledger::open(reader_url);
    REQUIRE(reader);
    auto refused = reader->register_asset(office.staff.secret_key, test::sample_asset("A-2"), {.time = test::t_work});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::permission_denied);

    auto report = ledger->verify({.trusted_root = office.root.public_key, .expected_head = {}, .page_size = 1000});
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("the database refuses a forged event even from a client that bypasses the library", "[ledger][roles][postgres]") {
    Location<PostgresBackend> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    const std::string operator_url = login_as(where, "operator");
    const auto head = office.ledger->head().value().value();
    const std::string prev = detail::to_hex(head.hash);
    const std::string time = test::t_work;
    const std::string payload = R"({"classification":1})";
    const std::string actor = keys::key_id_hex(office.staff.secret_key.id());
    const Hash hash = detail::event_hash({head.hash, head.seq + 1, time, "media.carry_out", office.staff.secret_key.id(), payload});
    auto call = [&](const std::string& seq, const std::string& type, const std::string& signer, const std::string& event_hash,
                    const std::string& signature) {
        return sqlstate_of(operator_url, "SELECT ledger_append(" + seq + ", '" + time + "', '" + type + "', '" + signer +
                                             "', '" + payload + "', '" + prev + "', '" + event_hash + "', '" + signature +
                                             "', NULL)");
    };
    const std::string good_signature = detail::to_hex(detail::sign_hash(office.staff.secret_key, hash));
    const std::string next = std::to_string(head.seq + 1);
    // Signed by another key than the actor it names: bad signature.
    CHECK(call(next, "media.carry_out", actor, detail::to_hex(hash),
               detail::to_hex(detail::sign_hash(office.admin.secret_key, hash))) == "23000");
    // A hash that is not the event's.
    Hash other = hash;
    other[0] ^= 1;
    CHECK(call(next, "media.carry_out", actor, detail::to_hex(other), good_signature) == "23000");
    // A staff key writing what only auditors may, or the root's events.
    CHECK(call(next, "audit.note", actor, detail::to_hex(hash), good_signature) == "23000");
    CHECK(call(next, "key.revoke", actor, detail::to_hex(hash), good_signature) == "23000");
    // Not the head's successor: a fork attempt.
    CHECK(call(std::to_string(head.seq), "media.carry_out", actor, detail::to_hex(hash), good_signature) == "40001");
    // The same event, correct in every part, is taken.
    CHECK(call(next, "media.carry_out", actor, detail::to_hex(hash), good_signature).empty());
    auto report = office.ledger->verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->head.seq == head.seq + 1);
}

TEST_CASE("eight operator processes appending at once fork nothing", "[ledger][roles][postgres][concurrency]") {
    Location<PostgresBackend> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    const std::string operator_url = login_as(where, "operator");
    const std::int64_t before = (*office.ledger->head())->seq;
    constexpr int writers = 8;
    constexpr int per_writer = 25;
    std::vector<pid_t> children;
    for (int w = 0; w < writers; ++w) {
        const keys::SecretKey& key = w % 2 == 0 ? office.staff.secret_key : office.admin.secret_key;
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) append_as_operator(operator_url, key, per_writer, w);
        children.push_back(pid);
    }
    for (const pid_t child : children) {
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO("child exit status " << status);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    }
    auto report = office.ledger->verify({.trusted_root = office.root.public_key, .expected_head = {}, .page_size = 100});
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->events_checked == before + writers * per_writer);
    auto raw = where.raw();
    CHECK(raw->count("SELECT count(DISTINCT prev_hash) FROM events") == report->events_checked);
}
