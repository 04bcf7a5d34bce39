// Everything `sanitize wipe` checks before it opens a target for writing: that every target
// exists, breaks no safety rule and is confirmed. All targets are checked before any is wiped,
// so that one bad operand never leaves a half-done batch.
#pragma once

#include <vector>

#include "app.hpp"
#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/device.hpp"

namespace sanitize::cli {

// Fills `targets` (in the order given) and returns ok, or prints why not and returns the exit code.
ExitCode prepare_targets(const WipeArgs& args, const Context& context, std::vector<device::DeviceInfo>& targets);

}  // namespace sanitize::cli
