// The kernel keeps the capacity it read when the disk appeared; a wipe of that smaller size
// would leave the restored sectors as they were while the report speaks of the whole drive.
#include "jobs/reset_hidden.hpp"

namespace sanitize::jobs::detail {
namespace {

Error reset_error(const device::DeviceInfo& info, const device::HiddenResetReport& report) {
    const bool refused = report.outcome == device::HiddenResetOutcome::refused;
    Error error = make_error(refused ? Errc::refused : Errc::io_error,
                             refused ? Reason::hidden_reset_refused : Reason::hidden_reset_failed,
                             "hidden areas " + report.reason);
    error.device = info.path;
    error.detail = report.reason;
    return error;
}

}  // namespace

Result<device::HiddenResetReport> reset_hidden_areas(MediaAccess& media, device::DeviceInfo& info,
                                                     const device::HiddenResetOptions& options) {
    Result<std::unique_ptr<device::CommandChannel>> channel = media.command_channel(info, true);
    if (!channel) return about_device(channel.error(), info.path);
    device::HiddenResetReport report = device::reset_hidden_areas(info, channel->get(), options);
    switch (report.outcome) {
        case device::HiddenResetOutcome::refused:
        case device::HiddenResetOutcome::failed: return reset_error(info, report);
        case device::HiddenResetOutcome::not_needed:
        case device::HiddenResetOutcome::not_applicable: return report;
        case device::HiddenResetOutcome::reset: break;
    }
    Result<device::DeviceInfo> now = media.inspect(info.path);
    if (!now) return about_device(now.error(), info.path);
    const std::optional<std::uint64_t> sectors = report.areas.accessible_sectors;
    const std::uint64_t sector_bytes = now->logical_sector_bytes == 0 ? 512 : now->logical_sector_bytes;
    if (!sectors || now->size_bytes < *sectors * sector_bytes) {
        Error error = make_error(Errc::refused, Reason::kernel_size_stale, "kernel size " + std::to_string(now->size_bytes));
        error.device = info.path;
        return error;
    }
    info = std::move(*now);
    return report;
}

}  // namespace sanitize::jobs::detail
