// The hidden-area step of a wipe: restore the drive's native size, then make sure the kernel
// sees it.
#pragma once

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs::detail {

// device::reset_hidden_areas through a writable command channel (none for loop devices and
// images: not_applicable). After a reset the device is inspected again: when the kernel still
// reports less than the drive now offers, Reason::kernel_size_stale (the drive was changed;
// re-plug or rescan it before wiping); otherwise `info` is replaced by the device as inspected
// now. A reset that was refused or failed is an error too (Reason::hidden_reset_refused or
// hidden_reset_failed, detail: the reset's reason code): the wipe does not start.
[[nodiscard]] Result<device::HiddenResetReport> reset_hidden_areas(MediaAccess& media, device::DeviceInfo& info,
                                                                   const device::HiddenResetOptions& options);

}  // namespace sanitize::jobs::detail
