// Progress of one or more targets on stderr.
//
// On a terminal every target has a line with a bar that is redrawn in place. Elsewhere (a log
// file, a pipe, CI) plain status lines: at most one every few seconds per target, plus one at
// every change of pass or phase, so that a log shows the steps without drowning in numbers.
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
        std::chrono::steady_clock::time_point last_line{};
        bool finished = false;
    };

    std::string render_bar(const Row& row, const wipe::Progress& progress) const;
    std::string render_line(const Row& row, const wipe::Progress& progress) const;
    std::string progress_fields(const wipe::Progress& progress, std::string_view separator) const;
    void redraw_locked(bool force);
    void write_locked(const std::string& text);

    std::ostream& out_;
    const Messages& messages_;
    ProgressViewOptions options_;
    std::vector<Row> rows_;
    std::size_t label_width_ = 0;
    std::size_t drawn_rows_ = 0;
    std::chrono::steady_clock::time_point last_redraw_{};
    std::mutex mutex_;
};

}  // namespace sanitize::cli
