// Inspection, safety refusals and confirmation of the targets of a wipe.
#include "wipe_preflight.hpp"

#include <memory>
#include <string>

#include "command_support.hpp"
#include "confirm.hpp"

namespace sanitize::cli {

namespace {

bool is_block(const device::DeviceInfo& info) {
    return info.kind == device::TargetKind::block_device;
}

ExitCode inspect_all(const WipeArgs& args, const Context& context, std::vector<device::DeviceInfo>& targets) {
    // Every operand is looked at, so that one run shows every problem; the first one decides
    // the exit code.
    ExitCode result = ExitCode::ok;
    for (const std::string& path : args.targets) {
        device::DeviceInfo info;
        ExitCode code = inspect_target(path, context, info);
        if (code != ExitCode::ok && result == ExitCode::ok) result = code;
        if (code == ExitCode::ok) targets.push_back(std::move(info));
    }
    return result;
}

const std::string& identity(const device::DeviceInfo& info) {
    return info.canonical_path.empty() ? info.path : info.canonical_path;
}

// The same medium twice would be written by two jobs at once: also a loop device and its file.
bool same_medium(const device::DeviceInfo& a, const device::DeviceInfo& b) {
    return identity(a) == identity(b) || (!a.backing_file.empty() && a.backing_file == identity(b)) ||
           (!b.backing_file.empty() && b.backing_file == identity(a));
}

ExitCode reject_duplicates(const std::vector<device::DeviceInfo>& targets, const Context& context) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            if (same_medium(targets[i], targets[j])) {
                print_error(context.messages, context.messages.format(Msg::duplicate_target, targets[i].path, targets[j].path));
                return ExitCode::usage;
            }
        }
    }
    return ExitCode::ok;
}

ExitCode check_refusals(const std::vector<device::DeviceInfo>& targets, const Context& context) {
    bool refused = false;
    for (const device::DeviceInfo& info : targets) {
        for (const device::Refusal& refusal : device::refusals(info)) {
            print_error(context.messages, context.messages.refusal(info, refusal));
            refused = true;
        }
    }
    if (!refused) return ExitCode::ok;
    print_hint(context.messages, context.messages.get(Msg::hint_refused));
    return ExitCode::refused;
}

std::string expected_confirm_flags(const std::vector<device::DeviceInfo>& targets) {
    std::string flags;
    for (const device::DeviceInfo& info : targets) {
        if (!is_block(info)) continue;
        if (!flags.empty()) flags += ' ';
        flags += "--confirm " + device::confirmation_token(info);
    }
    return flags;
}

// --yes: block devices are confirmed by --confirm tokens, one per block device, in order.
ExitCode confirm_by_flags(const WipeArgs& args, const std::vector<device::DeviceInfo>& targets, const Context& context) {
    const Messages& messages = context.messages;
    std::size_t blocks = 0;
    for (const device::DeviceInfo& info : targets) blocks += is_block(info) ? std::size_t{1} : std::size_t{0};
    if (args.confirm.size() != blocks) {
        if (args.confirm.empty()) {
            for (const device::DeviceInfo& info : targets) {
                if (is_block(info)) {
                    print_error(messages, messages.format(Msg::confirm_yes_needs_token, info.path, device::confirmation_token(info)));
                }
            }
        } else {
            print_error(messages, messages.format(Msg::confirm_count_mismatch, blocks, args.confirm.size()));
        }
        if (blocks > 0) print_hint(messages, messages.format(Msg::hint_confirm_all, expected_confirm_flags(targets)));
        return ExitCode::refused;
    }
    bool mismatch = false;
    std::size_t next = 0;
    for (const device::DeviceInfo& info : targets) {
        if (!is_block(info)) continue;
        const std::string& given = args.confirm[next++];
        if (!device::confirmation_matches(info, given)) {
            print_error(messages, messages.format(Msg::confirm_flag_mismatch, info.path, given, device::confirmation_token(info)));
            mismatch = true;
        }
    }
    if (!mismatch) return ExitCode::ok;
    print_hint(messages, messages.get(Msg::nothing_wiped));
    return ExitCode::refused;
}

ExitCode refuse_without_terminal(const std::vector<device::DeviceInfo>& targets, const Context& context) {
    const Messages& messages = context.messages;
    for (const device::DeviceInfo& info : targets) {
        if (is_block(info)) {
            print_error(messages, messages.format(Msg::no_terminal_block, info.path));
        } else {
            print_error(messages, messages.format(Msg::no_terminal_file, info.path));
        }
    }
    std::string flags = expected_confirm_flags(targets);
    print_hint(messages, flags.empty() ? std::string(messages.get(Msg::hint_yes))
                                       : messages.format(Msg::hint_yes_confirm, flags));
    return ExitCode::refused;
}

// No --yes: the person at the terminal confirms each target in turn.
ExitCode confirm_interactively(const std::vector<device::DeviceInfo>& targets, const Context& context) {
    const Messages& messages = context.messages;
    std::unique_ptr<Terminal> terminal = Terminal::open_interactive();
    if (!terminal) return refuse_without_terminal(targets, context);
    for (const device::DeviceInfo& info : targets) {
        Answer answer = is_block(info) ? confirm_block_device(*terminal, messages, info, context.stop)
                                       : confirm_regular_file(*terminal, messages, info, context.stop);
        if (answer == Answer::interrupted) {
            print_error(messages, messages.get(Msg::interrupted));
            return ExitCode::interrupted;
        }
        if (answer == Answer::declined) {
            print_error(messages, is_block(info) ? messages.format(Msg::confirm_typed_mismatch, info.path,
                                                                   device::confirmation_token(info))
                                                 : std::string(messages.get(Msg::confirm_declined)));
            print_hint(messages, messages.get(Msg::nothing_wiped));
            return ExitCode::refused;
        }
    }
    return ExitCode::ok;
}

}  // namespace

ExitCode prepare_targets(const WipeArgs& args, const Context& context, std::vector<device::DeviceInfo>& targets) {
    if (ExitCode code = inspect_all(args, context, targets); code != ExitCode::ok) return code;
    if (ExitCode code = reject_duplicates(targets, context); code != ExitCode::ok) return code;
    if (ExitCode code = check_refusals(targets, context); code != ExitCode::ok) return code;
    return args.yes ? confirm_by_flags(args, targets, context) : confirm_interactively(targets, context);
}

}  // namespace sanitize::cli
