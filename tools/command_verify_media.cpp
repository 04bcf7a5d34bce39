// `sanitize verify-media TARGET --expect zero|byte:HH [--sample P]`: re-read a medium later.
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include "command_support.hpp"
#include "commands.hpp"
#include "progress_view.hpp"
#include "report_view.hpp"
#include "sanitize/wipe.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

std::optional<std::uint8_t> hex_byte(std::string_view text) {
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    if (text.size() != 2 || digit(text[0]) < 0 || digit(text[1]) < 0) return std::nullopt;
    return static_cast<std::uint8_t>(digit(text[0]) * 16 + digit(text[1]));
}

ExitCode build_options(const VerifyMediaArgs& args, const Context& context, wipe::MediaCheckOptions& options) {
    const Messages& messages = context.messages;
    std::optional<std::uint8_t> byte;
    if (args.expect == "zero") byte = 0;
    if (args.expect.starts_with("byte:")) byte = hex_byte(std::string_view(args.expect).substr(5));
    if (!byte) {
        print_error(messages, messages.format(Msg::bad_expect, args.expect));
        print_hint(messages, messages.get(Msg::hint_expect));
        return ExitCode::usage;
    }
    options.expected_pattern = {*byte};
    if (args.sample.empty()) {
        options.plan = wipe::VerifyPlan{wipe::VerifyMode::all, 0};
        return ExitCode::ok;
    }
    // The library owns the sampling rules (at least 10 %, NIST subsections): reuse its parser.
    Result<wipe::VerifyPlan> plan = wipe::parse_verify("sample:" + args.sample);
    if (!plan) {
        print_error(messages, messages.format(Msg::bad_sample, args.sample, plan.error().context));
        print_hint(messages, messages.get(Msg::hint_verify));
        return ExitCode::usage;
    }
    options.plan = *plan;
    return ExitCode::ok;
}

wipe::MediaCheckReport check_with_progress(device::Device& device, const wipe::MediaCheckOptions& options,
                                           const Context& context, bool json) {
    std::string label = target_label(device.info());
    ProgressView view(std::cerr, context.messages, {label}, progress_options_for_stderr(json));
    wipe::Callbacks callbacks;
    callbacks.on_progress = [&view](const wipe::Progress& progress) { view.update(0, progress); };
    wipe::MediaCheckReport report = wipe::check_media(device, options, callbacks, context.stop);
    view.finish(0, context.messages.format(report.matches ? Msg::media_matches : Msg::media_differs,
                                           "0x" + report.expected_hex));
    view.close();
    return report;
}

ExitCode conclude(const wipe::MediaCheckReport& report, const Context& context) {
    const Messages& messages = context.messages;
    if (report.error && (report.error->code == Errc::cancelled || context.stop.stop_requested())) {
        print_error(messages, messages.get(Msg::interrupted));
        return ExitCode::interrupted;
    }
    if (report.error) {
        ExitCode code = report_error(context, *report.error, report.device.path);
        return code == ExitCode::ok ? ExitCode::failed : code;
    }
    if (report.matches) return ExitCode::ok;
    if (context.stop.stop_requested()) {
        print_error(messages, messages.get(Msg::interrupted));
        return ExitCode::interrupted;
    }
    print_error(messages, report.device.path + ": " + messages.format(Msg::media_differs, "0x" + report.expected_hex));
    return ExitCode::failed;
}

}  // namespace

ExitCode run_verify_media(const VerifyMediaArgs& args, const Context& context) {
    wipe::MediaCheckOptions options;
    if (ExitCode code = build_options(args, context, options); code != ExitCode::ok) return code;
    device::DeviceInfo info;
    if (ExitCode code = inspect_target(args.target, context, info); code != ExitCode::ok) return code;
    // Read-only and so without confirmation or safety refusals: checking a mounted disk is harmless.
    Result<std::unique_ptr<device::Device>> opened = device::open(info, device::OpenOptions{.writable = false});
    if (!opened) return report_error(context, opened.error(), info.path);
    wipe::MediaCheckReport report = check_with_progress(**opened, options, context, args.json);
    if (args.json) {
        std::cout << compact_json(wipe::to_json(report)) << "\n" << std::flush;
    } else {
        std::cout << render_media_check(report, context.messages) << std::flush;
    }
    return conclude(report, context);
}

}  // namespace sanitize::cli
