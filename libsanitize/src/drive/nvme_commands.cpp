// NVMe admin command dwords and data parsing; field offsets from the NVMe Base specification's
// Identify Controller, Sanitize Status log and SMART / Health Information log tables.
#include "drive/nvme_commands.hpp"

namespace sanitize::device::nvme {
namespace {

std::uint64_t le(std::span<const std::uint8_t> data, std::size_t at, std::size_t bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = bytes; i-- > 0;) value = (value << 8) | data[at + i];
    return value;
}

bool bit(std::uint64_t value, unsigned n) { return ((value >> n) & 1U) != 0; }

NvmeAdminCommand reading(std::uint8_t opcode, std::uint32_t nsid, std::uint32_t cdw10, std::span<std::uint8_t> data) {
    NvmeAdminCommand c;
    c.opcode = opcode;
    c.nsid = nsid;
    c.cdw10 = cdw10;
    c.direction = DataDirection::from_device;
    c.data_in = data;
    return c;
}

}  // namespace

NvmeAdminCommand identify_controller(std::span<std::uint8_t> data) { return reading(0x06, 0, 0x01, data); }  // CNS 01h
NvmeAdminCommand identify_namespace(std::uint32_t nsid, std::span<std::uint8_t> data) {
    return reading(0x06, nsid, 0x00, data);  // CNS 00h
}

NvmeAdminCommand sanitize(SanitizeAction action, bool no_deallocate, unsigned overwrite_passes,
                          std::uint32_t overwrite_pattern) {
    NvmeAdminCommand c;
    c.opcode = 0x84;
    // CDW10: SANACT 2:0, AUSE 3 (clear: a failure must be exited explicitly), OWPASS 7:4,
    // OIPBP 8, NDAS 9.
    c.cdw10 = static_cast<std::uint32_t>(action) & 0x7U;
    if (action == SanitizeAction::overwrite) c.cdw10 |= (overwrite_passes & 0xFU) << 4;
    if (no_deallocate) c.cdw10 |= 1U << 9;
    c.cdw11 = action == SanitizeAction::overwrite ? overwrite_pattern : 0;  // OVRPAT
    c.timeout_ms = 60000;
    return c;
}

NvmeAdminCommand format_nvm(std::uint32_t nsid, SecureErase erase, std::uint8_t lba_format) {
    NvmeAdminCommand c;
    c.opcode = 0x80;
    c.nsid = nsid;
    // CDW10: LBAF 3:0, MSET 4, PI 7:5, PIL 8, SES 11:9, LBAF upper 13:12.
    c.cdw10 = (lba_format & 0x0FU) | ((static_cast<std::uint32_t>(erase) & 0x7U) << 9) |
              (((lba_format >> 4) & 0x3U) << 12);
    c.timeout_ms = 3'600'000;  // Format runs to completion inside the command: hours on big drives
    return c;
}

NvmeAdminCommand get_log_page(std::uint8_t log_id, std::uint32_t nsid, std::span<std::uint8_t> data) {
    // CDW10: LID 7:0, NUMDL 31:16 = dwords - 1 (a 512-byte log fits in the low half).
    const auto dwords = static_cast<std::uint32_t>(data.size() / 4);
    return reading(0x02, nsid, log_id | (((dwords - 1) & 0xFFFFU) << 16), data);
}

std::optional<Controller> parse_identify_controller(std::span<const std::uint8_t> data) {
    if (data.size() < identify_bytes) return std::nullopt;
    Controller c;
    c.model.assign(reinterpret_cast<const char*>(data.data()) + 24, 40);
    while (!c.model.empty() && (c.model.back() == ' ' || c.model.back() == '\0')) c.model.pop_back();
    const auto oacs = le(data, 256, 2);
    c.format_supported = bit(oacs, 1);
    const auto fna = data[524];
    c.format_all_namespaces = bit(fna, 0);
    c.secure_erase_all_namespaces = bit(fna, 1);
    c.crypto_erase_supported = bit(fna, 2);
    const auto sanicap = le(data, 328, 4);
    c.sanitize_crypto = bit(sanicap, 0);
    c.sanitize_block = bit(sanicap, 1);
    c.sanitize_overwrite = bit(sanicap, 2);
    return c;
}

std::optional<std::uint8_t> parse_namespace_lba_format(std::span<const std::uint8_t> data) {
    if (data.size() < identify_bytes) return std::nullopt;
    const std::uint8_t flbas = data[26];
    return static_cast<std::uint8_t>((flbas & 0x0F) | (((flbas >> 5) & 0x3) << 4));
}

std::optional<SanitizeStatus> parse_sanitize_status(std::span<const std::uint8_t> data) {
    if (data.size() < 8) return std::nullopt;
    const auto state = static_cast<std::uint8_t>(le(data, 2, 2) & 0x7);
    if (state > 4) return std::nullopt;
    return SanitizeStatus{static_cast<std::uint16_t>(le(data, 0, 2)), static_cast<SanitizeState>(state),
                          static_cast<std::uint32_t>(le(data, 4, 4))};
}

std::optional<Health> parse_smart_log(std::span<const std::uint8_t> data) {
    if (data.size() < log_bytes) return std::nullopt;
    Health h;
    h.critical_warning = data[0];
    h.percentage_used = data[5];
    h.power_on_hours = le(data, 128, 8);
    h.unsafe_shutdowns = le(data, 144, 8);
    h.media_errors = le(data, 160, 8);
    return h;
}

}  // namespace sanitize::device::nvme
