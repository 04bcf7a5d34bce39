// NVMe admin commands as command dwords (NVM Express Base 2.0: Identify 5.17, Sanitize 5.24,
// Format NVM 5.14 of the NVM command set, Get Log Page 5.16) and parsers of their data.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "sanitize/drive.hpp"

namespace sanitize::device::nvme {

inline constexpr std::uint32_t all_namespaces = 0xFFFF'FFFF;
inline constexpr std::size_t identify_bytes = 4096;
inline constexpr std::size_t log_bytes = 512;

enum class SanitizeAction : std::uint8_t { exit_failure_mode = 1, block_erase = 2, overwrite = 3, crypto_erase = 4 };
enum class SecureErase : std::uint8_t { none = 0, user_data = 1, cryptographic = 2 };

// The buffers are the caller's; builders only set dwords, opcode and direction.
NvmeAdminCommand identify_controller(std::span<std::uint8_t> data);
NvmeAdminCommand identify_namespace(std::uint32_t nsid, std::span<std::uint8_t> data);
NvmeAdminCommand sanitize(SanitizeAction action, bool no_deallocate, unsigned overwrite_passes,
                          std::uint32_t overwrite_pattern);
NvmeAdminCommand format_nvm(std::uint32_t nsid, SecureErase erase, std::uint8_t lba_format);
NvmeAdminCommand get_log_page(std::uint8_t log_id, std::uint32_t nsid, std::span<std::uint8_t> data);
inline constexpr std::uint8_t log_smart = 0x02;
inline constexpr std::uint8_t log_sanitize_status = 0x81;

struct Controller {
    std::string model;
    bool format_supported = false;     // OACS bit 1
    bool sanitize_crypto = false;      // SANICAP bit 0
    bool sanitize_block = false;       // SANICAP bit 1
    bool sanitize_overwrite = false;   // SANICAP bit 2
    bool format_all_namespaces = false;        // FNA bit 0
    bool secure_erase_all_namespaces = false;  // FNA bit 1
    bool crypto_erase_supported = false;       // FNA bit 2
};
std::optional<Controller> parse_identify_controller(std::span<const std::uint8_t> data);

// The LBA format in use (FLBAS bits 3:0, with bits 6:5 as the upper bits in NVMe 2.0).
std::optional<std::uint8_t> parse_namespace_lba_format(std::span<const std::uint8_t> data);

enum class SanitizeState : std::uint8_t { never = 0, completed = 1, in_progress = 2, failed = 3, completed_no_deallocate = 4 };
struct SanitizeStatus {
    std::uint16_t progress = 0;  // SPROG, of 65536
    SanitizeState state = SanitizeState::never;
    std::uint32_t command_dword10 = 0;  // SCDW10: which sanitize this status belongs to
};
std::optional<SanitizeStatus> parse_sanitize_status(std::span<const std::uint8_t> data);

struct Health {
    std::uint8_t critical_warning = 0;
    std::uint8_t percentage_used = 0;
    std::uint64_t power_on_hours = 0;   // low 64 bits of the 128-bit counter
    std::uint64_t media_errors = 0;
    std::uint64_t unsafe_shutdowns = 0;
};
std::optional<Health> parse_smart_log(std::span<const std::uint8_t> data);

}  // namespace sanitize::device::nvme
