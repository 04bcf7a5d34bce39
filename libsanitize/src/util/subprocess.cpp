// posix_spawn rather than fork: the job runs in a threaded process (wipe workers, the GUI), where
// only async-signal-safe work may follow a fork, and posix_spawn does exactly that much.
#include "util/subprocess.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <ctime>
#include <thread>

namespace sanitize::util {
namespace {

constexpr std::size_t stderr_tail_bytes = 4096;

struct Pipe {
    int read = -1;
    int write = -1;
    Result<void> open() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) return make_error(errc_from_errno(errno), "pipe", errno);
        read = fds[0];
        write = fds[1];
        return {};
    }
    static void close_fd(int& fd) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    ~Pipe() {
        close_fd(read);
        close_fd(write);
    }
};

// A write into a pipe whose reader died raises SIGPIPE, which would end the whole process:
// blocked on this thread while feeding, and a pending one taken away before unblocking.
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigemptyset(&pipe_);
        sigaddset(&pipe_, SIGPIPE);
        ::pthread_sigmask(SIG_BLOCK, &pipe_, &previous_);
    }
    ~SigpipeBlock() {
        sigset_t pending;
        sigemptyset(&pending);
        if (::sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1) {
            const timespec zero{0, 0};
            ::sigtimedwait(&pipe_, nullptr, &zero);
        }
        ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;

private:
    sigset_t pipe_{};
    sigset_t previous_{};
};

void drain_stderr(int fd, std::string& tail) {
    std::array<char, 4096> buffer{};
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        tail.append(buffer.data(), static_cast<std::size_t>(n));
        if (tail.size() > stderr_tail_bytes) tail.erase(0, tail.size() - stderr_tail_bytes);
    }
}

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (const std::string& s : strings) pointers.push_back(const_cast<char*>(s.c_str()));
    pointers.push_back(nullptr);
    return pointers;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<std::string> find_program(std::string_view name) {
    for (const char* dir : {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"}) {
        std::string path = std::string(dir) + "/" + std::string(name);
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0) return path;
    }
    return std::nullopt;
}

Result<ProgramExit> run_program(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                                const ProgramIo& io, std::stop_token stop) {
    Pipe in, out, err;
    if (io.feed_stdin) {
        if (auto opened = in.open(); !opened) return opened.error();
    }
    if (io.read_stdout) {
        if (auto opened = out.open(); !opened) return opened.error();
    }
    if (auto opened = err.open(); !opened) return opened.error();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (io.feed_stdin) {
        posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    }
    if (io.read_stdout) {
        posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    }
    posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
    std::vector<char*> args = c_strings(argv);
    std::vector<char*> env = c_strings(environment);
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return make_error(errc_from_errno(spawned), "spawn " + argv[0], spawned);
    Pipe::close_fd(in.read);
    Pipe::close_fd(out.write);
    Pipe::close_fd(err.write);

    ProgramExit exit;
    std::thread stderr_reader([&] { drain_stderr(err.read, exit.stderr_tail); });
    std::stop_callback kill_on_stop(stop, [pid] { ::kill(pid, SIGTERM); });
    Result<void> fed;
    std::thread feeder;
    if (io.feed_stdin) {
        feeder = std::thread([&] {
            SigpipeBlock block;
            fed = io.feed_stdin(in.write);
            Pipe::close_fd(in.write);
        });
    }
    Result<void> read = io.read_stdout ? io.read_stdout(out.read) : Result<void>();
    if (!read) ::kill(pid, SIGTERM);
    if (feeder.joinable()) feeder.join();
    if (!fed && fed.error().sys_errno != EPIPE) ::kill(pid, SIGTERM);  // after EPIPE it is ending already
    Pipe::close_fd(out.read);
    exit.status = wait_for(pid);
    stderr_reader.join();
    // The program stopped reading because it failed (a full disk): its own words say more than
    // the broken pipe.
    if (!fed && fed.error().sys_errno == EPIPE && exit.status != 0 && !stop.stop_requested()) return exit;
    if (!fed) return fed.error();
    if (!read) return read.error();
    if (stop.stop_requested()) return make_error(Errc::cancelled, argv[0]);
    return exit;
}

}  // namespace sanitize::util
