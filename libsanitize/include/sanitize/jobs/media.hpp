// How the jobs reach media: inspection, opening for I/O and the drive's firmware channel, behind
// one interface. The system's is the default; a test puts a simulated drive behind it, and a
// front end that receives descriptors from elsewhere (udisks2, a privileged helper) can too.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

class MediaAccess {
public:
    virtual ~MediaAccess() = default;
    virtual Result<device::DeviceInfo> inspect(const std::string& path) = 0;
    virtual Result<std::unique_ptr<device::Device>> open(const device::DeviceInfo& info,
                                                         const device::OpenOptions& options) = 0;
    // The firmware channel where device::command_route offers one; null (and no error) where
    // the target has no firmware to talk to (loop devices, images).
    virtual Result<std::unique_ptr<device::CommandChannel>> command_channel(const device::DeviceInfo& info,
                                                                          bool writable) = 0;
};

// device::inspect, device::open and device::open_command_channel.
MediaAccess& system_media();

// Every target inspected and allowed by the safety rules, as the wipe, purge and prepare jobs
// settle them before writing (missing, named twice, mounted, system disk, partition, ...;
// every problem in one error). For a front end that must refuse a request before handing it
// to a job: the privileged helper, which also refuses reads of what the rules protect.
[[nodiscard]] Result<std::vector<device::DeviceInfo>> inspect_allowed(MediaAccess& media,
                                                                      const std::vector<std::string>& paths);

// What a job reads from a drive's firmware before it writes, once: the hidden areas (unless
// `probe_hidden` is false: a reset has just probed them) and the health summary. A loop device
// or an image answers not_applicable without being asked.
struct DriveFacts {
    device::HiddenAreaReport hidden_areas;
    device::SmartSummary smart;
};
DriveFacts read_drive_facts(MediaAccess& media, const device::DeviceInfo& info, bool probe_hidden = true);

}  // namespace sanitize::jobs
