// run_process(): start a program, feed it stdin, capture stdout, stderr and how it ended.
//
// For tests: helpers (losetup, mkfs, mount) and the CLI under test. posix_spawn rather than
// fork, so it is safe from a threaded test binary; stdin, stdout and stderr are served from one
// poll loop, so a child that writes a lot before reading cannot deadlock against us.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

extern char** environ;  // NOLINT: POSIX declares it nowhere else

namespace sanitize::test {

struct ProcessOptions {
    std::string stdin_text;              // written to the child's stdin, which is then closed
    std::vector<std::string> extra_env;  // "NAME=value"; replaces an inherited NAME and earlier entries
    std::string working_directory;       // empty: ours
    // Non-empty: stdin stays open after stdin_text until the child's stdout holds this text (a
    // progress line, say), so that closing it is a Cancel at a known point of the run.
    std::string close_stdin_once_out_has{};
};

struct ProcessResult {
    int exit_code = -1;  // -1 when a signal ended the child
    int signal = 0;      // the signal that ended it, 0 when it exited
    std::string out;
    std::string err;

    bool ok() const { return exit_code == 0; }
};

namespace detail {

inline std::vector<std::string> child_environment(const std::vector<std::string>& extra) {
    auto name_of = [](const std::string& entry) { return entry.substr(0, entry.find('=')); };
    std::vector<std::string> env;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        std::string inherited(*entry);
        bool replaced = false;
        for (const std::string& e : extra) replaced = replaced || name_of(e) == name_of(inherited);
        if (!replaced) env.push_back(std::move(inherited));
    }
    // Among the extra entries a later one replaces an earlier one of the same name, so that a
    // caller can refine a base environment (getenv would return the first).
    for (std::size_t i = 0; i < extra.size(); ++i) {
        bool overridden = false;
        for (std::size_t j = i + 1; j < extra.size(); ++j) overridden = overridden || name_of(extra[j]) == name_of(extra[i]);
        if (!overridden) env.push_back(extra[i]);
    }
    return env;
}

inline std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (std::string& s : strings) pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
}

struct Pipe {
    int read_end = -1;
    int write_end = -1;
    Pipe() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2: " + std::string(std::strerror(errno)));
        read_end = fds[0];
        write_end = fds[1];
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_read() {
        if (read_end >= 0) ::close(std::exchange(read_end, -1));
    }
    void close_write() {
        if (write_end >= 0) ::close(std::exchange(write_end, -1));
    }
};

// Owns the posix_spawn attribute objects so that every exit path destroys them.
struct SpawnSetup {
    posix_spawn_file_actions_t actions{};
    posix_spawnattr_t attr{};
    SpawnSetup(const Pipe& in, const Pipe& out, const Pipe& err, const std::string& directory) {
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, in.read_end, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, out.write_end, STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, err.write_end, STDERR_FILENO);
        if (!directory.empty()) posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
        posix_spawnattr_init(&attr);
        // The child starts clean: nothing blocked, the usual signals at their defaults.
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attr, &none);
        sigset_t defaults;
        sigemptyset(&defaults);
        for (int sig : {SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD}) sigaddset(&defaults, sig);
        posix_spawnattr_setsigdefault(&attr, &defaults);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

// Returns whether a write hit a closed pipe (the child did not read all of its stdin).
inline bool pump(Pipe& in, Pipe& out, Pipe& err, const std::string& input, ProcessResult& result,
                 const std::string& close_once_out_has = {}) {
    std::size_t written = 0;
    bool broken_pipe = false;
    const auto may_close = [&] { return close_once_out_has.empty() || result.out.find(close_once_out_has) != std::string::npos; };
    if (input.empty() && may_close()) in.close_write();
    if (in.write_end >= 0) ::fcntl(in.write_end, F_SETFL, ::fcntl(in.write_end, F_GETFL) | O_NONBLOCK);
    while (in.write_end >= 0 || out.read_end >= 0 || err.read_end >= 0) {
        // Held open with nothing left to write: not polled for writing (it would always be ready).
        const int in_fd = written < input.size() ? in.write_end : -1;
        pollfd fds[3] = {{in_fd, POLLOUT, 0}, {out.read_end, POLLIN, 0}, {err.read_end, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error("poll: " + std::string(std::strerror(errno)));
        }
        if (fds[0].revents != 0) {
            ssize_t n = ::write(in.write_end, input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n < 0 && errno == EPIPE) broken_pipe = true;
            if (n < 0 && errno != EAGAIN && errno != EINTR) in.close_write();
            if (written == input.size() && may_close()) in.close_write();
        }
        Pipe* readers[2] = {&out, &err};
        std::string* sinks[2] = {&result.out, &result.err};
        for (int i = 0; i < 2; ++i) {
            if (fds[i + 1].revents == 0) continue;
            char buffer[65536];
            ssize_t n = ::read(readers[i]->read_end, buffer, sizeof buffer);
            if (n > 0) sinks[i]->append(buffer, static_cast<std::size_t>(n));
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) readers[i]->close_read();
        }
        // The awaited text came, or the child closed its output without it: stdin goes too.
        const bool child_done = out.read_end < 0 && err.read_end < 0;
        if (in.write_end >= 0 && written == input.size() && (may_close() || child_done)) in.close_write();
    }
    return broken_pipe;
}

}  // namespace detail

// Runs argv[0] (looked up in PATH) to completion. Throws std::runtime_error only when the
// child cannot be started at all: that is a broken test set-up, not a result to check.
inline ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {}) {
    if (argv.empty()) throw std::invalid_argument("run_process: empty argv");
    detail::Pipe in;
    detail::Pipe out;
    detail::Pipe err;
    std::vector<std::string> args = argv;
    std::vector<std::string> env = detail::child_environment(options.extra_env);
    auto arg_pointers = detail::c_strings(args);
    auto env_pointers = detail::c_strings(env);
    pid_t pid = -1;
    {
        detail::SpawnSetup setup(in, out, err, options.working_directory);
        int rc = ::posix_spawnp(&pid, args[0].c_str(), &setup.actions, &setup.attr, arg_pointers.data(),
                                env_pointers.data());
        if (rc != 0) throw std::runtime_error("spawn " + args[0] + ": " + std::strerror(rc));
    }
    in.close_read();
    out.close_write();
    err.close_write();

    // A child that exits without reading its stdin must not kill us with SIGPIPE.
    sigset_t pipe_set;
    sigset_t old_set;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
    ProcessResult result;
    bool broken_pipe = detail::pump(in, out, err, options.stdin_text, result, options.close_stdin_once_out_has);
    if (broken_pipe && !sigismember(&old_set, SIGPIPE)) {
        timespec zero{0, 0};
        while (sigtimedwait(&pipe_set, nullptr, &zero) == SIGPIPE) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &old_set, nullptr);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
}

// The full path of a program in PATH, /usr/sbin or /sbin (root tools live there and a test
// runner's PATH may lack them); nullopt when it is not installed.
inline std::optional<std::string> find_program(const std::string& name) {
    const char* path_env = std::getenv("PATH");
    std::string search = std::string(path_env != nullptr ? path_env : "") + ":/usr/sbin:/sbin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= search.size()) {
        std::size_t end = search.find(':', start);
        if (end == std::string::npos) end = search.size();
        std::string dir = search.substr(start, end - start);
        start = end + 1;
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return std::nullopt;
}

}  // namespace sanitize::test
