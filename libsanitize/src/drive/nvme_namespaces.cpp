// The namespaces beside an NVMe namespace: the block devices of the same controller (or, with
// native multipath, the same subsystem), which the kernel names nvme<C>n<instance>. The instance
// is a counter, not the NSID: the NSID is asked of the device (CommandChannel::nvme_namespace_id).
#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "sanitize/drive.hpp"

namespace sanitize::device {
namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "nvme0n" for "nvme0n1"; "" when the name is not a namespace block device (a partition
// "nvme0n1p2", a controller "nvme0", a multipath path "nvme0c0n1", another disk).
std::string namespace_prefix(std::string_view name) {
    if (!name.starts_with("nvme")) return {};
    const std::size_t n = name.find('n', 4);
    if (n == std::string_view::npos || !all_digits(name.substr(4, n - 4)) || !all_digits(name.substr(n + 1))) return {};
    return std::string(name.substr(0, n + 1));
}

}  // namespace

std::vector<std::string> nvme_sibling_namespaces(const std::string& kernel_name, const std::string& sys_block) {
    const std::string prefix = namespace_prefix(kernel_name);
    std::vector<std::string> siblings;
    if (prefix.empty()) return siblings;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(sys_block, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name != kernel_name && namespace_prefix(name) == prefix) siblings.push_back(name);
    }
    std::sort(siblings.begin(), siblings.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;  // nvme0n2 before nvme0n10
    });
    return siblings;
}

}  // namespace sanitize::device
