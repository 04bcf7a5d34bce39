// Transcripts of reaching a ledger and anchoring its verification: a cut tail refused against
// --head, warnings without anchors, a file that is not a ledger left untouched, a read-only copy
// verified, and a database URL whose password never shows.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

// 30 events: genesis, the operator's key, and 28 assets.
void fill(const CliOffice& office) {
    office.open_office();
    for (int i = 0; i < 28; ++i) {
        const std::string id = "A-" + std::to_string(100 + i);
        REQUIRE(office.signed_run({"asset", "add", "--id", id, "--name", "資産 " + id, "--classification", "0"}).ok());
    }
}

}  // namespace

TEST_CASE("a ledger cut at its end is refused against the head seen before", "[cli][ledger][anchor]") {
    CliOffice office;
    fill(office);
    ProcessResult before = office.run({"ledger", "verify", "--json", "--root", office.root_key + ".pub"});
    REQUIRE(before.ok());
    const json report = json::parse(before.out);
    REQUIRE(report["head_seq"] == 30);
    const std::string head = std::to_string(report["head_seq"].get<int>()) + ":" + report["head_hash"].get<std::string>();
    CHECK_FALSE(contains(before.err, "--root"));  // no warning: the root was given
    CHECK(contains(before.err, "sanitize: warning: no --head or --checkpoint given"));

    // What the reviewer did: drop the triggers and delete the newest 24 events.
    tamper(office.ledger, "DROP TRIGGER events_no_delete; DELETE FROM assets WHERE updated_seq > 6; "
                          "DELETE FROM events WHERE seq > 6;");
    ProcessResult unanchored = office.run({"ledger", "verify"});
    CHECK(unanchored.exit_code == 0);  // a shorter chain is a valid chain...
    CHECK(contains(unanchored.err, "sanitize: warning: no --root given"));
    CHECK(contains(unanchored.err, "sanitize: warning: no --head or --checkpoint given"));
    ProcessResult anchored = office.run({"ledger", "verify", "--head", head, "--root", office.root_key + ".pub"});
    INFO(anchored.err);
    CHECK(anchored.exit_code == 4);  // ...but not the one seen before
    CHECK(contains(anchored.err, "the expected last event is missing"));
    ProcessResult anchored_json = office.run({"ledger", "verify", "--head", head, "--json"});
    CHECK(anchored_json.exit_code == 4);
    CHECK(json::parse(anchored_json.out)["problem"] == "head_mismatch");

    ProcessResult bad = office.run({"ledger", "verify", "--head", "30:xyz"});
    CHECK(bad.exit_code == 2);
    CHECK(contains(bad.err, "invalid --head '30:xyz'"));
}

TEST_CASE("a file that is not a ledger is refused and left as it is", "[cli][ledger][anchor]") {
    CliOffice office;
    std::filesystem::create_directories(office.dir.file("data"));
    create_file(office.ledger, "");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"ledger", "verify"}, {"asset", "list"}, {"report", "--year", "2025"}}) {
        ProcessResult result = office.run(command);
        INFO(command[0] << " " << command[1] << ": " << result.err);
        CHECK(result.exit_code == 1);
        CHECK(contains(result.err, "is not a ledger (an empty file, or not a SQLite database)"));
        CHECK_FALSE(contains(result.err, "ledger init`, or name it"));
    }
    CHECK(std::filesystem::file_size(office.ledger) == 0);
    CHECK_FALSE(std::filesystem::exists(office.ledger + "-wal"));
    ProcessResult japanese = office.run({"ledger", "verify"}, "ja_JP.UTF-8");
    CHECK(contains(japanese.err, "は台帳ではありません"));
}

TEST_CASE("ledger verify reads a copy on a read-only file system", "[cli][ledger][anchor][root]") {
    if (::geteuid() != 0) {
        WARN("skipped: a read-only bind mount needs root");
        return;
    }
    CliOffice office;
    office.open_office();
    const std::string data = office.dir.file("data");
    const std::string mounted = office.dir.file("ro");
    std::filesystem::create_directory(mounted);
    if (::mount(data.c_str(), mounted.c_str(), nullptr, MS_BIND, nullptr) != 0) {
        WARN("skipped: bind mounts are not permitted here");
        return;
    }
    const bool read_only = ::mount(nullptr, mounted.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    std::vector<ProcessResult> results;
    if (read_only) {
        for (const std::vector<std::string>& command :
             {std::vector<std::string>{"ledger", "verify"}, {"asset", "list"}, {"ledger", "log"}}) {
            std::vector<std::string> args = command;
            args.insert(args.end(), {"--ledger", mounted + "/ledger.db"});
            results.push_back(office.run(args));
        }
        results.push_back(office.signed_run({"asset", "add", "--id", "B-1", "--name", "n", "--classification", "0",
                                             "--ledger", mounted + "/ledger.db"}));
    }
    ::umount2(mounted.c_str(), MNT_DETACH);
    REQUIRE(read_only);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(results[i].err);
        CHECK(results[i].ok());
        CHECK_FALSE(contains(results[i].err, "ledger init"));
    }
    CHECK(contains(results[0].out, "ledger OK: 2 events checked"));
    CHECK_FALSE(results[3].ok());  // writing needs a writable ledger
}

TEST_CASE("a database URL's password never appears, and the server's reason does", "[cli][ledger][anchor]") {
    CliOffice office;
    // Port 1 on loopback: nobody listens, so the connection is refused at once.
    const std::string url = "postgresql://alice:Pa55word-Sekret@127.0.0.1:1/ledger?connect_timeout=5";
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"ledger", "verify", "--ledger", url}, {"asset", "list", "--ledger", url},
          {"ledger", "verify", "--ledger", "postgresql://bob@127.0.0.1:1/ledger?password=Pa55word-Sekret"}}) {
        ProcessResult result = office.run(command);
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK_FALSE(contains(result.err, "Pa55word-Sekret"));
        CHECK_FALSE(contains(result.out, "Pa55word-Sekret"));
        CHECK(contains(result.err, "cannot connect to the ledger database postgresql://"));
        CHECK(contains(result.err, "refused"));
        CHECK_FALSE(contains(result.err, "input/output error"));
    }
    CHECK(contains(office.run({"asset", "list", "--ledger", url}).err, "postgresql://alice:***@127.0.0.1:1/ledger"));
}

TEST_CASE("a ledger that cannot be opened gets its error alone, without the anchors' warnings", "[cli][ledger][anchor]") {
    CliOffice office;
    const std::string missing = office.dir.file("none/ledger.db");
    ProcessResult verified = office.run({"ledger", "verify", "--ledger", missing});
    CHECK(verified.exit_code == 2);
    CHECK(contains(verified.err, "sanitize: error: " + missing));
    CHECK_FALSE(contains(verified.err, "warning"));
}
