#include "wipe/checkpointer.hpp"

namespace sanitize::wipe {

Checkpointer::Checkpointer(device::Device& device, std::string path, std::chrono::milliseconds interval,
                           Checkpoint state)
    : device_(device), path_(std::move(path)), interval_(interval), state_(std::move(state)) {}

Result<void> Checkpointer::save(std::size_t pass, Phase phase, std::uint64_t low_water, PassReport current) {
    if (!enabled()) return {};
    state_.pass_index = pass;
    state_.phase = phase;
    state_.low_water = low_water;
    state_.current = std::move(current);
    state_.saved = std::chrono::system_clock::now();
    last_save_ = std::chrono::steady_clock::now();
    Result<void> saved = save_checkpoint(path_, state_);
    if (saved) saved_once_ = true;
    return saved;
}

void Checkpointer::tick(std::size_t pass, Phase phase, std::uint64_t low_water,
                        const std::function<PassReport()>& current) {
    if (!enabled() || std::chrono::steady_clock::now() - last_save_ < interval_) return;
    if (phase == Phase::writing && !device_.sync()) {
        // Nothing new may be claimed; the previous checkpoint still holds. Try again next time.
        last_save_ = std::chrono::steady_clock::now();
        return;
    }
    // A failed save leaves the previous checkpoint in place (the replacement is atomic): the
    // wipe can still be resumed, only from an earlier point, so it goes on.
    (void)save(pass, phase, low_water, current());
}

void Checkpointer::pass_finished(const PassReport& report) { state_.finished_passes.push_back(report); }

void Checkpointer::finish(bool keep) {
    if (!enabled() || keep) return;
    // The wipe is over either way; a file that cannot be removed is found, and refused by its
    // identity check or discarded, the next time.
    (void)discard_checkpoint(path_);
    saved_once_ = false;
}

}  // namespace sanitize::wipe
