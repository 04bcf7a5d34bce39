// The signal watcher thread.
#include "signals.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

#include "exit_codes.hpp"

namespace sanitize::cli {

namespace {

// SIGUSR1 only wakes the watcher when the program ends; it is blocked like the others so
// that a stray one cannot kill the process mid-wipe.
sigset_t watched_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGUSR1);
    return set;
}

}  // namespace

SignalWatcher::SignalWatcher() {
    sigset_t set = watched_signals();
    if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) std::abort();
    thread_ = std::thread([this] { wait_for_signals(); });
}

SignalWatcher::~SignalWatcher() {
    closing_.store(true);
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
}

void SignalWatcher::wait_for_signals() {
    sigset_t set = watched_signals();
    for (;;) {
        int signal_number = 0;
        if (sigwait(&set, &signal_number) != 0) continue;
        if (signal_number == SIGUSR1) {
            if (closing_.load()) return;
            continue;
        }
        if (source_.stop_requested()) {
            // A second interrupt: the operator does not want to wait for the current chunk.
            std::_Exit(to_int(ExitCode::interrupted));
        }
        source_.request_stop();
    }
}

}  // namespace sanitize::cli
