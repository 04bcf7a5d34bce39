// The hidden-area reset before a wipe, in the CLI's words. The logic (probe, reset, probe again,
// the kernel's view of the size) is jobs::reset_hidden_areas; here only messages and exit codes.
#include "hidden_reset_step.hpp"

#include <iostream>
#include <string>

#include "app_purge.hpp"
#include "command_support.hpp"
#include "sanitize/jobs.hpp"

namespace sanitize::cli {
namespace {

ExitCode refuse(const Context& context, const device::DeviceInfo& info, const device::HiddenResetReport& report) {
    const Messages& messages = context.messages;
    const std::string reason = purge_reason_text(messages, report.reason);
    if (report.outcome == device::HiddenResetOutcome::failed) {
        print_error(messages, messages.format(Msg::hidden_reset_failed, info.path, reason));
        return ExitCode::failed;
    }
    print_error(messages, messages.format(Msg::hidden_reset_refused, info.path, reason));
    if (report.reason == "dco_restore_not_requested") print_hint(messages, messages.get(Msg::hint_hidden_reset_dco));
    if (report.reason == "hidden_state_unknown") print_hint(messages, messages.get(Msg::hint_hidden_reset_unknown));
    if (report.reason.ends_with("_aborted")) print_hint(messages, messages.get(Msg::hint_security_frozen));
    return ExitCode::refused;
}

}  // namespace

ExitCode reset_hidden_areas_of(const WipeArgs& args, const Context& context, std::vector<device::DeviceInfo>& targets,
                               std::vector<std::optional<device::HiddenAreaReport>>& records) {
    records.assign(targets.size(), std::nullopt);
    if (!args.reset_hidden_areas) return ExitCode::ok;
    const Messages& messages = context.messages;
    const device::HiddenResetOptions options{.restore_dco = args.restore_dco};
    for (std::size_t i = 0; i < targets.size(); ++i) {
        device::DeviceInfo& info = targets[i];
        Result<device::HiddenResetReport> report = jobs::reset_hidden_areas(info, options);
        if (!report && report.error().code == Errc::refused && report.error().context == "kernel_size_stale") {
            print_error(messages, messages.format(Msg::hidden_reset_kernel_stale, info.path));
            print_hint(messages, messages.get(Msg::hint_hidden_reset_replug));
            return ExitCode::refused;
        }
        if (!report) return report_error(context, report.error(), info.path);
        switch (report->outcome) {
            case device::HiddenResetOutcome::reset:
                std::cerr << messages.format(Msg::hidden_reset_done, info.path,
                                             report->areas.accessible_sectors.value_or(0))
                          << "\n";
                records[i] = std::move(report->areas);
                break;
            case device::HiddenResetOutcome::not_needed:
            case device::HiddenResetOutcome::not_applicable:
                std::cerr << messages.format(Msg::hidden_reset_not_applicable, info.path,
                                             device::hidden_state_name(report->areas.hpa.state))
                          << "\n";
                break;
            case device::HiddenResetOutcome::refused:
            case device::HiddenResetOutcome::failed: return refuse(context, info, *report);
        }
    }
    return ExitCode::ok;
}

void record_hidden_resets(std::vector<wipe::WipeReport>& reports,
                          const std::vector<std::optional<device::HiddenAreaReport>>& records) {
    for (std::size_t i = 0; i < reports.size() && i < records.size(); ++i) {
        if (records[i]) reports[i].hidden_areas = records[i];
    }
}

}  // namespace sanitize::cli
