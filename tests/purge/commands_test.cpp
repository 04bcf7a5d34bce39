// Command building and response parsing, byte by byte. Expected bytes are written from the
// standards' tables (SAT-4 ATA PASS-THROUGH(16), ACS-3 register use, SBC-4/SPC-5 CDBs, NVMe admin
// command dwords and log layouts), with the fields named in the comments.
#include <array>
#include <catch2/catch.hpp>
#include <vector>

#include "drive/ata_commands.hpp"
#include "drive/nvme_commands.hpp"
#include "drive/scsi_commands.hpp"

using namespace sanitize::device;
using Bytes = std::vector<std::uint8_t>;

namespace {

template <std::size_t N>
Bytes bytes(const std::array<std::uint8_t, N>& a) {
    return Bytes(a.begin(), a.end());
}

void put_word(std::span<std::uint8_t> data, std::size_t word, std::uint16_t value) {
    data[2 * word] = static_cast<std::uint8_t>(value);
    data[2 * word + 1] = static_cast<std::uint8_t>(value >> 8);
}

// Word 255: signature A5h in the low byte, checksum in the high byte so that all bytes sum to 0.
void seal(std::span<std::uint8_t> data) {
    data[510] = 0xA5;
    unsigned sum = 0;
    for (std::size_t i = 0; i < 511; ++i) sum += data[i];
    data[511] = static_cast<std::uint8_t>(0x100 - (sum & 0xFF));
}

}  // namespace

TEST_CASE("SAT ATA PASS-THROUGH(16) wraps IDENTIFY DEVICE as PIO data-in of one block", "[purge][ata]") {
    const Bytes expected{
        0x85,        // OPERATION CODE
        0x08,        // MULTIPLE_COUNT 0 | PROTOCOL 4 (PIO data-in) << 1 | EXTEND 0
        0x0E,        // OFF_LINE 0, CK_COND 0, T_TYPE 0, T_DIR 1, BYTE_BLOCK 1, T_LENGTH 2
        0x00, 0x00,  // FEATURES 15:8, 7:0
        0x00, 0x01,  // COUNT 15:8, 7:0: one 512-byte block
        0x00, 0x00,  // LBA 31:24, 7:0
        0x00, 0x00,  // LBA 39:32, 15:8
        0x00, 0x00,  // LBA 47:40, 23:16
        0x00,        // DEVICE
        0xEC,        // COMMAND: IDENTIFY DEVICE
        0x00};       // CONTROL
    CHECK(bytes(ata::pass_through_16(ata::identify_device(), ata::Protocol::pio_data_in, false)) == expected);
}

TEST_CASE("READ NATIVE MAX ADDRESS EXT is a 48-bit non-data command asking for the registers back", "[purge][ata]") {
    const Bytes expected{0x85, 0x07,  // PROTOCOL 3 (non-data) << 1 | EXTEND 1
                         0x20,        // CK_COND 1, no data
                         0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                         0x40,        // DEVICE: LBA mode
                         0x27, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::read_native_max_address_ext(), ata::Protocol::non_data, true)) == expected);
}

TEST_CASE("Accessible Max Address commands use 78h with feature 0000h/0001h/0002h", "[purge][ata]") {
    const auto get = ata::pass_through_16(ata::get_native_max_address_ext(), ata::Protocol::non_data, true);
    CHECK(get[3] == 0x00);
    CHECK(get[4] == 0x00);
    CHECK(get[14] == 0x78);
    const Bytes set_expected{0x85, 0x07, 0x20,
                             0x00, 0x01,  // FEATURES: SET ACCESSIBLE MAX ADDRESS EXT
                             0x00, 0x00,
                             0x34, 0x78,  // LBA 31:24 = 34h, 7:0 = 78h
                             0x00, 0x56,  // LBA 39:32 = 00h, 15:8 = 56h
                             0x00, 0x12,  // LBA 47:40 = 00h, 23:16 = 12h
                             0x40, 0x78, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::set_accessible_max_address_ext(0x3412'5678), ata::Protocol::non_data, true)) ==
          set_expected);
    CHECK(ata::pass_through_16(ata::freeze_accessible_max_address_ext(), ata::Protocol::non_data, true)[4] == 0x02);
}

TEST_CASE("DEVICE CONFIGURATION IDENTIFY is B1h feature C2h, PIO data-in", "[purge][ata]") {
    const Bytes expected{0x85, 0x08, 0x0E, 0x00, 0xC2, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x00, 0xB1, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::dco_identify(), ata::Protocol::pio_data_in, false)) == expected);
}

TEST_CASE("SANITIZE DEVICE subcommands carry their features and LBA signatures", "[purge][ata]") {
    // CRYPTO SCRAMBLE EXT: feature 0011h, LBA 31:0 = 43727970h ("Cryp").
    const Bytes crypto{0x85, 0x07, 0x20, 0x00, 0x11, 0x00, 0x00,
                       0x43, 0x70,  // LBA 31:24, 7:0
                       0x00, 0x79,  // LBA 39:32, 15:8
                       0x00, 0x72,  // LBA 47:40, 23:16
                       0x40, 0xB4, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::sanitize_crypto_scramble_ext(false), ata::Protocol::non_data, true)) == crypto);
    // BLOCK ERASE EXT: feature 0012h, LBA = 426B4578h ("BkEx"); FAILURE MODE is COUNT bit 4.
    const Bytes block{0x85, 0x07, 0x20, 0x00, 0x12, 0x00, 0x10, 0x42, 0x78, 0x00, 0x45, 0x00, 0x6B, 0x40, 0xB4, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::sanitize_block_erase_ext(true), ata::Protocol::non_data, true)) == block);
    // OVERWRITE EXT: feature 0014h, LBA 47:32 = 4F57h ("OW"), LBA 31:0 = pattern; COUNT: INVERT
    // bit 7, pass count 3:0.
    const Bytes overwrite{0x85, 0x07, 0x20, 0x00, 0x14, 0x00, 0x83,
                          0xAA, 0xDD,  // pattern 31:24, 7:0
                          0x57, 0xCC,  // "W", pattern 15:8
                          0x4F, 0xBB,  // "O", pattern 23:16
                          0x40, 0xB4, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::sanitize_overwrite_ext(0xAABB'CCDD, 3, true, false), ata::Protocol::non_data,
                                     true)) == overwrite);
    // SANITIZE STATUS EXT: feature 0000h; CLEAR SANITIZE OPERATION FAILED is COUNT bit 0.
    const auto status = ata::pass_through_16(ata::sanitize_status_ext(true), ata::Protocol::non_data, true);
    CHECK(status[4] == 0x00);
    CHECK(status[6] == 0x01);
}

TEST_CASE("SECURITY ERASE UNIT moves one block out with the password", "[purge][ata]") {
    const Bytes expected{0x85, 0x0A,  // PROTOCOL 5 (PIO data-out) << 1
                         0x06,        // T_DIR 0 (to the device), BYTE_BLOCK 1, T_LENGTH 2
                         0x00, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x00, 0xF4, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::security_erase_unit(), ata::Protocol::pio_data_out, false)) == expected);
    CHECK(ata::security_set_password().command == 0xF1);
    CHECK(ata::security_erase_prepare().command == 0xF3);
    CHECK(ata::security_disable_password().command == 0xF6);
    const std::array<std::uint8_t, 4> password{'p', 'a', 's', 's'};
    const auto block = ata::security_password_block(password, false, true);
    CHECK(block[0] == 0x02);  // word 0 bit 1: enhanced erase; bit 0 clear: user password
    CHECK(block[1] == 0x00);
    CHECK(block[2] == 'p');   // words 1-16: the password
    CHECK(block[5] == 's');
    CHECK(block[6] == 0x00);
    CHECK(ata::security_password_block(password, true, false)[0] == 0x01);
}

TEST_CASE("SMART RETURN STATUS and READ DATA carry the C24Fh signature", "[purge][ata]") {
    const Bytes status{0x85, 0x06, 0x20, 0x00, 0xDA, 0x00, 0x00,
                       0x00, 0x00,  // LBA 31:24, 7:0
                       0x00, 0x4F,  // LBA 39:32, 15:8 (LBA mid)
                       0x00, 0xC2,  // LBA 47:40, 23:16 (LBA high)
                       0x00, 0xB0, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::smart_return_status(), ata::Protocol::non_data, true)) == status);
    const auto read = ata::pass_through_16(ata::smart_read_data(), ata::Protocol::pio_data_in, false);
    CHECK(read[4] == 0xD0);
    CHECK(read[6] == 0x01);
}

TEST_CASE("the ATA Status Return descriptor gives the 48-bit native max address", "[purge][ata]") {
    // Recorded answer to READ NATIVE MAX ADDRESS EXT of a 1 TB drive (max LBA 7470C2AFh).
    const Bytes sense{0x72, 0x01, 0x00, 0x1D, 0x00, 0x00, 0x00, 0x0E,  // RECOVERED ERROR, 00h/1Dh
                      0x09, 0x0C, 0x01,  // descriptor 09h, length 0Ch, EXTEND
                      0x00,              // ERROR
                      0x00, 0x00,        // COUNT 15:8, 7:0
                      0x74, 0xAF,        // LBA 31:24, 7:0
                      0x00, 0xC2,        // LBA 39:32, 15:8
                      0x00, 0x70,        // LBA 47:40, 23:16
                      0x40, 0x50};       // DEVICE, STATUS (DRDY, DSC)
    const auto r = ata::parse_registers(sense);
    REQUIRE(r);
    CHECK(r->lba == 0x7470'C2AFULL);
    CHECK(r->status == 0x50);
    CHECK(r->error == 0x00);
    CHECK(r->complete);
}

TEST_CASE("fixed-format sense gives the low registers and says when the rest is cut off", "[purge][ata]") {
    Bytes sense(18, 0);
    sense[0] = 0x70;
    sense[2] = 0x01;
    sense[3] = 0x04;  // ERROR: ABRT
    sense[4] = 0x51;  // STATUS: DRDY, ERR
    sense[5] = 0x40;  // DEVICE
    sense[6] = 0x02;  // COUNT 7:0
    sense[8] = 0x20;  // LBA UPPER NONZERO
    sense[9] = 0x11;
    sense[10] = 0x22;
    sense[11] = 0x33;
    const auto r = ata::parse_registers(sense);
    REQUIRE(r);
    CHECK(r->error == 0x04);
    CHECK(r->status == 0x51);
    CHECK(r->count == 0x02);
    CHECK(r->lba == 0x33'2211);
    CHECK_FALSE(r->complete);
    CHECK_FALSE(ata::parse_registers(Bytes{0x00, 0x01}));
}

TEST_CASE("IDENTIFY DEVICE words give sizes, hidden-area, sanitize and security support", "[purge][ata]") {
    std::array<std::uint8_t, 512> data{};
    put_word(data, 27, 0x4D59);  // model "MY DISK" (high byte first)
    put_word(data, 28, 0x2044);
    put_word(data, 29, 0x4953);
    put_word(data, 30, 0x4B20);
    put_word(data, 59, 0xB000);  // BLOCK ERASE (15), CRYPTO SCRAMBLE (13), SANITIZE (12); no OVERWRITE (14)
    put_word(data, 82, 0x0403);  // HPA (10), SECURITY (1), SMART (0)
    put_word(data, 83, 0x4C00);  // valid (14), DCO (11), 48-bit (10)
    put_word(data, 85, 0x0401);  // HPA enabled, SMART enabled
    put_word(data, 89, 0x8005);  // extended format: 5 * 2 minutes
    put_word(data, 100, 0x5678);
    put_word(data, 101, 0x1234);  // 12345678h sectors
    put_word(data, 119, 0x4100);  // valid, AMA supported (8)
    put_word(data, 128, 0x0029);  // supported, frozen (3), enhanced erase supported (5)
    put_word(data, 169, 0x0001);  // TRIM
    seal(data);
    const auto id = ata::parse_identify(data);
    REQUIRE(id);
    CHECK(id->model == "MY DISK");
    CHECK(id->checksum_ok == std::optional<bool>(true));
    CHECK(id->lba48);
    CHECK(id->accessible_sectors == 0x1234'5678);
    CHECK(id->hpa_supported);
    CHECK(id->hpa_enabled);
    CHECK(id->dco_supported);
    CHECK(id->ama_supported);
    CHECK(id->sanitize_supported);
    CHECK(id->block_erase);
    CHECK(id->crypto_scramble);
    CHECK_FALSE(id->overwrite);
    CHECK(id->security_supported);
    CHECK(id->security_frozen);
    CHECK_FALSE(id->security_enabled);
    CHECK(id->enhanced_erase_supported);
    CHECK(id->security_erase_minutes == 10);
    CHECK(id->smart_supported);
    CHECK(id->smart_enabled);
    CHECK(id->trim_supported);
    data[200] ^= 0xFF;  // a corrupted transfer fails the checksum
    CHECK(ata::parse_identify(data)->checksum_ok == std::optional<bool>(false));
}

TEST_CASE("DEVICE CONFIGURATION IDENTIFY data gives the overlay's max LBA", "[purge][ata]") {
    std::array<std::uint8_t, 512> data{};
    put_word(data, 0, 0x0002);  // revision
    put_word(data, 3, 0xFFFF);
    put_word(data, 4, 0x0001);  // max LBA 1FFFFh
    seal(data);
    CHECK(ata::parse_dco_sectors(data) == std::optional<std::uint64_t>(0x2'0000));
    put_word(data, 0, 0x0001);
    CHECK_FALSE(ata::parse_dco_sectors(data));
}

// Found by fuzz_ata_identify: a max LBA beyond 48 bits (here with word 6 set) was taken as a size,
// so a garbled answer could report a DCO as detected; all ones would even wrap to a size of 0.
TEST_CASE("DEVICE CONFIGURATION IDENTIFY with a max LBA beyond 48 bits is no answer", "[purge][ata]") {
    std::array<std::uint8_t, 512> data{};
    put_word(data, 0, 0x0002);
    put_word(data, 3, 0x2000);
    put_word(data, 4, 0x0001);
    put_word(data, 6, 0x2000);
    CHECK_FALSE(ata::parse_dco_sectors(data));
    for (std::size_t word = 3; word <= 6; ++word) put_word(data, word, 0xFFFF);
    CHECK_FALSE(ata::parse_dco_sectors(data));
    put_word(data, 6, 0x0000);  // FFFF FFFF FFFFh: the largest 48-bit LBA still parses
    CHECK(ata::parse_dco_sectors(data) == std::optional<std::uint64_t>(std::uint64_t{1} << 48));
}

TEST_CASE("SANITIZE STATUS EXT registers: completed, in progress with progress, frozen, failed", "[purge][ata]") {
    const auto in_progress = ata::parse_sanitize_status({0x00, 0x50, 0x40, 0x4000, 0x8000, true});
    CHECK(in_progress.in_progress);
    CHECK(in_progress.progress == 0x8000);
    CHECK_FALSE(in_progress.completed_without_error);
    const auto done = ata::parse_sanitize_status({0x00, 0x50, 0x40, 0x8000, 0, true});
    CHECK(done.completed_without_error);
    CHECK(ata::parse_sanitize_status({0x00, 0x50, 0x40, 0x2000, 0, true}).frozen);
    CHECK(ata::parse_sanitize_status({0x04, 0x51, 0x40, 0, 0, true}).failed);
}

TEST_CASE("SMART RETURN STATUS and SMART attribute table parse", "[purge][ata]") {
    CHECK(ata::parse_smart_status({0, 0x50, 0, 0, 0xC2'4F00, true}) == std::optional<bool>(true));
    CHECK(ata::parse_smart_status({0, 0x50, 0, 0, 0x2C'F400, true}) == std::optional<bool>(false));
    CHECK_FALSE(ata::parse_smart_status({0, 0x50, 0, 0, 0, true}));
    std::array<std::uint8_t, 512> data{};
    data[2] = 5;                            // entry 0: id 5 (reallocated sectors)
    data[7] = 0x08;                         // raw byte 0
    data[2 + 12] = 9;                       // entry 1: id 9 (power-on hours)
    data[2 + 12 + 5] = 0x10;
    data[2 + 12 + 6] = 0x27;                // raw 2710h = 10000
    const auto attributes = ata::parse_smart_attributes(data);
    REQUIRE(attributes.size() == 2);
    CHECK(attributes[0].id == 5);
    CHECK(attributes[0].raw == 8);
    CHECK(attributes[1].raw == 10000);
}

TEST_CASE("SCSI SANITIZE, REQUEST SENSE, READ CAPACITY(16) and REPORT SUPPORTED OPERATION CODES", "[purge][scsi]") {
    const Bytes crypto{0x48,
                       0x83,  // IMMED (7) | SERVICE ACTION 03h CRYPTOGRAPHIC ERASE
                       0, 0, 0, 0, 0,
                       0x00, 0x00,  // PARAMETER LIST LENGTH
                       0x00};       // CONTROL
    CHECK(bytes(scsi::sanitize_cdb(scsi::SanitizeAction::crypto_erase, true, false, 0)) == crypto);
    const Bytes overwrite{0x48, 0x21, 0, 0, 0, 0, 0, 0x00, 0x05, 0x00};  // AUSE (5) | 01h, length 5
    CHECK(bytes(scsi::sanitize_cdb(scsi::SanitizeAction::overwrite, false, true, 5)) == overwrite);
    const std::array<std::uint8_t, 1> zero{0x00};
    // INVERT 0 | OVERWRITE COUNT 1, reserved, INITIALIZATION PATTERN LENGTH 0001h, the pattern.
    CHECK(scsi::sanitize_overwrite_parameters(1, false, zero) == Bytes{0x01, 0x00, 0x00, 0x01, 0x00});
    CHECK(bytes(scsi::request_sense_cdb(0x40, true)) == Bytes{0x03, 0x01, 0x00, 0x00, 0x40, 0x00});
    const Bytes capacity{0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00};
    CHECK(bytes(scsi::read_capacity_16_cdb(32)) == capacity);
    const Bytes rsoc{0xA3, 0x0C, 0x02, 0x48, 0x00, 0x03, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00};
    CHECK(bytes(scsi::report_supported_operation_cdb(0x48, 0x03, 64)) == rsoc);
    CHECK(scsi::parse_operation_supported(Bytes{0x00, 0x03}) == std::optional<bool>(true));
    CHECK(scsi::parse_operation_supported(Bytes{0x00, 0x01}) == std::optional<bool>(false));
}

TEST_CASE("sense data: sanitize in progress with its progress indication, fixed and descriptor", "[purge][scsi]") {
    const Bytes fixed{0x70, 0x00, 0x02,  // NOT READY
                      0, 0, 0, 0, 0x0A, 0, 0, 0, 0,
                      0x04, 0x1B,         // ASC/ASCQ: SANITIZE IN PROGRESS
                      0x00,
                      0x80, 0x40, 0x00};  // SKSV, PROGRESS INDICATION 4000h
    const auto f = scsi::parse_sense(fixed);
    REQUIRE(f);
    CHECK(scsi::sanitize_in_progress(*f));
    CHECK(f->progress == std::optional<std::uint16_t>(0x4000));
    const Bytes descriptor{0x72, 0x02, 0x04, 0x1B, 0, 0, 0, 0x08,
                           0x02, 0x06, 0x00, 0x00, 0x80, 0xC0, 0x00, 0x00};  // sense key specific
    const auto d = scsi::parse_sense(descriptor);
    REQUIRE(d);
    CHECK(scsi::sanitize_in_progress(*d));
    CHECK(d->progress == std::optional<std::uint16_t>(0xC000));
    const Bytes failed{0x72, 0x03, 0x31, 0x03, 0, 0, 0, 0};
    CHECK(scsi::sanitize_failed(*scsi::parse_sense(failed)));
    const Bytes capacity_data{0, 0, 0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00};  // last LBA, block length
    const auto c = scsi::parse_read_capacity_16(capacity_data);
    REQUIRE(c);
    CHECK(c->last_lba == 0x1'0000'0000ULL);
    CHECK(c->block_bytes == 4096);
}

TEST_CASE("NVMe admin commands: Sanitize, Format NVM, Get Log Page, Identify", "[purge][nvme]") {
    const auto crypto = nvme::sanitize(nvme::SanitizeAction::crypto_erase, false, 0, 0);
    CHECK(crypto.opcode == 0x84);
    CHECK(crypto.cdw10 == 0x0000'0004);  // SANACT 100b
    const auto overwrite = nvme::sanitize(nvme::SanitizeAction::overwrite, true, 2, 0xDEAD'BEEF);
    CHECK(overwrite.cdw10 == (0x3U | (2U << 4) | (1U << 9)));  // SANACT 011b, OWPASS 2, NDAS
    CHECK(overwrite.cdw11 == 0xDEAD'BEEF);                      // OVRPAT
    const auto format = nvme::format_nvm(1, nvme::SecureErase::cryptographic, 1);
    CHECK(format.opcode == 0x80);
    CHECK(format.nsid == 1);
    CHECK(format.cdw10 == 0x0000'0401);  // LBAF 1, SES 010b at bits 11:9
    std::array<std::uint8_t, 512> log{};
    const auto get = nvme::get_log_page(nvme::log_sanitize_status, nvme::all_namespaces, log);
    CHECK(get.opcode == 0x02);
    CHECK(get.cdw10 == 0x007F'0081);  // NUMDL 127 (128 dwords - 1), LID 81h
    CHECK(get.direction == DataDirection::from_device);
    std::array<std::uint8_t, 4096> identify{};
    const auto id = nvme::identify_controller(identify);
    CHECK(id.opcode == 0x06);
    CHECK(id.cdw10 == 0x01);  // CNS 01h
}

TEST_CASE("NVMe Identify Controller, Sanitize Status and SMART logs parse", "[purge][nvme]") {
    std::array<std::uint8_t, 4096> identify{};
    identify[256] = 0x02;  // OACS: Format NVM
    identify[328] = 0x05;  // SANICAP: crypto erase (0), overwrite (2)
    identify[524] = 0x04;  // FNA: crypto erase supported
    const auto c = nvme::parse_identify_controller(identify);
    REQUIRE(c);
    CHECK(c->format_supported);
    CHECK(c->sanitize_crypto);
    CHECK_FALSE(c->sanitize_block);
    CHECK(c->sanitize_overwrite);
    CHECK(c->crypto_erase_supported);
    std::array<std::uint8_t, 512> status{};
    status[0] = 0x00;
    status[1] = 0x80;  // SPROG 8000h
    status[2] = 0x02;  // SSTAT: in progress
    status[4] = 0x04;  // SCDW10: crypto erase
    const auto s = nvme::parse_sanitize_status(status);
    REQUIRE(s);
    CHECK(s->progress == 0x8000);
    CHECK(s->state == nvme::SanitizeState::in_progress);
    CHECK(s->command_dword10 == 4);
    std::array<std::uint8_t, 512> smart{};
    smart[0] = 0x04;    // critical warning: reliability degraded
    smart[5] = 17;      // percentage used
    smart[128] = 0x10;  // power-on hours 2710h
    smart[129] = 0x27;
    smart[160] = 3;     // media errors
    const auto h = nvme::parse_smart_log(smart);
    REQUIRE(h);
    CHECK(h->critical_warning == 4);
    CHECK(h->percentage_used == 17);
    CHECK(h->power_on_hours == 10000);
    CHECK(h->media_errors == 3);
}
