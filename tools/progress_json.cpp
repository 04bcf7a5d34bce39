#include "progress_json.hpp"

#include <nlohmann/json.hpp>

namespace sanitize::cli {

namespace {

const char* phase_name(wipe::Phase phase) {
    switch (phase) {
        case wipe::Phase::writing: return "writing";
        case wipe::Phase::syncing: return "syncing";
        case wipe::Phase::verifying: return "verifying";
    }
    return "writing";
}

}  // namespace

std::string progress_json_line(std::size_t target, const std::string& device, const wipe::Progress& progress) {
    nlohmann::json document = {
        {"progress",
         {{"target", target},
          {"device", device},
          {"pass", progress.pass_index + 1},
          {"passes", progress.pass_count},
          {"phase", phase_name(progress.phase)},
          {"bytes_done", progress.phase_bytes_done},
          {"bytes_total", progress.phase_bytes_total},
          {"bytes_per_second", progress.bytes_per_second},
          {"eta_seconds", progress.eta ? nlohmann::json(progress.eta->count()) : nlohmann::json(nullptr)}}},
    };
    return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

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
    out_ << progress_json_line(target, row.device, progress) << std::flush;
}

}  // namespace sanitize::cli
