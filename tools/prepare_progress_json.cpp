#include "prepare_progress_json.hpp"

#include <utility>

#include <nlohmann/json.hpp>

namespace sanitize::cli {

std::string prepare_step_json_line(jobs::PrepareStep step, std::size_t count, const char* state) {
    const nlohmann::json document = {{"step",
                                      {{"name", jobs::prepare_step_name(step)},
                                       {"index", static_cast<std::size_t>(step) + 1},
                                       {"count", count},
                                       {"state", state}}}};
    return document.dump() + "\n";
}

std::string prepare_bytes_json_line(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) {
    const nlohmann::json document = {{"bytes", {{"step", jobs::prepare_step_name(step)}, {"done", done}, {"total", total}}}};
    return document.dump() + "\n";
}

PrepareJsonProgress::PrepareJsonProgress(std::ostream& out, std::string device, std::size_t step_count,
                                         std::chrono::steady_clock::duration interval)
    : out_(out), wipe_(out, {std::move(device)}, interval), step_count_(step_count), interval_(interval) {}

jobs::PrepareCallbacks PrepareJsonProgress::wrap(jobs::PrepareCallbacks view) {
    jobs::PrepareCallbacks callbacks = view;
    callbacks.on_step_started = [this, inner = view.on_step_started](jobs::PrepareStep step) {
        if (inner) inner(step);
        write(prepare_step_json_line(step, step_count_, "started"));
    };
    callbacks.on_step_finished = [this, inner = view.on_step_finished](jobs::PrepareStep step, bool ok) {
        if (inner) inner(step, ok);
        write(prepare_step_json_line(step, step_count_, ok ? "done" : "failed"));
    };
    callbacks.wipe.on_progress = [this, inner = view.wipe.on_progress](const wipe::Progress& progress) {
        if (inner) inner(progress);
        const std::scoped_lock lock(mutex_);
        wipe_.update(0, progress);
    };
    callbacks.on_bytes = [this, inner = view.on_bytes](jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) {
        if (inner) inner(step, done, total);
        bytes(step, done, total);
    };
    return callbacks;
}

void PrepareJsonProgress::write(const std::string& line) {
    const std::scoped_lock lock(mutex_);
    out_ << line << std::flush;
}

// At most one line per interval, and always the last one, so that a fast folder does not flood
// the pipe and the front end still sees 100 %.
void PrepareJsonProgress::bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) {
    const std::scoped_lock lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_bytes_ < interval_) return;
    last_bytes_ = now;
    out_ << prepare_bytes_json_line(step, done, total) << std::flush;
}

}  // namespace sanitize::cli
