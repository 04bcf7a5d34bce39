// The engine's side of checkpoints: keeps the wipe's state and saves it at phase boundaries and
// every few seconds while a phase runs.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "sanitize/checkpoint.hpp"
#include "sanitize/device.hpp"

namespace sanitize::wipe {

class Checkpointer {
public:
    // An empty path disables everything below (the wipe is then not resumable).
    Checkpointer(device::Device& device, std::string path, std::chrono::milliseconds interval, Checkpoint state);

    bool enabled() const noexcept { return !path_.empty(); }
    bool saved_once() const noexcept { return saved_once_; }
    const Checkpoint& state() const noexcept { return state_; }

    // Saves the position now: the start, and the boundaries where the bytes before it are synced.
    [[nodiscard]] Result<void> save(std::size_t pass, Phase phase, std::uint64_t low_water, PassReport current);
    // While a phase runs: saves when the interval has passed. `current` builds the pass's report
    // up to low_water. A writing phase syncs the device first: a checkpoint that claims bytes
    // still in a cache would lie after a power cut.
    void tick(std::size_t pass, Phase phase, std::uint64_t low_water, const std::function<PassReport()>& current);
    // A pass ran to its end: it moves to the finished passes.
    void pass_finished(const PassReport& report);
    // The wipe ended. Unless it was interrupted (`keep`), the file is wiped and removed: it
    // holds the keys, and a finished wipe must not be continued.
    void finish(bool keep);

private:
    device::Device& device_;
    std::string path_;
    std::chrono::milliseconds interval_;
    Checkpoint state_;
    std::chrono::steady_clock::time_point last_save_{};
    bool saved_once_ = false;
};

}  // namespace sanitize::wipe
