#include "prepare_progress_json.hpp"

#include <utility>

namespace sanitize::cli {

PrepareJsonProgress::PrepareJsonProgress(std::ostream& out, std::string device, std::chrono::steady_clock::duration interval)
    : out_(out), wipe_(out, {std::move(device)}, interval), interval_(interval) {}

void PrepareJsonProgress::step(jobs::PrepareStep step, protocol::Step::State state) {
    const std::scoped_lock lock(mutex_);
    out_ << protocol::encode(protocol::Step{step, state}) << "\n" << std::flush;
}

void PrepareJsonProgress::wipe(const wipe::Progress& progress) {
    const std::scoped_lock lock(mutex_);
    wipe_.update(0, progress);
}

void PrepareJsonProgress::bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) {
    const std::scoped_lock lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_bytes_ < interval_) return;
    last_bytes_ = now;
    out_ << protocol::encode(protocol::Bytes{step, done, total}) << "\n" << std::flush;
}

}  // namespace sanitize::cli
