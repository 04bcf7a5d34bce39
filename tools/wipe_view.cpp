// The wipe job's observer for the terminal and for a helper's pipe.
#include "wipe_view.hpp"

#include <iostream>

#include "confirm.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

std::string diagnostic_text(const Messages& messages, const std::string& label, const wipe::Diagnostic& diagnostic) {
    switch (diagnostic.kind) {
        case wipe::Diagnostic::Kind::direct_io_fallback: return messages.format(Msg::diag_direct_io_fallback, label);
        case wipe::Diagnostic::Kind::bad_sector:
            return messages.format(Msg::diag_bad_sector, label, diagnostic.length, diagnostic.offset,
                                   messages.system_error(diagnostic.sys_errno));
        case wipe::Diagnostic::Kind::retry_succeeded:
            return messages.format(Msg::diag_retry_succeeded, label, diagnostic.length, diagnostic.offset);
        case wipe::Diagnostic::Kind::cache_not_bypassed: return messages.format(Msg::diag_cache_not_bypassed, label);
    }
    return label;
}

}  // namespace

WipeView::WipeView(const WipeArgs& args, const Context& context, StdinCancel* stdin_cancel)
    : args_(args), context_(context), stdin_cancel_(stdin_cancel), labels_(args.targets) {}

WipeView::~WipeView() {
    close();
    context_.diagnostics.route_to({});
}

Result<void> WipeView::confirm(const std::vector<device::DeviceInfo>& targets) {
    return confirm_targets(targets, args_.yes, args_.confirm, context_.messages, context_.stop);
}

void WipeView::inspected(std::size_t, const device::DeviceInfo& info) {
    if (!context_.diagnostics.enabled()) return;
    const Messages& messages = context_.messages;
    const std::string unknown(messages.get(Msg::word_unknown));
    context_.diagnostics.info(messages.format(
        Msg::diag_inspected, info.path, human_size(info.size_bytes), info.transport.empty() ? unknown : info.transport,
        info.logical_sector_bytes, info.physical_sector_bytes, info.serial.empty() ? unknown : info.serial,
        info.serial_source.empty() ? "-" : info.serial_source));
}

void WipeView::hidden_areas_reset(std::size_t, const device::DeviceInfo& info, const device::HiddenResetReport& report) {
    const Messages& messages = context_.messages;
    if (report.outcome == device::HiddenResetOutcome::reset) {
        std::cerr << messages.format(Msg::hidden_reset_done, info.path, report.areas.accessible_sectors.value_or(0)) << "\n";
    } else {
        std::cerr << messages.format(Msg::hidden_reset_not_applicable, info.path,
                                     device::hidden_state_name(report.areas.hpa.state))
                  << "\n";
    }
}

void WipeView::writing(const std::vector<device::DeviceInfo>& targets) {
    labels_.clear();
    std::vector<std::string> paths;
    for (const device::DeviceInfo& info : targets) {
        labels_.push_back(info.path);
        paths.push_back(info.path);
        context_.log(JournalEvent::wipe_started, {{"target", info.path}, {"serial", info.serial}, {"method", args_.method}});
    }
    view_.emplace(std::cerr, context_.messages, labels_, progress_options_for_stderr(args_.json));
    if (args_.json_progress) lines_.emplace(std::cout, std::move(paths));
    context_.diagnostics.route_to([this](std::string_view line) { view_->note(line); });
    if (stdin_cancel_ != nullptr) stdin_cancel_->watch();
}

void WipeView::progress(std::size_t target, const wipe::Progress& progress) {
    view_->update(target, progress);
    if (lines_) lines_->update(target, progress);
}

void WipeView::diagnostic(std::size_t target, const wipe::Diagnostic& diagnostic) {
    if (context_.diagnostics.enabled()) context_.diagnostics.info(diagnostic_text(context_.messages, labels_[target], diagnostic));
}

void WipeView::wiped(std::size_t target, const wipe::WipeReport& report) {
    view_->finish(target, context_.messages.outcome(report.outcome));
}

void WipeView::close() {
    if (!view_) return;
    view_->close();
    context_.diagnostics.route_to({});
    view_.reset();
}

}  // namespace sanitize::cli
