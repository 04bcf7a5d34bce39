// ATA taskfiles and their SAT-4 wrapping. Register layouts follow ACS-3 (T13/2161-D) and the
// ATA PASS-THROUGH(16) CDB of SAT-4 (T10/BSR INCITS 491) section 12.2.2.
#include "drive/ata_commands.hpp"

#include <algorithm>

namespace sanitize::device::ata {
namespace {

constexpr std::uint8_t device_lba = 0x40;  // DEVICE bit 6: the LBA field holds an LBA

std::uint8_t byte_of(std::uint64_t value, unsigned index) { return static_cast<std::uint8_t>(value >> (8 * index)); }

Taskfile sanitize(std::uint16_t feature, std::uint64_t lba, std::uint16_t count) {
    return Taskfile{feature, count, lba, device_lba, 0xB4, true};
}

std::uint16_t word_at(std::span<const std::uint8_t> data, std::size_t word) {
    return static_cast<std::uint16_t>(data[2 * word] | (data[2 * word + 1] << 8));
}

bool bit(std::uint16_t word, unsigned n) { return ((static_cast<unsigned>(word) >> n) & 1U) != 0; }

// A word is valid when bit 15 is clear and bit 14 set (ACS-3 words 83, 84, 86, 87, 119...).
bool valid_word(std::uint16_t word) { return (word & 0xC000) == 0x4000; }

std::uint64_t words_le(std::span<const std::uint8_t> data, std::size_t first, std::size_t count) {
    std::uint64_t value = 0;
    for (std::size_t i = count; i-- > 0;) value = (value << 16) | word_at(data, first + i);
    return value;
}

// ATA strings put the first character in the high byte of each word.
std::string ata_string(std::span<const std::uint8_t> data, std::size_t first, std::size_t words) {
    std::string text;
    for (std::size_t w = first; w < first + words; ++w) {
        text += static_cast<char>(data[2 * w + 1]);
        text += static_cast<char>(data[2 * w]);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\0')) text.pop_back();
    const auto start = text.find_first_not_of(' ');
    return start == std::string::npos ? std::string() : text.substr(start);
}

std::optional<bool> checksum_of(std::span<const std::uint8_t> data) {
    if (data[510] != 0xA5) return std::nullopt;
    unsigned sum = 0;
    for (std::size_t i = 0; i < sector_bytes; ++i) sum += data[i];
    return (sum & 0xFF) == 0;
}

std::optional<Registers> from_descriptor(std::span<const std::uint8_t> sense) {
    if (sense.size() < 8) return std::nullopt;
    const std::size_t end = std::min<std::size_t>(sense.size(), 8 + std::size_t{sense[7]});
    for (std::size_t at = 8; at + 2 <= end;) {
        const std::size_t length = 2 + std::size_t{sense[at + 1]};
        if (sense[at] == 0x09 && sense[at + 1] >= 0x0C && at + 14 <= end) {
            const auto d = sense.subspan(at, 14);
            Registers r;
            r.error = d[3];
            r.count = static_cast<std::uint16_t>((d[4] << 8) | d[5]);
            r.lba = (std::uint64_t{d[10]} << 40) | (std::uint64_t{d[8]} << 32) | (std::uint64_t{d[6]} << 24) |
                    (std::uint64_t{d[11]} << 16) | (std::uint64_t{d[9]} << 8) | d[7];
            r.device = d[12];
            r.status = d[13];
            return r;
        }
        at += length;
    }
    return std::nullopt;
}

// SAT-4 12.2.2.6: INFORMATION = ERROR, STATUS, DEVICE, COUNT(7:0); COMMAND-SPECIFIC
// INFORMATION = flags, LBA(7:0), LBA(15:8), LBA(23:16).
std::optional<Registers> from_fixed(std::span<const std::uint8_t> sense) {
    if (sense.size() < 12) return std::nullopt;
    Registers r;
    r.error = sense[3];
    r.status = sense[4];
    r.device = sense[5];
    r.count = sense[6];
    r.lba = (std::uint64_t{sense[11]} << 16) | (std::uint64_t{sense[10]} << 8) | sense[9];
    r.complete = (sense[8] & 0x60) == 0;  // COUNT/LBA UPPER NONZERO: the rest was cut off
    return r;
}

}  // namespace

std::array<std::uint8_t, 16> pass_through_16(const Taskfile& t, Protocol protocol, bool check_condition) {
    std::array<std::uint8_t, 16> cdb{};
    cdb[0] = 0x85;
    cdb[1] = static_cast<std::uint8_t>((static_cast<unsigned>(protocol) << 1) | (t.extend ? 1U : 0U));
    std::uint8_t flags = check_condition ? 0x20 : 0x00;  // CK_COND
    if (protocol != Protocol::non_data) {
        flags |= 0x04 | 0x02;  // BYTE_BLOCK = 1, T_TYPE = 0: COUNT in 512-byte blocks; T_LENGTH = 2
        if (protocol == Protocol::pio_data_in) flags |= 0x08;  // T_DIR: from the device
    }
    cdb[2] = flags;
    cdb[3] = static_cast<std::uint8_t>(t.features >> 8);
    cdb[4] = static_cast<std::uint8_t>(t.features);
    cdb[5] = static_cast<std::uint8_t>(t.count >> 8);
    cdb[6] = static_cast<std::uint8_t>(t.count);
    cdb[7] = byte_of(t.lba, 3);
    cdb[8] = byte_of(t.lba, 0);
    cdb[9] = byte_of(t.lba, 4);
    cdb[10] = byte_of(t.lba, 1);
    cdb[11] = byte_of(t.lba, 5);
    cdb[12] = byte_of(t.lba, 2);
    cdb[13] = t.device;
    cdb[14] = t.command;
    return cdb;
}

// 7.12 IDENTIFY DEVICE (ECh), PIO data-in, one block.
Taskfile identify_device() { return Taskfile{0, 1, 0, 0, 0xEC, false}; }
// READ NATIVE MAX ADDRESS EXT (27h), non-data: the native max LBA comes back in LBA.
Taskfile read_native_max_address_ext() { return Taskfile{0, 0, 0, device_lba, 0x27, true}; }
// 7.6 Accessible Max Address Configuration (78h): GET NATIVE MAX ADDRESS EXT, feature 0000h.
Taskfile get_native_max_address_ext() { return Taskfile{0x0000, 0, 0, device_lba, 0x78, true}; }
// SET ACCESSIBLE MAX ADDRESS EXT, feature 0001h, LBA = the new max.
Taskfile set_accessible_max_address_ext(std::uint64_t max_lba) {
    return Taskfile{0x0001, 0, max_lba & 0xFFFF'FFFF'FFFFULL, device_lba, 0x78, true};
}
// FREEZE ACCESSIBLE MAX ADDRESS EXT, feature 0002h.
Taskfile freeze_accessible_max_address_ext() { return Taskfile{0x0002, 0, 0, device_lba, 0x78, true}; }
// DEVICE CONFIGURATION IDENTIFY (B1h, feature C2h), PIO data-in, one block (ACS-2).
Taskfile dco_identify() { return Taskfile{0x00C2, 1, 0, 0, 0xB1, false}; }
// DEVICE CONFIGURATION RESTORE (B1h, feature C0h), non-data: back to the factory overlay.
Taskfile dco_restore() { return Taskfile{0x00C0, 0, 0, 0, 0xB1, false}; }
Taskfile set_max_address_ext(std::uint64_t max_lba, bool non_volatile) {
    return Taskfile{0, static_cast<std::uint16_t>(non_volatile ? 1 : 0), max_lba & 0xFFFF'FFFF'FFFFULL, device_lba,
                    0x37, true};
}

// 7.30 SANITIZE DEVICE (B4h). The LBA signatures are the ASCII the standard asks for.
Taskfile sanitize_status_ext(bool clear_failure) { return sanitize(0x0000, 0, clear_failure ? 0x0001 : 0x0000); }
Taskfile sanitize_crypto_scramble_ext(bool failure_mode) {
    return sanitize(0x0011, 0x4372'7970, failure_mode ? 0x0010 : 0x0000);  // "Cryp"
}
Taskfile sanitize_block_erase_ext(bool failure_mode) {
    return sanitize(0x0012, 0x426B'4578, failure_mode ? 0x0010 : 0x0000);  // "BkEx"
}
Taskfile sanitize_overwrite_ext(std::uint32_t pattern, unsigned passes, bool invert, bool failure_mode) {
    std::uint16_t count = static_cast<std::uint16_t>(passes & 0x0F);  // 0 means 16 passes
    if (invert) count |= 0x0080;
    if (failure_mode) count |= 0x0010;
    return sanitize(0x0014, (std::uint64_t{0x4F57} << 32) | pattern, count);  // "OW" + pattern
}

// 7.41-7.43 Security feature set: SET PASSWORD F1h and ERASE UNIT F4h move one block out.
Taskfile security_set_password() { return Taskfile{0, 1, 0, 0, 0xF1, false}; }
Taskfile security_erase_prepare() { return Taskfile{0, 0, 0, 0, 0xF3, false}; }
Taskfile security_erase_unit() { return Taskfile{0, 1, 0, 0, 0xF4, false}; }
Taskfile security_disable_password() { return Taskfile{0, 1, 0, 0, 0xF6, false}; }

// 7.48 SMART (B0h): LBA 23:8 = C24Fh is the SMART signature.
Taskfile smart_read_data() { return Taskfile{0x00D0, 1, 0xC2'4F00, 0, 0xB0, false}; }
Taskfile smart_return_status() { return Taskfile{0x00DA, 0, 0xC2'4F00, 0, 0xB0, false}; }

std::array<std::uint8_t, sector_bytes> security_password_block(std::span<const std::uint8_t> password, bool master,
                                                               bool enhanced) {
    std::array<std::uint8_t, sector_bytes> block{};
    block[0] = static_cast<std::uint8_t>((master ? 0x01 : 0x00) | (enhanced ? 0x02 : 0x00));
    // Words 1-16 carry the password bytes in order, as hdparm and the drives expect.
    std::copy_n(password.begin(), std::min<std::size_t>(password.size(), 32), block.begin() + 2);
    return block;
}

std::optional<Registers> parse_registers(std::span<const std::uint8_t> sense) {
    if (sense.empty()) return std::nullopt;
    const std::uint8_t response = sense[0] & 0x7F;
    if (response == 0x72 || response == 0x73) return from_descriptor(sense);
    if (response == 0x70 || response == 0x71) return from_fixed(sense);
    return std::nullopt;
}

std::optional<Identify> parse_identify(std::span<const std::uint8_t> data) {
    if (data.size() < sector_bytes) return std::nullopt;
    const auto w = [&](std::size_t n) { return word_at(data, n); };
    Identify id;
    id.checksum_ok = checksum_of(data);
    id.model = ata_string(data, 27, 20);
    const bool w83 = valid_word(w(83));
    id.lba48 = w83 && bit(w(83), 10);
    id.accessible_sectors = id.lba48 ? words_le(data, 100, 4) : words_le(data, 60, 2);
    id.smart_supported = bit(w(82), 0);
    id.security_supported = bit(w(82), 1);
    id.hpa_supported = bit(w(82), 10);
    id.hpa_enabled = bit(w(85), 10);
    id.smart_enabled = bit(w(85), 0);
    id.dco_supported = w83 && bit(w(83), 11);
    id.ama_supported = valid_word(w(119)) && bit(w(119), 8);
    id.sanitize_supported = bit(w(59), 12);
    id.crypto_scramble = id.sanitize_supported && bit(w(59), 13);
    id.overwrite = id.sanitize_supported && bit(w(59), 14);
    id.block_erase = id.sanitize_supported && bit(w(59), 15);
    const std::uint16_t security = w(128);
    id.security_supported = id.security_supported || bit(security, 0);
    id.security_enabled = bit(security, 1);
    id.security_locked = bit(security, 2);
    id.security_frozen = bit(security, 3);
    id.security_count_expired = bit(security, 4);
    id.enhanced_erase_supported = bit(security, 5);
    // Words 89/90: bit 15 set selects the extended format (bits 14:0), else bits 7:0; units of 2 min.
    const auto minutes = [](std::uint16_t v) { return 2U * (bit(v, 15) ? (v & 0x7FFFU) : (v & 0xFFU)); };
    id.security_erase_minutes = minutes(w(89));
    id.enhanced_erase_minutes = minutes(w(90));
    id.trim_supported = bit(w(169), 0);
    return id;
}

std::optional<std::uint64_t> parse_dco_sectors(std::span<const std::uint8_t> data) {
    if (data.size() < sector_bytes) return std::nullopt;
    if (word_at(data, 0) != 0x0002) return std::nullopt;  // DCO data structure revision
    if (const auto ok = checksum_of(data); ok && !*ok) return std::nullopt;
    // The field is four words wide but ATA addresses have 48 bits: anything larger is not an
    // answer (and FFFF...FFFFh + 1 would wrap to 0, a size that would hide every overlay).
    const std::uint64_t max_lba = words_le(data, 3, 4);
    if (max_lba >= (std::uint64_t{1} << 48)) return std::nullopt;
    return max_lba + 1;
}

SanitizeStatus parse_sanitize_status(const Registers& r) {
    SanitizeStatus s;
    s.completed_without_error = bit(r.count, 15);
    s.in_progress = bit(r.count, 14);
    s.frozen = bit(r.count, 13);
    s.antifreeze = bit(r.count, 12);
    s.progress = static_cast<std::uint16_t>(r.lba & 0xFFFF);
    s.failed = (r.status & status_err) != 0 && (r.error & error_abrt) != 0;
    return s;
}

std::optional<bool> parse_smart_status(const Registers& r) {
    const std::uint64_t signature = (r.lba >> 8) & 0xFFFF;
    if (signature == 0xC24F) return true;
    if (signature == 0x2CF4) return false;
    return std::nullopt;
}

// SMART READ DATA: 30 attribute entries of 12 bytes from offset 2: id, flags(2), value, worst,
// raw(6), reserved. The layout is the vendors' common practice (not in ACS-3 itself).
std::vector<SmartRaw> parse_smart_attributes(std::span<const std::uint8_t> data) {
    std::vector<SmartRaw> attributes;
    if (data.size() < sector_bytes) return attributes;
    for (std::size_t i = 0; i < 30; ++i) {
        const auto entry = data.subspan(2 + 12 * i, 12);
        if (entry[0] == 0) continue;
        std::uint64_t raw = 0;
        for (std::size_t b = 6; b-- > 0;) raw = (raw << 8) | entry[5 + b];
        attributes.push_back(SmartRaw{entry[0], raw});
    }
    return attributes;
}

}  // namespace sanitize::device::ata
