// The purge decision logic through a simulated drive: accepted → in progress → completed is
// `purged` after the verification read; a drive that fails, is frozen, lacks the method, or
// only says "completed" without having been seen running is never counted as purged.
#include <algorithm>
#include <catch2/catch.hpp>

#include "sanitize/purge.hpp"
#include "simulated_drive.hpp"

using namespace sanitize;
using namespace sanitize::wipe;
using namespace sanitize::purge;

using sanitize::test::DriveScript;
using sanitize::test::MemoryDevice;
using sanitize::test::SimulatedDrive;

namespace {

constexpr std::uint64_t medium_bytes = std::uint64_t{1} << 20;

PurgeReport purge_through(MemoryDevice& medium, SimulatedDrive& drive, PurgeMethod method, std::size_t* sleeps = nullptr) {
    PurgeOptions options;
    options.method = method;
    options.max_polls = 50;
    PurgeCallbacks callbacks;
    callbacks.sleep = [sleeps](std::chrono::milliseconds) {  // no real waiting in tests
        if (sleeps) ++*sleeps;
    };
    return run_purge(medium, &drive, options, callbacks, {});
}

bool sent(const SimulatedDrive& drive, const std::string& entry) {
    return std::find(drive.log.begin(), drive.log.end(), entry) != drive.log.end();
}

}  // namespace

TEST_CASE("ATA crypto scramble: accepted, polled in progress, completed, verified", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{});
    std::size_t sleeps = 0;
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_crypto, &sleeps);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(r.detail.empty());
    CHECK(r.accepted);
    CHECK(r.progress_observed);
    CHECK(r.completion_observed);
    CHECK(r.polls == 4);  // three "in progress", then completed
    CHECK(sleeps == 4);
    CHECK(sent(drive, "ata:B4/0011"));
    REQUIRE(r.verification);
    CHECK(r.verification->mismatches.empty());
    CHECK(r.verification->bytes_verified > 0);
}

TEST_CASE("ATA block erase that the drive reports as failed is failed", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.sanitize_fails = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "sanitize_failed");
    CHECK(r.accepted);
    CHECK_FALSE(r.completion_observed);
    CHECK_FALSE(r.verification);
}

TEST_CASE("an idle drive's leftover 'completed' status is not success", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.idle_reports_success = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_crypto);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "idle_status_without_progress");
    CHECK(r.accepted);
    CHECK_FALSE(r.progress_observed);
    CHECK_FALSE(r.completion_observed);
}

TEST_CASE("a sanitize that completes before the first poll counts when the completed bit appeared", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.polls_in_progress = 0});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK_FALSE(r.progress_observed);
    CHECK(r.completion_observed);
}

TEST_CASE("the same quick sanitize is not counted when the completed bit was already set", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.polls_in_progress = 0, .completed_before = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "idle_status_without_progress");
}

TEST_CASE("security frozen: refused before anything is written, with the reason", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.security_frozen = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_security_erase);
    CHECK(r.outcome == PurgeOutcome::refused);
    CHECK(r.detail == "security_frozen");
    CHECK_FALSE(sent(drive, "ata:F1/0000"));
    CHECK_FALSE(sent(drive, "ata:F4/0000"));
}

TEST_CASE("security erase: set password, prepare, erase unit, password cleared", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_security_erase);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(sent(drive, "ata:F1/0000"));
    CHECK(sent(drive, "ata:F3/0000"));
    CHECK(sent(drive, "ata:F4/0000"));
}

TEST_CASE("security erase that fails removes the temporary password and fails", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.erase_unit_fails = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_security_erase);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "erase_unit_failed");
    CHECK(sent(drive, "ata:F6/0000"));
}

TEST_CASE("a method the drive does not offer is unavailable and nothing is sent for it", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.sanitize = false});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_crypto);
    CHECK(r.outcome == PurgeOutcome::unavailable);
    CHECK(r.detail == "not_supported");
    CHECK_FALSE(sent(drive, "ata:B4/0011"));
    const auto methods = purge_methods(medium.info(), &drive);
    for (const PurgeAvailability& m : methods) {
        if (m.method == PurgeMethod::ata_security_erase) CHECK(m.available);
        if (m.method == PurgeMethod::ata_sanitize_block) CHECK_FALSE(m.available);
        if (m.method == PurgeMethod::nvme_sanitize_crypto) CHECK(m.reason == "not_this_transport");
    }
}

TEST_CASE("a rejected command is failed without polling", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.reject_command = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_overwrite);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "command_rejected");
    CHECK_FALSE(r.accepted);
    CHECK(r.polls == 0);
}

TEST_CASE("NVMe sanitize: in progress, then completed for this command", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "nvme", "nvme0n1");
    SimulatedDrive drive(medium, DriveScript{});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::nvme_sanitize_crypto);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(r.progress_observed);
    CHECK(sent(drive, "nvme:84"));
}

TEST_CASE("NVMe sanitize on an idle drive whose log shows an old completion is not success", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "nvme", "nvme0n1");
    SimulatedDrive drive(medium, DriveScript{.idle_reports_success = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::nvme_sanitize_crypto);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "idle_status_without_progress");
}

TEST_CASE("NVMe format with secure erase completes inside the command", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "nvme", "nvme0n1");
    SimulatedDrive drive(medium, DriveScript{});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::nvme_format_crypto);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(sent(drive, "nvme:80"));
}

TEST_CASE("SCSI sanitize: IMMED, sense 'in progress', then no sense", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sas", "sdy");
    SimulatedDrive drive(medium, DriveScript{});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::scsi_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(r.progress_observed);
    CHECK(sent(drive, "scsi:48"));
}

TEST_CASE("SCSI sanitize that never shows progress is not counted", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sas", "sdy");
    SimulatedDrive drive(medium, DriveScript{.idle_reports_success = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::scsi_sanitize_crypto);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "idle_status_without_progress");
}

TEST_CASE("a drive that claims completion but left the data is completed_unverified", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{});
    PurgeOptions options;
    options.method = PurgeMethod::ata_security_erase;
    PurgeCallbacks callbacks;
    callbacks.sleep = [](std::chrono::milliseconds) {};
    // Put the data back after the erase by wrapping the device: the read-back must notice.
    class Restoring final : public device::Device {
    public:
        explicit Restoring(MemoryDevice& inner) : inner_(inner), pristine_(inner.info().size_bytes) {
            (void)inner_.pread(pristine_, 0);
        }
        const device::DeviceInfo& info() const override { return inner_.info(); }
        Result<std::size_t> pwrite(std::span<const std::byte> d, std::uint64_t o) override { return inner_.pwrite(d, o); }
        Result<std::size_t> pread(std::span<std::byte> d, std::uint64_t o) override { return inner_.pread(d, o); }
        Result<void> sync() override { return {}; }
        Result<bool> drop_cache() override {  // called after the command: undo the erase
            (void)inner_.pwrite(pristine_, 0);
            return true;
        }
        std::size_t io_alignment() const override { return 512; }
        bool direct_io() const override { return true; }

    private:
        MemoryDevice& inner_;
        std::vector<std::byte> pristine_;
    } restoring(medium);
    const PurgeReport r = run_purge(restoring, &drive, options, callbacks, {});
    CHECK(r.completion_observed);
    CHECK(r.outcome == PurgeOutcome::completed_unverified);
    CHECK(r.detail == "verification_unchanged_data");
}

TEST_CASE("ATA sanitize on a drive whose sanitize is frozen is refused before the command", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "sata", "sdz");
    SimulatedDrive drive(medium, DriveScript{.sanitize_frozen = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::ata_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::refused);
    CHECK(r.detail == "sanitize_frozen");
    CHECK_FALSE(sent(drive, "ata:B4/0012"));
}

TEST_CASE("NVMe sanitize that the log reports as failed is failed", "[purge][decision]") {
    MemoryDevice medium(medium_bytes, "nvme", "nvme0n1");
    SimulatedDrive drive(medium, DriveScript{.sanitize_fails = true});
    const PurgeReport r = purge_through(medium, drive, PurgeMethod::nvme_sanitize_block);
    CHECK(r.outcome == PurgeOutcome::failed);
    CHECK(r.detail == "sanitize_failed");
    CHECK(r.progress_observed);
    CHECK_FALSE(r.completion_observed);
}
