// The system journal (tools/system_log.hpp): each line's words, nothing a reader could split
// wrongly or that forges a second line, and — where the machine allows (root, for a private
// mount namespace) — the real syslog(3) datagram as /dev/log receives it, from the real CLI.
#include <catch2/catch.hpp>

#include <sched.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

#include <fstream>

#include "cli_test_support.hpp"
#include "system_log.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::cli;

TEST_CASE("journal: one line per event, the invoking uid first, values quoted and escaped", "[journal]") {
    const JournalLine line = journal_line(JournalEvent::wipe_ended, 1000,
                                          {{"target", "/dev/sdb"}, {"serial", "WD 123"}, {"outcome", "erased"},
                                           {"certificate", ""}, {"detail", "a\nwipe.ended uid=0 \"x\""}});
    CHECK(line.priority == LOG_NOTICE);
    CHECK(line.text == "wipe.ended uid=1000 target=/dev/sdb serial=\"WD 123\" outcome=erased certificate=\"\" "
                       "detail=\"a\\x0awipe.ended uid=0 \\\"x\\\"\"");
    CHECK(journal_line(JournalEvent::key_unlock_failed, 0, {}).priority == LOG_WARNING);
    CHECK(journal_line(JournalEvent::refused, 0, {}).text == "refused uid=0");
}

TEST_CASE("journal: a sink is handed every line", "[journal]") {
    std::vector<JournalLine> lines;
    const SystemLog journal([&](const JournalLine& line) { lines.push_back(line); });
    journal.record(JournalEvent::ledger_written, 42, {{"event", "wipe.certificate"}, {"seq", "7"}});
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == "ledger.written uid=42 event=wipe.certificate seq=7");
}

namespace {

// A datagram socket bound where the child's /dev/log will be.
struct LogSocket {
    int fd = -1;
    explicit LogSocket(const std::string& path) {
        fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        path.copy(address.sun_path, sizeof address.sun_path - 1);
        REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    }
    ~LogSocket() { ::close(fd); }
    // Every datagram waiting, without blocking: the child has exited, so all were sent.
    std::vector<std::string> received() const {
        std::vector<std::string> all;
        char buffer[4096];
        for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;)
            all.emplace_back(buffer, static_cast<std::size_t>(n));
        return all;
    }
};

// In a child with its own mount namespace, a /dev of its own (tmpfs) holding null, zero,
// urandom and `socket` as /dev/log; then the CLI with `args`. The machine's /dev is untouched.
int run_with_private_dev_log(const std::string& socket, const std::vector<std::string>& args,
                             const std::vector<std::string>& environment) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        // The machine's /dev stays reachable under `old_dev` (in this namespace only).
        const std::string old_dev = socket + ".dev";
        std::filesystem::create_directory(old_dev);
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            ::mount("/dev", old_dev.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0 ||
            ::mount("tmpfs", "/dev", "tmpfs", 0, "mode=0755") != 0)
            ::_exit(90);
        for (const char* device : {"null", "zero", "urandom", "random"}) {
            const std::string target = std::string("/dev/") + device;
            std::ofstream(target).close();
            if (::mount((old_dev + "/" + device).c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0) ::_exit(91);
        }
        std::ofstream("/dev/log").close();
        if (::mount(socket.c_str(), "/dev/log", nullptr, MS_BIND, nullptr) != 0) ::_exit(92);
        std::vector<char*> argv;
        std::vector<std::string> all{SANITIZE_CLI_PATH};
        all.insert(all.end(), args.begin(), args.end());
        for (std::string& arg : all) argv.push_back(arg.data());
        argv.push_back(nullptr);
        std::vector<std::string> env = environment;
        std::vector<char*> envp;
        for (std::string& variable : env) envp.push_back(variable.data());
        envp.push_back(nullptr);
        ::execve(SANITIZE_CLI_PATH, argv.data(), envp.data());
        ::_exit(93);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool has_line(const std::vector<std::string>& datagrams, const std::string& part) {
    for (const std::string& datagram : datagrams)
        if (datagram.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("journal: the real CLI's syslog(3) lines, as /dev/log receives them", "[journal][root]") {
    if (::geteuid() != 0) {
        WARN("skipped: needs root, for the CLI's own /dev/log in a private mount namespace");
        return;
    }
    test::TempDir dir{"sanitize-journal"};
    const LogSocket socket(dir.file("log"));
    const std::string key = dir.file("operator.key");
    test::create_file(dir.file("pass"), "Rt7#kQ2!vZ9@mWx\n");
    test::create_file(dir.file("wrong"), "wrong passphrase\n");
    std::vector<std::string> environment = test::cli_environment();
    environment.push_back("HOME=" + dir.path());
    environment.push_back("PATH=/usr/bin:/bin");
    REQUIRE(run_with_private_dev_log(dir.file("log"), {"key", "init", "--out", key, "--kdf", "interactive",
                                                       "--passphrase-file", dir.file("pass")}, environment) == 0);
    // A wrong passphrase for the key: ledger init reads the root key before writing anything.
    const int unlocked = run_with_private_dev_log(
        dir.file("log"), {"ledger", "init", "--organisation", "試験", "--ledger", dir.file("ledger.db"), "--key", key,
                          "--passphrase-file", dir.file("wrong")}, environment);
    CHECK(unlocked != 0);
    const std::vector<std::string> lines = socket.received();
    std::string all;
    for (const std::string& line : lines) all += line + "\n";
    INFO(all);
    // <PRI> of LOG_AUTHPRIV | LOG_WARNING = 10 * 8 + 4, then the ident with the pid.
    CHECK(has_line(lines, "<84>"));
    CHECK(has_line(lines, "sanitize["));
    CHECK(has_line(lines, "key.unlock_failed uid=0 key=" + key + " reason=wrong_passphrase"));
    for (const std::string& line : lines) CHECK(line.find("passphrase\n") == std::string::npos);
}
