// What a whole wipe job will do, fixed before the first byte is written: the passes, which are
// verified and where, and the keys of the random passes. A new wipe draws the keys and the
// sampling seed; a resumed one takes them from its checkpoint, so that it writes and checks
// exactly what the interrupted session would have.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "sanitize/checkpoint.hpp"
#include "wipe/keystream.hpp"

namespace sanitize::wipe {

struct JobPlan {
    std::vector<Pass> passes;
    std::vector<bool> verify_pass;
    std::vector<ByteRange> verify_ranges;  // the whole medium, or the sample
    std::size_t sample_subsections = 0;
    VerifyMode verify_mode = VerifyMode::all;  // what a verified pass reports: all or sample
    std::array<unsigned char, 32> sample_seed{};
    std::vector<std::optional<Keystream>> keys;  // per pass; random passes only
    std::uint64_t total_work_bytes = 0;
    unsigned workers = 2;
};

// A new job from the options.
JobPlan plan_job(const device::DeviceInfo& info, const WipeOptions& options);

// The job of a saved wipe; Errc::malformed_input when its method, seed or keys do not parse.
Result<JobPlan> plan_resumed_job(const device::DeviceInfo& info, const Checkpoint& checkpoint, const WipeOptions& options);

// The checkpoint of a new job before its first write: identity, plan, keys.
Checkpoint initial_checkpoint(const DeviceIdentity& identity, const JobPlan& plan, const WipeOptions& options);

}  // namespace sanitize::wipe
