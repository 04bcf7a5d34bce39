// `sanitize verify-media TARGET --expect zero|byte:HH [--sample P]`: re-read a medium later.
// The grammar of --expect and --sample and the check are the library's (jobs/verify_media.hpp).
// With --json-progress and --stdin-cancels it speaks to a front end as `wipe` does: the GUI runs
// it through the privileged helper for a disk it cannot read, draws the progress lines itself
// and cancels by closing stdin (a helper running as root cannot be signalled by the person).
#include <iostream>
#include <optional>
#include <stop_token>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "progress_json.hpp"
#include "progress_view.hpp"
#include "report_view.hpp"
#include "sanitize/jobs/verify_media.hpp"
#include "sanitize/protocol.hpp"
#include "stdin_cancel.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

// One progress row for the medium, on stderr.
class CheckView final : public jobs::VerifyMediaObserver {
public:
    CheckView(const VerifyMediaArgs& args, const Context& context) : args_(args), context_(context) {}
    void inspected(const device::DeviceInfo& info) override {
        view_.emplace(std::cerr, context_.messages, std::vector<std::string>{info.path}, progress_options_for_stderr(args_.json));
        if (args_.json_progress) lines_.emplace(std::cout, std::vector<std::string>{info.path});
    }
    void progress(const wipe::Progress& progress) override {
        view_->update(0, progress);
        if (lines_) lines_->update(0, progress);
    }
    void finish(const wipe::MediaCheckReport& report) {
        if (!view_) return;
        view_->finish(0, context_.messages.format(report.matches ? Msg::media_matches : Msg::media_differs,
                                                  "0x" + report.expected_hex));
        view_->close();
    }

private:
    const VerifyMediaArgs& args_;
    const Context& context_;
    std::optional<ProgressView> view_;
    std::optional<JsonProgress> lines_;  // --json-progress
};

ExitCode conclude(const wipe::MediaCheckReport& report, const Context& context, std::stop_token stop) {
    const Messages& messages = context.messages;
    const bool stopped = stop.stop_requested();
    if (report.error && (report.error->code == Errc::cancelled || stopped)) {
        print_error(messages, messages.get(Msg::interrupted));
        return ExitCode::interrupted;
    }
    if (report.error) {
        const ExitCode code = fail(context, about_device(*report.error, report.device.path));
        return code == ExitCode::ok ? ExitCode::failed : code;
    }
    if (report.matches) return ExitCode::ok;
    if (stopped) {
        print_error(messages, messages.get(Msg::interrupted));
        return ExitCode::interrupted;
    }
    print_error(messages, report.device.path + ": " + messages.format(Msg::media_differs, "0x" + report.expected_hex));
    return ExitCode::failed;
}

}  // namespace

ExitCode run_verify_media(const VerifyMediaArgs& args, const Context& context) {
    Result<wipe::MediaCheckOptions> options = jobs::media_check_options(args.expect, args.sample);
    if (!options) return fail(context, options.error());
    std::optional<StdinCancel> stdin_cancel;  // --stdin-cancels: closing stdin stops as SIGTERM does
    if (args.stdin_cancels) {
        stdin_cancel.emplace(context.stop);
        stdin_cancel->watch();  // no secret comes on stdin before a check
    }
    const std::stop_token stop = stdin_cancel ? stdin_cancel->token() : context.stop;
    CheckView view(args, context);
    Result<wipe::MediaCheckReport> report = jobs::verify_media({args.target, *options}, view, stop);
    if (!report) return fail(context, report.error());
    view.finish(*report);
    std::cout << (args.json ? protocol::encode(*report) + "\n" : render_media_check(*report, context.messages))
              << std::flush;
    return conclude(*report, context, stop);
}

}  // namespace sanitize::cli
