// What `sanitize prepare` shows while the prepare job runs: it is the job's observer. The stick
// is confirmed as a wipe target is (confirm.hpp); a line per step on stderr, the wipe's bars and
// byte bars for the archive on a terminal, plain lines elsewhere, nothing under --json without
// a terminal; with --json-progress the steps as JSON Lines on stdout too.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app.hpp"
#include "byte_progress_view.hpp"
#include "context.hpp"
#include "prepare_progress_json.hpp"
#include "progress_view.hpp"
#include "sanitize/jobs/prepare.hpp"
#include "stdin_cancel.hpp"

namespace sanitize::cli {

class PrepareView final : public jobs::PrepareObserver {
public:
    // `stdin_cancel`, when given, starts watching stdin once the stick is being wiped.
    PrepareView(const PrepareArgs& args, const Context& context, StdinCancel* stdin_cancel);

    Result<void> confirm(const device::DeviceInfo& stick) override;
    void step_started(jobs::PrepareStep step) override;
    void step_finished(jobs::PrepareStep step, bool ok) override;
    void progress(const wipe::Progress& progress) override;
    void bytes(jobs::PrepareStep step, std::uint64_t done, std::uint64_t total) override;

    // Seconds per step, in the order run, for --json and for whoever measures.
    const std::vector<std::pair<jobs::PrepareStep, double>>& timings() const { return timings_; }

private:
    void line(const std::string& text) const;

    const PrepareArgs& args_;
    const Context& context_;
    StdinCancel* stdin_cancel_;
    ProgressViewOptions options_;
    std::optional<ProgressView> wipe_view_;
    std::optional<ByteProgressView> bytes_view_;
    std::optional<PrepareJsonProgress> json_lines_;
    std::uint64_t bytes_done_ = 0;
    std::chrono::steady_clock::time_point started_{};
    std::vector<std::pair<jobs::PrepareStep, double>> timings_;
};

// The step's name in the person's language ("wiping the stick").
Msg prepare_step_text(jobs::PrepareStep step);

}  // namespace sanitize::cli
