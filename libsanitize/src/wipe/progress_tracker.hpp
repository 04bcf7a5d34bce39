// Progress of a whole job (all passes and verifications): workers add bytes from any thread;
// the engine's thread turns them into throttled Progress callbacks with rate and ETA, and
// delivers queued diagnostics, so callbacks never run on a worker thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

class ProgressTracker {
public:
    ProgressTracker(const Callbacks& callbacks, std::size_t pass_count, std::uint64_t total_work_bytes);

    // `resumed_bytes`: what an earlier session already did of this phase (a resumed wipe). They
    // count as done from the phase's first update on, but not towards this session's rate.
    void begin_phase(std::size_t pass_index, Phase phase, std::uint64_t phase_bytes, std::uint64_t resumed_bytes = 0);
    void add(std::uint64_t bytes) noexcept { phase_done_.fetch_add(bytes, std::memory_order_relaxed); }
    void diagnose(const Diagnostic& diagnostic);  // any thread

    // Engine thread only: delivers queued diagnostics and, at most every 250 ms, a progress update.
    void tick();
    // Engine thread only: the phase's last update, whatever the throttle says.
    void end_phase();
    // Engine thread only: ends the phase and begins the sync of the same pass (no bytes to count).
    void syncing();

    // Seconds since begin_phase.
    double phase_seconds() const;

private:
    void emit();

    using Clock = std::chrono::steady_clock;
    const Callbacks& callbacks_;
    std::size_t pass_count_;
    std::uint64_t total_work_;
    std::uint64_t work_before_phase_ = 0;
    std::uint64_t phase_resumed_ = 0;  // bytes of this phase done by an earlier session
    std::uint64_t job_resumed_ = 0;    // of the whole job: this session's rate leaves them out
    Progress current_;
    std::atomic<std::uint64_t> phase_done_{0};
    Clock::time_point job_start_ = Clock::now();
    Clock::time_point phase_start_ = Clock::now();
    Clock::time_point last_emit_{};
    std::mutex diagnostics_mutex_;
    std::vector<Diagnostic> pending_diagnostics_;
};

}  // namespace sanitize::wipe
