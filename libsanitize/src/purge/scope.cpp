// namespace_refusals: the NVMe scope of a purge. The other namespaces are found in sysfs and
// inspected as wipe targets are; the controller's Format NVM attributes (FNA) decide whether a
// format reaches them.
#include <array>

#include "sanitize/purge.hpp"
#include "purge/run.hpp"

namespace sanitize::purge {
namespace detail {

bool reaches_all_namespaces(PurgeMethod method, const std::optional<device::nvme::Controller>& controller) {
    switch (method) {
        case PurgeMethod::nvme_sanitize_crypto:
        case PurgeMethod::nvme_sanitize_block:
        case PurgeMethod::nvme_sanitize_overwrite: return true;
        case PurgeMethod::nvme_format_user_data:
        case PurgeMethod::nvme_format_crypto:
            // Both formats erase (SES 1 or 2): FNA bit 1 makes that erase reach every namespace.
            return !controller || controller->format_all_namespaces || controller->secure_erase_all_namespaces;
        default: return false;
    }
}

std::vector<NamespaceRefusal> refusals_of(const std::vector<device::DeviceInfo>& namespaces) {
    std::vector<NamespaceRefusal> found;
    for (const device::DeviceInfo& info : namespaces) {
        for (device::Refusal& refusal : device::refusals(info)) {
            if (refusal.reason == device::RefusalReason::partition || refusal.reason == device::RefusalReason::read_only) {
                continue;
            }
            found.push_back({info.kernel_name, std::move(refusal)});
        }
    }
    return found;
}

}  // namespace detail

namespace {

std::optional<device::nvme::Controller> identify_controller(device::CommandChannel* channel) {
    if (channel == nullptr) return std::nullopt;
    std::array<std::uint8_t, device::nvme::identify_bytes> data{};
    const auto reply = channel->nvme_admin(device::nvme::identify_controller(data));
    return reply && reply->status == 0 ? device::nvme::parse_identify_controller(data) : std::nullopt;
}

}  // namespace

Result<std::vector<NamespaceRefusal>> namespace_refusals(const device::DeviceInfo& info, device::CommandChannel* channel,
                                                         PurgeMethod method) {
    if (!detail::is_nvme(method)) return std::vector<NamespaceRefusal>{};
    const bool formats = method == PurgeMethod::nvme_format_user_data || method == PurgeMethod::nvme_format_crypto;
    if (!detail::reaches_all_namespaces(method, formats ? identify_controller(channel) : std::nullopt)) {
        return std::vector<NamespaceRefusal>{};
    }
    std::vector<device::DeviceInfo> others;
    for (const std::string& name : device::nvme_sibling_namespaces(info.kernel_name)) {
        Result<device::DeviceInfo> other = device::inspect("/dev/" + name);
        if (!other) return other.error();
        others.push_back(std::move(*other));
    }
    return detail::refusals_of(others);
}

}  // namespace sanitize::purge
