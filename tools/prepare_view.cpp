// The prepare job's observer for the terminal and for a helper's pipe.
#include "prepare_view.hpp"

#include <iostream>

#include "confirm.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

std::size_t index_of(jobs::PrepareStep step) { return static_cast<std::size_t>(step) + 1; }

}  // namespace

Msg prepare_step_text(jobs::PrepareStep step) {
    switch (step) {
        case jobs::PrepareStep::wipe: return Msg::prepare_step_wipe;
        case jobs::PrepareStep::certify: return Msg::prepare_step_certify;
        case jobs::PrepareStep::format: return Msg::prepare_step_format;
        case jobs::PrepareStep::write_archive: return Msg::prepare_step_write_archive;
        case jobs::PrepareStep::write_readme: return Msg::prepare_step_write_readme;
        case jobs::PrepareStep::check_archive: return Msg::prepare_step_check_archive;
        case jobs::PrepareStep::record: return Msg::prepare_step_record;
    }
    return Msg::prepare_step_wipe;
}

PrepareView::PrepareView(const PrepareArgs& args, const Context& context, StdinCancel* stdin_cancel)
    : args_(args), context_(context), stdin_cancel_(stdin_cancel), options_(progress_options_for_stderr(args.json)) {
    if (args.json_progress) json_lines_.emplace(std::cout, args.device);
}

Result<void> PrepareView::confirm(const device::DeviceInfo& stick) {
    const std::vector<std::string> tokens = args_.confirm.empty() ? std::vector<std::string>{} : std::vector{args_.confirm};
    return confirm_targets({stick}, args_.yes, tokens, context_.messages, context_.stop);
}

void PrepareView::step_started(jobs::PrepareStep step) {
    const Messages& messages = context_.messages;
    started_ = std::chrono::steady_clock::now();
    const std::string name(messages.get(prepare_step_text(step)));
    line(messages.format(Msg::prepare_step_line, index_of(step), jobs::prepare_step_count, name));
    if (step == jobs::PrepareStep::wipe) {
        wipe_view_.emplace(std::cerr, messages, std::vector<std::string>{args_.device}, options_);
        if (stdin_cancel_ != nullptr) stdin_cancel_->watch();
    }
    if (step == jobs::PrepareStep::write_archive || step == jobs::PrepareStep::check_archive) {
        bytes_done_ = 0;
        bytes_view_.emplace(std::cerr, messages, name, options_);
    }
    if (json_lines_) json_lines_->step(step, protocol::Step::State::started);
}

void PrepareView::step_finished(jobs::PrepareStep step, bool ok) {
    if (wipe_view_) {
        wipe_view_->close();
        wipe_view_.reset();
    }
    if (bytes_view_) {
        if (ok) {
            bytes_view_->finish(bytes_done_);
        } else {
            bytes_view_->close();
        }
        bytes_view_.reset();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    timings_.emplace_back(step, seconds);
    const Messages& messages = context_.messages;
    const std::string name(messages.get(prepare_step_text(step)));
    line(messages.format(ok ? Msg::prepare_step_done : Msg::prepare_step_failed, index_of(step),
                         jobs::prepare_step_count, name, human_duration(seconds)));
    if (json_lines_) json_lines_->step(step, ok ? protocol::Step::State::done : protocol::Step::State::failed);
}

void PrepareView::progress(const wipe::Progress& progress) {
    if (wipe_view_) wipe_view_->update(0, progress);
    if (json_lines_) json_lines_->wipe(progress);
}

void PrepareView::bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) {
    bytes_done_ = done;
    if (bytes_view_) bytes_view_->update(done, total);
    if (json_lines_) json_lines_->bytes(step, done, total);
}

void PrepareView::line(const std::string& text) const {
    if (options_.style != ProgressStyle::silent) std::cerr << text << "\n" << std::flush;
}

}  // namespace sanitize::cli
