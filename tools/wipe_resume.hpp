// `sanitize wipe --resume`, `--checkpoint-dir`, `--discard-checkpoint`: which checkpoint each
// target uses, refused with a reason before anything is written (the rules are the library's,
// jobs::checkpointed_options; the GUI uses the same).
#pragma once

#include <vector>

#include "app.hpp"
#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

// $SANITIZE_CHECKPOINT_DIR; else /var/lib/sanitize/checkpoints for root, and for other users
// $XDG_STATE_HOME/sanitize/checkpoints (~/.local/state/...), where they can write.
std::string default_checkpoint_dir();

// One options struct per target, with its checkpoint; or prints why not and returns the exit code.
ExitCode checkpoint_options(const WipeArgs& args, const Context& context, const std::vector<device::DeviceInfo>& targets,
                            const wipe::WipeOptions& options, std::vector<wipe::WipeOptions>& per_target);

// After the wipe: how to continue each wipe that stopped with its checkpoint kept.
void print_resume_hints(const std::vector<wipe::WipeReport>& reports, const Messages& messages);

}  // namespace sanitize::cli
