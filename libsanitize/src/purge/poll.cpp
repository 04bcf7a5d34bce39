// The one wait for a purge that runs in the background (ATA SANITIZE, NVMe Sanitize, SCSI
// SANITIZE): poll, see it in progress, see it complete. An idle drive also reports "completed"
// from some earlier sanitize, so completion counts only after this run saw the operation in
// progress, or when the status names this operation and changed since the command was sent.
#include "purge/run.hpp"

namespace sanitize::purge::detail {
namespace {

constexpr std::size_t idle_polls_allowed = 3;  // polls without progress before judging

}  // namespace

void poll_until_complete(Run& run, const std::function<std::optional<PollStatus>()>& poll) {
    std::size_t idle = 0;
    while (run.report.polls < run.options.max_polls) {
        if (!run.wait()) return;
        const std::optional<PollStatus> s = poll();
        if (!s) return run.end(PurgeOutcome::failed, "status_unreadable");
        if (s->failed) return run.end(PurgeOutcome::failed, "sanitize_failed");
        if (s->in_progress) {
            run.report.progress_observed = true;
            run.progress(s->percent);
            continue;
        }
        if (s->completed && (run.report.progress_observed || s->fresh)) {
            run.report.completion_observed = true;
            run.progress(100.0);
            return;
        }
        if (run.report.progress_observed) return run.end(PurgeOutcome::failed, "sanitize_ended_without_success");
        if (++idle >= idle_polls_allowed) return run.end(PurgeOutcome::failed, "idle_status_without_progress");
    }
    run.end(PurgeOutcome::failed, "completion_not_observed");
}

}  // namespace sanitize::purge::detail
