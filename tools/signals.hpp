// SIGINT, SIGTERM and SIGHUP become a stop request, without a signal handler.
//
// The constructor blocks the signals in the calling thread, so it must run in main before any
// other thread starts: every thread started later inherits the mask, and the signals reach
// only the watcher thread, which waits for them in sigwait and calls request_stop(). The wipe
// engine honours the request between chunks and returns a report with outcome `aborted`.
#pragma once

#include <atomic>
#include <stop_token>
#include <thread>

namespace sanitize::cli {

class SignalWatcher {
public:
    SignalWatcher();
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

    std::stop_token token() const noexcept { return source_.get_token(); }

private:
    void wait_for_signals();

    std::stop_source source_;
    std::atomic<bool> closing_{false};
    std::thread thread_;
};

}  // namespace sanitize::cli
