#include "wipe/progress_tracker.hpp"

#include <algorithm>

namespace sanitize::wipe {

namespace {
constexpr auto emit_interval = std::chrono::milliseconds(250);
}

ProgressTracker::ProgressTracker(const Callbacks& callbacks, std::size_t pass_count, std::uint64_t total_work_bytes)
    : callbacks_(callbacks), pass_count_(pass_count), total_work_(total_work_bytes) {}

void ProgressTracker::begin_phase(std::size_t pass_index, Phase phase, std::uint64_t phase_bytes,
                                  std::uint64_t resumed_bytes) {
    work_before_phase_ += current_.phase_bytes_total;
    current_ = Progress{pass_index, pass_count_, phase, 0, phase_bytes, 0, std::nullopt};
    phase_done_.store(resumed_bytes);
    phase_resumed_ = resumed_bytes;
    job_resumed_ += resumed_bytes;
    phase_start_ = Clock::now();
    emit();
}

void ProgressTracker::diagnose(const Diagnostic& diagnostic) {
    const std::lock_guard lock(diagnostics_mutex_);
    pending_diagnostics_.push_back(diagnostic);
}

double ProgressTracker::phase_seconds() const {
    return std::chrono::duration<double>(Clock::now() - phase_start_).count();
}

void ProgressTracker::tick() {
    std::vector<Diagnostic> diagnostics;
    {
        const std::lock_guard lock(diagnostics_mutex_);
        diagnostics.swap(pending_diagnostics_);
    }
    if (callbacks_.on_diagnostic)
        for (const Diagnostic& d : diagnostics) callbacks_.on_diagnostic(d);
    if (Clock::now() - last_emit_ >= emit_interval) emit();
}

void ProgressTracker::end_phase() {
    tick();
    emit();
}

void ProgressTracker::syncing() {
    end_phase();
    begin_phase(current_.pass_index, Phase::syncing, 0);
}

void ProgressTracker::emit() {
    last_emit_ = Clock::now();
    current_.phase_bytes_done = phase_done_.load();
    const double phase_elapsed = phase_seconds();
    // Rates count this session's bytes over this session's time: a resumed wipe's earlier
    // sessions did their bytes in time this one did not measure.
    const std::uint64_t phase_now = current_.phase_bytes_done - std::min(current_.phase_bytes_done, phase_resumed_);
    current_.bytes_per_second = phase_elapsed > 0 ? static_cast<double>(phase_now) / phase_elapsed : 0;
    // The ETA uses the job's average rate: it covers passes and verifications of other speeds.
    const std::uint64_t done = work_before_phase_ + current_.phase_bytes_done;
    const std::uint64_t done_now = done - std::min(done, job_resumed_);
    const double job_elapsed = std::chrono::duration<double>(last_emit_ - job_start_).count();
    current_.eta.reset();
    if (done_now > 0 && job_elapsed > 0.5 && total_work_ >= done) {
        const double rate = static_cast<double>(done_now) / job_elapsed;
        current_.eta = std::chrono::seconds(static_cast<long long>(static_cast<double>(total_work_ - done) / rate));
    }
    if (callbacks_.on_progress) callbacks_.on_progress(current_);
}

}  // namespace sanitize::wipe
