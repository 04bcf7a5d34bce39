// `sanitize devices [--json]`: the disks the kernel knows, with identity and safety state.
#include <algorithm>
#include <array>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "failure.hpp"
#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/purge.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

// One word for the worst of the safety rules the disk breaks; the rules are the library's.
Msg state_of(const device::DeviceInfo& info) {
    bool mounted = false;
    bool in_use = false;
    bool read_only = false;
    for (const device::Refusal& refusal : device::refusals(info)) {
        switch (refusal.reason) {
            case device::RefusalReason::system_disk: return Msg::state_system;
            case device::RefusalReason::mounted: mounted = true; break;
            case device::RefusalReason::swap:
            case device::RefusalReason::has_holders: in_use = true; break;
            case device::RefusalReason::read_only: read_only = true; break;
            case device::RefusalReason::partition: break;
        }
    }
    if (mounted) return Msg::state_mounted;
    if (in_use) return Msg::state_in_use;
    return read_only ? Msg::state_read_only : Msg::state_ok;
}

// What the firmware says, asked only with --probe: without it, drives get no command at all and
// their state is "not probed"; loop devices and images need no command to be not_applicable.
struct Firmware {
    device::HiddenAreaReport hidden;
    device::SmartSummary smart;
    std::vector<purge::PurgeAvailability> methods;
};

Firmware firmware_of(const device::DeviceInfo& info, bool probe) {
    Firmware f;
    if (device::command_route(info).path == device::CommandPath::none || !probe) {
        f.hidden = device::probe_hidden_areas(info, nullptr);
        f.smart = device::read_smart(info, nullptr);
        f.methods = purge::purge_methods(info, nullptr);
        if (device::command_route(info).path != device::CommandPath::none) {
            f.hidden.hpa = f.hidden.dco = f.hidden.ama = {device::HiddenState::unknown, "not_probed"};
            f.smart.reason = "not_probed";
            for (auto& m : f.methods) m.reason = "not_probed";
        }
        return f;
    }
    Result<std::unique_ptr<device::CommandChannel>> channel = device::open_command_channel(info, false);
    device::CommandChannel* c = channel ? channel->get() : nullptr;
    f.hidden = device::probe_hidden_areas(info, c);
    f.smart = device::read_smart(info, c);
    f.methods = purge::purge_methods(info, c);
    return f;
}

// The worst of the three states, for one column: detected > unknown > none > not applicable.
std::string hidden_word(const device::HiddenAreaReport& h, const Messages& messages) {
    using device::HiddenState;
    const auto any = [&](HiddenState s) { return h.hpa.state == s || h.dco.state == s || h.ama.state == s; };
    if (any(HiddenState::detected)) return std::string(messages.get(Msg::hidden_detected));
    if (h.hpa.reason == "not_probed") return std::string(messages.get(Msg::hidden_not_probed));
    if (any(HiddenState::unknown)) return std::string(messages.get(Msg::word_unknown));
    if (any(HiddenState::none)) return std::string(messages.get(Msg::word_none));
    return std::string(messages.get(Msg::word_not_applicable));
}

std::string json_array(const std::vector<device::DeviceInfo>& disks, const std::vector<Firmware>& firmware) {
    std::string json = "[";
    for (std::size_t i = 0; i < disks.size(); ++i) {
        json += i == 0 ? "\n  " : ",\n  ";
        std::string object = compact_json(device::to_json(disks[i]));
        object.pop_back();  // the closing brace: the firmware's facts follow
        object += ",\"hidden_areas\":" + device::to_json(firmware[i].hidden);
        object += ",\"smart\":" + device::to_json(firmware[i].smart);
        object += ",\"purge_methods\":" + purge::to_json(firmware[i].methods) + "}";
        json += object;
    }
    json += disks.empty() ? "]\n" : "\n]\n";
    return json;
}

std::string table_text(const std::vector<device::DeviceInfo>& disks, const std::vector<Firmware>& firmware,
                       const Messages& messages) {
    constexpr std::size_t columns = 8;
    using Line = std::array<std::string, columns>;
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    std::vector<Line> lines = {{text(Msg::col_name), text(Msg::col_size), text(Msg::col_transport), text(Msg::col_model),
                                text(Msg::col_serial), text(Msg::col_removable), text(Msg::col_hidden),
                                text(Msg::col_state)}};
    for (std::size_t d = 0; d < disks.size(); ++d) {
        const device::DeviceInfo& info = disks[d];
        auto or_dash = [](const std::string& value) { return value.empty() ? std::string("-") : value; };
        std::string removable = !info.removable ? "-" : text(*info.removable ? Msg::word_yes : Msg::word_no);
        lines.push_back({or_dash(info.kernel_name.empty() ? info.path : info.kernel_name), human_size(info.size_bytes),
                         or_dash(info.transport), or_dash(info.model), or_dash(info.serial), removable,
                         hidden_word(firmware[d].hidden, messages), text(state_of(info))});
    }
    std::array<std::size_t, columns> widths{};
    for (const Line& line : lines) {
        for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], display_width(line[c]));
    }
    std::string table;
    for (const Line& line : lines) {
        std::string row;
        for (std::size_t c = 0; c < columns; ++c) row += c + 1 < columns ? pad_right(line[c], widths[c] + 2) : line[c];
        table += row + "\n";
    }
    return table;
}

}  // namespace

ExitCode run_devices(const DevicesArgs& args, const Context& context) {
    Result<std::vector<device::DeviceInfo>> disks = device::list_disks();
    if (!disks) {
        fail(context, about_path(disks.error(), "/sys/block"));
        return ExitCode::failed;
    }
    std::vector<Firmware> firmware;
    for (const device::DeviceInfo& info : *disks) firmware.push_back(firmware_of(info, args.probe));
    if (args.json) {
        std::cout << json_array(*disks, firmware) << std::flush;
    } else if (disks->empty()) {
        std::cout << context.messages.get(Msg::no_devices) << "\n" << std::flush;
    } else {
        std::cout << table_text(*disks, firmware, context.messages) << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
