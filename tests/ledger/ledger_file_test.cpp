// The SQLite ledger as a file: private from its creation, never made out of a stray file, and
// readable from read-only media (an auditor's copy).
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ledger_test_support.hpp"
#include "sanitize/ledger.hpp"

using namespace sanitize;
using namespace sanitize::ledger;
using sanitize::test::Office;

namespace {

unsigned mode_of(const std::string& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status.st_mode & 07777;
}

bool exists(const std::string& path) { return std::filesystem::exists(path); }

// A read-only bind mount of `source` at `target` (root only), undone when the test ends.
class ReadOnlyMount {
public:
    ReadOnlyMount(const std::string& source, const std::string& target) : target_(target) {
        std::filesystem::create_directory(target);
        if (::mount(source.c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0) return;
        mounted_ = true;
        if (::mount(nullptr, target.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) return;
        read_only_ = true;
    }
    ~ReadOnlyMount() {
        if (mounted_) ::umount2(target_.c_str(), MNT_DETACH);
    }
    ReadOnlyMount(const ReadOnlyMount&) = delete;
    ReadOnlyMount& operator=(const ReadOnlyMount&) = delete;
    bool ready() const { return read_only_; }

private:
    std::string target_;
    bool mounted_ = false;
    bool read_only_ = false;
};

}  // namespace

TEST_CASE("a new SQLite ledger file and its WAL are readable by their owner only", "[ledger][file]") {
    test::TempDir dir;
    const std::string path = dir.file("ledger.db");
    const mode_t previous = ::umask(022);
    {
        Office office(path);
        REQUIRE(office.ledger->register_asset(office.staff.secret_key, test::sample_asset("A-1"), {.time = test::t_work}));
        CHECK(mode_of(path) == 0600);
        REQUIRE(exists(path + "-wal"));
        CHECK(mode_of(path + "-wal") == 0600);
        CHECK(mode_of(path + "-shm") == 0600);
    }
    ::umask(previous);
}

TEST_CASE("an empty or foreign file is refused as a ledger and left untouched", "[ledger][file]") {
    test::TempDir dir;
    const std::string empty = dir.file("empty.db");
    std::ofstream(empty).close();
    const std::string text = dir.file("notes.db");
    std::ofstream(text) << "asset list, not a database\n";
    for (const std::string& path : {empty, text}) {
        for (const bool read_only : {false, true}) {
            auto opened = Ledger::open(path, {.read_only = read_only});
            REQUIRE_FALSE(opened);
            CHECK(opened.error().code == Errc::malformed_input);
            CHECK(opened.error().context.find("not a ledger") != std::string::npos);
        }
        CHECK_FALSE(exists(path + "-wal"));
        CHECK_FALSE(exists(path + "-shm"));
    }
    CHECK(std::filesystem::file_size(empty) == 0);
    CHECK(std::filesystem::file_size(text) == 27);
}

TEST_CASE("a ledger on a read-only file system opens read-only and verifies", "[ledger][file][root]") {
    if (::geteuid() != 0) {
        WARN("skipped: a read-only bind mount needs root");
        return;
    }
    test::TempDir dir;
    const std::string source = dir.file("source");
    std::filesystem::create_directory(source);
    {
        Office office(source + "/ledger.db");
        REQUIRE(office.ledger->register_asset(office.staff.secret_key, test::sample_asset("A-1"), {.time = test::t_work}));
    }
    // What a copy on a CD or a read-only share holds: the file, checkpointed, without -wal/-shm.
    REQUIRE_FALSE(exists(source + "/ledger.db-wal"));
    ReadOnlyMount mount(source, dir.file("ro"));
    if (!mount.ready()) {
        WARN("skipped: bind mounts are not permitted here");
        return;
    }
    const std::string copy = dir.file("ro") + "/ledger.db";
    auto writable = Ledger::open(copy);
    CHECK_FALSE(writable);
    auto opened = Ledger::open(copy, {.read_only = true});
    REQUIRE(opened);
    auto report = opened->verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->events_checked == 5);
    auto assets = opened->assets();
    REQUIRE(assets);
    CHECK(assets->size() == 1);
}

TEST_CASE("a read-only ledger refuses appends", "[ledger][file]") {
    test::TempDir dir;
    const std::string path = dir.file("ledger.db");
    Office office(path);
    auto reader = Ledger::open(path, {.read_only = true});
    REQUIRE(reader);
    auto written = reader->register_asset(office.staff.secret_key, test::sample_asset("A-1"), {.time = test::t_work});
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Errc::permission_denied);
}

TEST_CASE("a URL's password is never part of a shown location", "[ledger][file]") {
    CHECK(redacted_location("postgresql://alice:s3cr%40t@db.example:5432/ledger?sslmode=verify-full") ==
          "postgresql://alice:***@db.example:5432/ledger?sslmode=verify-full");
    CHECK(redacted_location("postgres://bob@db/ledger?password=hunter2&sslmode=require") ==
          "postgres://bob@db/ledger?password=***&sslmode=require");
    CHECK(redacted_location("postgresql://db/ledger?sslmode=require&password=x") ==
          "postgresql://db/ledger?sslmode=require&password=***");
    CHECK(redacted_location("postgresql://carol@db/ledger") == "postgresql://carol@db/ledger");
    CHECK(redacted_location("/var/lib/sanitize/ledger.db") == "/var/lib/sanitize/ledger.db");
}

TEST_CASE("a failed connection says why, without the password", "[ledger][file]") {
    // A loopback port nobody listens on: the server's refusal, not an I/O error of a disk.
    auto opened = Ledger::open("postgresql://alice:TopSecret99@127.0.0.1:1/ledger?connect_timeout=5");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().context.starts_with("postgres connect: "));
    CHECK(opened.error().context.find("refused") != std::string::npos);
    CHECK(opened.error().context.find("TopSecret99") == std::string::npos);
}
