// probe_hidden_areas: HPA, DCO and Accessible Max Address, read through ATA commands.
//
// The rule: a state is `detected` or `none` only from two numbers the drive gave (accessible vs
// native max, native vs DCO max); a feature set the drive says it lacks is `not_applicable`;
// anything that did not answer is `unknown` with the reason. Nothing is inferred from sizes.
#include <array>

#include "drive/ata_exec.hpp"
#include "sanitize/drive.hpp"

namespace sanitize::device {
namespace {

void set_all(HiddenAreaReport& r, HiddenState state, const std::string& reason) {
    r.hpa = r.dco = r.ama = HiddenArea{state, reason};
}

HiddenArea compare(std::uint64_t accessible, std::uint64_t larger) {
    return HiddenArea{larger > accessible ? HiddenState::detected : HiddenState::none, ""};
}

// The native max address, from the command the drive's feature sets offer.
std::optional<std::uint64_t> native_sectors(CommandChannel& channel, const ata::Identify& id, HiddenAreaReport& r,
                                            std::string& reason) {
    ata::Taskfile taskfile;
    if (id.ama_supported) {
        taskfile = ata::get_native_max_address_ext();
        r.commands_sent.emplace_back("GET NATIVE MAX ADDRESS EXT");
    } else if (id.hpa_supported && id.lba48) {
        taskfile = ata::read_native_max_address_ext();
        r.commands_sent.emplace_back("READ NATIVE MAX ADDRESS EXT");
    } else {
        reason = "no_48bit_native_max";
        return std::nullopt;
    }
    Result<ata::Reply> reply = ata::run(channel, {taskfile, ata::Protocol::non_data});
    if (!reply) {
        reason = "native_max_transport_error";
        return std::nullopt;
    }
    if (reply->answer != ata::Answer::done || !reply->registers || !reply->registers->complete) {
        reason = reply->answer == ata::Answer::aborted ? "native_max_aborted" : "native_max_no_registers";
        return std::nullopt;
    }
    return reply->registers->lba + 1;
}

void probe_dco(CommandChannel& channel, const ata::Identify& id, HiddenAreaReport& r) {
    if (!id.dco_supported) {
        r.dco = {HiddenState::not_applicable, "dco_not_supported"};
        return;
    }
    std::array<std::uint8_t, ata::sector_bytes> data{};
    r.commands_sent.emplace_back("DEVICE CONFIGURATION IDENTIFY");
    Result<ata::Reply> reply = ata::run(channel, {ata::dco_identify(), ata::Protocol::pio_data_in, data});
    if (!reply || reply->answer != ata::Answer::done) {
        r.dco = {HiddenState::unknown, "dco_identify_failed"};
        return;
    }
    r.dco_sectors = ata::parse_dco_sectors(data);
    const std::optional<std::uint64_t> base = r.native_sectors ? r.native_sectors : r.accessible_sectors;
    if (!r.dco_sectors || !base) {
        r.dco = {HiddenState::unknown, r.dco_sectors ? "native_max_unknown" : "dco_data_invalid"};
        return;
    }
    r.dco = compare(*base, *r.dco_sectors);
}

void probe_ata(CommandChannel& channel, HiddenAreaReport& r) {
    std::array<std::uint8_t, ata::sector_bytes> data{};
    r.commands_sent.emplace_back("IDENTIFY DEVICE");
    Result<ata::Reply> reply = ata::run(channel, {ata::identify_device(), ata::Protocol::pio_data_in, data});
    if (!reply || reply->answer != ata::Answer::done) {
        const bool bridge = reply && reply->answer == ata::Answer::not_passed_through;
        set_all(r, HiddenState::unknown, !reply ? "identify_transport_error"
                                         : bridge ? "ata_passthrough_not_supported" : "identify_aborted");
        return;
    }
    const std::optional<ata::Identify> id = ata::parse_identify(data);
    if (!id || (id->checksum_ok && !*id->checksum_ok)) {
        set_all(r, HiddenState::unknown, "identify_data_invalid");
        return;
    }
    r.accessible_sectors = id->accessible_sectors;
    std::string reason;
    r.native_sectors = native_sectors(channel, *id, r, reason);
    const auto area = [&](bool supported, const char* unsupported) {
        if (!supported) return HiddenArea{HiddenState::not_applicable, unsupported};
        if (!r.native_sectors) return HiddenArea{HiddenState::unknown, reason};
        return compare(*r.accessible_sectors, *r.native_sectors);
    };
    r.hpa = area(id->hpa_supported, "hpa_not_supported");
    r.ama = area(id->ama_supported, "ama_not_supported");
    probe_dco(channel, *id, r);
}

}  // namespace

std::string_view hidden_state_name(HiddenState state) noexcept {
    switch (state) {
        case HiddenState::detected: return "detected";
        case HiddenState::none: return "none";
        case HiddenState::not_applicable: return "not_applicable";
        case HiddenState::unknown: return "unknown";
    }
    return "unknown";
}

HiddenAreaReport probe_hidden_areas(const DeviceInfo& info, CommandChannel* channel) {
    HiddenAreaReport r;
    const CommandRoute route = command_route(info);
    if (route.path == CommandPath::none) {
        // Loop devices and images have no firmware: nothing is hidden from the kernel there.
        const bool no_firmware = route.reason == "loop_device" || route.reason == "disk_image";
        set_all(r, no_firmware ? HiddenState::not_applicable : HiddenState::unknown, route.reason);
        return r;
    }
    if (route.path == CommandPath::nvme) {
        set_all(r, HiddenState::not_applicable, "nvme");  // HPA/DCO/AMA are ATA feature sets
        return r;
    }
    if (channel == nullptr) {
        set_all(r, HiddenState::unknown, "no_channel");
        return r;
    }
    probe_ata(*channel, r);
    return r;
}

HiddenAreaReport probe_hidden_areas(const DeviceInfo& info) {
    if (command_route(info).path == CommandPath::none) return probe_hidden_areas(info, nullptr);
    Result<std::unique_ptr<CommandChannel>> channel = open_command_channel(info, false);
    return probe_hidden_areas(info, channel ? channel->get() : nullptr);
}

}  // namespace sanitize::device
