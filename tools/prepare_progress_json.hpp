// Progress of `prepare --json --json-progress` as JSON Lines on stdout, for a front end that
// runs the CLI as its privileged helper: the wipe's {"progress": …} objects (progress_json.hpp,
// target 0), a {"step": …} object when a step starts and ends, and {"bytes": …} objects while
// the archive is written and read back. The final result object of --json follows them.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

#include "progress_json.hpp"
#include "sanitize/jobs.hpp"

namespace sanitize::cli {

// {"step": {"name": "wipe", "index": 1, "count": 7, "state": "started"|"done"|"failed"}}
std::string prepare_step_json_line(jobs::PrepareStep step, std::size_t count, const char* state);
// {"bytes": {"step": "write_archive", "done": N, "total": M}}
std::string prepare_bytes_json_line(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total);

class PrepareJsonProgress {
public:
    PrepareJsonProgress(std::ostream& out, std::string device, std::size_t step_count,
                        std::chrono::steady_clock::duration interval = std::chrono::milliseconds(250));

    // `view`'s callbacks (the terminal's step list) with the lines written as well.
    jobs::PrepareCallbacks wrap(jobs::PrepareCallbacks view);

private:
    void write(const std::string& line);
    void bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total);

    std::mutex mutex_;  // one line at a time, whichever thread reports
    std::ostream& out_;
    JsonProgress wipe_;
    std::size_t step_count_;
    std::chrono::steady_clock::duration interval_;
    std::chrono::steady_clock::time_point last_bytes_{};
};

}  // namespace sanitize::cli
