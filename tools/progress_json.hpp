// Progress of a wipe as JSON Lines on stdout (`wipe --json --json-progress`), for a front end
// that runs the CLI as its privileged helper and draws the progress itself: the protocol's
// {"progress": …} lines (sanitize/protocol.hpp), beside the report and certificate lines.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::cli {

// Writes the lines of every target; thread-safe (each target's callbacks run on its own
// thread). A line per change of pass or phase, at the end of a phase, and otherwise at most
// one per interval and target, so that a fast medium does not flood the pipe.
class JsonProgress {
public:
    JsonProgress(std::ostream& out, std::vector<std::string> devices,
                 std::chrono::steady_clock::duration interval = std::chrono::milliseconds(250));
    void update(std::size_t target, const wipe::Progress& progress);

private:
    struct Row {
        std::string device;
        std::optional<std::pair<std::size_t, wipe::Phase>> step;
        std::chrono::steady_clock::time_point last{};
    };
    std::mutex mutex_;
    std::ostream& out_;
    std::chrono::steady_clock::duration interval_;
    std::vector<Row> rows_;
};

}  // namespace sanitize::cli
