// `wipe --stdin-cancels`: the end of stdin stops the wipe as SIGTERM does. A front end that
// starts the CLI as root through pkexec may not signal it (the kernel refuses a signal from
// another user), but it holds the write end of the CLI's stdin: closing it is its Cancel, and a
// front end that dies closes it too.
#pragma once

#include <optional>
#include <stop_token>
#include <thread>

namespace sanitize::cli {

class StdinCancel {
public:
    // Stop requests of `outer` (the signals) are passed on as well. Stdin is not read until
    // watch(): until the work begins it may still carry the passphrases, and a helper whose
    // front end closed stdin early still reports what it stopped.
    explicit StdinCancel(std::stop_token outer);
    // From now on, the end of stdin stops the work.
    void watch();
    ~StdinCancel();  // ends the watcher thread
    StdinCancel(const StdinCancel&) = delete;
    StdinCancel& operator=(const StdinCancel&) = delete;

    std::stop_token token() const noexcept { return source_.get_token(); }

private:
    struct Forward {
        std::stop_source* source;
        void operator()() const { source->request_stop(); }
    };
    void wait_for_end();

    std::stop_source source_;
    std::optional<std::stop_callback<Forward>> forward_;
    int wake_[2] = {-1, -1};  // a pipe: written by the destructor to end the poll
    std::thread thread_;
};

}  // namespace sanitize::cli
