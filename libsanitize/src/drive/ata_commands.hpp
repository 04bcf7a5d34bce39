// ATA commands as bytes: taskfiles (ACS-3), wrapped in SCSI/ATA Translation ATA PASS-THROUGH(16)
// CDBs (SAT-4), and parsers of what comes back (the ATA status return descriptor, IDENTIFY
// DEVICE, DEVICE CONFIGURATION IDENTIFY, SMART data). Pure functions over bytes: the tests
// check them byte by byte against the standards' tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sanitize::device::ata {

inline constexpr std::size_t sector_bytes = 512;

struct Taskfile {
    std::uint16_t features = 0;
    std::uint16_t count = 0;
    std::uint64_t lba = 0;  // 48 bits
    std::uint8_t device = 0;
    std::uint8_t command = 0;
    bool extend = false;  // a 48-bit command: the upper register halves are meaningful
};

enum class Protocol : std::uint8_t { non_data = 3, pio_data_in = 4, pio_data_out = 5 };

// ATA PASS-THROUGH(16), opcode 0x85. Data commands move `count` 512-byte blocks; `check_condition`
// (CK_COND) asks for the ATA registers back in the sense data even when the command succeeds.
std::array<std::uint8_t, 16> pass_through_16(const Taskfile& taskfile, Protocol protocol, bool check_condition);

// Taskfiles, ACS-3 section names in the comments of the .cpp.
Taskfile identify_device();
Taskfile read_native_max_address_ext();
Taskfile get_native_max_address_ext();
Taskfile set_accessible_max_address_ext(std::uint64_t max_lba);
Taskfile freeze_accessible_max_address_ext();
Taskfile dco_identify();
Taskfile dco_restore();
// SET MAX ADDRESS EXT (37h, ATA8-ACS): `non_volatile` sets COUNT bit 0 (VV) so the value
// survives a power cycle. Must directly follow READ NATIVE MAX ADDRESS EXT.
Taskfile set_max_address_ext(std::uint64_t max_lba, bool non_volatile);
Taskfile sanitize_status_ext(bool clear_failure);
Taskfile sanitize_crypto_scramble_ext(bool failure_mode);
Taskfile sanitize_block_erase_ext(bool failure_mode);
Taskfile sanitize_overwrite_ext(std::uint32_t pattern, unsigned passes, bool invert, bool failure_mode);
Taskfile security_set_password();
Taskfile security_erase_prepare();
Taskfile security_erase_unit();
Taskfile security_disable_password();
Taskfile smart_read_data();
Taskfile smart_return_status();

// The 512-byte data block of SECURITY SET PASSWORD / ERASE UNIT: word 0 control, words 1-16 the
// password (32 bytes, zero padded). `master` selects the master password; `enhanced` the
// enhanced erase mode (ERASE UNIT only).
std::array<std::uint8_t, sector_bytes> security_password_block(std::span<const std::uint8_t> password, bool master,
                                                               bool enhanced);

// The ATA registers after a command, as SAT returns them in sense data.
struct Registers {
    std::uint8_t error = 0;
    std::uint8_t status = 0;
    std::uint8_t device = 0;
    std::uint16_t count = 0;
    std::uint64_t lba = 0;
    bool complete = true;  // fixed-format sense: the upper halves were not returned
};

inline constexpr std::uint8_t status_err = 0x01;
inline constexpr std::uint8_t status_df = 0x20;
inline constexpr std::uint8_t error_abrt = 0x04;

// Descriptor-format sense (0x72/0x73) with an ATA Status Return descriptor (type 0x09), or
// fixed-format sense (0x70/0x71) as SAT-4 fills it. nullopt when neither is there.
std::optional<Registers> parse_registers(std::span<const std::uint8_t> sense);

struct Identify {
    std::string model;
    bool lba48 = false;
    std::uint64_t accessible_sectors = 0;  // words 100-103 (48-bit) or 60-61
    bool hpa_supported = false, hpa_enabled = false;
    bool dco_supported = false;
    bool ama_supported = false;
    bool smart_supported = false, smart_enabled = false;
    bool sanitize_supported = false, crypto_scramble = false, block_erase = false, overwrite = false;
    bool security_supported = false, security_enabled = false, security_locked = false;
    bool security_frozen = false, security_count_expired = false, enhanced_erase_supported = false;
    unsigned security_erase_minutes = 0, enhanced_erase_minutes = 0;  // 0: not given
    bool trim_supported = false;
    std::optional<bool> checksum_ok;  // word 255; nullopt when the signature 0xA5 is absent
};

std::optional<Identify> parse_identify(std::span<const std::uint8_t> data);

// DEVICE CONFIGURATION IDENTIFY: the largest LBA the overlay allows (words 3-6), plus one.
std::optional<std::uint64_t> parse_dco_sectors(std::span<const std::uint8_t> data);

struct SanitizeStatus {
    bool completed_without_error = false;  // count bit 15
    bool in_progress = false;              // count bit 14
    bool frozen = false;                   // count bit 13
    bool antifreeze = false;               // count bit 12
    std::uint16_t progress = 0;            // LBA 15:0, of 65536
    bool failed = false;                   // ERR with ABRT: the last sanitize failed
};
SanitizeStatus parse_sanitize_status(const Registers& registers);

// SMART RETURN STATUS: LBA 23:8 is C24Fh when healthy, 2CF4h when a threshold is exceeded.
std::optional<bool> parse_smart_status(const Registers& registers);

struct SmartRaw {
    std::uint8_t id = 0;
    std::uint64_t raw = 0;  // 48-bit raw value
};
std::vector<SmartRaw> parse_smart_attributes(std::span<const std::uint8_t> data);

}  // namespace sanitize::device::ata
