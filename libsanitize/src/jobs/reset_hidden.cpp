// The hidden-area step of a wipe: restore the drive's native size, then make sure the kernel
// sees it. The kernel keeps the capacity it read when the disk appeared; a wipe of that smaller
// size would leave the restored sectors as they were while the report speaks of the whole drive.
#include "sanitize/jobs.hpp"

namespace sanitize::jobs {

Result<device::HiddenResetReport> reset_hidden_areas(device::DeviceInfo& info,
                                                     const device::HiddenResetOptions& options) {
    std::unique_ptr<device::CommandChannel> channel;
    if (device::command_route(info).path != device::CommandPath::none) {
        Result<std::unique_ptr<device::CommandChannel>> opened = device::open_command_channel(info, true);
        if (!opened) return opened.error();
        channel = std::move(*opened);
    }
    device::HiddenResetReport report = device::reset_hidden_areas(info, channel.get(), options);
    if (report.outcome != device::HiddenResetOutcome::reset) return report;
    Result<device::DeviceInfo> now = device::inspect(info.path);
    if (!now) return now.error();
    const std::optional<std::uint64_t> sectors = report.areas.accessible_sectors;
    const std::uint64_t sector_bytes = now->logical_sector_bytes == 0 ? 512 : now->logical_sector_bytes;
    if (!sectors || now->size_bytes < *sectors * sector_bytes) {
        return make_error(Errc::refused, "kernel_size_stale");
    }
    info = std::move(*now);
    return report;
}

}  // namespace sanitize::jobs
