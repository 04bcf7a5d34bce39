// Shared steps of the commands.
#include "command_support.hpp"

#include "text_format.hpp"

namespace sanitize::cli {

ExitCode report_error(const Context& context, const Error& error, std::string_view subject) {
    print_error(context.messages, context.messages.error(error, subject));
    if (error.code == Errc::busy) {
        print_hint(context.messages, context.messages.format(Msg::hint_busy, subject));
    } else if (auto hint = context.messages.hint(error.code)) {
        print_hint(context.messages, *hint);
    }
    return exit_code_for(error.code);
}

ExitCode inspect_target(const std::string& path, const Context& context, device::DeviceInfo& info) {
    Result<device::DeviceInfo> inspected = device::inspect(path);
    if (!inspected) {
        const ExitCode code = report_error(context, inspected.error(), path);
        // Only a missing target is worth the hint: `sanitize devices` lists the real names.
        if (inspected.error().code == Errc::not_found) print_hint(context.messages, context.messages.get(Msg::hint_not_found));
        return code;
    }
    info = std::move(*inspected);
    if (context.diagnostics.enabled()) {
        const Messages& messages = context.messages;
        std::string unknown(messages.get(Msg::word_unknown));
        context.diagnostics.info(messages.format(
            Msg::diag_inspected, info.path, human_size(info.size_bytes),
            info.transport.empty() ? unknown : info.transport, info.logical_sector_bytes, info.physical_sector_bytes,
            info.serial.empty() ? unknown : info.serial, info.serial_source.empty() ? "-" : info.serial_source));
    }
    return ExitCode::ok;
}

std::string target_label(const device::DeviceInfo& info) {
    return info.path;
}

}  // namespace sanitize::cli
