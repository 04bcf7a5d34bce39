// Progress of `prepare --json --json-progress` as JSON Lines on stdout, for a front end that
// runs the CLI as its privileged helper: the protocol's (sanitize/protocol.hpp) {"progress": …}
// lines of the wipe (target 0), a {"step": …} line when a step starts and ends, and {"bytes": …}
// lines while the archive is written and read back. The result document follows them.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

#include "progress_json.hpp"
#include "sanitize/protocol.hpp"

namespace sanitize::cli {

class PrepareJsonProgress {
public:
    PrepareJsonProgress(std::ostream& out, std::string device,
                        std::chrono::steady_clock::duration interval = std::chrono::milliseconds(250));

    void step(jobs::PrepareStep step, protocol::Step::State state);
    void wipe(const wipe::Progress& progress);
    // At most one line per interval, and always the last one, so that a fast folder does not
    // flood the pipe and the front end still sees 100 %.
    void bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total);

private:
    std::mutex mutex_;  // one line at a time, whichever thread reports
    std::ostream& out_;
    JsonProgress wipe_;
    std::chrono::steady_clock::duration interval_;
    std::chrono::steady_clock::time_point last_bytes_{};
};

}  // namespace sanitize::cli
