// Workflows that compose the capabilities, so that the CLI and the GUI run each one the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// Wipes every opened target at once, each on its own thread; one report per target, in the
// order given. callbacks_for(i) gives target i's callbacks, which run on that target's thread.
std::vector<wipe::WipeReport> wipe_in_parallel(
    const std::vector<device::Device*>& targets, const wipe::WipeOptions& options,
    const std::function<wipe::Callbacks(std::size_t)>& callbacks_for, std::stop_token stop);

}  // namespace sanitize::jobs
