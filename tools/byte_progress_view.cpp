// A progress bar or status lines for one byte-counted job.
#include "byte_progress_view.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "text_format.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t min_bar = 10;
constexpr std::size_t max_bar = 40;

}  // namespace

ByteProgressView::ByteProgressView(std::ostream& out, const Messages& messages, std::string label,
                                   ProgressViewOptions options)
    : out_(out), messages_(messages), label_(std::move(label)), options_(std::move(options)) {
    if (!options_.clock) options_.clock = [] { return std::chrono::steady_clock::now(); };
    options_.width = std::max<std::size_t>(options_.width, 20);
    started_ = options_.clock();
}

// The rate is the average since the start: folders mix many small files with large ones, and a
// short window would make the ETA jump with every small file. Within the first second the
// average is noise (a first small file read from the cache gave "ETA 0:20:10"): no ETA yet.
std::string ByteProgressView::render(std::uint64_t done, std::uint64_t total,
                                     std::chrono::steady_clock::time_point now) const {
    const double seconds = std::chrono::duration<double>(now - started_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    const double fraction =
        total == 0 ? 0 : std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0);
    std::string numbers = fmt::format("{:5.1f} %  {} / {}  {}", fraction * 100.0, human_size(done),
                                      human_size(total), human_rate(rate));
    if (rate > 0 && total > done && now - started_ >= std::chrono::seconds(1)) {
        const auto eta = static_cast<std::uint64_t>(static_cast<double>(total - done) / rate);
        numbers += "  " + messages_.format(Msg::progress_eta, clock_duration(eta));
    }
    if (options_.style != ProgressStyle::bars) return label_ + ": " + numbers;
    // The last column stays free: writing into it makes some terminals wrap early.
    const std::size_t used = display_width(label_) + display_width(numbers) + 6 + 1;
    const std::size_t bar = options_.width > used ? std::min(max_bar, options_.width - used) : 0;
    if (bar < min_bar) return label_ + "  " + numbers;
    const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar));
    return label_ + "  [" + std::string(filled, '#') + std::string(bar - filled, '.') + "]  " + numbers;
}

void ByteProgressView::update(std::uint64_t bytes_done, std::uint64_t bytes_total) {
    const std::lock_guard lock(mutex_);
    if (options_.style == ProgressStyle::silent || finished_) return;
    const auto now = options_.clock();
    const auto interval = options_.style == ProgressStyle::bars ? options_.redraw_interval : options_.line_interval;
    if (last_draw_ != std::chrono::steady_clock::time_point{} && now - last_draw_ < interval) return;
    last_draw_ = now;
    draw_locked(render(bytes_done, bytes_total, now));
}

void ByteProgressView::finish(std::uint64_t bytes) {
    const std::lock_guard lock(mutex_);
    if (options_.style == ProgressStyle::silent || finished_) return;
    finished_ = true;
    const double seconds = std::chrono::duration<double>(options_.clock() - started_).count();
    const std::string result = fmt::format("{}, {}, {}", human_size(bytes), human_duration(seconds),
                                           human_rate(seconds > 0 ? static_cast<double>(bytes) / seconds : 0));
    draw_locked(label_ + (options_.style == ProgressStyle::bars ? "  " : ": ") +
                messages_.format(Msg::progress_done, result));
    if (options_.style == ProgressStyle::bars) out_ << "\n" << std::flush;
    drawn_ = false;
}

void ByteProgressView::close() {
    const std::lock_guard lock(mutex_);
    finished_ = true;
    if (drawn_) out_ << "\n" << std::flush;
    drawn_ = false;
}

void ByteProgressView::draw_locked(const std::string& text) {
    if (options_.style == ProgressStyle::bars) {
        // A line longer than the terminal would wrap, and "\r" would no longer reach its start.
        out_ << "\r\x1b[2K" << truncate_to_width(text, options_.width - 1) << std::flush;
        drawn_ = true;
    } else {
        out_ << text << "\n" << std::flush;
    }
}

}  // namespace sanitize::cli
