// The safety rules: which facts forbid a wipe, and what the operator types to confirm one.

#include <string_view>

#include "sanitize/device.hpp"

namespace sanitize::device {
namespace {

std::string_view trim_blank(std::string_view text) {
    constexpr std::string_view blank = " \t\r\n\v\f";
    std::size_t first = text.find_first_not_of(blank);
    if (first == std::string_view::npos) return {};
    std::size_t last = text.find_last_not_of(blank);
    return text.substr(first, last - first + 1);
}

std::string display_name(const DeviceInfo& info) {
    if (!info.kernel_name.empty()) return info.kernel_name;
    return info.canonical_path.empty() ? info.path : info.canonical_path;
}

}  // namespace

// The most serious reason comes first, so a front end that shows only one shows that.
std::vector<Refusal> refusals(const DeviceInfo& info) {
    std::vector<Refusal> found;
    if (info.holds_system) found.push_back({RefusalReason::system_disk, display_name(info)});
    for (const std::string& mountpoint : info.mountpoints) {
        found.push_back({RefusalReason::mounted, mountpoint});
    }
    if (info.is_swap) found.push_back({RefusalReason::swap, display_name(info)});
    for (const std::string& holder : info.holders) {
        found.push_back({RefusalReason::has_holders, holder});
    }
    if (info.is_partition) found.push_back({RefusalReason::partition, display_name(info)});
    if (info.read_only) found.push_back({RefusalReason::read_only, display_name(info)});
    return found;
}

std::string confirmation_token(const DeviceInfo& info) {
    if (!info.serial.empty()) return info.serial;
    if (info.kind == TargetKind::block_device && !info.kernel_name.empty()) return info.kernel_name;
    return info.path;
}

bool confirmation_matches(const DeviceInfo& info, std::string_view typed) {
    // An empty token would let an empty answer (a bare Enter) confirm: never.
    const std::string token = confirmation_token(info);
    return !token.empty() && trim_blank(typed) == trim_blank(token);
}

}  // namespace sanitize::device
