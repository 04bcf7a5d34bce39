#include "progress_json.hpp"

#include "sanitize/protocol.hpp"

namespace sanitize::cli {

JsonProgress::JsonProgress(std::ostream& out, std::vector<std::string> devices,
                           std::chrono::steady_clock::duration interval)
    : out_(out), interval_(interval) {
    for (std::string& device : devices) rows_.push_back(Row{std::move(device), std::nullopt, {}});
}

void JsonProgress::update(std::size_t target, const wipe::Progress& progress) {
    const std::scoped_lock lock(mutex_);
    if (target >= rows_.size()) return;
    Row& row = rows_[target];
    const auto now = std::chrono::steady_clock::now();
    const std::pair<std::size_t, wipe::Phase> step{progress.pass_index, progress.phase};
    const bool changed = row.step != step;
    const bool phase_done = progress.phase_bytes_done == progress.phase_bytes_total;
    if (!changed && !phase_done && now - row.last < interval_) return;
    row.step = step;
    row.last = now;
    out_ << protocol::encode(protocol::Progress{target, row.device, progress}) << "\n" << std::flush;
}

}  // namespace sanitize::cli
