// Restoring the native size before a wipe: the commands byte by byte (ATA8-ACS SET MAX ADDRESS
// EXT, ACS-2 DEVICE CONFIGURATION RESTORE in SAT-4 ATA PASS-THROUGH(16)), and the decisions
// through a simulated drive: reset and re-probed, refused with a reason, never "none" unprobed.
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <vector>

#include "drive/ata_commands.hpp"
#include "sanitize/drive.hpp"
#include "simulated_drive.hpp"

using namespace sanitize;
using namespace sanitize::device;
using sanitize::test::DriveScript;
using sanitize::test::MemoryDevice;
using sanitize::test::SimulatedDrive;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr std::uint64_t medium_bytes = std::uint64_t{1} << 20;  // 2048 sectors

template <std::size_t N>
Bytes bytes(const std::array<std::uint8_t, N>& a) {
    return Bytes(a.begin(), a.end());
}

bool sent(const SimulatedDrive& drive, const std::string& entry) {
    return std::find(drive.log.begin(), drive.log.end(), entry) != drive.log.end();
}

bool listed(const HiddenAreaReport& r, const std::string& command) {
    return std::find(r.commands_sent.begin(), r.commands_sent.end(), command) != r.commands_sent.end();
}

}  // namespace

TEST_CASE("SET MAX ADDRESS EXT: 37h, 48-bit, LBA in the SAT order, COUNT bit 0 for non-volatile", "[purge][ata][hidden]") {
    const Bytes expected{0x85, 0x07,  // PROTOCOL 3 (non-data) << 1 | EXTEND 1
                         0x20,        // CK_COND 1
                         0x00, 0x00,  // FEATURES
                         0x00, 0x01,  // COUNT: VV = 1, the value survives a power cycle
                         0x9A, 0xBC,  // LBA 31:24, 7:0
                         0x12, 0xDE,  // LBA 39:32, 15:8
                         0x00, 0xF0,  // LBA 47:40, 23:16
                         0x40,        // DEVICE: LBA mode
                         0x37, 0x00};
    const std::uint64_t max_lba = 0x12'9AF0'DEBC;
    CHECK(bytes(ata::pass_through_16(ata::set_max_address_ext(max_lba, true), ata::Protocol::non_data, true)) ==
          expected);
    CHECK(ata::set_max_address_ext(max_lba, false).count == 0);
    CHECK(ata::set_max_address_ext(~std::uint64_t{0}, true).lba == 0xFFFF'FFFF'FFFFULL);  // 48 bits only
}

TEST_CASE("DEVICE CONFIGURATION RESTORE: B1h with feature C0h, no data", "[purge][ata][hidden]") {
    const Bytes expected{0x85, 0x06,  // PROTOCOL 3 << 1, EXTEND 0: a 28-bit command
                         0x20, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                         0x00,  // DEVICE
                         0xB1, 0x00};
    CHECK(bytes(ata::pass_through_16(ata::dco_restore(), ata::Protocol::non_data, true)) == expected);
}

TEST_CASE("an HPA is reset to the native max, then probed again as none", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.hidden_sectors = 48});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, {});
    CHECK(r.outcome == HiddenResetOutcome::reset);
    CHECK(r.reason.empty());
    REQUIRE(r.areas.before_reset);
    CHECK(r.areas.before_reset->hpa.state == HiddenState::detected);
    CHECK(r.areas.hpa.state == HiddenState::none);
    CHECK(r.areas.reset);
    CHECK(r.areas.accessible_sectors == std::optional<std::uint64_t>(2048));
    CHECK(drive.set_max_log == std::vector<std::uint64_t>{2047});
    // The legacy command right after READ NATIVE MAX ADDRESS EXT, as the drive demands.
    const auto set = std::find(drive.log.begin(), drive.log.end(), "ata:37/0000");
    REQUIRE(set != drive.log.end());
    CHECK(*(set - 1) == "ata:27/0000");
    CHECK(listed(r.areas, "SET MAX ADDRESS EXT"));
    // The state after is the last probe's: IDENTIFY is sent again after the reset.
    CHECK(std::count(drive.log.begin(), drive.log.end(), "ata:EC/0000") == 2);
}

TEST_CASE("an AMA drive is reset with SET ACCESSIBLE MAX ADDRESS EXT", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.ama = true, .hidden_sectors = 100});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, {});
    CHECK(r.outcome == HiddenResetOutcome::reset);
    CHECK(sent(drive, "ata:78/0001"));
    CHECK_FALSE(sent(drive, "ata:37/0000"));
    CHECK(r.areas.ama.state == HiddenState::none);
    CHECK(r.areas.hpa.state == HiddenState::none);
}

TEST_CASE("a frozen max address is refused with the drive's reason and the state re-probed", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.hidden_sectors = 48, .max_frozen = true});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, {});
    CHECK(r.outcome == HiddenResetOutcome::refused);
    CHECK(r.reason == "set_max_aborted");
    CHECK_FALSE(r.areas.reset);
    CHECK(r.areas.hpa.state == HiddenState::detected);  // probed after the refusal, still there
    CHECK(drive.set_max_log.empty());
}

TEST_CASE("a DCO without the operator's consent is refused before anything is changed", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.dco_hidden_sectors = 64});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, {});
    CHECK(r.outcome == HiddenResetOutcome::refused);
    CHECK(r.reason == "dco_restore_not_requested");
    CHECK(r.areas.dco.state == HiddenState::detected);
    CHECK_FALSE(sent(drive, "ata:B1/00C0"));
    CHECK(drive.set_max_log.empty());
}

TEST_CASE("HPA and DCO with consent: max address, restore, max address again, all none", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.hidden_sectors = 16, .dco_hidden_sectors = 64});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, HiddenResetOptions{.restore_dco = true});
    CHECK(r.outcome == HiddenResetOutcome::reset);
    CHECK(sent(drive, "ata:B1/00C0"));
    // Before the restore to the DCO's native max, after it to the factory max.
    CHECK(drive.set_max_log == std::vector<std::uint64_t>{2048 - 64 - 1, 2047});
    CHECK(r.areas.hpa.state == HiddenState::none);
    CHECK(r.areas.dco.state == HiddenState::none);
    REQUIRE(r.areas.before_reset);
    CHECK(r.areas.before_reset->dco.state == HiddenState::detected);
    CHECK(listed(r.areas, "DEVICE CONFIGURATION RESTORE"));
}

TEST_CASE("nothing hidden: not needed, nothing changed", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.hpa_feature = true});
    const HiddenResetReport r = reset_hidden_areas(medium.info(), &drive, {});
    CHECK(r.outcome == HiddenResetOutcome::not_needed);
    CHECK(r.areas.hpa.state == HiddenState::none);
    CHECK_FALSE(r.areas.reset);
    CHECK_FALSE(r.areas.before_reset);
    CHECK(drive.set_max_log.empty());
}

TEST_CASE("loop devices and images: not applicable, nothing sent", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "loop", "loop7");
    const HiddenResetReport r = reset_hidden_areas(medium.info(), nullptr, {});
    CHECK(r.outcome == HiddenResetOutcome::not_applicable);
    CHECK(r.areas.hpa.state == HiddenState::not_applicable);
    CHECK(r.areas.commands_sent.empty());
    CHECK_FALSE(r.areas.reset);
}

TEST_CASE("a drive that cannot be asked is refused: unknown is not none", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    const HiddenResetReport r = reset_hidden_areas(medium.info(), nullptr, {});
    CHECK(r.outcome == HiddenResetOutcome::refused);
    CHECK(r.reason == "hidden_state_unknown");
    CHECK(r.areas.hpa.state == HiddenState::unknown);
}

namespace {

// A USB bridge without SAT: ATA PASS-THROUGH(16) is an unknown opcode to it. It answers CHECK
// CONDITION with fixed-format sense, ILLEGAL REQUEST, INVALID COMMAND OPERATION CODE, and an
// INFORMATION field of zeros (as QEMU's usb-bot + scsi-hd does in the device lab).
class BridgeWithoutSat final : public CommandChannel {
public:
    Result<ScsiReply> scsi(const ScsiCommand&) override {
        ScsiReply reply;
        reply.status = 0x02;
        reply.sense = {0x70, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00};
        return reply;
    }
    Result<NvmeReply> nvme_admin(const NvmeAdminCommand&) override { return NvmeReply{0x0001, 0}; }
    Result<void> discard(std::uint64_t, std::uint64_t, bool) override { return {}; }
};

}  // namespace

TEST_CASE("a USB bridge that refuses ATA pass-through leaves hidden areas unknown, not absent", "[purge][hidden]") {
    MemoryDevice medium(medium_bytes, "usb", "sdy");
    BridgeWithoutSat bridge;
    const HiddenAreaReport r = probe_hidden_areas(medium.info(), &bridge);
    CHECK(r.hpa.state == HiddenState::unknown);
    CHECK(r.hpa.reason == "ata_passthrough_not_supported");
    CHECK(r.dco.state == HiddenState::unknown);
    CHECK(r.ama.state == HiddenState::unknown);
    CHECK_FALSE(r.accessible_sectors);
    const HiddenResetReport reset = reset_hidden_areas(medium.info(), &bridge, {});
    CHECK(reset.outcome == HiddenResetOutcome::refused);
    CHECK(reset.reason == "hidden_state_unknown");
}
