// Two PostgreSQL servers on loopback: the ledger on the primary, a streaming replica of it.
// Verification and listings read from the replica; writing to it is refused as read-only.
#include <chrono>
#include <filesystem>
#include <thread>

#include "ledger_test_support.hpp"
#include "run_process.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Location;
using sanitize::test::Office;
using sanitize::test::PostgresBackend;

namespace {

// A replica of the fixture's server, stopped and removed when the test ends.
class Replica {
public:
    explicit Replica(const std::string& primary_state) {
        const auto started = test::run_process({"bash", std::string(SANITIZE_SOURCE_DIR) + "/tests/ledger/pg_test_server.sh",
                                                "start-replica", state_.path(), primary_state});
        if (!started.ok()) throw std::runtime_error("start-replica: " + started.err);
        std::ifstream(state_.file("url")) >> url_;
    }
    ~Replica() {
        test::run_process({"bash", std::string(SANITIZE_SOURCE_DIR) + "/tests/ledger/pg_test_server.sh", "stop", state_.path()});
    }
    Replica(const Replica&) = delete;
    Replica& operator=(const Replica&) = delete;
    // The same database on the replica.
    std::string database(const std::string& primary_url) const {
        return url_.substr(0, url_.rfind('/')) + primary_url.substr(primary_url.rfind('/'));
    }

private:
    test::TempDir state_{"sanitize-pg-replica"};
    std::string url_;
};

// The replica has replayed up to the primary's head: polled, since streaming is asynchronous.
std::optional<Ledger> caught_up(const std::string& url, std::int64_t seq) {
    for (int attempt = 0; attempt < 600; ++attempt) {
        auto ledger = Ledger::open(url, {.read_only = true});
        if (ledger) {
            auto head = ledger->head();
            if (head && *head && (*head)->seq >= seq) return std::move(*ledger);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("a streaming replica serves verification and refuses writes", "[ledger][replica][postgres]") {
    Location<PostgresBackend> where;
    LEDGER_SKIP_UNLESS_AVAILABLE(where);
    const std::string primary_state = std::filesystem::path(SANITIZE_LEDGER_PG_URL_FILE).parent_path().string();
    if (!std::filesystem::exists(primary_state + "/datadir")) {
        WARN("skipped: the replica needs the fixture's own server (tests/ledger/pg_test_server.sh)");
        return;
    }
    Office office(where.location());
    REQUIRE(office.ledger->register_asset(office.staff.secret_key, test::sample_asset("A-1"), {.time = test::t_work}));
    Replica replica(primary_state);
    // Written after the base backup: it reaches the replica by streaming.
    auto last = office.ledger->append(office.staff.secret_key, {EventType::media_carry_out, R"({"classification":1})"},
                                      {.time = test::t_work});
    REQUIRE(last);
    auto reader = caught_up(replica.database(where.location()), last->seq);
    REQUIRE(reader);
    auto report = reader->verify({.trusted_root = office.root.public_key, .expected_head = ChainHead{last->seq, last->hash},
                                  .page_size = 1000});
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(reader->assets().value().size() == 1);

    // Opened for writing, the replica still refuses the append, and says why.
    auto writer = Ledger::open(replica.database(where.location()));
    REQUIRE(writer);
    auto refused = writer->register_asset(office.staff.secret_key, test::sample_asset("A-2"), {.time = test::t_work});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::permission_denied);
    CHECK(refused.error().context.find("read-only") != std::string::npos);

    auto verified = test::run_process({SANITIZE_CLI_PATH, "ledger", "verify", "--root", where.dir().file("none.pub"),
                                       "--ledger", replica.database(where.location())});
    CHECK(verified.exit_code == 2);  // the root file is missing: nothing else to see here
    auto plain = test::run_process({SANITIZE_CLI_PATH, "ledger", "verify", "--ledger", replica.database(where.location())});
    INFO(plain.err);
    CHECK(plain.ok());
}
