// The targets of a job that writes to media, settled before anything is written: inspected,
// named once each, and allowed by the safety rules. Shared by the wipe, purge and prepare jobs.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs::detail {

using InspectedCallback = std::function<void(std::size_t target, const device::DeviceInfo& info)>;

// Every path inspected, in order: a missing target is Reason::target_missing, an empty one
// Reason::empty_target; two paths to one
// medium (also a loop device and its backing file) Reason::same_medium (Errc::invalid_argument);
// a target that breaks a safety rule Errc::refused with the rule as the reason (mounted,
// system_disk, ...). Every target is looked at, so that one run shows every problem: the
// first error carries the others in Error::also.
[[nodiscard]] Result<std::vector<device::DeviceInfo>> settle_targets(MediaAccess& media,
                                                                     const std::vector<std::string>& paths,
                                                                     const InspectedCallback& inspected);

// A safety rule that forbids writing `info`: Errc::refused with the rule as the reason (mounted,
// system_disk, ...), the device and the rule's detail (a mount point, a holder).
Error refusal_error(const device::DeviceInfo& info, const device::Refusal& refusal);

// A target of 0 bytes (an empty image, a card reader without a card): nothing to write or read,
// so Errc::invalid_argument with Reason::empty_target rather than a whole job that ends failed.
[[nodiscard]] Result<void> refuse_empty(const device::DeviceInfo& info);

// One error from several (nothing when empty): the first, with the rest in its `also`.
[[nodiscard]] Result<void> all_of(std::vector<Error> errors);

}  // namespace sanitize::jobs::detail
