// read_smart: a short health summary (ATA SMART RETURN STATUS + a few attributes, or the NVMe
// SMART / Health log), and the JSON form of the drive reports.
#include <array>
#include <nlohmann/json.hpp>

#include "drive/ata_exec.hpp"
#include "drive/nvme_commands.hpp"
#include "sanitize/drive.hpp"

namespace sanitize::device {
namespace {

using json = nlohmann::ordered_json;

SmartSummary unavailable(std::string reason) {
    SmartSummary s;
    s.reason = std::move(reason);
    return s;
}

SmartSummary not_applicable(std::string reason) {
    SmartSummary s;
    s.state = SmartState::not_applicable;
    s.reason = std::move(reason);
    return s;
}

SmartSummary read_nvme(CommandChannel& channel) {
    std::array<std::uint8_t, nvme::log_bytes> log{};
    Result<NvmeReply> reply = channel.nvme_admin(nvme::get_log_page(nvme::log_smart, nvme::all_namespaces, log));
    if (!reply || reply->status != 0) return unavailable(!reply ? "transport_error" : "log_page_rejected");
    const std::optional<nvme::Health> health = nvme::parse_smart_log(log);
    if (!health) return unavailable("log_page_invalid");
    SmartSummary s;
    s.state = SmartState::read;
    s.passed = health->critical_warning == 0;
    s.attributes = {{"critical_warning", health->critical_warning},
                    {"percentage_used", health->percentage_used},
                    {"media_errors", health->media_errors},
                    {"power_on_hours", health->power_on_hours},
                    {"unsafe_shutdowns", health->unsafe_shutdowns}};
    return s;
}

const char* attribute_name(std::uint8_t id) {
    switch (id) {
        case 5: return "reallocated_sectors";
        case 9: return "power_on_hours";
        case 197: return "pending_sectors";
        case 198: return "offline_uncorrectable";
        default: return nullptr;
    }
}

SmartSummary read_ata(CommandChannel& channel) {
    std::array<std::uint8_t, ata::sector_bytes> data{};
    Result<ata::Reply> identify = ata::run(channel, {ata::identify_device(), ata::Protocol::pio_data_in, data});
    if (!identify || identify->answer != ata::Answer::done) return unavailable("identify_failed");
    const std::optional<ata::Identify> id = ata::parse_identify(data);
    if (!id || !id->smart_supported) return unavailable("smart_not_supported");
    if (!id->smart_enabled) return unavailable("smart_disabled");
    SmartSummary s;
    Result<ata::Reply> status = ata::run(channel, {ata::smart_return_status(), ata::Protocol::non_data});
    if (status && status->answer == ata::Answer::done && status->registers) {
        s.passed = ata::parse_smart_status(*status->registers);
    }
    data.fill(0);
    Result<ata::Reply> read = ata::run(channel, {ata::smart_read_data(), ata::Protocol::pio_data_in, data});
    if (read && read->answer == ata::Answer::done) {
        for (const ata::SmartRaw& raw : ata::parse_smart_attributes(data)) {
            const char* name = attribute_name(raw.id);
            // Power-on hours: vendors keep minutes or flags in the upper raw bytes.
            if (name) s.attributes.push_back({name, raw.id == 9 ? (raw.raw & 0xFFFF'FFFFULL) : raw.raw});
        }
    }
    // Only what came back is claimed: no status and no attributes is no answer.
    if (!s.passed && s.attributes.empty()) return unavailable("smart_no_answer");
    s.state = SmartState::read;
    return s;
}

json area_json(const HiddenArea& area) {
    json object = {{"state", hidden_state_name(area.state)}};
    if (!area.reason.empty()) object["reason"] = area.reason;
    return object;
}

json optional_number(const std::optional<std::uint64_t>& value) { return value ? json(*value) : json(nullptr); }

}  // namespace

std::string_view smart_state_name(SmartState state) noexcept {
    switch (state) {
        case SmartState::read: return "read";
        case SmartState::not_applicable: return "not_applicable";
        case SmartState::unavailable: return "unavailable";
    }
    return "unavailable";
}

SmartSummary read_smart(const DeviceInfo& info, CommandChannel* channel) {
    const CommandRoute route = command_route(info);
    if (route.path == CommandPath::none) return not_applicable(route.reason);
    if (channel == nullptr) return unavailable("no_channel");
    return route.path == CommandPath::nvme ? read_nvme(*channel) : read_ata(*channel);
}

SmartSummary read_smart(const DeviceInfo& info) {
    if (command_route(info).path == CommandPath::none) return read_smart(info, nullptr);
    Result<std::unique_ptr<CommandChannel>> channel = open_command_channel(info, false);
    return read_smart(info, channel ? channel->get() : nullptr);
}

std::string to_json(const HiddenAreaReport& r) {
    json object = {{"hpa", area_json(r.hpa)},
                         {"dco", area_json(r.dco)},
                         {"ama", area_json(r.ama)},
                         {"accessible_sectors", optional_number(r.accessible_sectors)},
                         {"native_sectors", optional_number(r.native_sectors)},
                         {"dco_sectors", optional_number(r.dco_sectors)},
                         {"commands_sent", r.commands_sent},
                         {"reset", r.reset}};
    if (r.before_reset) {
        const HiddenAreaStates& b = *r.before_reset;
        object["before_reset"] = {{"hpa", area_json(b.hpa)}, {"dco", area_json(b.dco)}, {"ama", area_json(b.ama)}};
    }
    return object.dump();
}

std::string to_json(const SmartSummary& s) {
    json object = {{"state", smart_state_name(s.state)}, {"available", s.state == SmartState::read}};
    if (!s.reason.empty()) object["reason"] = s.reason;
    object["passed"] = s.passed ? json(*s.passed) : json(nullptr);
    json attributes = json::object();
    for (const SmartAttribute& a : s.attributes) attributes[a.name] = a.value;
    object["attributes"] = attributes;
    return object.dump();
}

}  // namespace sanitize::device
