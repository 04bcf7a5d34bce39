// `sanitize devices [--json]`: the disks the kernel knows, with identity and safety state.
#include <algorithm>
#include <array>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "sanitize/device.hpp"
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

std::string json_array(const std::vector<device::DeviceInfo>& disks) {
    std::string json = "[";
    for (std::size_t i = 0; i < disks.size(); ++i) {
        json += i == 0 ? "\n  " : ",\n  ";
        json += compact_json(device::to_json(disks[i]));
    }
    json += disks.empty() ? "]\n" : "\n]\n";
    return json;
}

std::string table_text(const std::vector<device::DeviceInfo>& disks, const Messages& messages) {
    constexpr std::size_t columns = 7;
    using Line = std::array<std::string, columns>;
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    std::vector<Line> lines = {{text(Msg::col_name), text(Msg::col_size), text(Msg::col_transport), text(Msg::col_model),
                                text(Msg::col_serial), text(Msg::col_removable), text(Msg::col_state)}};
    for (const device::DeviceInfo& info : disks) {
        auto or_dash = [](const std::string& value) { return value.empty() ? std::string("-") : value; };
        std::string removable = !info.removable ? "-" : text(*info.removable ? Msg::word_yes : Msg::word_no);
        lines.push_back({or_dash(info.kernel_name.empty() ? info.path : info.kernel_name), human_size(info.size_bytes),
                         or_dash(info.transport), or_dash(info.model), or_dash(info.serial), removable,
                         text(state_of(info))});
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
        print_error(context.messages, context.messages.error(disks.error(), "/sys/block"));
        if (auto hint = context.messages.hint(disks.error().code)) print_hint(context.messages, *hint);
        return ExitCode::failed;
    }
    if (args.json) {
        std::cout << json_array(*disks) << std::flush;
    } else if (disks->empty()) {
        std::cout << context.messages.get(Msg::no_devices) << "\n" << std::flush;
    } else {
        std::cout << table_text(*disks, context.messages) << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
