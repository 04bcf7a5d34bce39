// What `sanitize wipe` shows while the wipe job runs: it is the job's observer. The targets are
// confirmed the CLI's way (confirm.hpp), progress is drawn on stderr (bars or lines), and with
// --json-progress written as JSON Lines on stdout for a front end that runs the CLI as its
// helper; --verbose diagnostics go through the bars so that they do not tear them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app.hpp"
#include "context.hpp"
#include "progress_json.hpp"
#include "progress_view.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "stdin_cancel.hpp"

namespace sanitize::cli {

class WipeView final : public jobs::WipeObserver {
public:
    // `stdin_cancel`, when given, starts watching stdin once the wipes begin.
    WipeView(const WipeArgs& args, const Context& context, StdinCancel* stdin_cancel);
    ~WipeView() override;  // the bars closed, diagnostics back on stderr
    WipeView(const WipeView&) = delete;
    WipeView& operator=(const WipeView&) = delete;

    Result<void> confirm(const std::vector<device::DeviceInfo>& targets) override;
    void inspected(std::size_t target, const device::DeviceInfo& info) override;
    void hidden_areas_reset(std::size_t target, const device::DeviceInfo& info,
                            const device::HiddenResetReport& report) override;
    void writing(const std::vector<device::DeviceInfo>& targets) override;
    void progress(std::size_t target, const wipe::Progress& progress) override;
    void diagnostic(std::size_t target, const wipe::Diagnostic& diagnostic) override;
    void wiped(std::size_t target, const wipe::WipeReport& report) override;

    // Draws the final state of the bars; the results are printed after it.
    void close();

private:
    const WipeArgs& args_;
    const Context& context_;
    StdinCancel* stdin_cancel_;
    std::vector<std::string> labels_;
    std::optional<ProgressView> view_;
    std::optional<JsonProgress> lines_;
};

// The job's results: reports on stdout (text or JSON Lines), each certificate after them, one
// stderr line per target that was not erased, how to continue an interrupted one; the exit code
// of the whole batch.
ExitCode render_wipe(const jobs::WipeResult& result, const WipeArgs& args, const Context& context);

}  // namespace sanitize::cli
