// verify_media: the library owns the grammar of what to expect and how much to read.
#include "sanitize/jobs/verify_media.hpp"

#include "jobs/targets.hpp"

namespace sanitize::jobs {
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

// A mounted file system changes the medium while it is read and answers for its contents: what
// a check reports about it would be neither the wipe's result nor stable. Refused, like a wipe.
Result<void> refuse_mounted(const device::DeviceInfo& info) {
    std::vector<Error> problems;
    for (const std::string& mountpoint : info.mountpoints) {
        problems.push_back(detail::refusal_error(info, {device::RefusalReason::mounted, mountpoint}));
    }
    return detail::all_of(std::move(problems));
}

Error spec_error(Reason reason, std::string_view given, std::string context) {
    Error error = make_error(Errc::invalid_argument, reason, std::move(context));
    error.detail = std::string(given);
    return error;
}

}  // namespace

Result<wipe::MediaCheckOptions> media_check_options(std::string_view expect, std::string_view sample) {
    std::optional<std::uint8_t> byte;
    if (expect == "zero") byte = 0;
    if (expect.starts_with("byte:")) byte = hex_byte(expect.substr(5));
    if (!byte) return spec_error(Reason::expect_spec, expect, "expect \"" + std::string(expect) + "\"");
    wipe::MediaCheckOptions options;
    options.expected_pattern = {*byte};
    if (sample.empty()) {
        options.plan = wipe::VerifyPlan{wipe::VerifyMode::all, 0};
        return options;
    }
    // The sampling rules (at least 10 %, NIST subsections) are the verification plan's.
    Result<wipe::VerifyPlan> plan = wipe::parse_verify("sample:" + std::string(sample));
    if (!plan) return spec_error(Reason::sample_spec, sample, plan.error().context);
    options.plan = *plan;
    return options;
}

Result<wipe::MediaCheckReport> verify_media(const VerifyMediaRequest& request, VerifyMediaObserver& observer,
                                            std::stop_token stop) {
    MediaAccess& media = request.media != nullptr ? *request.media : system_media();
    Result<device::DeviceInfo> info = media.inspect(request.target);
    if (!info) {
        Error error = about_device(info.error(), request.target);
        if (error.code == Errc::not_found) error.reason = Reason::target_missing;
        return error;
    }
    if (Result<void> sized = detail::refuse_empty(*info); !sized) return sized.error();
    if (Result<void> unmounted = refuse_mounted(*info); !unmounted) return unmounted.error();
    observer.inspected(*info);
    Result<std::unique_ptr<device::Device>> opened = media.open(*info, device::OpenOptions{.writable = false});
    if (!opened) return about_device(opened.error(), info->path);
    wipe::Callbacks callbacks;
    callbacks.on_progress = [&observer](const wipe::Progress& progress) { observer.progress(progress); };
    return wipe::check_media(**opened, request.options, callbacks, stop);
}

}  // namespace sanitize::jobs
