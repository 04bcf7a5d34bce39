// SCSI commands as bytes (SBC-4 SANITIZE, READ CAPACITY(16); SPC-5 REQUEST SENSE) and sense
// data parsing (sense key, ASC/ASCQ, the progress indication of sense-key-specific data).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace sanitize::device::scsi {

enum class SanitizeAction : std::uint8_t { overwrite = 0x01, block_erase = 0x02, crypto_erase = 0x03, exit_failure_mode = 0x1F };

// SANITIZE (48h), IMMED set so that the command returns at once and progress is polled.
// `parameter_length` is the overwrite parameter list's length (0 for the other actions).
std::array<std::uint8_t, 10> sanitize_cdb(SanitizeAction action, bool immediate, bool allow_unrestricted_exit,
                                          std::uint16_t parameter_length);
// The overwrite parameter list: INVERT, OVERWRITE COUNT (1-31), the initialization pattern.
std::vector<std::uint8_t> sanitize_overwrite_parameters(unsigned count, bool invert, std::span<const std::uint8_t> pattern);

std::array<std::uint8_t, 6> request_sense_cdb(std::uint8_t allocation_length, bool descriptor_format);
std::array<std::uint8_t, 16> read_capacity_16_cdb(std::uint32_t allocation_length);
// REPORT SUPPORTED OPERATION CODES (A3h/0Ch) for one opcode and service action.
std::array<std::uint8_t, 12> report_supported_operation_cdb(std::uint8_t opcode, std::uint16_t service_action,
                                                            std::uint32_t allocation_length);
// SUPPORT field of the one-command answer: supported as the standard says (011b) or vendor (101b).
std::optional<bool> parse_operation_supported(std::span<const std::uint8_t> data);

struct Capacity {
    std::uint64_t last_lba = 0;
    std::uint32_t block_bytes = 0;
};
std::optional<Capacity> parse_read_capacity_16(std::span<const std::uint8_t> data);

struct Sense {
    std::uint8_t key = 0;
    std::uint8_t asc = 0;
    std::uint8_t ascq = 0;
    std::optional<std::uint16_t> progress;  // sense-key-specific progress indication, of 65536
};
std::optional<Sense> parse_sense(std::span<const std::uint8_t> sense);

inline constexpr std::uint8_t key_no_sense = 0x0, key_recovered = 0x1, key_not_ready = 0x2,
                              key_illegal_request = 0x5;

// NOT READY, LOGICAL UNIT NOT READY, SANITIZE IN PROGRESS (04h/1Bh).
bool sanitize_in_progress(const Sense& sense);
// MEDIUM ERROR / SANITIZE COMMAND FAILED (31h/03h).
bool sanitize_failed(const Sense& sense);

}  // namespace sanitize::device::scsi
