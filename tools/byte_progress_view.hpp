// Progress of one long byte-counted job (encrypting or decrypting a folder) on stderr: a bar
// redrawn in place on a terminal, a plain line every few seconds elsewhere, nothing when silent.
// Fed from the library's progress callback; every method takes the view's lock, so it may be
// called from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

#include "messages.hpp"
#include "progress_view.hpp"

namespace sanitize::cli {

class ByteProgressView {
public:
    ByteProgressView(std::ostream& out, const Messages& messages, std::string label, ProgressViewOptions options);

    // Redraws at most every redraw_interval (bars) or line_interval (lines).
    void update(std::uint64_t bytes_done, std::uint64_t bytes_total);
    // The job ended after `bytes`: size, time and average rate replace the bar.
    void finish(std::uint64_t bytes);
    // Leaves the cursor below a half-drawn bar (on failure, before the error is printed).
    void close();

private:
    std::string render(std::uint64_t done, std::uint64_t total, std::chrono::steady_clock::time_point now) const;
    void draw_locked(const std::string& text);

    std::ostream& out_;
    const Messages& messages_;
    std::string label_;
    ProgressViewOptions options_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point last_draw_{};
    bool drawn_ = false;  // a bar is on the current line
    bool finished_ = false;
    std::mutex mutex_;
};

}  // namespace sanitize::cli
