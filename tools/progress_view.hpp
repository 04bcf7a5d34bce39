// Progress of one or more targets on stderr.
//
// On a terminal every target has a line with a bar that is redrawn in place, its columns at
// fixed places so the bar neither jumps nor vanishes as the numbers change. Elsewhere (a log
// file, a pipe, CI) plain status lines: one when a pass or phase starts, one where it ended
// (100 %, with its rate, however fast the medium), and at most one every few seconds between,
// so that a log shows the steps without drowning in numbers. Numbers not yet measured (a rate
// before any byte, an ETA at 0 %) are left out rather than shown as zeros.
// Callbacks of the wipe run on each target's own thread: every method takes the view's lock.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "messages.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

enum class ProgressStyle { bars, lines, silent };

struct ProgressViewOptions {
    ProgressStyle style = ProgressStyle::lines;
    std::size_t width = 80;  // terminal columns, for bars
    std::chrono::steady_clock::duration line_interval = std::chrono::seconds(5);
    std::chrono::steady_clock::duration redraw_interval = std::chrono::milliseconds(100);
    std::function<std::chrono::steady_clock::time_point()> clock;  // tests fake time; default steady_clock
};

// Bars when stderr is a terminal; else plain lines, or nothing when stdout carries --json and
// stderr is not a terminal either (scripts then read the JSON reports only).
ProgressViewOptions progress_options_for_stderr(bool json_output);

class ProgressView {
public:
    ProgressView(std::ostream& out, const Messages& messages, std::vector<std::string> labels,
                 ProgressViewOptions options);

    void update(std::size_t target, const wipe::Progress& progress);
    // The target is done; `result` is shown in place of its progress ("erased").
    void finish(std::size_t target, std::string_view result);
    // A line of its own (a diagnostic), kept above the bars.
    void note(std::string_view line);
    // Draws the final state; the cursor ends below the bars.
    void close();

private:
    struct Row {
        std::string label;
        std::string text;  // the last rendering of this target's state
        std::optional<std::pair<std::size_t, wipe::Phase>> step;
        // Lines: the newest state not yet printed, printed when its step ends or the target does.
        std::optional<wipe::Progress> unprinted;
        std::chrono::steady_clock::time_point last_line{};
        bool finished = false;
    };

    std::string render_bar(const Row& row, const wipe::Progress& progress) const;
    std::string render_line(const Row& row, const wipe::Progress& progress) const;
    std::string progress_fields(const wipe::Progress& progress, std::string_view separator, bool padded) const;
    void print_unprinted_locked(Row& row);
    void redraw_locked(bool force);
    void write_locked(const std::string& text);

    std::ostream& out_;
    const Messages& messages_;
    ProgressViewOptions options_;
    std::vector<Row> rows_;
    std::size_t label_width_ = 0;
    std::size_t phase_width_ = 0;  // the widest phase name, so bars keep their place
    std::size_t eta_width_ = 0;    // an ETA's width, reserved when there is none yet
    std::size_t drawn_rows_ = 0;
    std::chrono::steady_clock::time_point last_redraw_{};
    std::mutex mutex_;
};

}  // namespace sanitize::cli
