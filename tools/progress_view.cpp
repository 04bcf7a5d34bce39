// Progress bars and status lines.
#include "progress_view.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "text_format.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t min_bar = 10;
constexpr std::size_t max_bar = 40;

bool stderr_is_terminal() {
    if (isatty(STDERR_FILENO) == 0) return false;
    const char* term = std::getenv("TERM");
    return term == nullptr || std::strcmp(term, "dumb") != 0;  // "dumb" terminals cannot move the cursor
}

std::size_t stderr_columns() {
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

double fraction_done(const wipe::Progress& progress) {
    if (progress.phase_bytes_total == 0) return 0;
    double fraction = static_cast<double>(progress.phase_bytes_done) / static_cast<double>(progress.phase_bytes_total);
    return std::clamp(fraction, 0.0, 1.0);
}

// A sync has no bytes to count: its step shows no percentage, rate or ETA.
bool counts_bytes(const wipe::Progress& progress) {
    return progress.phase_bytes_total > 0;
}

// An ETA means something once bytes were done and some remain.
bool has_eta(const wipe::Progress& progress) {
    return progress.eta && counts_bytes(progress) && progress.phase_bytes_done > 0 && fraction_done(progress) < 1.0;
}

}  // namespace

ProgressViewOptions progress_options_for_stderr(bool json_output) {
    ProgressViewOptions options;
    if (stderr_is_terminal()) {
        options.style = ProgressStyle::bars;
        options.width = stderr_columns();
    } else {
        options.style = json_output ? ProgressStyle::silent : ProgressStyle::lines;
    }
    return options;
}

ProgressView::ProgressView(std::ostream& out, const Messages& messages, std::vector<std::string> labels,
                           ProgressViewOptions options)
    : out_(out), messages_(messages), options_(std::move(options)) {
    if (!options_.clock) options_.clock = [] { return std::chrono::steady_clock::now(); };
    options_.width = std::max<std::size_t>(options_.width, 20);
    for (std::string& label : labels) {
        label_width_ = std::max(label_width_, display_width(label));
        rows_.push_back(Row{std::move(label), {}, std::nullopt, std::nullopt, {}, false});
    }
    for (const wipe::Phase phase : {wipe::Phase::writing, wipe::Phase::syncing, wipe::Phase::verifying}) {
        phase_width_ = std::max(phase_width_, display_width(messages_.phase(phase)));
    }
    eta_width_ = display_width(messages_.format(Msg::progress_eta, clock_duration(0)));
}

std::string ProgressView::progress_fields(const wipe::Progress& progress, std::string_view separator,
                                          bool padded) const {
    std::string text;
    if (progress.pass_count > 0) {
        text = messages_.format(Msg::progress_pass, progress.pass_index + 1, progress.pass_count);
        text += separator;
    }
    const std::string phase(messages_.phase(progress.phase));
    return text + (padded ? pad_right(phase, phase_width_) : phase);
}

std::string ProgressView::render_line(const Row& row, const wipe::Progress& progress) const {
    std::string text = row.label + ": " + progress_fields(progress, ", ", false);
    if (!counts_bytes(progress) || progress.phase_bytes_done == 0) return text;  // a step starting
    text += fmt::format(", {:.1f} %", fraction_done(progress) * 100.0);
    if (progress.bytes_per_second > 0) text += ", " + human_rate(progress.bytes_per_second);
    if (has_eta(progress)) {
        text += ", " + messages_.format(Msg::progress_eta, clock_duration(static_cast<std::uint64_t>(progress.eta->count())));
    }
    return text;
}

std::string ProgressView::render_bar(const Row& row, const wipe::Progress& progress) const {
    std::string head = pad_right(row.label, label_width_) + "  " + progress_fields(progress, "  ", true);
    // Every column has a fixed width, blank until measured, so the bar keeps its length.
    const bool bytes = counts_bytes(progress);
    const std::string rate = bytes && progress.bytes_per_second > 0 ? human_rate(progress.bytes_per_second) : "";
    const std::string eta =
        has_eta(progress) ? messages_.format(Msg::progress_eta, clock_duration(static_cast<std::uint64_t>(progress.eta->count())))
                          : "";
    std::string percent = bytes ? fmt::format("{:5.1f} %", fraction_done(progress) * 100.0) : std::string(7, ' ');
    std::string tail = percent + "  " + fmt::format("{:>12}", rate) + "  " + pad_right(eta, eta_width_);
    // The last column stays free: writing into it makes some terminals wrap early.
    std::size_t used = display_width(head) + display_width(tail) + 6 + 1;
    std::size_t bar = options_.width > used ? std::min(max_bar, options_.width - used) : 0;
    if (bar < min_bar) return head + "  " + tail;  // too narrow for a bar: numbers only
    auto filled = static_cast<std::size_t>(fraction_done(progress) * static_cast<double>(bar));
    return head + "  [" + std::string(filled, '#') + std::string(bar - filled, '.') + "]  " + tail;
}

void ProgressView::update(std::size_t target, const wipe::Progress& progress) {
    std::lock_guard lock(mutex_);
    if (target >= rows_.size() || options_.style == ProgressStyle::silent) return;
    Row& row = rows_[target];
    if (row.finished) return;
    auto now = options_.clock();
    std::pair<std::size_t, wipe::Phase> step{progress.pass_index, progress.phase};
    bool new_step = !row.step || *row.step != step;
    row.step = step;
    if (options_.style == ProgressStyle::bars) {
        row.text = render_bar(row, progress);
        redraw_locked(new_step);
        return;
    }
    // Where a step ended, however fast: its last state, unless that was printed already or the
    // step had no bytes to count (a sync).
    if (new_step && row.unprinted && counts_bytes(*row.unprinted)) print_unprinted_locked(row);
    row.unprinted = progress;
    if (new_step || now - row.last_line >= options_.line_interval) {
        row.last_line = now;
        print_unprinted_locked(row);
    }
}

void ProgressView::print_unprinted_locked(Row& row) {
    if (!row.unprinted) return;
    write_locked(render_line(row, *row.unprinted) + "\n");
    row.unprinted.reset();
}

void ProgressView::finish(std::size_t target, std::string_view result) {
    std::lock_guard lock(mutex_);
    if (target >= rows_.size() || options_.style == ProgressStyle::silent) return;
    Row& row = rows_[target];
    row.finished = true;
    std::string done = messages_.format(Msg::progress_done, result);
    if (options_.style == ProgressStyle::bars) {
        row.text = pad_right(row.label, label_width_) + "  " + done;
        redraw_locked(true);
    } else {
        if (row.unprinted && counts_bytes(*row.unprinted)) print_unprinted_locked(row);
        write_locked(row.label + ": " + done + "\n");
    }
}

void ProgressView::note(std::string_view line) {
    std::lock_guard lock(mutex_);
    if (options_.style != ProgressStyle::bars || drawn_rows_ == 0) {
        write_locked(std::string(line) + "\n");
        return;
    }
    // Move above the bars, clear them, print the note and draw the bars again below it.
    write_locked(fmt::format("\x1b[{}A\r\x1b[J{}\n", drawn_rows_, line));
    drawn_rows_ = 0;
    redraw_locked(true);
}

void ProgressView::close() {
    std::lock_guard lock(mutex_);
    if (options_.style == ProgressStyle::bars && drawn_rows_ > 0) redraw_locked(true);
}

void ProgressView::redraw_locked(bool force) {
    auto now = options_.clock();
    if (!force && drawn_rows_ > 0 && now - last_redraw_ < options_.redraw_interval) return;
    last_redraw_ = now;
    std::string frame;
    if (drawn_rows_ > 0) frame += fmt::format("\x1b[{}A", drawn_rows_);
    for (const Row& row : rows_) {
        frame += "\r\x1b[2K";
        // A line longer than the terminal would wrap and break the cursor arithmetic.
        frame += truncate_to_width(row.text.empty() ? row.label : row.text, options_.width - 1);
        frame += "\n";
    }
    drawn_rows_ = rows_.size();
    write_locked(frame);
}

void ProgressView::write_locked(const std::string& text) {
    out_ << text << std::flush;
}

}  // namespace sanitize::cli
