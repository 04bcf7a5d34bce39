#include "stdin_cancel.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace sanitize::cli {

StdinCancel::StdinCancel(std::stop_token outer) { forward_.emplace(std::move(outer), Forward{&source_}); }

void StdinCancel::watch() {
    if (thread_.joinable() || ::pipe(wake_) != 0) return;  // no watcher: signals still stop the work
    thread_ = std::thread([this] { wait_for_end(); });
}

StdinCancel::~StdinCancel() {
    if (thread_.joinable()) {
        const char byte = 0;
        while (::write(wake_[1], &byte, 1) < 0 && errno == EINTR) {
        }
        thread_.join();
    }
    for (int fd : wake_) {
        if (fd >= 0) ::close(fd);
    }
}

void StdinCancel::wait_for_end() {
    for (;;) {
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (fds[1].revents != 0) return;
        if (fds[0].revents == 0) continue;
        // Whatever is still written is not for us; only the end counts.
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            source_.request_stop();
            return;
        }
    }
}

}  // namespace sanitize::cli
