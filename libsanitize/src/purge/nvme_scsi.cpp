// NVMe and SCSI purges and the kernel's discards.
//
// NVMe Sanitize is polled (poll.cpp) through the Sanitize Status log; the log's SCDW10 names the
// command its status belongs to, so a completion counts only for this command's dword 10 and
// only after progress was seen or the status changed from what it was before. SCSI SANITIZE
// (IMMED) is polled with REQUEST SENSE: "sanitize in progress" with a progress indication, then
// no sense, which counts only after progress was seen. Format NVM and the discards finish inside
// the command: their successful return is completion.
#include <array>

#include "drive/nvme_commands.hpp"
#include "drive/scsi_commands.hpp"
#include "purge/run.hpp"

namespace sanitize::purge::detail {
namespace {

namespace nvme = device::nvme;
namespace scsi = device::scsi;

std::optional<nvme::SanitizeStatus> sanitize_log(Run& run) {
    std::array<std::uint8_t, nvme::log_bytes> log{};
    run.report.commands_sent.emplace_back("GET LOG PAGE 81h");
    const auto reply = run.channel.nvme_admin(nvme::get_log_page(nvme::log_sanitize_status, nvme::all_namespaces, log));
    if (!reply || reply->status != 0) return std::nullopt;
    return nvme::parse_sanitize_status(log);
}

nvme::SanitizeAction nvme_action(PurgeMethod method) {
    if (method == PurgeMethod::nvme_sanitize_block) return nvme::SanitizeAction::block_erase;
    if (method == PurgeMethod::nvme_sanitize_overwrite) return nvme::SanitizeAction::overwrite;
    return nvme::SanitizeAction::crypto_erase;
}

bool completed(nvme::SanitizeState state) {
    return state == nvme::SanitizeState::completed || state == nvme::SanitizeState::completed_no_deallocate;
}

// A completed status is this run's when it names this command and changed since before it.
std::optional<PollStatus> nvme_status(Run& run, const nvme::SanitizeStatus& before, std::uint32_t cdw10) {
    const std::optional<nvme::SanitizeStatus> s = sanitize_log(run);
    if (!s) return std::nullopt;
    const bool ours = (s->command_dword10 & 0x7U) == (cdw10 & 0x7U);
    const bool changed = s->state != before.state || s->command_dword10 != before.command_dword10;
    return PollStatus{s->state == nvme::SanitizeState::failed, s->state == nvme::SanitizeState::in_progress,
                      100.0 * s->progress / 65536.0, completed(s->state) && ours, changed};
}

}  // namespace

void nvme_sanitize(Run& run) {
    const std::optional<nvme::SanitizeStatus> before = sanitize_log(run);
    if (!before) return run.end(PurgeOutcome::failed, "status_unreadable");
    if (before->state == nvme::SanitizeState::in_progress) return run.end(PurgeOutcome::refused, "sanitize_already_in_progress");
    const device::NvmeAdminCommand command = nvme::sanitize(nvme_action(run.options.method), false, 1, 0);
    run.report.commands_sent.emplace_back(std::string(purge_method_name(run.options.method)));
    const auto reply = run.channel.nvme_admin(command);
    if (!reply) {
        run.report.error = reply.error();
        return run.end(PurgeOutcome::failed, "transport_error");
    }
    if (reply->status != 0) return run.end(PurgeOutcome::failed, "command_rejected");
    run.report.accepted = true;
    const nvme::SanitizeStatus status_before = *before;
    poll_until_complete(run, [&run, status_before, cdw10 = command.cdw10] { return nvme_status(run, status_before, cdw10); });
}

void nvme_format(Run& run) {
    // The NSID as the device states it: nvme0n<k> counts instances, and NSIDs need not be dense.
    const Result<std::uint32_t> id = run.channel.nvme_namespace_id();
    if (!id || *id == 0 || *id == nvme::all_namespaces) return run.end(PurgeOutcome::unavailable, "namespace_unknown");
    const std::uint32_t nsid = *id;
    std::array<std::uint8_t, nvme::identify_bytes> data{};
    run.report.commands_sent.emplace_back("IDENTIFY NAMESPACE");
    const auto identified = run.channel.nvme_admin(nvme::identify_namespace(nsid, data));
    const auto format = identified && identified->status == 0 ? nvme::parse_namespace_lba_format(data) : std::nullopt;
    if (!format) return run.end(PurgeOutcome::failed, "identify_failed");
    const auto erase = run.options.method == PurgeMethod::nvme_format_crypto ? nvme::SecureErase::cryptographic
                                                                              : nvme::SecureErase::user_data;
    run.report.commands_sent.emplace_back(std::string(purge_method_name(run.options.method)));
    const auto reply = run.channel.nvme_admin(nvme::format_nvm(nsid, erase, *format));  // same LBA format
    if (!reply) {
        run.report.error = reply.error();
        return run.end(PurgeOutcome::failed, "transport_error");
    }
    if (reply->status != 0) return run.end(PurgeOutcome::failed, "command_rejected");
    run.report.accepted = true;
    run.report.completion_observed = true;
}

namespace {

std::optional<scsi::Sense> request_sense(Run& run) {
    std::array<std::uint8_t, 64> data{};
    const auto cdb = scsi::request_sense_cdb(static_cast<std::uint8_t>(data.size()), false);
    run.report.commands_sent.emplace_back("REQUEST SENSE");
    const auto reply = run.channel.scsi({cdb, device::DataDirection::from_device, data, {}, 30000});
    if (!reply || reply->transport_error || reply->status != 0) return std::nullopt;
    return scsi::parse_sense(data);
}

scsi::SanitizeAction scsi_action(PurgeMethod method) {
    if (method == PurgeMethod::scsi_sanitize_block) return scsi::SanitizeAction::block_erase;
    if (method == PurgeMethod::scsi_sanitize_overwrite) return scsi::SanitizeAction::overwrite;
    return scsi::SanitizeAction::crypto_erase;
}

// No sense left: the sanitize ended. It counts only when this run saw it in progress.
std::optional<PollStatus> scsi_status(Run& run) {
    const std::optional<scsi::Sense> s = request_sense(run);
    if (!s) return std::nullopt;
    const std::optional<double> percent =
        s->progress ? std::optional<double>(100.0 * *s->progress / 65536.0) : std::nullopt;
    return PollStatus{scsi::sanitize_failed(*s), scsi::sanitize_in_progress(*s), percent, s->key == scsi::key_no_sense, false};
}

}  // namespace

void scsi_sanitize(Run& run) {
    const scsi::SanitizeAction action = scsi_action(run.options.method);
    const std::array<std::uint8_t, 1> zero{0x00};
    const std::vector<std::uint8_t> parameters = action == scsi::SanitizeAction::overwrite
                                                     ? scsi::sanitize_overwrite_parameters(1, false, zero)
                                                     : std::vector<std::uint8_t>{};
    const auto cdb = scsi::sanitize_cdb(action, true, false, static_cast<std::uint16_t>(parameters.size()));
    device::ScsiCommand command{cdb, device::DataDirection::none, {}, {}, 60000};
    if (!parameters.empty()) {
        command.direction = device::DataDirection::to_device;
        command.data_out = parameters;
    }
    run.report.commands_sent.emplace_back(std::string(purge_method_name(run.options.method)));
    const auto reply = run.channel.scsi(command);
    if (!reply) {
        run.report.error = reply.error();
        return run.end(PurgeOutcome::failed, "transport_error");
    }
    if (reply->transport_error || reply->status != 0) return run.end(PurgeOutcome::failed, "command_rejected");
    run.report.accepted = true;
    poll_until_complete(run, [&run] { return scsi_status(run); });
}

void discard(Run& run) {
    const bool secure = run.options.method == PurgeMethod::secure_discard;
    run.report.commands_sent.emplace_back(secure ? "BLKSECDISCARD" : "BLKDISCARD");
    const Result<void> done = run.channel.discard(0, run.report.device.size_bytes, secure);
    if (!done) {
        run.report.error = done.error();
        return run.end(PurgeOutcome::failed, "discard_rejected");
    }
    run.report.accepted = true;
    run.report.completion_observed = true;  // the ioctl returns when the kernel has done it
}

}  // namespace sanitize::purge::detail
