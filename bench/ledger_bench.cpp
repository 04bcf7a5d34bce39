// Ledger benchmark: appends per second with 1 and 8 writers (processes, each with its own
// connection) on SQLite and PostgreSQL, and the time verify() takes for 100,000 events.
// Prints a Markdown table. A benchmark, not a test: it asserts nothing about speed.
//
//   ledger_bench [--postgres URL] [--appends N] [--verify-events N] [--dir DIR] [--scale N]
//
// --scale N (e.g. 1000000) measures a ledger of N events instead (bench/ledger_scale.cpp):
// appends/s with 1 and 8 writers on it, verify time, checkpoint, proof and bundle sizes and times.
//
// Without --postgres it starts a throw-away server with tests/ledger/pg_test_server.sh (root,
// or the owner of a PostgreSQL installation) and stops it at the end; --postgres none skips
// PostgreSQL. SQLite files go to --dir (default /var/tmp, a disk, not a RAM file system).
#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_bundle.hpp"
#include "sanitize/ledger_proof.hpp"

namespace {

using namespace sanitize;
using Clock = std::chrono::steady_clock;

struct Options {
    std::string postgres;  // empty: start a server; "none": skip
    int appends = 2000;    // per run, split across the writers
    int verify_events = 100000;
    std::string dir = "/var/tmp";
    std::int64_t scale = 0;  // 0: the usual table
};

struct Keys {
    keys::KeyPair root = keys::generate_key_pair();
    keys::KeyPair staff = keys::generate_key_pair();
};

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "ledger_bench: error: %s\n", what.c_str());
    std::exit(1);
}

template <typename T>
T must(Result<T> result, const char* what) {
    if (!result) die(std::string(what) + ": " + std::string(errc_name(result.error().code)) + " " + result.error().context);
    return std::move(*result);
}

ledger::Ledger make_ledger(const std::string& location, const Keys& k) {
    auto made = ledger::Ledger::init(
        {.location = location, .organisation = "ベンチマーク株式会社", .root_public_key = k.root.public_key, .time = {}},
        k.root.secret_key);
    ledger::Ledger ledger = must(std::move(made), "init");
    must(ledger.register_key(k.root.secret_key,
                             {.public_key = k.staff.public_key, .name = "bench", .role = ledger::Role::staff,
                              .valid_from = "2000-01-01T00:00:00Z", .valid_until = "2100-01-01T00:00:00Z"}),
         "register_key");
    return ledger;
}

std::string carry_out(int writer, int n) {
    return R"({"classification":)" + std::to_string(n % 3) + R"(,"medium_serial":"USB-)" + std::to_string(writer) + "-" +
           std::to_string(n) + R"(","note":"持ち出し: 顧客訪問用資料"})";
}

// `writers` processes append `total` events between them; the clock runs from the moment all
// are connected until the last one is done.
double appends_per_second(const std::string& location, const Keys& k, int writers, int total) {
    int ready[2], go[2];
    if (::pipe(ready) != 0 || ::pipe(go) != 0) die("pipe");
    std::vector<pid_t> children;
    for (int w = 0; w < writers; ++w) {
        const pid_t pid = ::fork();
        if (pid < 0) die("fork");
        if (pid == 0) {
            auto ledger = ledger::Ledger::open(location);
            char byte = ledger ? 1 : 0;
            if (::write(ready[1], &byte, 1) != 1 || ::read(go[0], &byte, 1) != 1 || !ledger) ::_exit(2);
            for (int n = 0; n < total / writers; ++n) {
                if (!ledger->append(k.staff.secret_key, {ledger::EventType::media_carry_out, carry_out(w, n)})) ::_exit(3);
            }
            ::_exit(0);
        }
        children.push_back(pid);
    }
    for (int w = 0; w < writers; ++w) {
        char byte = 0;
        if (::read(ready[0], &byte, 1) != 1 || byte != 1) die("a writer could not connect");
    }
    const auto start = Clock::now();
    const std::string go_bytes(static_cast<std::size_t>(writers), '\1');
    if (::write(go[1], go_bytes.data(), go_bytes.size()) != static_cast<ssize_t>(go_bytes.size())) die("start writers");
    for (const pid_t child : children) {
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) die("a writer failed");
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (int fd : {ready[0], ready[1], go[0], go[1]}) ::close(fd);
    return (total / writers) * writers / seconds;
}

struct VerifyRun {
    double batched_per_second = 0;  // filling: 1,000 events per transaction (append_all)
    double seconds = 0;
    std::int64_t events = 0;
};

// Fills a ledger to `events` events in batches (one transaction each), with 1,000 assets among
// them so that verify() also rebuilds a projection, then times verify().
VerifyRun verify_run(const std::string& location, const Keys& k, int events) {
    ledger::Ledger ledger = make_ledger(location, k);
    const auto fill_start = Clock::now();
    int written = 2;
    int n = 0;
    while (written < events) {
        std::vector<ledger::Draft> batch;
        for (; batch.size() < 1000 && written < events; ++written, ++n) {
            if (n < 1000) {
                const std::string id = std::to_string(n);
                batch.push_back({ledger::EventType::asset_register,
                                 R"({"asset_id":"A-)" + id + R"(","classification":)" + std::to_string(n % 3) +
                                     R"(,"department":"総務部","name":"資産 )" + id + R"("})"});
            } else {
                batch.push_back({ledger::EventType::media_carry_out, carry_out(0, n)});
            }
        }
        must(ledger.append_all(k.staff.secret_key, batch), "append_all");
    }
    const double fill = std::chrono::duration<double>(Clock::now() - fill_start).count();
    const auto start = Clock::now();
    const ledger::VerifyReport report = must(ledger.verify(), "verify");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!report.ok()) die("verify found " + std::string(ledger::problem_name(report.problem)));
    return {(events - 2) / fill, seconds, report.events_checked};
}

struct Row {
    std::string backend;
    double one = 0;
    double eight = 0;
    VerifyRun verify;
};

Row measure(const std::string& backend, const std::function<std::string(const char*)>& fresh, const Options& o) {
    Row row{backend, 0, 0, {}};
    const Keys k;
    {
        const std::string location = fresh("one");
        make_ledger(location, k);
        row.one = appends_per_second(location, k, 1, o.appends);
    }
    {
        const std::string location = fresh("eight");
        make_ledger(location, k);
        row.eight = appends_per_second(location, k, 8, o.appends);
    }
    row.verify = verify_run(fresh("verify"), k, o.verify_events);
    return row;
}

// ---- --scale N: the shared ledger at office scale.

struct ScaleRow {
    std::string backend;
    std::int64_t events = 0;
    double fill_per_second = 0, one = 0, eight = 0, verify_seconds = 0;
    double checkpoint_seconds = 0, prove_seconds = 0, export_seconds = 0, bundle_verify_seconds = 0;
    std::size_t checkpoint_bytes = 0, proof_bytes = 0, proof_path = 0, bundle_bytes = 0;
};

template <typename F>
double seconds_of(F&& work) {
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// N events in batches of 1,000: 1,000 assets, then carry-outs, and every 1,000th a certificate
// with a stored 2 KiB file. The last 10,000 are dated in December, the bundle's period.
double fill_scale(ledger::Ledger& ledger, const Keys& k, std::int64_t events) {
    return seconds_of([&] {
        std::int64_t written = 2;
        for (int n = 0; written < events; ++n) {
            const bool december = written >= events - 10000;
            const ledger::AppendOptions at{.time = december ? "2025-12-01T00:00:00Z" : "2025-06-01T00:00:00Z"};
            std::vector<ledger::Draft> batch;
            for (; batch.size() < 999 && written < events - 1; ++written, ++n) {
                batch.push_back(n < 1000 ? ledger::Draft{ledger::EventType::asset_register,
                                                         R"({"asset_id":"A-)" + std::to_string(n) + R"(","classification":1,"name":"資産"})"}
                                         : ledger::Draft{ledger::EventType::media_carry_out, carry_out(0, n)});
            }
            must(ledger.append_all(k.staff.secret_key, batch, at), "append_all");
            const std::string id = "cert-" + std::to_string(n);
            const ledger::StoredFile file{"certificate-" + id + ".json", std::string(2048, 'x')};
            must(ledger.append(k.staff.secret_key, {ledger::EventType::wipe_certificate,
                                                    R"({"certificate_id":")" + id + R"(","outcome":"erased"})"}, at),
                 "certificate");
            must(ledger.store_certificate_files(k.staff.secret_key, id, std::span(&file, 1), at), "files");
            written += 2;
        }
    });
}

ScaleRow scale_run(const std::string& backend, const std::string& location, const std::string& dir, const Keys& k,
                   const Options& o) {
    ScaleRow row{backend};
    ledger::Ledger ledger = make_ledger(location, k);
    row.fill_per_second = static_cast<double>(o.scale) / fill_scale(ledger, k, o.scale);
    row.one = appends_per_second(location, k, 1, o.appends);
    row.eight = appends_per_second(location, k, 8, o.appends);
    ledger::VerifyReport report;
    row.verify_seconds = seconds_of([&] { report = must(ledger.verify(), "verify"); });
    if (!report.ok()) die("verify found " + std::string(ledger::problem_name(report.problem)));
    row.events = report.events_checked;
    std::string note;
    row.checkpoint_seconds = seconds_of([&] {
        note = must(ledger::sign_checkpoint(must(ledger.checkpoint(), "checkpoint"), k.root.secret_key), "sign").note;
    });
    row.checkpoint_bytes = note.size();
    ledger::InclusionProof proof;
    row.prove_seconds = seconds_of([&] { proof = must(ledger.prove(row.events / 2, note), "prove"); });
    row.proof_bytes = ledger::inclusion_proof_json(proof).size();
    row.proof_path = proof.path.size();
    const std::string bundle = dir + "/bundle-" + std::to_string(::getpid()) + ".tar";
    row.export_seconds = seconds_of([&] {
        must(ledger::export_bundle(ledger, bundle, k.root.secret_key, {.time_from = "2025-12-01T00:00:00Z", .time_to = {}}),
             "export");
    });
    row.bundle_bytes = static_cast<std::size_t>(std::filesystem::file_size(bundle));
    row.bundle_verify_seconds = seconds_of([&] {
        if (!must(ledger::verify_bundle(bundle, {.trusted_root = k.root.public_key}), "verify_bundle").ok) die("bundle");
    });
    std::filesystem::remove(bundle);
    return row;
}

void print_scale(const std::vector<ScaleRow>& rows) {
    std::printf("| backend | events | batched fill, appends/s | appends/s, 1 writer | appends/s, 8 writers | verify "
                "| checkpoint (time, bytes) | proof (time, bytes, path) | bundle export (time, MB) | bundle verify |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const ScaleRow& r : rows) {
        std::printf("| %s | %lld | %.0f | %.0f | %.0f | %.1f s | %.2f s, %zu B | %.2f s, %zu B, %zu hashes | %.1f s, %.1f MB | %.1f s |\n",
                    r.backend.c_str(), static_cast<long long>(r.events), r.fill_per_second, r.one, r.eight,
                    r.verify_seconds, r.checkpoint_seconds, r.checkpoint_bytes, r.prove_seconds, r.proof_bytes,
                    r.proof_path, r.export_seconds, static_cast<double>(r.bundle_bytes) / 1e6, r.bundle_verify_seconds);
    }
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const char* value = argv[i + 1];
        if (flag == "--postgres") o.postgres = value;
        else if (flag == "--appends") o.appends = std::atoi(value);
        else if (flag == "--verify-events") o.verify_events = std::atoi(value);
        else if (flag == "--dir") o.dir = value;
        else if (flag == "--scale") o.scale = std::atoll(value);
        else die("unknown option " + flag);
    }
    if (argc % 2 == 0) die("options come in pairs: --postgres URL --appends N --verify-events N --dir DIR");
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    const std::string state = o.dir + "/ledger-bench-" + std::to_string(::getpid());
    std::filesystem::create_directories(state);
    const std::string script = std::string(SANITIZE_SOURCE_DIR) + "/tests/ledger/pg_test_server.sh";
    std::string admin_url = o.postgres;
    if (admin_url.empty()) {
#ifdef SANITIZE_PG_MODULE_DIR
        const std::string module = std::string(" ") + SANITIZE_PG_MODULE_DIR;
#else
        const std::string module;
#endif
        if (std::system(("bash " + script + " start " + state + "/pg" + module + " >/dev/null").c_str()) != 0) {
            die("pg_test_server.sh");
        }
        std::ifstream(state + "/pg/url") >> admin_url;
    }
    if (o.scale > 0) {
        const Keys k;
        std::vector<ScaleRow> rows{scale_run("SQLite (WAL, synchronous=FULL)", state + "/scale.db", state, k, o)};
        if (!admin_url.empty() && admin_url != "none") {
            PGconn* admin = PQconnectdb(admin_url.c_str());
            PGresult* made = PQexec(admin, "CREATE DATABASE bench_scale");
            if (PQresultStatus(made) != PGRES_COMMAND_OK) die(std::string("create database: ") + PQerrorMessage(admin));
            PQclear(made);
            PQfinish(admin);
            rows.push_back(scale_run("PostgreSQL 15 (loopback)", admin_url.substr(0, admin_url.rfind('/') + 1) + "bench_scale",
                                     state, k, o));
        }
        if (o.postgres.empty()) std::system(("bash " + script + " stop " + state + "/pg >/dev/null").c_str());
        std::filesystem::remove_all(state);
        print_scale(rows);
        return 0;
    }
    std::vector<Row> rows;
    rows.push_back(measure("SQLite (WAL, synchronous=FULL)",
                           [&](const char* name) { return state + "/" + name + ".db"; }, o));
    if (!admin_url.empty() && admin_url != "none") {
        int counter = 0;
        const std::string base = admin_url.substr(0, admin_url.rfind('/') + 1);
        auto fresh = [&](const char* name) {
            const std::string db = std::string("bench_") + name + "_" + std::to_string(counter++);
            PGconn* admin = PQconnectdb(admin_url.c_str());
            PQsetNoticeProcessor(admin, [](void*, const char*) {}, nullptr);
            for (const std::string& sql : {"DROP DATABASE IF EXISTS " + db, "CREATE DATABASE " + db}) {
                PGresult* result = PQexec(admin, sql.c_str());
                if (PQresultStatus(result) != PGRES_COMMAND_OK) die(sql + ": " + PQerrorMessage(admin));
                PQclear(result);
            }
            PQfinish(admin);
            return base + db;
        };
        rows.push_back(measure("PostgreSQL 15 (loopback)", fresh, o));
    }
    if (o.postgres.empty()) std::system(("bash " + script + " stop " + state + "/pg >/dev/null").c_str());
    std::filesystem::remove_all(state);

    std::printf("| backend | appends/s, 1 writer | appends/s, 8 writers | batched appends/s (1,000 per transaction) "
                "| verify %lld events | verified events/s |\n",
                static_cast<long long>(rows.front().verify.events));
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    for (const Row& r : rows) {
        std::printf("| %s | %.0f | %.0f | %.0f | %.2f s | %.0f |\n", r.backend.c_str(), r.one, r.eight,
                    r.verify.batched_per_second, r.verify.seconds, static_cast<double>(r.verify.events) / r.verify.seconds);
    }
    std::printf("\n%d appends per run (split across the writers); each writer is a process with its own connection.\n",
                o.appends);
    return 0;
}
