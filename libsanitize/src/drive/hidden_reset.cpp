// reset_hidden_areas: undo an HPA / Accessible Max Address (and a DCO when asked) so that a wipe
// reaches every sector, then probe again. Order matters: a drive aborts DEVICE CONFIGURATION
// RESTORE while an HPA is set, and a restored DCO can leave the old size below the new native
// max (an HPA again), so the max address is set before and, if needed, after the restore.
#include "drive/ata_exec.hpp"
#include "sanitize/drive.hpp"

namespace sanitize::device {
namespace {

bool detected(const HiddenArea& area) { return area.state == HiddenState::detected; }
bool unknown(const HiddenArea& area) { return area.state == HiddenState::unknown; }

bool max_hidden(const HiddenAreaReport& r) { return detected(r.hpa) || detected(r.ama); }

// One command; "" when the drive did it, else why not (aborted: the drive's choice, e.g. frozen).
std::string send(CommandChannel& channel, const ata::Taskfile& taskfile, const char* name, const char* code,
                 HiddenAreaReport& log) {
    log.commands_sent.emplace_back(name);
    Result<ata::Reply> reply = ata::run(channel, {taskfile, ata::Protocol::non_data});
    if (!reply) return std::string(code) + "_transport_error";
    if (reply->answer == ata::Answer::aborted) return std::string(code) + "_aborted";
    if (reply->answer != ata::Answer::done) return std::string(code) + "_not_passed_through";
    return {};
}

// The accessible size back to the native max. AMA drives take SET ACCESSIBLE MAX ADDRESS EXT
// (always non-volatile); the legacy HPA command must directly follow READ NATIVE MAX ADDRESS EXT.
std::string restore_max(CommandChannel& channel, const HiddenAreaReport& probe, HiddenAreaReport& log) {
    if (!probe.native_sectors || *probe.native_sectors == 0) return "native_max_unknown";
    const std::uint64_t max_lba = *probe.native_sectors - 1;
    if (probe.ama.state != HiddenState::not_applicable) {
        return send(channel, ata::set_accessible_max_address_ext(max_lba), "SET ACCESSIBLE MAX ADDRESS EXT",
                    "set_accessible_max", log);
    }
    if (std::string why = send(channel, ata::read_native_max_address_ext(), "READ NATIVE MAX ADDRESS EXT",
                               "native_max", log);
        !why.empty()) {
        return why;
    }
    return send(channel, ata::set_max_address_ext(max_lba, true), "SET MAX ADDRESS EXT", "set_max", log);
}

HiddenResetReport finish(HiddenResetOutcome outcome, std::string reason, HiddenAreaReport areas) {
    return HiddenResetReport{outcome, std::move(reason), std::move(areas)};
}

// Why the reset must not start, from the first probe; "" when it may.
std::string refusal(const HiddenAreaReport& r, const HiddenResetOptions& options) {
    if (detected(r.dco) && !options.restore_dco) return "dco_restore_not_requested";
    if (unknown(r.hpa) || unknown(r.ama) || unknown(r.dco)) return "hidden_state_unknown";
    return {};
}

// The commands of one reset; "" when all were done.
std::string send_reset(CommandChannel& channel, const DeviceInfo& info, HiddenAreaReport& probe,
                       HiddenAreaReport& log, const HiddenResetOptions& options) {
    if (max_hidden(probe)) {
        if (std::string why = restore_max(channel, probe, log); !why.empty()) return why;
    }
    if (!(detected(probe.dco) && options.restore_dco)) return {};
    if (std::string why = send(channel, ata::dco_restore(), "DEVICE CONFIGURATION RESTORE", "dco_restore", log);
        !why.empty()) {
        return why;
    }
    // The factory overlay may be larger than the size set before: set the max once more.
    probe = probe_hidden_areas(info, &channel);
    log.commands_sent.insert(log.commands_sent.end(), probe.commands_sent.begin(), probe.commands_sent.end());
    return max_hidden(probe) ? restore_max(channel, probe, log) : std::string();
}

}  // namespace

std::string_view to_string(HiddenResetOutcome outcome) noexcept {
    switch (outcome) {
        case HiddenResetOutcome::not_applicable: return "not_applicable";
        case HiddenResetOutcome::not_needed: return "not_needed";
        case HiddenResetOutcome::reset: return "reset";
        case HiddenResetOutcome::refused: return "refused";
        case HiddenResetOutcome::failed: return "failed";
    }
    return "failed";
}

HiddenResetReport reset_hidden_areas(const DeviceInfo& info, CommandChannel* channel,
                                     const HiddenResetOptions& options) {
    HiddenAreaReport before = probe_hidden_areas(info, channel);
    const CommandPath path = command_route(info).path;
    if (path == CommandPath::none || path == CommandPath::nvme) {
        const bool firmware = path == CommandPath::nvme || before.hpa.state == HiddenState::not_applicable;
        return finish(firmware ? HiddenResetOutcome::not_applicable : HiddenResetOutcome::refused,
                      firmware ? before.hpa.reason : "hidden_state_unknown", std::move(before));
    }
    const bool anything = max_hidden(before) || detected(before.dco);
    if (std::string why = refusal(before, options); !why.empty() && (anything || why == "hidden_state_unknown")) {
        return finish(HiddenResetOutcome::refused, why, std::move(before));
    }
    if (!anything) return finish(HiddenResetOutcome::not_needed, "", std::move(before));

    HiddenAreaReport log;
    log.commands_sent = before.commands_sent;
    HiddenAreaReport probe = before;
    const std::string why = send_reset(*channel, info, probe, log, options);
    // Whatever was sent, the state reported is the one probed now, never the one hoped for.
    HiddenAreaReport after = probe_hidden_areas(info, channel);
    log.commands_sent.insert(log.commands_sent.end(), after.commands_sent.begin(), after.commands_sent.end());
    after.commands_sent = std::move(log.commands_sent);
    after.before_reset = HiddenAreaStates{before.hpa, before.dco, before.ama};
    if (!why.empty()) {
        const bool drive_said_no = why.ends_with("_aborted");
        return finish(drive_said_no ? HiddenResetOutcome::refused : HiddenResetOutcome::failed, why, std::move(after));
    }
    if (max_hidden(after) || detected(after.dco) || unknown(after.hpa) || unknown(after.ama) || unknown(after.dco)) {
        return finish(HiddenResetOutcome::failed, "still_detected", std::move(after));
    }
    after.reset = true;
    return finish(HiddenResetOutcome::reset, "", std::move(after));
}

}  // namespace sanitize::device
