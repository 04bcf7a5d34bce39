// purge_methods: which firmware purges a target offers, read with IDENTIFY (ATA) or Identify
// Controller (NVMe) only — commands that change nothing. Loop devices and images offer none.
#include <array>
#include <fstream>

#include "drive/ata_exec.hpp"
#include "drive/nvme_commands.hpp"
#include "drive/scsi_commands.hpp"
#include "sanitize/purge.hpp"
#include "purge/run.hpp"

namespace sanitize::purge {
namespace {

struct Named {
    PurgeMethod method;
    std::string_view name;
};

constexpr std::array<Named, 15> names{{
    {PurgeMethod::ata_sanitize_crypto, "ata-sanitize-crypto"},
    {PurgeMethod::ata_sanitize_block, "ata-sanitize-block"},
    {PurgeMethod::ata_sanitize_overwrite, "ata-sanitize-overwrite"},
    {PurgeMethod::ata_security_erase, "ata-security-erase"},
    {PurgeMethod::ata_security_erase_enhanced, "ata-security-erase-enhanced"},
    {PurgeMethod::nvme_sanitize_crypto, "nvme-sanitize-crypto"},
    {PurgeMethod::nvme_sanitize_block, "nvme-sanitize-block"},
    {PurgeMethod::nvme_sanitize_overwrite, "nvme-sanitize-overwrite"},
    {PurgeMethod::nvme_format_user_data, "nvme-format-user-data"},
    {PurgeMethod::nvme_format_crypto, "nvme-format-crypto"},
    {PurgeMethod::scsi_sanitize_crypto, "scsi-sanitize-crypto"},
    {PurgeMethod::scsi_sanitize_block, "scsi-sanitize-block"},
    {PurgeMethod::scsi_sanitize_overwrite, "scsi-sanitize-overwrite"},
    {PurgeMethod::secure_discard, "secure-discard"},
    {PurgeMethod::discard, "discard"},
}};

using Table = std::vector<PurgeAvailability>;

void mark(Table& table, PurgeMethod method, bool available, std::string reason) {
    for (PurgeAvailability& entry : table) {
        if (entry.method == method) entry = {method, available, available ? std::string() : std::move(reason)};
    }
}

// The kernel advertises discard support per queue; secure discard has no such attribute, so it
// is offered only where the kernel implements it for the transport (eMMC/SD).
void discard_support(const device::DeviceInfo& info, Table& table) {
    std::ifstream file("/sys/block/" + info.kernel_name + "/queue/discard_max_bytes");
    std::uint64_t max_bytes = 0;
    const bool known = static_cast<bool>(file >> max_bytes);
    mark(table, PurgeMethod::discard, known && max_bytes > 0, known ? "discard_not_supported" : "discard_unknown");
    mark(table, PurgeMethod::secure_discard, info.transport == "mmc" && max_bytes > 0, "secure_discard_not_offered");
}

void ata_support(device::CommandChannel& channel, Table& table) {
    std::array<std::uint8_t, device::ata::sector_bytes> data{};
    const auto reply = device::ata::run(channel, {device::ata::identify_device(), device::ata::Protocol::pio_data_in, data});
    const auto id = reply && reply->answer == device::ata::Answer::done ? device::ata::parse_identify(data) : std::nullopt;
    if (!id) {
        for (PurgeAvailability& entry : table) {
            if (detail::is_ata(entry.method)) entry.reason = "identify_failed";
        }
        return;
    }
    mark(table, PurgeMethod::ata_sanitize_crypto, id->crypto_scramble, "not_supported");
    mark(table, PurgeMethod::ata_sanitize_block, id->block_erase, "not_supported");
    mark(table, PurgeMethod::ata_sanitize_overwrite, id->overwrite, "not_supported");
    std::string security = !id->security_supported    ? "not_supported"
                           : id->security_frozen       ? "security_frozen"
                           : id->security_locked       ? "security_locked"
                           : id->security_enabled      ? "security_password_set"
                           : id->security_count_expired ? "security_count_expired"
                                                        : "";
    mark(table, PurgeMethod::ata_security_erase, security.empty(), security);
    if (security.empty() && !id->enhanced_erase_supported) security = "not_supported";
    mark(table, PurgeMethod::ata_security_erase_enhanced, security.empty(), security);
}

void nvme_support(device::CommandChannel& channel, Table& table) {
    std::array<std::uint8_t, device::nvme::identify_bytes> data{};
    const auto reply = channel.nvme_admin(device::nvme::identify_controller(data));
    const auto c = reply && reply->status == 0 ? device::nvme::parse_identify_controller(data) : std::nullopt;
    if (!c) {
        for (PurgeAvailability& entry : table) {
            if (detail::is_nvme(entry.method)) entry.reason = "identify_failed";
        }
        return;
    }
    mark(table, PurgeMethod::nvme_sanitize_crypto, c->sanitize_crypto, "not_supported");
    mark(table, PurgeMethod::nvme_sanitize_block, c->sanitize_block, "not_supported");
    mark(table, PurgeMethod::nvme_sanitize_overwrite, c->sanitize_overwrite, "not_supported");
    mark(table, PurgeMethod::nvme_format_user_data, c->format_supported, "not_supported");
    mark(table, PurgeMethod::nvme_format_crypto, c->format_supported && c->crypto_erase_supported, "not_supported");
}

// SANITIZE's service actions, asked one by one: a device that does not answer offers nothing.
void scsi_support(device::CommandChannel& channel, Table& table) {
    using device::scsi::SanitizeAction;
    const std::array<std::pair<PurgeMethod, SanitizeAction>, 3> actions{{
        {PurgeMethod::scsi_sanitize_crypto, SanitizeAction::crypto_erase},
        {PurgeMethod::scsi_sanitize_block, SanitizeAction::block_erase},
        {PurgeMethod::scsi_sanitize_overwrite, SanitizeAction::overwrite},
    }};
    for (const auto& [method, action] : actions) {
        std::array<std::uint8_t, 64> data{};
        const auto cdb = device::scsi::report_supported_operation_cdb(0x48, static_cast<std::uint16_t>(action), data.size());
        const auto reply = channel.scsi({cdb, device::DataDirection::from_device, data, {}, 30000});
        const bool answered = reply && !reply->transport_error && reply->status == 0;
        const auto supported = answered ? device::scsi::parse_operation_supported(data) : std::nullopt;
        mark(table, method, supported.value_or(false), supported ? "not_supported" : "support_unknown");
    }
}

}  // namespace

std::string_view purge_method_name(PurgeMethod method) noexcept {
    for (const Named& n : names) {
        if (n.method == method) return n.name;
    }
    return "unknown";
}

std::optional<PurgeMethod> parse_purge_method(std::string_view name) noexcept {
    for (const Named& n : names) {
        if (n.name == name) return n.method;
    }
    return std::nullopt;
}

std::vector<PurgeMethod> all_purge_methods() {
    std::vector<PurgeMethod> all;
    for (const Named& n : names) all.push_back(n.method);
    return all;
}

std::vector<PurgeAvailability> purge_methods(const device::DeviceInfo& info, device::CommandChannel* channel) {
    const device::CommandRoute route = device::command_route(info);
    Table table;
    for (PurgeMethod method : all_purge_methods()) {
        table.push_back({method, false, route.path == device::CommandPath::none ? route.reason : "not_this_transport"});
    }
    if (route.path == device::CommandPath::none) return table;  // loop devices, images: nothing asked
    if (channel == nullptr) {
        for (PurgeAvailability& entry : table) entry.reason = "no_channel";
        return table;
    }
    discard_support(info, table);
    if (route.path == device::CommandPath::nvme) nvme_support(*channel, table);
    if (route.path == device::CommandPath::ata_passthrough) ata_support(*channel, table);
    if (route.path == device::CommandPath::scsi) scsi_support(*channel, table);
    return table;
}

}  // namespace sanitize::purge
