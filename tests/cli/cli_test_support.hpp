// Running the `sanitize` binary in tests: in English unless asked otherwise, JSON lines parsed,
// media filled with markers and read back with plain reads, independent of the engine.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_process.hpp"

namespace sanitize::test {

// The environment of a run: English unless `lang_env` names a locale for LANG.
// No ledger or key of the machine's user is ever found: tests that want one name their own.
inline std::vector<std::string> cli_environment(const std::string& lang_env = "C") {
    return {"LC_ALL=",          "LC_MESSAGES=",
            "LANG=" + lang_env, "TERM=dumb",
            "SANITIZE_LEDGER=", "SANITIZE_KEY=",
            // Checkpoints of resumable wipes outside the machine's state directory.
            "SANITIZE_CHECKPOINT_DIR=" + (std::filesystem::temp_directory_path() / "sanitize-test-checkpoints").string(),
            "XDG_DATA_HOME=/nonexistent/sanitize-test-data", "XDG_CONFIG_HOME=/nonexistent/sanitize-test-config",
            // No site file of the machine (an installed package's), nor a setting of the person
            // running the tests (sanitize.conf(5)), changes what a test runs.
            "SANITIZE_SITE_CONFIG=/nonexistent/sanitize-test-site.conf", "SANITIZE_METHOD=", "SANITIZE_VERIFY=",
            "SANITIZE_LANG=", "SANITIZE_ORGANISATION=", "SANITIZE_DEPARTMENT=", "SANITIZE_CERTIFICATE_DIR="};
}

inline ProcessResult run_cli(const std::vector<std::string>& args, const std::string& lang_env = "C",
                             const std::string& stdin_text = "") {
    std::vector<std::string> argv{SANITIZE_CLI_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessOptions options;
    options.stdin_text = stdin_text;
    options.extra_env = cli_environment(lang_env);
    return run_process(argv, options);
}

// One JSON document per non-empty line of `text`.
inline std::vector<nlohmann::json> json_lines(const std::string& text) {
    std::vector<nlohmann::json> documents;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) documents.push_back(nlohmann::json::parse(line));
    }
    return documents;
}

// Plain read(2) to the end: a block device or file as the kernel returns it, no engine involved.
inline std::string read_file(const std::string& path, std::size_t limit = std::string::npos) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("open " + path);
    std::string data;
    std::vector<char> buffer(std::size_t{1} << 20);
    while (data.size() < limit) {
        ssize_t n = ::read(fd, buffer.data(), std::min(buffer.size(), limit - data.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        data.append(buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    return data;
}

// "MARKER-0 MARKER-1 …" up to `size` bytes: text that a wipe must leave nowhere.
inline std::string marker_text(std::uint64_t size) {
    std::string text;
    text.reserve(size);
    for (std::uint64_t n = 0; text.size() < size; ++n) text += "MARKER-" + std::to_string(n) + "\n";
    text.resize(size);
    return text;
}

// Writes through a plain descriptor and fsyncs: what a block device or file holds afterwards.
inline void write_and_sync(const std::string& path, const std::string& data) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("open " + path);
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::pwrite(fd, data.data() + done, data.size() - done, static_cast<off_t>(done));
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("pwrite " + path);
        }
        done += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
}

inline void create_file(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << data;
    if (!out) throw std::runtime_error("write " + path);
}

inline bool contains_marker(const std::string& data) {
    return data.find("MARKER-") != std::string::npos;
}

// The CLI running in the background with stdout and stderr in files, for signalling it.
class BackgroundCli {
public:
    BackgroundCli(const std::vector<std::string>& args, const std::string& out_path, const std::string& err_path) {
        std::vector<std::string> argv{SANITIZE_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<std::string> env = detail::child_environment(cli_environment());
        auto arg_pointers = detail::c_strings(argv);
        auto env_pointers = detail::c_strings(env);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attr, &none);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
        int rc = posix_spawn(&pid_, argv[0].c_str(), &actions, &attr, arg_pointers.data(), env_pointers.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
        if (rc != 0) throw std::runtime_error("spawn " + argv[0]);
    }
    ~BackgroundCli() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            wait();
        }
    }
    BackgroundCli(const BackgroundCli&) = delete;
    BackgroundCli& operator=(const BackgroundCli&) = delete;

    void signal(int signal_number) const { ::kill(pid_, signal_number); }

    // The exit code, or -signal when a signal ended it.
    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    }

private:
    pid_t pid_ = -1;
};

// The CLI in a new session whose controlling terminal (and stdin) is a pseudo-terminal that the
// test types into; stdout and stderr go to files. Lets tests answer the confirmation prompt.
class TerminalCli {
public:
    TerminalCli(const std::vector<std::string>& args, const std::string& out_path, const std::string& err_path) {
        master_ = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master_ < 0 || ::grantpt(master_) != 0 || ::unlockpt(master_) != 0) throw std::runtime_error("posix_openpt");
        char name[128] = {};
        if (::ptsname_r(master_, name, sizeof name) != 0) throw std::runtime_error("ptsname_r");
        std::vector<std::string> argv{SANITIZE_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<std::string> env = detail::child_environment(cli_environment());
        auto arg_pointers = detail::c_strings(argv);
        auto env_pointers = detail::c_strings(env);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        // Opened after setsid() and without O_NOCTTY: the terminal becomes the controlling one.
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, name, O_RDWR, 0);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attr, &none);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSID);
        int rc = posix_spawn(&pid_, argv[0].c_str(), &actions, &attr, arg_pointers.data(), env_pointers.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
        if (rc != 0) throw std::runtime_error("spawn " + argv[0]);
    }
    ~TerminalCli() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            wait();
        }
        if (master_ >= 0) ::close(master_);
    }
    TerminalCli(const TerminalCli&) = delete;
    TerminalCli& operator=(const TerminalCli&) = delete;

    // Everything the terminal showed until `text` appeared (or the time ran out).
    std::string read_until(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        auto deadline = std::chrono::steady_clock::now() + timeout;
        while (screen_.find(text) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
            pollfd fd{master_, POLLIN, 0};
            if (::poll(&fd, 1, 50) <= 0) continue;
            char buffer[4096];
            ssize_t n = ::read(master_, buffer, sizeof buffer);
            if (n <= 0) break;  // EIO: the child closed the terminal
            screen_.append(buffer, static_cast<std::size_t>(n));
        }
        return screen_;
    }

    void type(const std::string& text) const {
        if (::write(master_, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
            throw std::runtime_error("write to the terminal");
        }
    }

    void signal(int signal_number) const { ::kill(pid_, signal_number); }

    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    }

private:
    int master_ = -1;
    pid_t pid_ = -1;
    std::string screen_;
};

// Polls until `done` holds or the time is up; returns whether it held.
template <typename Predicate>
bool eventually(Predicate done, std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

}  // namespace sanitize::test
