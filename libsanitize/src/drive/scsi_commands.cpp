// SCSI command bytes and sense parsing, after SBC-4 (SANITIZE 5.30, READ CAPACITY(16) 5.20) and
// SPC-5 (REQUEST SENSE 6.39, sense data 4.4).
#include "drive/scsi_commands.hpp"

#include <algorithm>

namespace sanitize::device::scsi {

std::array<std::uint8_t, 10> sanitize_cdb(SanitizeAction action, bool immediate, bool allow_unrestricted_exit,
                                          std::uint16_t parameter_length) {
    std::array<std::uint8_t, 10> cdb{};
    cdb[0] = 0x48;
    cdb[1] = static_cast<std::uint8_t>((immediate ? 0x80 : 0x00) | (allow_unrestricted_exit ? 0x20 : 0x00) |
                                       (static_cast<std::uint8_t>(action) & 0x1F));
    cdb[7] = static_cast<std::uint8_t>(parameter_length >> 8);
    cdb[8] = static_cast<std::uint8_t>(parameter_length);
    return cdb;
}

std::vector<std::uint8_t> sanitize_overwrite_parameters(unsigned count, bool invert, std::span<const std::uint8_t> pattern) {
    std::vector<std::uint8_t> list(4 + pattern.size());
    list[0] = static_cast<std::uint8_t>((invert ? 0x80 : 0x00) | (count & 0x1F));
    list[2] = static_cast<std::uint8_t>(pattern.size() >> 8);
    list[3] = static_cast<std::uint8_t>(pattern.size());
    std::copy(pattern.begin(), pattern.end(), list.begin() + 4);
    return list;
}

std::array<std::uint8_t, 6> request_sense_cdb(std::uint8_t allocation_length, bool descriptor_format) {
    return {0x03, static_cast<std::uint8_t>(descriptor_format ? 0x01 : 0x00), 0, 0, allocation_length, 0};
}

std::array<std::uint8_t, 16> read_capacity_16_cdb(std::uint32_t allocation_length) {
    std::array<std::uint8_t, 16> cdb{};
    cdb[0] = 0x9E;
    cdb[1] = 0x10;  // SERVICE ACTION: READ CAPACITY (16)
    for (unsigned i = 0; i < 4; ++i) cdb[10 + i] = static_cast<std::uint8_t>(allocation_length >> (24 - 8 * i));
    return cdb;
}

std::array<std::uint8_t, 12> report_supported_operation_cdb(std::uint8_t opcode, std::uint16_t service_action,
                                                            std::uint32_t allocation_length) {
    std::array<std::uint8_t, 12> cdb{};
    cdb[0] = 0xA3;
    cdb[1] = 0x0C;
    cdb[2] = 0x02;  // REPORTING OPTIONS 010b: one command, by opcode and service action
    cdb[3] = opcode;
    cdb[4] = static_cast<std::uint8_t>(service_action >> 8);
    cdb[5] = static_cast<std::uint8_t>(service_action);
    for (unsigned i = 0; i < 4; ++i) cdb[6 + i] = static_cast<std::uint8_t>(allocation_length >> (24 - 8 * i));
    return cdb;
}

std::optional<bool> parse_operation_supported(std::span<const std::uint8_t> data) {
    if (data.size() < 2) return std::nullopt;
    const unsigned support = data[1] & 0x07;
    if (support == 0) return std::nullopt;  // not available from the device server
    return support == 0x03 || support == 0x05;
}

std::optional<Capacity> parse_read_capacity_16(std::span<const std::uint8_t> data) {
    if (data.size() < 12) return std::nullopt;
    Capacity c;
    for (unsigned i = 0; i < 8; ++i) c.last_lba = (c.last_lba << 8) | data[i];
    for (unsigned i = 8; i < 12; ++i) c.block_bytes = (c.block_bytes << 8) | data[i];
    return c;
}

namespace {

std::optional<std::uint16_t> progress_of(std::span<const std::uint8_t> sks) {
    if ((sks[0] & 0x80) == 0) return std::nullopt;  // SKSV clear: nothing valid there
    return static_cast<std::uint16_t>((sks[1] << 8) | sks[2]);
}

std::optional<Sense> parse_descriptor(std::span<const std::uint8_t> sense) {
    if (sense.size() < 8) return std::nullopt;
    Sense s{static_cast<std::uint8_t>(sense[1] & 0x0F), sense[2], sense[3], std::nullopt};
    const std::size_t end = std::min<std::size_t>(sense.size(), 8 + std::size_t{sense[7]});
    for (std::size_t at = 8; at + 2 <= end; at += 2 + std::size_t{sense[at + 1]}) {
        if (sense[at] == 0x02 && at + 7 <= end) s.progress = progress_of(sense.subspan(at + 4, 3));
    }
    return s;
}

}  // namespace

std::optional<Sense> parse_sense(std::span<const std::uint8_t> sense) {
    if (sense.empty()) return std::nullopt;
    const std::uint8_t response = sense[0] & 0x7F;
    if (response == 0x72 || response == 0x73) return parse_descriptor(sense);
    if ((response != 0x70 && response != 0x71) || sense.size() < 14) return std::nullopt;
    Sense s{static_cast<std::uint8_t>(sense[2] & 0x0F), sense[12], sense[13], std::nullopt};
    if (sense.size() >= 18) s.progress = progress_of(sense.subspan(15, 3));
    return s;
}

bool sanitize_in_progress(const Sense& s) { return s.key == key_not_ready && s.asc == 0x04 && s.ascq == 0x1B; }
bool sanitize_failed(const Sense& s) { return s.asc == 0x31 && s.ascq == 0x03; }

}  // namespace sanitize::device::scsi
