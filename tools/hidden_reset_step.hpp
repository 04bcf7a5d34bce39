// `sanitize wipe --reset-hidden-areas`: each target's hidden areas are restored before it is
// opened for the wipe, and what was done goes into its report (and so its certificate).
#pragma once

#include <optional>
#include <vector>

#include "app.hpp"
#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

// One record per target: set where a reset was made. Anything short of `reset`, `not_needed` or
// `not_applicable` stops the whole command before any target is written (exit 3 or 1).
ExitCode reset_hidden_areas_of(const WipeArgs& args, const Context& context, std::vector<device::DeviceInfo>& targets,
                               std::vector<std::optional<device::HiddenAreaReport>>& records);

// The reset's record replaces the engine's own probe: it holds the state before, the commands
// and the probe made after the reset.
void record_hidden_resets(std::vector<wipe::WipeReport>& reports,
                          const std::vector<std::optional<device::HiddenAreaReport>>& records);

}  // namespace sanitize::cli
