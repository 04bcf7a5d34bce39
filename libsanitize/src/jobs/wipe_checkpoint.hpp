// Which checkpoint each target of a wipe uses, decided before any medium is touched
// (docs/resume.md).
#pragma once

#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs::detail {

// Each target's options with its checkpoint path, and to resume, its saved wipe. Every target
// is checked before any is written; each refusal names the target (device) and the checkpoint
// (path): Reason::checkpoint_missing, checkpoint_corrupt, checkpoint_other_medium (detail: the
// identity field that differs), checkpoint_exists (a new wipe while one is saved, unless
// `discard`), checkpoint_unusable (the directory or file could not be made or read).
[[nodiscard]] Result<std::vector<wipe::WipeOptions>> checkpointed_options(const std::vector<device::DeviceInfo>& targets,
                                                                          const wipe::WipeOptions& options,
                                                                          const CheckpointRequest& request);

}  // namespace sanitize::jobs::detail
