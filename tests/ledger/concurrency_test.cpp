// Several processes appending at once never fork or lose an event; a writer killed with SIGKILL
// mid-append leaves a ledger that verifies, with no half event.
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <set>
#include <thread>

#include "ledger_test_support.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;

#define BACKENDS sanitize::test::SqliteBackend, sanitize::test::PostgresBackend

namespace {

// In the child: its own connection, plain exit codes (no Catch2 there).
[[noreturn]] void append_in_child(const std::string& location, const keys::SecretKey& key, int count, int writer) {
    auto ledger = Ledger::open(location);
    if (!ledger) ::_exit(10);
    for (int i = 0; i < count || count < 0; ++i) {
        const std::string payload =
            R"({"classification":)" + std::to_string(i % 3) + R"(,"writer":)" + std::to_string(writer) +
            R"(,"n":)" + std::to_string(i) + R"(,"note":"持ち出し記録"})";
        auto asset_payload = ledger->append(key, {EventType::media_carry_out, payload}, {.time = test::t_work});
        if (!asset_payload) ::_exit(20 + static_cast<int>(asset_payload.error().code));
    }
    ::_exit(0);
}

pid_t spawn_writer(const std::string& location, const keys::SecretKey& key, int count, int writer) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) append_in_child(location, key, count, writer);
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return status;
}

}  // namespace

TEMPLATE_TEST_CASE("four processes appending 50 events each fork nothing and lose nothing", "[ledger][concurrency]",
                   BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    const std::int64_t before = (*office.ledger->head())->seq;
    constexpr int writers = 4;
    constexpr int per_writer = 50;
    std::vector<pid_t> children;
    for (int w = 0; w < writers; ++w) {
        const keys::SecretKey& key = w % 2 == 0 ? office.staff.secret_key : office.admin.secret_key;
        children.push_back(spawn_writer(where.location(), key, per_writer, w));
    }
    for (const pid_t child : children) {
        const int status = wait_for(child);
        INFO("child exit status " << status);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    }
    auto report = office.ledger->verify({.trusted_root = office.root.public_key, .expected_head = {}, .page_size = 64});
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->events_checked == before + writers * per_writer);
    CHECK(report->events_checked >= 201);

    auto raw = where.raw();
    CHECK(raw->count("SELECT count(DISTINCT hash) FROM events") == report->events_checked);
    CHECK(raw->count("SELECT count(DISTINCT prev_hash) FROM events") == report->events_checked);
    CHECK(raw->count("SELECT max(seq) FROM events") == report->events_checked);
    for (int w = 0; w < writers; ++w) {
        INFO("writer " << w);
        CHECK(raw->count("SELECT count(*) FROM events WHERE payload LIKE '%\"writer\":" + std::to_string(w) + "}%'") ==
              per_writer);
    }
}

TEMPLATE_TEST_CASE("a writer killed with SIGKILL leaves a ledger that verifies", "[ledger][crash]", BACKENDS) {
    Location<TestType> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    Office office(where.location());
    for (int round = 0; round < 3; ++round) {
        const std::int64_t before = (*office.ledger->head())->seq;
        const pid_t child = spawn_writer(where.location(), office.staff.secret_key, -1, round);
        // Let it append for a while: it is killed wherever it is, most likely inside a transaction.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while ((*office.ledger->head())->seq < before + 20 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(17 * (round + 1)));
        REQUIRE(::kill(child, SIGKILL) == 0);
        const int status = wait_for(child);
        CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));

        auto report = office.ledger->verify();
        REQUIRE(report);
        INFO("round " << round << ": " << problem_name(report->problem) << " at " << report->first_bad_seq);
        CHECK(report->ok());
        CHECK(report->events_checked > before);
        // The chain goes on from where the killed writer stopped. (PostgreSQL may still commit
        // the last transaction the writer sent before it died, so `next` can follow that one.)
        auto next = office.ledger->append(office.admin.secret_key, {EventType::media_return, "{}"}, {.time = test::t_work});
        REQUIRE(next);
        CHECK(next->seq > report->head.seq);
        auto after = office.ledger->verify();
        REQUIRE(after);
        CHECK(after->ok());
        CHECK(after->head.hash == next->hash);
    }
    auto final_report = office.ledger->verify();
    REQUIRE(final_report);
    CHECK(final_report->ok());
}
