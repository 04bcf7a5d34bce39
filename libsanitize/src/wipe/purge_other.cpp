// NVMe and SCSI purges and the kernel's discards.
//
// NVMe Sanitize is polled through the Sanitize Status log; the log's SCDW10 names the command
// its status belongs to, so a completion counts only for this command's dword 10 and only after
// progress was seen or the status changed from what it was before. SCSI SANITIZE (IMMED) is
// polled with REQUEST SENSE: "sanitize in progress" with a progress indication, then no sense.
// Format NVM and the discards finish inside the command: their successful return is completion.
#include <array>

#include "device/nvme_commands.hpp"
#include "device/scsi_commands.hpp"
#include "wipe/purge_internal.hpp"

namespace sanitize::wipe::purge {
namespace {

namespace nvme = device::nvme;
namespace scsi = device::scsi;

constexpr std::size_t idle_polls_allowed = 3;

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

void poll_nvme(Run& run, const nvme::SanitizeStatus& before, std::uint32_t cdw10) {
    std::size_t idle = 0;
    while (run.report.polls < run.options.max_polls) {
        if (!run.wait()) return;
        const std::optional<nvme::SanitizeStatus> s = sanitize_log(run);
        if (!s) return run.end(PurgeOutcome::failed, "status_unreadable");
        if (s->state == nvme::SanitizeState::failed) return run.end(PurgeOutcome::failed, "sanitize_failed");
        if (s->state == nvme::SanitizeState::in_progress) {
            run.report.progress_observed = true;
            run.progress(100.0 * s->progress / 65536.0);
            continue;
        }
        const bool ours = (s->command_dword10 & 0x7U) == (cdw10 & 0x7U);
        const bool changed = s->state != before.state || s->command_dword10 != before.command_dword10;
        if (completed(s->state) && ours && (run.report.progress_observed || changed)) {
            run.report.completion_observed = true;
            run.progress(100.0);
            return;
        }
        if (run.report.progress_observed) return run.end(PurgeOutcome::failed, "sanitize_ended_without_success");
        if (++idle >= idle_polls_allowed) return run.end(PurgeOutcome::failed, "idle_status_without_progress");
    }
    run.end(PurgeOutcome::failed, "completion_not_observed");
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
    poll_nvme(run, *before, command.cdw10);
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

void poll_scsi(Run& run) {
    std::size_t idle = 0;
    while (run.report.polls < run.options.max_polls) {
        if (!run.wait()) return;
        const std::optional<scsi::Sense> s = request_sense(run);
        if (!s) return run.end(PurgeOutcome::failed, "status_unreadable");
        if (scsi::sanitize_failed(*s)) return run.end(PurgeOutcome::failed, "sanitize_failed");
        if (scsi::sanitize_in_progress(*s)) {
            run.report.progress_observed = true;
            run.progress(s->progress ? std::optional<double>(100.0 * *s->progress / 65536.0) : std::nullopt);
            continue;
        }
        // No sense left: the sanitize ended. It counts only when this run saw it in progress.
        if (run.report.progress_observed && s->key == scsi::key_no_sense) {
            run.report.completion_observed = true;
            return;
        }
        if (run.report.progress_observed) return run.end(PurgeOutcome::failed, "sanitize_ended_without_success");
        if (++idle >= idle_polls_allowed) return run.end(PurgeOutcome::failed, "idle_status_without_progress");
    }
    run.end(PurgeOutcome::failed, "completion_not_observed");
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
    poll_scsi(run);
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

}  // namespace sanitize::wipe::purge
