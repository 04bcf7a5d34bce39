// The devices a refusal names so that the operator knows what to act on: which partition of a
// target is mounted, and which whole disk a partition belongs to. Looked up from /proc and /sys
// when the refusal is made; empty when the target is no block device of this machine (an image,
// media in memory) or the fact cannot be found, and the refusal is then worded without it.
#pragma once

#include <string>
#include <string_view>

#include "sanitize/device.hpp"

namespace sanitize::device {

// "/dev/loop3p1": the target's own partition mounted at `mount_point`; empty when the target
// itself is mounted there (or through a holder such as device-mapper).
std::string partition_mounted_at(const DeviceInfo& info, std::string_view mount_point);

// "/dev/loop3": the whole disk a partition target is part of.
std::string whole_disk_of(const DeviceInfo& info);

}  // namespace sanitize::device
