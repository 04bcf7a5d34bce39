#include "wipe_resume.hpp"

#include <unistd.h>

#include <cstdlib>

#include "command_support.hpp"
#include "sanitize/checkpoint.hpp"
#include "sanitize/jobs.hpp"

namespace sanitize::cli {
namespace {

std::string checkpoint_file(const std::string& directory, const device::DeviceInfo& info) {
    Result<wipe::DeviceIdentity> identity = wipe::identity_of(info);
    return identity ? wipe::checkpoint_path_for(directory, *identity, info) : directory;
}

// Every refusal leaves the medium untouched: exit 3, as the other safety refusals.
ExitCode explain(const Error& error, const WipeArgs& args, const Context& context, const device::DeviceInfo& info) {
    const Messages& m = context.messages;
    const std::string file = checkpoint_file(args.checkpoint_dir, info);
    switch (error.code) {
        case Errc::not_found:
            if (!args.resume) break;
            print_error(m, m.format(Msg::resume_no_checkpoint, info.path, args.checkpoint_dir));
            print_hint(m, m.get(Msg::hint_resume_no_checkpoint));
            return ExitCode::refused;
        case Errc::malformed_input:
            print_error(m, m.format(Msg::resume_corrupt, info.path, file, error.context));
            print_hint(m, m.get(Msg::hint_resume_corrupt));
            return ExitCode::refused;
        case Errc::conflict:
            print_error(m, m.format(Msg::resume_identity_mismatch, info.path, file, error.context));
            print_hint(m, m.get(Msg::hint_resume_identity));
            return ExitCode::refused;
        case Errc::refused:
            print_error(m, m.format(Msg::checkpoint_exists, info.path, file));
            print_hint(m, m.get(Msg::hint_checkpoint_exists));
            return ExitCode::refused;
        default: break;
    }
    print_error(m, m.format(Msg::checkpoint_failed, info.path, args.checkpoint_dir, m.error(error, args.checkpoint_dir)));
    print_hint(m, m.get(Msg::hint_checkpoint_failed));
    return ExitCode::failed;
}

}  // namespace

std::string default_checkpoint_dir() {
    if (const char* dir = std::getenv("SANITIZE_CHECKPOINT_DIR"); dir != nullptr && *dir != '\0') return dir;
    if (::geteuid() == 0) return "/var/lib/sanitize/checkpoints";
    if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state == '/')
        return std::string(state) + "/sanitize/checkpoints";
    const char* home = std::getenv("HOME");
    return std::string(home != nullptr && *home != '\0' ? home : ".") + "/.local/state/sanitize/checkpoints";
}

ExitCode checkpoint_options(const WipeArgs& given, const Context& context, const std::vector<device::DeviceInfo>& targets,
                            const wipe::WipeOptions& options, std::vector<wipe::WipeOptions>& per_target) {
    WipeArgs args = given;
    if (args.checkpoint_dir.empty()) args.checkpoint_dir = default_checkpoint_dir();
    wipe::WipeOptions base = options;
    base.checkpoint_interval = std::chrono::milliseconds(args.checkpoint_interval_ms);
    base.throttle = std::chrono::microseconds(args.test_throttle_us);
    const jobs::CheckpointRequest request{args.checkpoint_dir, args.resume, args.discard_checkpoint};
    // Every target is checked before any is written, as with the other refusals.
    ExitCode result = ExitCode::ok;
    std::string ready;  // the targets that were not refused
    for (const device::DeviceInfo& info : targets) {
        Result<wipe::WipeOptions> made = jobs::checkpointed_options(info, base, request);
        if (made) {
            per_target.push_back(std::move(*made));
            ready += (ready.empty() ? "" : " ") + info.path;
            continue;
        }
        ExitCode code = explain(made.error(), args, context, info);
        if (result == ExitCode::ok) result = code;
    }
    // A batch stops as a whole: the targets without an error of their own must not look done.
    if (result != ExitCode::ok && !ready.empty())
        print_hint(context.messages, context.messages.format(Msg::hint_batch_refused, targets.size(), ready));
    return result;
}

void print_resume_hints(const std::vector<wipe::WipeReport>& reports, const Messages& messages) {
    for (const wipe::WipeReport& report : reports) {
        if (report.checkpoint_kept) print_hint(messages, messages.format(Msg::wipe_resumable, report.device.path));
    }
}

}  // namespace sanitize::cli
