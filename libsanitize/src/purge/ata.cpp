// ATA purges. SANITIZE runs in the background and is polled with SANITIZE STATUS EXT
// (poll.cpp); an idle drive answers that status with "completed without error" left over from
// any earlier sanitize, so completion counts only after this run saw the operation in progress,
// or saw the completed bit appear where the status before the command did not have it. SECURITY
// ERASE UNIT runs to completion inside the command: its successful return is the completion.
#include <sodium.h>

#include <array>

#include "drive/ata_exec.hpp"
#include "purge/run.hpp"

namespace sanitize::purge::detail {
namespace {

namespace ata = device::ata;

std::optional<ata::SanitizeStatus> sanitize_status(Run& run) {
    run.report.commands_sent.emplace_back("SANITIZE STATUS EXT");
    Result<ata::Reply> reply = ata::run(run.channel, {ata::sanitize_status_ext(false)});
    if (!reply || !reply->registers) return std::nullopt;
    ata::SanitizeStatus status = ata::parse_sanitize_status(*reply->registers);
    status.failed = status.failed || reply->answer == ata::Answer::aborted;
    return status;
}

ata::Taskfile sanitize_taskfile(PurgeMethod method) {
    switch (method) {
        case PurgeMethod::ata_sanitize_block: return ata::sanitize_block_erase_ext(false);
        case PurgeMethod::ata_sanitize_overwrite: return ata::sanitize_overwrite_ext(0, 1, false, false);
        default: return ata::sanitize_crypto_scramble_ext(false);
    }
}

// A completed status counts as this run's when the status before the command had no completed bit.
std::optional<PollStatus> poll_status(Run& run, bool completed_before) {
    const std::optional<ata::SanitizeStatus> s = sanitize_status(run);
    if (!s) return std::nullopt;
    return PollStatus{s->failed, s->in_progress, 100.0 * s->progress / 65536.0, s->completed_without_error, !completed_before};
}

}  // namespace

void ata_sanitize(Run& run) {
    const std::optional<ata::SanitizeStatus> before = sanitize_status(run);
    if (!before) return run.end(PurgeOutcome::failed, "status_unreadable");
    if (before->frozen) return run.end(PurgeOutcome::refused, "sanitize_frozen");
    if (before->in_progress) return run.end(PurgeOutcome::refused, "sanitize_already_in_progress");
    run.report.commands_sent.emplace_back(std::string(purge_method_name(run.options.method)));
    Result<ata::Reply> reply = ata::run(run.channel, {sanitize_taskfile(run.options.method)});
    if (!reply) {
        run.report.error = reply.error();
        return run.end(PurgeOutcome::failed, "transport_error");
    }
    if (reply->answer != ata::Answer::done) return run.end(PurgeOutcome::failed, "command_rejected");
    run.report.accepted = true;
    const bool completed_before = before->completed_without_error;
    poll_until_complete(run, [&run, completed_before] { return poll_status(run, completed_before); });
}

namespace {

// The temporary password exists only for the erase (the erase clears it); it is random so that a
// drive left locked by a power loss cannot be unlocked by anyone guessing a fixed word.
struct TemporaryPassword {
    std::array<std::uint8_t, 32> bytes{};
    TemporaryPassword() { randombytes_buf(bytes.data(), 16); }
    ~TemporaryPassword() { sodium_memzero(bytes.data(), bytes.size()); }
    TemporaryPassword(const TemporaryPassword&) = delete;
    TemporaryPassword& operator=(const TemporaryPassword&) = delete;
};

Result<ata::Reply> send_block(Run& run, const ata::Taskfile& taskfile, const TemporaryPassword& password, bool enhanced,
                              unsigned timeout_ms, const char* name) {
    auto block = ata::security_password_block(password.bytes, false, enhanced);
    run.report.commands_sent.emplace_back(name);
    Result<ata::Reply> reply = ata::run(run.channel, {taskfile, ata::Protocol::pio_data_out, {}, block, timeout_ms});
    sodium_memzero(block.data(), block.size());
    return reply;
}

// Erase time as IDENTIFY words 89/90 give it, doubled; 12 hours where the drive gives none.
unsigned erase_timeout_ms(const ata::Identify& id, bool enhanced) {
    const unsigned minutes = enhanced ? id.enhanced_erase_minutes : id.security_erase_minutes;
    return minutes == 0 ? 12U * 3600U * 1000U : minutes * 2U * 60U * 1000U;
}

std::optional<ata::Identify> identify(Run& run) {
    std::array<std::uint8_t, ata::sector_bytes> data{};
    run.report.commands_sent.emplace_back("IDENTIFY DEVICE");
    const auto reply = ata::run(run.channel, {ata::identify_device(), ata::Protocol::pio_data_in, data});
    if (!reply || reply->answer != ata::Answer::done) return std::nullopt;
    return ata::parse_identify(data);
}

}  // namespace

void ata_security_erase(Run& run) {
    const bool enhanced = run.options.method == PurgeMethod::ata_security_erase_enhanced;
    const std::optional<ata::Identify> id = identify(run);
    if (!id) return run.end(PurgeOutcome::failed, "identify_failed");
    if (id->security_frozen) return run.end(PurgeOutcome::refused, "security_frozen");
    if (id->security_locked || id->security_enabled) return run.end(PurgeOutcome::refused, "security_password_set");
    const TemporaryPassword password;
    auto set = send_block(run, ata::security_set_password(), password, false, 30000, "SECURITY SET PASSWORD");
    if (!set || set->answer != ata::Answer::done) return run.end(PurgeOutcome::failed, "set_password_rejected");
    run.report.commands_sent.emplace_back("SECURITY ERASE PREPARE");
    const auto prepared = ata::run(run.channel, {ata::security_erase_prepare()});
    Result<ata::Reply> erased = make_error(Errc::io_error, "erase prepare");
    if (prepared && prepared->answer == ata::Answer::done) {
        erased = send_block(run, ata::security_erase_unit(), password, enhanced, erase_timeout_ms(*id, enhanced),
                            "SECURITY ERASE UNIT");
    }
    if (!erased || erased->answer != ata::Answer::done) {
        // Leave no password behind on a drive that did not erase: it would lock at the next power-on.
        (void)send_block(run, ata::security_disable_password(), password, false, 30000, "SECURITY DISABLE PASSWORD");
        return run.end(PurgeOutcome::failed, "erase_unit_failed");
    }
    run.report.accepted = true;
    // A successful erase clears the user password: seeing it cleared confirms the erase ran.
    const std::optional<ata::Identify> after = identify(run);
    if (!after || after->security_enabled) return run.end(PurgeOutcome::failed, "password_still_set_after_erase");
    run.report.completion_observed = true;
}

}  // namespace sanitize::purge::detail
