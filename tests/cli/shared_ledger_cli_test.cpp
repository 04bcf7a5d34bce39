// Transcripts of the shared ledger's commands: checkpoints kept by a witness, an outbox synced
// exactly once through SIGKILLs, an auditor's bundle, and a PostgreSQL ledger made from the SQL a
// DBA runs, written to by an operator role.
#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <thread>

#include "cli_test_support.hpp"
#include "ledger_test_support.hpp"
#include "office_fixture.hpp"
#include "sanitize/ledger_outbox.hpp"

using namespace sanitize::test;
using nlohmann::json;
namespace ledger = sanitize::ledger;

namespace {

// An auditor whose key witnesses checkpoints.
std::string add_auditor(const CliOffice& office) {
    const std::string key = office.dir.file("home/keys/auditor.key");
    REQUIRE(office.make_key(key).ok());
    ProcessResult registered = office.run({"key", "register", key + ".pub", "--name", "監査 一郎", "--role", "auditor",
                                           "--valid-from", "2020-01-01", "--key", office.root_key, "--passphrase-file",
                                           office.pass_file});
    INFO(registered.err);
    REQUIRE(registered.ok());
    return key;
}

sanitize::keys::SecretKey unlock(const std::string& key_file) {
    const std::string_view text = passphrase;
    return sanitize::keys::decode_secret_key(read_file(key_file),
                                             std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size()))
        .value();
}

}  // namespace

TEST_CASE("a checkpoint kept by a witness exposes a cut ledger", "[cli][ledger][checkpoint]") {
    CliOffice office;
    office.open_office();
    const std::string auditor = add_auditor(office);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(office.signed_run({"asset", "add", "--id", "A-" + std::to_string(i), "--name", "n", "--classification", "0"}).ok());
    }
    const std::string witness = office.dir.file("witness/2025-06.checkpoint");
    std::filesystem::create_directories(office.dir.file("witness"));
    ProcessResult made = office.run({"ledger", "checkpoint", "--key", auditor, "--passphrase-file", office.pass_file, "-o", witness});
    INFO(made.err);
    REQUIRE(made.ok());
    CHECK(contains(made.out, "checkpoint of 8 events written to " + witness));
    CHECK(read_file(witness).starts_with("sanitize-ledger/"));
    CHECK(office.run({"ledger", "checkpoint", "--key", auditor, "--passphrase-file", office.pass_file, "-o", witness}).exit_code == 3);
    const auto minisign = find_program("minisign");
    if (minisign) {
        ProcessResult checked = run_process({*minisign, "-Vm", witness, "-p", auditor + ".pub"});
        INFO(checked.err);
        CHECK(checked.ok());
    }
    ProcessResult ok = office.run({"ledger", "verify", "--root", office.root_key + ".pub", "--checkpoint", witness});
    INFO(ok.err);
    CHECK(ok.ok());
    CHECK_FALSE(contains(ok.err, "warning"));

    tamper(office.ledger, "DROP TRIGGER events_no_delete; DELETE FROM assets WHERE updated_seq > 5; DELETE FROM events WHERE seq > 5;");
    ProcessResult cut = office.run({"ledger", "verify", "--root", office.root_key + ".pub", "--checkpoint", witness});
    CHECK(cut.exit_code == 4);
    CHECK(contains(cut.err, "the expected last event is missing"));

    // A proof of event 3 under the checkpoint: against the cut ledger none can be made.
    CHECK(office.run({"ledger", "prove", "3", "--checkpoint", witness}).exit_code != 0);
}

TEST_CASE("a sync killed at random points and run again appends each outbox entry exactly once",
          "[cli][ledger][outbox][slow]") {
    CliOffice office;
    office.open_office();
    const std::string outbox_file = office.dir.file("station/outbox.db");
    std::filesystem::create_directories(office.dir.file("station"));
    ProcessResult created = office.run({"ledger", "outbox", "-o", outbox_file});
    INFO(created.err);
    REQUIRE(created.ok());
    constexpr int entries = 400;
    {
        auto outbox = ledger::Outbox::open(outbox_file).value();
        const auto key = unlock(office.operator_key);
        for (int i = 1; i <= entries; ++i) {
            const std::string payload = R"({"outcome":"erased","pc":)" + std::to_string(i) + "}";
            REQUIRE(outbox.add(key, {ledger::EventType::wipe_certificate, payload}, {}));
        }
    }
    // Kill points within the time a whole sync takes on this machine, measured on copies of the
    // outbox and the ledger: with fixed times a fast machine finished before the first kill.
    std::filesystem::create_directories(office.dir.file("rehearsal"));
    const std::string rehearsal_outbox = office.dir.file("rehearsal/outbox.db");
    const std::string rehearsal_ledger = office.dir.file("rehearsal/ledger.db");
    std::filesystem::copy_file(outbox_file, rehearsal_outbox);
    std::filesystem::copy_file(office.ledger, rehearsal_ledger);
    const auto started = std::chrono::steady_clock::now();
    ProcessResult rehearsal = office.run({"ledger", "sync", "--from", rehearsal_outbox, "--to", rehearsal_ledger, "--batch", "7"});
    INFO(rehearsal.err);
    REQUIRE(rehearsal.ok());
    const auto whole = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    INFO("a whole sync took " << whole << " ms");
    std::uniform_int_distribution<long> kill_after(std::max<long>(1, whole / 20), std::max<long>(2, whole * 9 / 10));

    std::mt19937 random(20250602);
    int killed = 0;
    for (int round = 0; round < 40; ++round) {
        BackgroundCli sync({"ledger", "sync", "--from", outbox_file, "--to", office.ledger, "--batch", "7"},
                           office.dir.file("sync.out"), office.dir.file("sync.err"));
        std::this_thread::sleep_for(std::chrono::milliseconds(kill_after(random)));
        sync.signal(SIGKILL);
        const int status = sync.wait();
        if (status == -SIGKILL) ++killed;
        if (status == 0) break;
        CHECK(status == -SIGKILL);
    }
    INFO("killed " << killed << " times");
    CHECK(killed > 0);
    ProcessResult finished = office.run({"ledger", "sync", "--from", outbox_file, "--json"});
    INFO(finished.err);
    REQUIRE(finished.ok());
    const json report = json::parse(finished.out);
    CHECK(report["entries"] == entries);
    CHECK(report["already"].get<int>() + report["appended"].get<int>() == entries);

    const auto events = json_lines(office.run({"ledger", "log", "--json", "--limit", "100000"}).out);
    std::set<std::string> origins;
    std::vector<std::string> in_order;
    for (const json& event : events) {
        if (event["origin"].get<std::string>().empty()) continue;
        origins.insert(event["origin"].get<std::string>());
        in_order.push_back(event["payload"].dump());
    }
    CHECK(origins.size() == static_cast<std::size_t>(entries));
    REQUIRE(in_order.size() == static_cast<std::size_t>(entries));  // none twice
    for (int i = 0; i < entries; ++i) CHECK(in_order[static_cast<std::size_t>(i)] == R"({"outcome":"erased","pc":)" + std::to_string(i + 1) + "}");
    ProcessResult verified = office.run({"ledger", "verify", "--root", office.root_key + ".pub"});
    INFO(verified.err);
    CHECK(verified.ok());
}

TEST_CASE("an auditor's bundle verifies on its own, and its checkpoint with stock minisign", "[cli][ledger][bundle]") {
    CliOffice office;
    office.open_office();
    const std::string auditor = add_auditor(office);
    REQUIRE(office.signed_run({"asset", "add", "--id", "A-1", "--name", "顧客名簿", "--classification", "1"}).ok());
    const std::string bundle = office.dir.file("監査2025.tar");
    // The operator's key (staff) could not sign a checkpoint the bundle's reader trusts: refused
    // before anything is written, instead of a bundle that fails its own verification.
    const std::string by_staff = office.dir.file("staff.tar");
    ProcessResult staff = office.signed_run({"ledger", "export", "--bundle", by_staff});
    CHECK(staff.exit_code == 3);
    CHECK(contains(staff.err, "a bundle's checkpoint is signed with the root key or an administrator's or auditor's key"));
    CHECK_FALSE(std::filesystem::exists(by_staff));
    ProcessResult staff_ja = office.run({"ledger", "export", "--bundle", by_staff, "--passphrase-file", office.pass_file},
                                        "ja_JP.UTF-8");
    CHECK(staff_ja.exit_code == 3);
    CHECK(contains(staff_ja.err, "バンドルのチェックポイントはルート鍵"));
    ProcessResult exported = office.run({"ledger", "export", "--bundle", bundle, "--from", "2020-01-01", "--key", auditor,
                                         "--passphrase-file", office.pass_file});
    INFO(exported.err);
    REQUIRE(exported.ok());
    std::filesystem::remove(office.ledger);  // another machine: no database
    ProcessResult verified = office.run({"ledger", "verify", "--bundle", bundle, "--root", office.root_key + ".pub"});
    INFO(verified.err);
    CHECK(verified.ok());
    CHECK(contains(verified.out, "bundle OK: 4 events"));
    ProcessResult foreign = office.run({"ledger", "verify", "--bundle", bundle, "--root", auditor + ".pub", "--json"});
    CHECK(foreign.exit_code == 4);
    CHECK(json::parse(foreign.out)["problem"] == "root key");

    const auto tar = find_program("tar");
    const auto minisign = find_program("minisign");
    if (!tar || !minisign) {
        WARN("tar or minisign missing: the bundle's checkpoint was not checked with stock tools");
        return;
    }
    const std::string out = office.dir.file("extracted");
    std::filesystem::create_directory(out);
    REQUIRE(run_process({*tar, "-xf", bundle, "-C", out, "checkpoint", "checkpoint.minisig"}).ok());
    ProcessResult checked = run_process({*minisign, "-Vm", out + "/checkpoint", "-p", auditor + ".pub"});
    INFO(checked.out << checked.err);
    CHECK(checked.ok());
}

TEST_CASE("a PostgreSQL ledger from the DBA's SQL, written to by an operator role", "[cli][ledger][postgres][roles]") {
    Location<PostgresBackend> database;
    const auto psql = find_program("psql");
    if (!database.available() || !psql) {
        WARN("PostgreSQL transcript not run: no test server or no psql");
        return;
    }
    CliOffice office;
    REQUIRE(office.make_key(office.root_key).ok());
    REQUIRE(office.make_key(office.operator_key).ok());
    ProcessResult sql = office.run({"ledger", "init", "--print-sql", "--organisation", "株式会社サンプル", "--key",
                                    office.root_key, "--passphrase-file", office.pass_file, "--ledger", database.location()});
    INFO(sql.err);
    REQUIRE(sql.ok());
    CHECK(contains(sql.out, "SECURITY DEFINER"));
    const std::string script = office.dir.file("init.sql");
    create_file(script, sql.out);
    ProcessResult ran = run_process({*psql, "-v", "ON_ERROR_STOP=1", "-q", "-f", script, database.location()});
    INFO(ran.err);
    REQUIRE(ran.ok());
    const std::string& url = database.location();
    const std::string name = url.substr(url.rfind('/') + 1);
    database.raw()->exec("CREATE ROLE alice_" + name + " LOGIN; GRANT " + name + "_ledger_operator TO alice_" + name);
    office.ledger = "postgresql://alice_" + name + url.substr(url.find('@'));
    // The root key registers the operator through the append function, as any writer does.
    ProcessResult registered = office.run({"key", "register", office.operator_key + ".pub", "--name", "山田 花子", "--role",
                                           "staff", "--valid-from", "2020-01-01", "--key", office.root_key,
                                           "--passphrase-file", office.pass_file});
    INFO(registered.err);
    REQUIRE(registered.ok());
    REQUIRE(office.signed_run({"asset", "add", "--id", "A-001", "--name", "顧客名簿", "--classification", "1"}).ok());
    ProcessResult verified = office.run({"ledger", "verify", "--root", office.root_key + ".pub"});
    INFO(verified.err);
    CHECK(verified.ok());
    CHECK(contains(verified.out, "3 events checked"));
}
